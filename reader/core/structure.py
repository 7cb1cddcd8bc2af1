"""The structure of a book: what each heading is (part, chapter, ...) and its number, and the outline.

``parse_heading`` reads one heading line in either language: a part or book (``ЧАСТЬ ПЯТАЯ``,
``PART FIVE``, ``Книга 2``), a chapter (``Глава 3``, ``Chapter 3``, ``Chapter Three``, or a bare
numeral ``XIII`` / ``13.``), or a named section (``Пролог``, ``Epilogue``, ``Contents``), with the
number written in roman or arabic figures or as an ordinal or cardinal word, and the title that
follows it (``Глава 1. Утро`` → chapter 1, "Утро"). Two headings of the two languages *match*
when their kinds and numbers agree (``I`` ↔ ``Chapter 1``, ``ЧАСТЬ ПЯТАЯ`` ↔ ``PART FIVE``).

``outline`` builds the tree of a document's headings (parts holding chapters), each section with
the range of paragraphs it covers; ``section_path`` finds the sections around a paragraph (for a
running header, a window title, the contents panel). Levels come from what a heading is when it
can be read (a part is above a chapter, a ``Глава`` above a bare numeral inside it), else from
the level the format gave (EPUB/HTML ``h1``–``h6``, FB2 section nesting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.document import Document, Kind

PART, CHAPTER, SECTION = "part", "chapter", "section"

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN = re.compile(r"(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")

_EN_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
            "sixteen seventeen eighteen nineteen".split()
_EN_UNIT_ORDINALS = "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth " \
                    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_EN_TENS_ORDINALS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                     "seventieth": 70, "eightieth": 80, "ninetieth": 90}
#: Russian ordinal stems (the endings -ая/-ый/-ой/-ое/-ий/-ья/-ье and the other cases follow)
_RU_ORDINAL_STEMS = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
    "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15,
    "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20, "тридцат": 30,
    "сороков": 40, "пятидесят": 50,
}
_RU_CARDINALS = {
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
}
_RU_ORDINAL_ENDING = re.compile(r"(?:ая|ый|ой|ое|ий|ья|ье|ий|ого|ому|ом|ую|ей|ые|ых)$")

#: words that make a heading a part or a chapter (compared lower-case)
_PART_WORDS = frozenset("part book volume часть книга том".split())
_CHAPTER_WORDS = frozenset("chapter глава".split())
#: named sections of a book (compared lower-case, without a final period)
_NAMED_SECTIONS = frozenset("""
prologue epilogue preface foreword introduction afterword conclusion contents appendix notes
пролог эпилог предисловие введение послесловие заключение оглавление содержание приложение примечания
""".split())
#: labels of a publisher's front matter: never a book's title ("Annotation" above the blurb)
_FRONT_LABELS = frozenset("annotation аннотация abstract blurb summary".split())
#: a heading this long is a title line, not a numbered heading
MAX_HEADING_CHARS = 120
_SEPARATOR = re.compile(r"^[\s.:—–-]+")


def roman_value(text: str) -> int | None:
    """The value of a roman numeral (``XIII`` → 13), None if ``text`` is not one."""
    text = text.upper()
    if not text or not _ROMAN.fullmatch(text):
        return None
    value, last = 0, 0
    for ch in reversed(text):
        digit = _ROMAN_VALUES[ch]
        if digit < last:
            value -= digit
        else:
            value, last = value + digit, digit
    return value


def _english_number(words: list[str]) -> tuple[int | None, int]:
    """The number written by the first word(s) of ``words`` in English, and how many words it took."""
    if not words:
        return None, 0
    first = words[0]
    parts = first.split("-", 1)
    if len(parts) == 2 and parts[0] in _EN_TENS:  # twenty-one, twenty-first
        rest = parts[1]
        if rest in _EN_UNITS[1:10]:
            return _EN_TENS[parts[0]] + _EN_UNITS.index(rest), 1
        if rest in _EN_UNIT_ORDINALS[1:10]:
            return _EN_TENS[parts[0]] + _EN_UNIT_ORDINALS.index(rest), 1
    if first in _EN_TENS:
        if len(words) > 1 and (words[1] in _EN_UNITS[1:10] or words[1] in _EN_UNIT_ORDINALS[1:10]):
            unit = _EN_UNITS.index(words[1]) if words[1] in _EN_UNITS else _EN_UNIT_ORDINALS.index(words[1])
            return _EN_TENS[first] + unit, 2
        return _EN_TENS[first], 1
    if first in _EN_TENS_ORDINALS:
        return _EN_TENS_ORDINALS[first], 1
    if first in _EN_UNITS[1:]:
        return _EN_UNITS.index(first), 1
    if first in _EN_UNIT_ORDINALS[1:]:
        return _EN_UNIT_ORDINALS.index(first), 1
    return None, 0


def _russian_ordinal(word: str) -> int | None:
    word = word.replace("ё", "е")
    if word in _RU_CARDINALS:
        return _RU_CARDINALS[word]
    stem = _RU_ORDINAL_ENDING.sub("", word)
    if stem.endswith("ь"):  # третья, третье → трет-
        stem = stem[:-1]
    return _RU_ORDINAL_STEMS.get(stem)


def _russian_number(words: list[str]) -> tuple[int | None, int]:
    """The number written by the first word(s) of ``words`` in Russian, and how many words it took."""
    if not words:
        return None, 0
    first = words[0].replace("ё", "е")
    if first in ("двадцать", "тридцать", "сорок", "пятьдесят") and len(words) > 1:
        unit = _russian_ordinal(words[1])
        if unit is not None and unit < 10:
            return _RU_CARDINALS[first] + unit, 2
    value = _russian_ordinal(first)
    return (value, 1) if value is not None else (None, 0)


#: the first words of every number written in two words (``twenty one``, ``двадцать первое``): a pair of
#: words starting with anything else is not one (``parse_number`` of two words takes one at most)
TWO_WORD_STARTS = frozenset(_EN_TENS) | frozenset(("двадцать", "тридцать", "сорок", "пятьдесят"))


def parse_number(words: list[str]) -> tuple[int | None, int]:
    """The number at the start of ``words`` (lower-case): arabic, roman, or a word in either language;
    and how many words it took (0 when there is none)."""
    if not words:
        return None, 0
    token = words[0].rstrip(".:)")
    if token.isascii() and token.isdigit() and len(token) <= 4:
        return int(token), 1
    roman = roman_value(token)
    if roman is not None:
        return roman, 1
    number, used = _english_number([w.strip(".:,") for w in words])
    if number is None:
        number, used = _russian_number([w.strip(".:,") for w in words])
    return number, used


@dataclass(frozen=True)
class HeadingInfo:
    """What one heading line is: its kind, its number (None if it has none) and the title after it."""

    kind: str  # PART, CHAPTER or SECTION
    number: int | None = None
    #: the rest of the line after the kind word and the number ("Утро" in "Глава 1. Утро")
    title: str = ""
    #: the word that names the kind ("часть", "chapter", "prologue"), "" for a bare numeral
    word: str = ""

    def matches(self, other: HeadingInfo) -> bool:
        """Whether two headings (of the two languages, say) name the same part or chapter."""
        if self.kind != other.kind:
            return False
        if self.number is None or other.number is None:
            return self.number is None and other.number is None and _same_named(self.word, other.word)
        return self.number == other.number


_NAMED_PAIRS = [frozenset(p.split()) for p in (
    "prologue пролог", "epilogue эпилог", "preface предисловие", "foreword предисловие",
    "introduction введение", "afterword послесловие", "conclusion заключение", "contents оглавление",
    "contents содержание", "appendix приложение", "notes примечания")]


def _same_named(a: str, b: str) -> bool:
    return a == b or any(a in pair and b in pair for pair in _NAMED_PAIRS)


def parse_heading(text: str) -> HeadingInfo | None:
    """What a heading line is, in either language; None when it is not a part, chapter or named section."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_HEADING_CHARS:
        return None
    words = text.lower().split()
    first = words[0].rstrip(".:")
    if first in _PART_WORDS or first in _CHAPTER_WORDS:
        number, used = parse_number(words[1:])
        if number is None:
            return None
        kind = PART if first in _PART_WORDS else CHAPTER
        return HeadingInfo(kind, number, _rest(text, 1 + used), first)
    if first in _NAMED_SECTIONS:
        return HeadingInfo(SECTION, None, _rest(text, 1), first)
    token = text.split()[0].rstrip(".:)")
    if token.isascii() and token.isdigit() and len(token) <= 3 or roman_value(token) is not None and token.isupper():
        rest = _rest(text, 1)
        if rest and text.split()[0][-1:] not in ".:)":
            return None  # "1 января", "I think": a numeral must stand alone or end with a period
        return HeadingInfo(CHAPTER, int(token) if token.isascii() and token.isdigit() else roman_value(token), rest, "")
    return None


def _rest(text: str, words: int) -> str:
    parts = text.split(None, words)
    return _SEPARATOR.sub("", parts[words]).strip() if len(parts) > words else ""


@dataclass
class Section:
    """One part, chapter or other headed section of a document, with the sections inside it."""

    title: str
    #: index of the heading paragraph
    paragraph: int
    #: one past the last paragraph the section covers
    end: int
    #: depth in the outline, 1 = top
    level: int
    kind: str
    number: int | None = None
    children: list[Section] = field(default_factory=list)

    def walk(self):
        """This section and every section inside it, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()


def _rank(info: HeadingInfo | None, format_level: int, word_ranks: dict[str, int]) -> int:
    """How high a heading stands: part words first, then chapter words, bare numerals, other headings."""
    if info is None:
        return 10 + max(1, format_level)
    if info.kind == PART:
        return {"volume": 0, "том": 0}.get(info.word, 1)
    if info.kind == SECTION:
        return word_ranks.get("chapter", 3)
    return word_ranks["chapter"] if info.word else word_ranks["numeral"]


def heading_levels(document: Document) -> dict[int, int]:
    """Outline depth (1 = top) of every heading paragraph of ``document``."""
    headings = [p for p in document.paragraphs if p.kind is Kind.HEADING]
    infos = {p.index: parse_heading(p.text) for p in headings}
    has_named_chapters = any(i and i.kind == CHAPTER and i.word for i in infos.values())
    # a bare numeral under named chapters ("Глава 1" then "I", "II") is a section inside the chapter
    word_ranks = {"chapter": 2, "numeral": 3 if has_named_chapters else 2}
    ranks = {p.index: _rank(infos[p.index], p.level, word_ranks) for p in headings}
    distinct = sorted(set(ranks.values()))
    return {i: distinct.index(r) + 1 for i, r in ranks.items()}


def outline(document: Document) -> list[Section]:
    """The top-level sections of ``document`` (each with its children), from its heading paragraphs."""
    levels = heading_levels(document)
    roots: list[Section] = []
    stack: list[tuple[int, Section]] = []  # (heading level, section) of the open sections
    count = len(document.paragraphs)
    for paragraph in document.paragraphs:
        if paragraph.index not in levels:
            continue
        level = levels[paragraph.index]
        info = parse_heading(paragraph.text)
        while stack and stack[-1][0] >= level:
            stack.pop()[1].end = paragraph.index
        section = Section(paragraph.text, paragraph.index, count, len(stack) + 1,
                          info.kind if info else SECTION, info.number if info else None)
        (stack[-1][1].children if stack else roots).append(section)
        stack.append((level, section))
    return roots


def section_path(sections: list[Section], paragraph: int) -> list[Section]:
    """The sections that hold ``paragraph``, outermost first (empty before the first heading)."""
    path: list[Section] = []
    level = sections
    while True:
        found = next((s for s in level if s.paragraph <= paragraph < s.end), None)
        if found is None:
            return path
        path.append(found)
        level = found.children


def title_heading(document: Document) -> str:
    """The book's title from its headings: the first heading before any part or chapter heading that is
    not a front-matter label (``Annotation``), else the first heading that is not such a label; "" when
    there is none."""
    headings = [p.text for p in document.paragraphs if p.kind is Kind.HEADING
                and p.text.strip().rstrip(".:").lower() not in _FRONT_LABELS]
    for text in headings:
        info = parse_heading(text)
        if info is None:
            return text
        if info.kind != SECTION:
            break
    return headings[0] if headings else ""


def book_title(document: Document) -> str:
    """The document's title, or "" when that is only a part or chapter heading (``PART ONE``: a text without a
    title of its own takes its first heading)."""
    info = parse_heading(document.title)
    return "" if info is not None and info.kind in (PART, CHAPTER) else document.title
