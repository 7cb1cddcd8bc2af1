"""What differs inside a link: numbers, dates and names present on one side only."""

from __future__ import annotations

import functools
import re

from anyascii import anyascii
from rapidfuzz import fuzz, process

from reader.core.align.engine.features import MONTH_EN, MONTH_RU, stem, word_key
from reader.core.align.model import Differences
from reader.core.structure import TWO_WORD_STARTS, parse_number, roman_value

RU_DATE = re.compile(r"\b(\d{1,2})\s+([а-яё]+)(?:\s+(\d{4}))?", re.IGNORECASE)
EN_DATE = re.compile(r"\b(?:(\d{1,2})\s+([A-Za-z]+)|([A-Z][a-z]+)\.?\s+(\d{1,2})\b)(?:,?\s+(\d{4}))?")


def _dates(texts: list[str], language: str) -> dict[str, str]:
    """Day-month dates: key ``month-day`` → display string."""
    found = {}
    for text in texts:
        if language == "ru":
            for match in RU_DATE.finditer(text):
                month = MONTH_RU.get(match.group(2).lower())
                if month:
                    found[f"{month}-{int(match.group(1))}"] = match.group().strip()
        else:
            for match in EN_DATE.finditer(text):
                day, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
                month = MONTH_EN.get(name.lower())
                if month and 1 <= int(day) <= 31:
                    found[f"{month}-{int(day)}"] = match.group().strip()
    return found


@functools.lru_cache(maxsize=4096)
def _title_case(text: str) -> bool:
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


#: what may stand between a name and the end of the sentence before it
_BEFORE_NAME = " «»\"'“”„(—–-"
_HYPHENATED_WORD = re.compile(r"-[^\W\d_]*[a-zа-яё]")


def _is_name(word: str, kind: str, start: int, text: str) -> bool:
    """Whether a token (its text, kind and start in its paragraph's ``text``) is a name: a capitalised
    name token not at the start of a sentence, in a paragraph that is not in title case."""
    if not word[:1].isupper() or kind != "name" or start < 0:
        return False
    k = start - 1
    while k >= 0 and text[k] in _BEFORE_NAME:
        k -= 1
    if k < 0 or text[k] in ".!?:":
        return False  # a capital at the start of a sentence
    if _HYPHENATED_WORD.search(word) and not word.split("-")[-1][:1].isupper():
        return False  # "IT-преступлений" is a word, "Санкт-Петербург" a name
    return not _title_case(text)


#: a side's own tokens (not a machine translation's): (text, start, keys, kind, its paragraph's text)
SideToken = tuple[str, int, tuple[str, ...], str, str]


def _side(link_side, document, features_of) -> tuple[list[str], list[SideToken]]:
    """The texts of one side's paragraphs, and its own tokens, each with its paragraph's text."""
    texts = [document.paragraphs[i].text for i in link_side]
    tokens = []
    for i in link_side:
        features, text = features_of[i], document.paragraphs[i].text
        tokens += [(word, start, keys, kind, text) for word, start, keys, kind
                   in zip(features.texts, features.starts, features.keys, features.kinds, strict=True) if start >= 0]
    return texts, tokens


_ROMAN_LETTERS = frozenset("IVXLCDM")
#: "I'm", "I'll", "I've", "I'd" in e-texts that drop apostrophes: not names
_NOT_NAMES = frozenset("Im Ill Ive Id".split())


#: the English words given by ``use_english_words`` (in a process that does not read the lexicon)
_given_english_words: frozenset[str] | None = None


@functools.cache
def _english_words() -> frozenset[str]:
    """The keys of every English word the bundled lexicon translates into."""
    from reader.core.align.engine.lexicon import default_lexicon

    return frozenset(default_lexicon().english_keys())


def english_words() -> frozenset[str]:
    """The keys of every English word the bundled lexicon translates into (or those given instead)."""
    return _english_words() if _given_english_words is None else _given_english_words


def use_english_words(words: frozenset[str]) -> None:
    """Take these as ``english_words`` instead of reading the lexicon (a helper process, sent them)."""
    global _given_english_words
    _given_english_words = words
    _dictionary_word.cache_clear()


@functools.lru_cache(maxsize=65536)
def _dictionary_word(word: str) -> bool:
    """Whether a capitalised English word is a word of the dictionary (Madame, Countess), not a name."""
    if not word.isascii():
        return False
    return word_key(stem(word.lower(), "en")) in english_words()


@functools.lru_cache(maxsize=65536)
def _latin(word: str) -> str:
    return anyascii(word).lower()


@functools.lru_cache(maxsize=65536)
def _number_value(key: str) -> float | None:
    """The value of a number token's key (``#2019`` → 2019.0)."""
    try:
        return float(key[1:])
    except ValueError:
        return None


@functools.lru_cache(maxsize=65536)
def _word_value(word: str) -> float | None:
    """The number a word stands for: a roman numeral (``XIII``) or a cardinal or ordinal word in either
    language (``three``, ``третий``, ``ПЯТАЯ``, ``fifth``); None if it is none."""
    if len(word) >= 2 and word.isupper() and set(word) <= _ROMAN_LETTERS:
        value = roman_value(word)
        return None if value is None else float(value)
    number, used = parse_number([word.lower()])
    return float(number) if used and number is not None else None


def _value(word: str, keys: tuple[str, ...], kind: str) -> float | None:
    """The number a token stands for, however it is written: figures, a roman numeral, or a word."""
    return _number_value(keys[0]) if kind == "number" else _word_value(word)


@functools.lru_cache(maxsize=65536)
def _starts_two_words(word: str) -> bool:
    """Whether a word can start a number written in two words (see ``structure.TWO_WORD_STARTS``)."""
    return word.lower().strip(".:,").replace("ё", "е") in TWO_WORD_STARTS


def _values(tokens: list[SideToken]) -> set[float]:
    """Every number the tokens write, also in two words (``двадцать первое``, ``twenty one``)."""
    values = set()
    last = len(tokens) - 1
    for k, (word, _, keys, kind, _) in enumerate(tokens):
        value = _number_value(keys[0]) if kind == "number" else _word_value(word)
        if value is not None:
            values.add(value)
        if k < last and _starts_two_words(word):
            number, used = parse_number([word.lower(), tokens[k + 1][0].lower()])
            if used == 2 and number is not None:
                values.add(float(number))
    return values


def _missing(tokens: list[SideToken], other_keys, other_names, dated_numbers, other_values) -> list[str]:
    """The numbers in figures and the names of one side that the other side has in no form
    (``other_keys`` and ``other_values``: callables giving the other side's keys and number values, made
    only when a token needs them)."""
    out: dict[str, None] = {}
    for word, start, keys, kind, text in tokens:
        if kind == "number":
            # a number counts only in figures: "one", "три" are as often words of speech as numbers
            if word[:1].isdigit() and keys[0] not in other_keys() and \
                    keys[0] not in dated_numbers and _number_value(keys[0]) not in other_values():
                out[word] = None
        elif kind == "name" and _is_name(word, kind, start, text) and other_keys().isdisjoint(keys) and \
                (_word_value(word) is None or _word_value(word) not in other_values()) and \
                word not in _NOT_NAMES and not _dictionary_word(word):
            if word not in out and process.extractOne(_latin(word), other_names, scorer=fuzz.partial_ratio,
                                                      score_cutoff=80) is None:
                out[word] = None
    return list(out)


class _Lazy:
    """``make(tokens)``, made on the first call only."""

    def __init__(self, make, tokens: list[SideToken]) -> None:
        self.make, self.tokens, self.made = make, tokens, None

    def __call__(self):
        if self.made is None:
            self.made = self.make(self.tokens)
        return self.made


def _keys(tokens: list[SideToken]) -> set[str]:
    return set().union(*(t[2] for t in tokens))


def link_differences(link, context) -> Differences:
    """Numbers, dates and names of a link found on one side and not the other (display strings)."""
    ru_texts, ru_tokens = _side(link.ru, context.ru, context.ru_features)
    en_texts, en_tokens = _side(link.en, context.en, context.en_features)
    ru_keys, en_keys = _Lazy(_keys, ru_tokens), _Lazy(_keys, en_tokens)
    ru_values, en_values = _Lazy(_values, ru_tokens), _Lazy(_values, en_tokens)
    ru_names = [_latin(t[0]) for t in ru_tokens if t[0][:1].isupper()]
    en_names = [t[0].lower() for t in en_tokens if t[0][:1].isupper()]
    ru_dates, en_dates = _dates(ru_texts, "ru"), _dates(en_texts, "en")
    dated = {"#" + key.split("-")[1] for key in set(ru_dates) | set(en_dates)}
    ru_only = [text for key, text in ru_dates.items() if key not in en_dates]
    en_only = [text for key, text in en_dates.items() if key not in ru_dates]
    ru_only += _missing(ru_tokens, en_keys, en_names, dated, en_values)
    en_only += _missing(en_tokens, ru_keys, ru_names, dated, ru_values)
    return Differences(ru_only=ru_only, en_only=en_only)
