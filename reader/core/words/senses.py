"""The dictionary card's data: the bundled ``senses.tsv.gz`` (see ``resources/lexicon/README.md``).

Two kinds of lines, built by ``tools/build_lexicon.py`` from the stressed edition of Müller's
English–Russian dictionary: ``en`` lines give an English headword's Russian translations by part
of speech in the dictionary's order, ``ru`` lines a Russian lemma's stressed spellings and English
headwords, best sense first. The file is read on first use and its lines are parsed only when
asked for.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import re
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path

from reader.core.align.engine.irregular import base_form
from reader.core.resources import resource_path

SENSES_FILE = ("lexicon", "senses.tsv.gz")
#: the one-letter part-of-speech codes of ``ru`` lines
POS_CODES = {"n": "noun", "a": "adjective", "v": "verb", "d": "adverb", "p": "preposition", "r": "pronoun",
             "c": "conjunction", "i": "interjection", "x": "predicative", "u": "numeral", "-": ""}
#: which English parts of speech render which of pymorphy3's
MATCHING_POS = {"NOUN": "noun", "ADJF": "adjective", "ADJS": "adjective", "COMP": "adjective", "VERB": "verb",
                "INFN": "verb", "PRTF": "adjective", "PRTS": "adjective", "GRND": "verb", "ADVB": "adverb",
                "NPRO": "pronoun", "PREP": "preposition", "CONJ": "conjunction", "INTJ": "interjection",
                "PRED": "predicative", "NUMR": "numeral"}
ACUTE = "\u0301"


@dataclass(frozen=True)
class RussianEntry:
    """A Russian lemma: its spellings with stress marks (two for a word stressed two ways, за́мок and
    замо́к) and its English senses ``(headword, part of speech)``, best first."""

    lemma: str
    spellings: tuple[str, ...]
    senses: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class EnglishEntry:
    """An English headword and its Russian translations, per part of speech, in the dictionary's order."""

    headword: str
    groups: tuple[tuple[str, tuple[str, ...]], ...]

    def translations(self) -> list[str]:
        """All translations, in order."""
        return [word for _, words in self.groups for word in words]


def plain(word: str) -> str:
    """A Russian word as the senses are keyed: lower case, no stress mark, ё written е."""
    return word.replace(ACUTE, "").lower().replace("ё", "е")


class Senses:
    """The senses file, kept as its bytes with an index of line starts (a few MB; each line is parsed
    only when asked for). Lines are sorted within each kind, so a look-up is a binary search."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        starts = array("I", [0])
        starts.extend(m.end() for m in re.finditer(b"\n", data))
        if starts[-1] == len(data):
            starts.pop()
        self._starts = starts
        first_ru = bisect.bisect_left(range(len(starts)), True, key=lambda i: data.startswith(b"ru\t", starts[i]))
        self._ranges = {"en": (0, first_ru), "ru": (first_ru, len(starts))}

    @classmethod
    def read(cls, path: Path) -> Senses:
        """Read a senses file."""
        with gzip.open(path, "rb") as stream:
            return cls(stream.read())

    def __len__(self) -> int:
        return len(self._starts)

    def _line(self, i: int) -> bytes:
        end = self._data.find(b"\n", self._starts[i])
        return self._data[self._starts[i]:end if end >= 0 else len(self._data)]

    def _key(self, i: int) -> bytes:
        start = self._starts[i] + 3
        return self._data[start:self._data.find(b"\t", start)]

    def _value(self, kind: str, key: str) -> str | None:
        wanted = key.encode("utf-8")
        low, high = self._ranges[kind]
        i = bisect.bisect_left(range(low, high), wanted, key=self._key) + low
        if i < high and self._key(i) == wanted:
            return self._line(i).decode("utf-8").split("\t", 2)[2]
        return None

    def russian(self, lemma: str) -> RussianEntry | None:
        """The entry of a Russian lemma, or None."""
        raw = self._value("ru", plain(lemma))
        if raw is None:
            return None
        spellings, _, senses = raw.partition("\t")
        pairs = []
        for item in senses.split():
            headword, _, code = item.rpartition("/")
            pairs.append((headword, POS_CODES.get(code, "")))
        return RussianEntry(plain(lemma), tuple(s for s in spellings.split(",") if s), tuple(pairs))

    def english(self, headword: str) -> EnglishEntry | None:
        """The entry of an English headword (exactly as the dictionary has it, lower case), or None."""
        raw = self._value("en", headword)
        if raw is None:
            return None
        groups = []
        for group in raw.split(" | "):
            pos, _, words = group.partition(": ")
            groups.append(("" if pos == "-" else pos, tuple(w for w in words.split(", ") if w)))
        return EnglishEntry(headword, tuple(groups))

    def english_headword(self, word: str) -> str | None:
        """The headword an English word form is listed under (became → become, stories → story,
        color → colour), or None."""
        for candidate in english_candidates(word):
            if self._value("en", candidate) is not None:
                return candidate
        return None


def english_candidates(word: str) -> list[str]:
    """Headwords an English word form may stand under, most likely first."""
    lower = word.lower().replace("’", "'")
    for suffix in ("'s", "'"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 1:
            lower = lower[: -len(suffix)]
    found = [lower, *base_form(lower)]
    rules = (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ves", "f"), ("es", ""), ("s", ""),
             ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("er", ""), ("er", "e"), ("est", ""),
             ("est", "e"), ("ly", ""))
    for suffix, replacement in rules:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 2:
            stem = lower[: -len(suffix)] + replacement
            found.append(stem)
            if replacement == "" and len(stem) > 2 and stem[-1] == stem[-2]:  # stopped → stop
                found.append(stem[:-1])
    british = [w.replace("or", "our") for w in found if w.endswith(("or", "ors"))]
    british += [w[:-3] + "ise" for w in found if w.endswith("ize")]
    british += [w[:-2] + "re" for w in found if w.endswith(("ter", "ber"))]
    return list(dict.fromkeys(found + british))


_lock = threading.Lock()


@functools.cache
def _load_default() -> Senses:
    return Senses.read(resource_path(*SENSES_FILE))


def default_senses() -> Senses:
    """The bundled senses (read on first call, then shared)."""
    with _lock:
        return _load_default()
