"""The table of contents of a pair: both outlines merged into one tree of rows, side by side.

Each :class:`ContentsRow` holds the Russian and the English section of one part or chapter (either may
be missing: a blurb only the original has, a chapter the translation dropped). Two headings share a
row when the alignment links them; before links exist (or where a heading has none) headings under the
same parent are paired when they name the same part or chapter (``ЧАСТЬ ПЕРВАЯ`` ↔ ``PART ONE``,
``III`` ↔ ``Chapter 3``). Rows keep the reading order of both texts.

:func:`row_path` finds the rows around a paragraph (the current part and chapter), for the window's
title, its status bar and the contents panel's current row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Callable, Iterator

from reader.core.document import Document
from reader.core.structure import book_title
from reader.core.sides import Side
from reader.core.structure import Section, outline, parse_heading

#: counterparts(side, paragraph) → the other side's paragraphs linked to it
Counterparts = Callable[[str, int], list[int]]
#: how many sections ahead a heading may look for the one that names the same chapter
LOOKAHEAD = 3


@dataclass
class ContentsRow:
    """One part or chapter: its section on each side (None where that side has none) and the rows inside."""

    ru: Section | None
    en: Section | None
    #: the two headings are linked by the alignment (not only named alike)
    linked: bool = False
    children: list[ContentsRow] = field(default_factory=list)

    def section(self, side: str) -> Section | None:
        return self.ru if Side(side) is Side.RU else self.en

    def title(self, side: str) -> str:
        """The heading's text on ``side`` ("" where that side has none)."""
        section = self.section(side)
        return " ".join(section.title.split()) if section is not None else ""

    def paragraph(self, side: str) -> int | None:
        """The heading paragraph on ``side``."""
        section = self.section(side)
        return section.paragraph if section is not None else None

    def contains(self, side: str, paragraph: int) -> bool:
        section = self.section(side)
        return section is not None and section.paragraph <= paragraph < section.end

    def walk(self) -> Iterator[ContentsRow]:
        """This row and every row inside it, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()


def _named_alike(a: Section, b: Section) -> bool:
    first, second = parse_heading(a.title), parse_heading(b.title)
    return first is not None and second is not None and first.matches(second)


def _pairs(ru: list[Section], en: list[Section], counterparts: Counterparts | None) -> dict[int, tuple[int, bool]]:
    """Which English section (by position in ``en``) goes with each Russian one, and whether by a link.

    Linked headings first; then, between them, headings named alike (a few sections ahead at most).
    Pairs never cross: both columns keep their order.
    """
    en_at = {section.paragraph: k for k, section in enumerate(en)}
    linked: dict[int, int] = {}
    if counterparts is not None:
        for i, section in enumerate(ru):
            found = [en_at[p] for p in counterparts("ru", section.paragraph) if p in en_at]
            if found:
                linked[i] = min(found)
    pairs: dict[int, tuple[int, bool]] = {}
    last = -1
    for i in sorted(linked):  # keep only pairs in order (a stray link must not tangle the rows)
        if linked[i] > last:
            pairs[i], last = (linked[i], True), linked[i]
    taken = {k for k, _ in pairs.values()}
    last = -1
    for i, section in enumerate(ru):
        if i in pairs:
            last = pairs[i][0]
            continue
        following = next((k for j, (k, _) in sorted(pairs.items()) if j > i), len(en))
        for k in range(last + 1, min(following, last + 1 + LOOKAHEAD)):
            if k not in taken and _named_alike(section, en[k]):
                pairs[i], last = (k, False), k
                taken.add(k)
                break
    return pairs


def _one_sided(section: Section, side: str) -> ContentsRow:
    row = ContentsRow(section if side == Side.RU else None, section if side == Side.EN else None)
    row.children = [_one_sided(child, side) for child in section.children]
    return row


def merge_outlines(ru: list[Section], en: list[Section], counterparts: Counterparts | None = None) -> list[ContentsRow]:
    """The rows of two sibling lists of sections (and, recursively, of their children), in reading order."""
    pairs = _pairs(ru, en, counterparts)
    rows: list[ContentsRow] = []
    next_en = 0
    for i, section in enumerate(ru):
        if i not in pairs:
            rows.append(_one_sided(section, "ru"))
            continue
        k, linked = pairs[i]
        rows.extend(_one_sided(en[j], "en") for j in range(next_en, k))
        next_en = k + 1
        rows.append(ContentsRow(section, en[k], linked, merge_outlines(section.children, en[k].children, counterparts)))
    rows.extend(_one_sided(en[j], "en") for j in range(next_en, len(en)))
    return rows


def build_contents(ru: Document, en: Document, counterparts: Counterparts | None = None) -> list[ContentsRow]:
    """The contents of a pair: the top-level rows (parts, or chapters of a book without parts)."""
    return merge_outlines(outline(ru), outline(en), counterparts)


def row_path(rows: list[ContentsRow], side: str, paragraph: int) -> list[ContentsRow]:
    """The rows whose ``side`` section holds ``paragraph``, outermost first (empty before the first heading)."""
    path: list[ContentsRow] = []
    level = rows
    while True:
        found = None
        for row in level:
            section = row.section(side)
            if row.contains(side, paragraph):
                found = row
            elif section is not None and section.paragraph > paragraph:
                break
        if found is None:
            return path
        path.append(found)
        level = found.children


def chapter_label(path: list[ContentsRow], side: str, separator: str = " › ") -> str:
    """The current part and chapter as a person reads it: ``PART ONE › Chapter 3`` ("" outside any)."""
    return separator.join(row.title(side) for row in path if row.title(side))


def pair_title(ru: Document, en: Document) -> str:
    """The pair's name for a window title: ``Анна Каренина ↔ Anna Karenina``; a side whose "title" is only its
    first part or chapter heading is left out, and two equal titles are named once."""
    titles = [" ".join(book_title(document).split()) for document in (ru, en)]
    titles = [t for t in titles if t]
    if len(titles) == 2 and titles[0].casefold() == titles[1].casefold():
        titles = titles[:1]
    return " ↔ ".join(titles)
