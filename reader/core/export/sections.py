"""A book's structure as the exports show it: bookmarks and contents, running heads, part openings.

Both documents' outlines (:func:`reader.core.structure.outline`) give each heading its depth and
each paragraph the part and chapter it lies in. The contents (PDF bookmarks, the HTML table of
contents) follow the rows: one entry per heading, and a heading linked to its counterpart in the
same row gets one entry naming both (``ЧАСТЬ ПЕРВАЯ — PART ONE``, under it ``I — Chapter 1``).
A running head names where a paragraph is (``ЧАСТЬ ПЕРВАЯ › I``), leaving out the front matter's
headings (a blurb's ``Annotation``, the title line) and the book's title itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.export.plain import flat
from reader.core.export.rows import Row
from reader.core.export.textlayout import visible
from reader.core.sides import Side
from reader.core.structure import Section, book_title, outline, parse_heading, section_path
from reader.core.session import ReadingSession

SIDES: tuple[str, ...] = tuple(Side)
#: the separator between the levels of a path in a running head or a section column
PATH_SEPARATOR = " › "
#: a label longer than this is cut (a heading that is really a sentence)
MAX_LABEL = 120


@dataclass
class Entry:
    """One contents entry (a PDF bookmark): a heading, or a linked pair of headings, in reading order."""

    label: str
    #: depth, 1 = top; never more than one deeper than the entry before it
    level: int
    #: the heading the entry leads to
    side: str
    paragraph: int
    #: the row that holds it
    row: int


def _line(text: str) -> str:
    """A heading or title as one line, as drawn (whitespace runs single spaces, soft hyphens hidden)."""
    return visible(flat(text), line_end=False)


def _label(text: str) -> str:
    text = _line(text)
    return text if len(text) <= MAX_LABEL else text[:MAX_LABEL - 1].rstrip() + "…"


def _same_heading(a: Section, b: Section) -> bool:
    """Whether two headings of the two sides name the same part or chapter (two unnumbered ones do)."""
    first, second = parse_heading(a.title), parse_heading(b.title)
    if first is None or second is None:
        return first is None and second is None
    return first.matches(second)


class BookStructure:
    """The parts and chapters of both documents, placed on the rows of an export."""

    def __init__(self, data: ReadingSession, rows: list[Row]):
        self.data = data
        #: each side's title as one line, "" when it has none of its own (see :func:`book_title`)
        self.titles = {side: _line(book_title(data.document(side))) for side in SIDES}
        self.outlines = {side: outline(data.document(side)) for side in SIDES}
        self.sections = {side: {s.paragraph: s for root in self.outlines[side] for s in root.walk()}
                         for side in SIDES}
        self._front_end = {side: self._front_matter_end(side) for side in SIDES}
        self.entries = self._entries(rows)

    def _front_matter_end(self, side: str) -> int:
        """The first heading that reads as a part, chapter or named section: unnamed headings before it are
        front matter (0 when there is none, so a book of named chapters keeps them all)."""
        for section in self.sections[side].values():  # in reading order
            if parse_heading(section.title) is not None:
                return section.paragraph
        return 0

    def _front(self, side: str, section: Section) -> bool:
        return section.paragraph < self._front_end[side] and parse_heading(section.title) is None

    def _entries(self, rows: list[Row]) -> list[Entry]:
        primary = Side.RU if self.sections[Side.RU] or not self.sections[Side.EN] else Side.EN
        secondary = primary.other()
        entries: list[Entry] = []

        def add(side: str, paragraph: int, label: str, r: int) -> None:
            level = self.sections[side][paragraph].level
            level = max(1, min(level, entries[-1].level + 1 if entries else 1))
            entries.append(Entry(label, level, side, paragraph, r))

        for r, row in enumerate(rows):
            heads = {side: [i for i in row.side(side) if i in self.sections[side]] for side in SIDES}
            if not heads["ru"] and not heads["en"]:
                continue
            others = list(heads[secondary])
            for i in heads[primary]:
                section = self.sections[primary][i]
                match = next((j for j in others if _same_heading(section, self.sections[secondary][j])), None)
                texts: dict[str, str] = {primary: section.title}
                if match is not None:
                    others.remove(match)
                    texts[secondary] = self.sections[secondary][match].title
                add(primary, i, " — ".join(_label(texts[side]) for side in SIDES if side in texts), r)
            for j in others:
                add(secondary, j, _label(self.sections[secondary][j].title), r)
        return entries

    def heading_level(self, side: str, paragraph: int) -> int | None:
        """The outline depth of a heading paragraph (1 = top), None for a paragraph that is no heading."""
        section = self.sections[side].get(paragraph)
        return section.level if section is not None else None

    def opens_part(self, side: str, paragraph: int) -> bool:
        """Whether the paragraph is the heading of a top-level section holding others (a part, a book)."""
        section = self.sections[side].get(paragraph)
        return (section is not None and section.level == 1 and bool(section.children)
                and not self._front(side, section))

    def path(self, side: str, paragraph: int) -> list[Section]:
        """The sections a paragraph lies in, outermost first, without front matter and the title heading."""
        title = self.titles[side]
        return [s for s in section_path(self.outlines[side], paragraph)
                if not self._front(side, s) and _line(s.title) != title]

    def running_head(self, side: str, paragraph: int | None) -> str:
        """Where a paragraph is, as a running head shows it: ``ЧАСТЬ ПЕРВАЯ › I`` ("" before any section)."""
        if paragraph is None:
            return ""
        return PATH_SEPARATOR.join(_label(s.title) for s in self.path(side, paragraph))

    def row_section(self, row: Row) -> str:
        """Where a row is (its first original paragraph's running head, else its first counterpart's)."""
        side = Side.RU if row.ru else Side.EN
        return self.running_head(side, row.side(side)[0]) if row.side(side) else ""
