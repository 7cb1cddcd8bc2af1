"""Paragraph kinds: heading, body, meta, caption, duplicate — marks, never deletions."""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from reader.core import metadata
from reader.core.document import Kind, Paragraph
from reader.core.formats.blocks import Block
from reader.core.segment import normalize, split_sentences
from reader.core.structure import SECTION, parse_heading

_EDGE_PUNCTUATION = " \"'«»“”„‘’()[]—–-.,!?…:;"
_FUNCTION_WORDS = frozenset(
    "of the a an and or in on at to for de la von van der и в на с по о для".split())
#: common English verbs of headlines and captions: a line with one of them is not a bare name
_ENGLISH_VERBS = frozenset(
    "is are was were be been has have had will would can could says said calls called signs signed "
    "says meets met visits visited speaks spoke speaking attends attended arrives arrived holds held "
    "warns warned urges urged claims claimed announces announced wins won makes made gets got takes "
    "took gives gave shows showed sees saw".split())
_TERMINAL = ".!?\u2026:;,"
_DIALOGUE = "\"'«„“‘\u2014\u2013-"
_STRUCTURE = re.compile(r"^(?:chapter|part|book|prologue|epilogue|introduction|preface|contents|"
                        r"глава|часть|книга|пролог|эпилог|введение|предисловие|оглавление|содержание)\b"
                        r"|^[IVXLC]+\.?$|^\d{1,3}\.?$", re.IGNORECASE)
MIN_DUPLICATE_KEY = 12  # shorter repeats ("* * *", "Yes.") are not evidence of a captured repeat
MIN_SENTENCE_KEY = 15
#: a repeat stands at most this many paragraphs after what it repeats
NEARBY = 50
#: a paragraph whose every sentence more paragraphs than this hold is not looked for inside others (those
#: sentences are boilerplate, and comparing all their holders made the check quadratic)
MAX_HOLDERS = 64
#: a table of contents: at least this many part/chapter headings in a row, with no text between them
MIN_CONTENTS = 3


def key(text: str) -> str:
    """A comparison key: case and spacing folded, quotes and punctuation at the ends dropped."""
    return " ".join(text.casefold().split()).strip(_EDGE_PUNCTUATION)


def _words(text: str) -> list[str]:
    return [w.strip("«»\"'“”()[],") for w in text.split()]


def _is_title_case(text: str) -> bool:
    words = [w for w in _words(text) if w and w[0].isalpha()]
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


@functools.cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def _has_verb(text: str, language: str) -> bool:
    words = [w.lower() for w in _words(text) if w]
    if language == "ru":
        morph = _morph()
        return any(morph.parse(w)[0].tag.POS in ("VERB", "INFN") for w in words if w.isalpha())
    return any(w in _ENGLISH_VERBS for w in words)


def _is_caption(text: str, language: str) -> bool:
    """A short name-like line without a verb (``Russian President Vladimir Putin``)."""
    if metadata.CAPTION_LABEL.match(text):
        return True
    words = _words(text)
    if not 2 <= len(words) <= 8 or text[-1] in _TERMINAL:
        return False
    capitalized = sum(1 for w in words if w[:1].isupper())
    if capitalized < (len(words) if language != "ru" else max(2, len(words) // 2)):
        if not _is_title_case(text):
            return False
    return not _has_verb(text, language)


def _is_named_caption(text: str, language: str) -> bool:
    """A sentence-case line ending in a name, without a verb (``Kremlin spokesman Dmitry Peskov``)."""
    words = _words(text)
    if not 3 <= len(words) <= 8 or text[-1] in _TERMINAL or _is_title_case(text):
        return False
    if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words[-2:]):
        return False
    return not _has_verb(text, language)


def _is_rubric(text: str) -> bool:
    """A section label of a web page ("Economy", "Экономика"): one or two words, no punctuation."""
    words = text.split()
    return len(words) <= 2 and text[-1] not in _TERMINAL and text[:1].isupper() and len(text) <= 30


def _is_headline(text: str) -> bool:
    words = text.split()
    return len(words) <= 20 and len(text) <= 200 and text[-1] not in ".\u2026:;,"


def _is_plain_heading(text: str, language: str) -> bool:
    words = text.split()
    if len(words) > 10 or text[-1] in _TERMINAL:
        return False
    if _STRUCTURE.match(text):
        return True
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        return True
    return language != "ru" and _is_title_case(text)


def _split_prefixes(blocks: list[Block]) -> list[Block]:
    """Blocks with a metadata prefix glued to a sentence split into a meta block and the rest."""
    result = []
    for block in blocks:
        parts = metadata.split_meta_prefix(block.text) if block.level == 0 and block.kind is None else None
        if parts:
            result.append(Block(parts[0], kind=Kind.META))
            result.append(Block(parts[1]))
        else:
            result.append(block)
    return result


def _mark_duplicates(paragraphs: list[Paragraph], candidates: list[int]) -> None:
    """Mark repeats: exact repeats, merged captures of other paragraphs, and contained repeats, each within
    ``NEARBY`` paragraphs of what it repeats (a web capture repeats its headline and lede at once; a
    book that quotes a letter again a hundred pages on is not a capture)."""
    seen: dict[str, int] = {}
    # the real headings of a book repeat its table of contents: they are never duplicates
    candidates = [i for i in candidates if parse_heading(paragraphs[i].text) is None]
    for i in candidates:
        k = key(paragraphs[i].normalized)
        if len(k) < MIN_DUPLICATE_KEY:
            continue
        if k in seen and i - seen[k] <= NEARBY:
            paragraphs[i].kind, paragraphs[i].duplicate_of = Kind.DUPLICATE, seen[k]
        else:
            seen[k] = i
    live = [i for i in candidates if paragraphs[i].kind is not Kind.DUPLICATE]
    sentences = {i: frozenset(s for s in map(key, paragraphs[i].sentence_texts())
                              if len(s) >= MIN_SENTENCE_KEY)
                 for i in live}
    holders: dict[str, list[int]] = {}
    for i in live:
        for s in sentences[i]:
            holders.setdefault(s, []).append(i)
    # each paragraph is filed under its rarest sentence: a paragraph whose sentences all lie in i holds that one
    filed: dict[str, list[int]] = {}
    for j in live:
        if sentences[j]:
            rarest = min(sentences[j], key=lambda s: (len(holders[s]), s))
            if len(holders[rarest]) <= MAX_HOLDERS:
                filed.setdefault(rarest, []).append(j)

    def contained(i: int) -> list[int]:
        """Live paragraphs (other than i) whose sentences all lie in paragraph i."""
        found = {j for s in sentences[i] for j in filed.get(s, ()) if j != i and abs(j - i) <= NEARBY
                 and paragraphs[j].kind is not Kind.DUPLICATE}
        return sorted(j for j in found if sentences[j] and sentences[j] <= sentences[i])

    # a paragraph made of other paragraphs (a capture that merged them) repeats them
    for i in live:
        parts = contained(i)
        if len(sentences[i]) >= 2 and parts and set().union(*(sentences[j] for j in parts)) >= sentences[i] \
                and all(sentences[j] < sentences[i] for j in parts):
            paragraphs[i].kind, paragraphs[i].duplicate_of = Kind.DUPLICATE, parts[0]
    # a paragraph whose sentences all lie in a longer one repeats it
    for i in live:
        if paragraphs[i].kind is Kind.DUPLICATE:
            continue
        for j in contained(i):
            if sentences[j] < sentences[i]:
                paragraphs[j].kind, paragraphs[j].duplicate_of = Kind.DUPLICATE, i


def _first_repeat(keys: list[str]) -> int:
    """The position of the first key that came before (in one pass: a run of 100,000 headings compared each
    with all before it), or ``len(keys)``."""
    seen: set[str] = set()
    for position, item in enumerate(keys):
        if item in seen:
            return position
        seen.add(item)
    return len(keys)


def _mark_contents(paragraphs: list[Paragraph]) -> None:
    """Mark a table of contents as ``meta``: a run of part or chapter headings with no text between them
    (a "Contents" heading may lead it), most of which stand again as headings further on, or which count
    up one kind of heading (ЧАСТЬ ПЕРВАЯ, ЧАСТЬ ВТОРАЯ, ...). When the list
    runs straight into the first real heading, the list ends where a heading of it comes again."""
    later: dict[str, list[int]] = {}
    for p in paragraphs:
        if p.kind is Kind.HEADING:
            later.setdefault(key(p.text), []).append(p.index)
    runs: list[list[Paragraph]] = []
    for paragraph in paragraphs:
        if paragraph.kind is Kind.HEADING and parse_heading(paragraph.text):
            if runs and paragraph.index == runs[-1][-1].index + 1:
                runs[-1].append(paragraph)
            else:
                runs.append([paragraph])
    for run in runs:
        keys = [key(p.text) for p in run]
        end = _first_repeat(keys)
        listed = run[:end]
        numbered = [p for p in listed if (info := parse_heading(p.text)) is not None and info.kind != SECTION]
        if len(numbered) < MIN_CONTENTS:
            continue
        repeated = sum(1 for p in numbered if later[key(p.text)][-1] > listed[-1].index)  # indices ascend
        infos = [info for p in numbered if (info := parse_heading(p.text)) is not None]  # all of them: a run holds headings
        # a book never has three parts (or chapters) in a row without text: a list of them is a contents
        # list even where the real headings are not all there (a book cut short)
        counted = len({info.kind for info in infos}) == 1 and all(
            a.number is not None and b.number is not None and a.number < b.number for a, b in pairwise(infos))
        if 2 * repeated >= len(numbered) or counted:
            for p in listed:
                p.kind, p.level = Kind.META, 0


def classify_blocks(blocks: list[Block], language: str, *, plain: bool = False) -> list[Paragraph]:
    """Paragraphs with kinds, normalized forms and sentences from a format reader's blocks.

    ``plain`` says the blocks come without markup, so headlines are found by rules.
    """
    blocks = [b for b in _split_prefixes(blocks) if b.text.strip()]
    paragraphs = [Paragraph(index=i, text=b.text.strip(), normalized=normalize(b.text), level=b.level,
                            kind=b.kind or Kind.BODY) for i, b in enumerate(blocks)]
    for paragraph, block in zip(paragraphs, blocks, strict=True):
        paragraph.sentences = split_sentences(paragraph.text, language)
        if block.kind is None and block.level == 0 and metadata.is_metadata(paragraph.text):
            paragraph.kind = Kind.META
    _mark_duplicates(paragraphs, [p.index for p in paragraphs if p.kind in (Kind.BODY, Kind.CAPTION)
                                  or p.level])
    first_text = next((p.index for p in paragraphs if p.kind is Kind.BODY), None)
    for paragraph, block in zip(paragraphs, blocks, strict=True):
        if paragraph.kind is not Kind.BODY or block.kind is not None:
            continue
        if block.level:
            paragraph.kind = Kind.HEADING
            continue
        text = paragraph.text
        if text[0] in _DIALOGUE and paragraph.index != first_text:
            continue  # quoted speech or a dialogue line is text, whatever its length
        neighbours = [paragraphs[j].kind for j in (paragraph.index - 1, paragraph.index + 1)
                      if 0 <= j < len(paragraphs)]
        if plain and paragraph.index == first_text and _is_headline(text) and len(paragraphs) > 1:
            paragraph.kind, paragraph.level = Kind.HEADING, 1
        elif Kind.META in neighbours and _is_rubric(text) and not _STRUCTURE.match(text):
            paragraph.kind = Kind.META
        elif Kind.META in neighbours and _is_caption(text, language):
            paragraph.kind = Kind.CAPTION
        elif paragraph.index != first_text and _is_named_caption(text, language):
            paragraph.kind = Kind.CAPTION
        elif plain and _is_plain_heading(text, language):
            paragraph.kind, paragraph.level = Kind.HEADING, 2
    _mark_contents(paragraphs)
    return paragraphs
