"""The rows every export lays out: one row per link (its whole group) or per paragraph without counterpart.

Rows follow the original's reading order. An English paragraph without counterpart comes right after
the row holding the English paragraph before it. Annotations are attached to their rows and the ones
with a note are numbered in reading order, so every format numbers notes the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.align import Link
from reader.core.document import Kind
from reader.core.export.common import ExportOptions
from reader.core.mt.translation import MachineTranslation
from reader.core.project.annotations import Annotation
from reader.core.sides import PerSide, Side
from reader.core.session import ReadingSession

#: kinds the window hides by default and exports leave out unless asked
HIDDEN_KINDS = (Kind.META, Kind.DUPLICATE)


@dataclass
class Row:
    """One row: the paragraphs of a link, or a single paragraph without counterpart (the other side empty)."""

    ru: list[int]
    en: list[int]
    link: Link | None = None
    #: machine translation shown in the empty column, if any
    translation: MachineTranslation | None = None
    #: highlights and paragraph notes, per side
    annotations: PerSide[list[Annotation]] = field(default_factory=lambda: PerSide([], []))
    #: notes on the link itself
    link_notes: list[Annotation] = field(default_factory=list)

    def side(self, side: str) -> list[int]:
        return self.ru if Side(side) is Side.RU else self.en

    def annotations_in_order(self) -> list[Annotation]:
        """Link notes first, then each side's annotations by paragraph and offset."""
        ordered = list(self.link_notes)
        for side in Side:
            paragraphs = self.side(side)
            ordered += sorted(self.annotations[side], key=lambda a: (paragraphs.index(a.paragraph),
                                                                     a.start if a.start is not None else 1 << 30))
        return ordered

    @property
    def empty_side(self) -> Side | None:
        """The side without paragraphs (a paragraph without counterpart), or None for a link."""
        return Side.EN if not self.en else Side.RU if not self.ru else None


@dataclass
class RowLayout:
    """The rows of an export and the numbers of the notes."""

    rows: list[Row]
    #: annotation id → note number (1, 2, …) for annotations that carry a note
    note_numbers: dict[str, int]
    #: annotations that could not be placed (listed at the end of an export)
    unplaced: list[Annotation]


def linked_rows(rows: list[Row]) -> list[tuple[Row, Link]]:
    """The rows that show a link, each with its link (the rows of a paragraph without counterpart left out)."""
    return [(row, row.link) for row in rows if row.link is not None]


def _groups(links: list[Link]) -> list[tuple[list[int], list[int], Link]]:
    """Links joined where they share a paragraph (the parts of a split paragraph stay in one row)."""
    parent = list(range(len(links)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    owner: dict[tuple[str, int], int] = {}
    for k, link in enumerate(links):
        for side in Side:
            for i in link.side(side):
                if (side, i) in owner:
                    parent[find(k)] = find(owner[(side, i)])
                else:
                    owner[(side, i)] = k
    members: dict[int, list[Link]] = defaultdict(list)
    for k, link in enumerate(links):
        members[find(k)].append(link)
    groups = []
    for group in members.values():
        ru = sorted({i for link in group for i in link.ru})
        en = sorted({i for link in group for i in link.en})
        groups.append((ru, en, min(group, key=lambda link: (link.ru[0], link.en[0]))))
    return groups


def build_rows(data: ReadingSession, options: ExportOptions) -> RowLayout:
    """Lay the pair out in rows (see the module docstring)."""
    groups = _groups(data.alignment.links if data.alignment is not None else [])
    group_of = {("ru", i): g for g, (ru, _, _) in enumerate(groups) for i in ru}
    group_of.update({("en", j): g for g, (_, en, _) in enumerate(groups) for j in en})

    annotated = {(a.side, a.paragraph) for a in data.annotations if not a.unplaced}

    def visible(side: str, i: int) -> bool:
        """Hidden kinds are left out unless asked for, linked or annotated."""
        return (options.include_hidden or data.document(side).paragraphs[i].kind not in HIDDEN_KINDS
                or (side, i) in group_of or (side, i) in annotated)

    rows: list[Row] = []
    seen: set[int] = set()
    for i in range(len(data.ru)):
        g = group_of.get(("ru", i))
        if g is not None:
            if g not in seen:
                seen.add(g)
                rows.append(Row(*groups[g]))
        elif visible("ru", i):
            rows.append(Row([i], []))

    row_of_en = {j: r for r, row in enumerate(rows) for j in row.en}
    after: dict[int, list[int]] = defaultdict(list)
    last = -1
    for j in range(len(data.en)):
        if j in row_of_en:
            last = row_of_en[j]
        elif visible("en", j):
            after[last].append(j)
    ordered = [Row([], [j]) for j in after[-1]]
    for r, row in enumerate(rows):
        ordered.append(row)
        ordered.extend(Row([], [j]) for j in after[r])

    if options.include_translations:
        for row in ordered:
            empty = row.empty_side
            if empty is not None:
                source = empty.other()
                row.translation = data.translations.get((source, row.side(source)[0]))
    return _attach(ordered, data.annotations)


def _attach(rows: list[Row], annotations: Iterable[Annotation]) -> RowLayout:
    where: dict[tuple[str, int], Row] = {}
    for row in rows:
        for side in Side:
            for i in row.side(side):
                where[(side, i)] = row
    unplaced = []
    for annotation in annotations:
        if annotation.unplaced:
            unplaced.append(annotation)
        elif annotation.side == "link":
            target = where.get(("ru", annotation.paragraph))
            if target is None and annotation.counterpart is not None:
                target = where.get(("en", annotation.counterpart))
            (target.link_notes if target is not None else unplaced).append(annotation)
        else:
            target = where.get((annotation.side, annotation.paragraph))
            if target is None:  # out of range of the document: listed, not lost
                unplaced.append(annotation)
            else:
                target.annotations[annotation.side].append(annotation)
    numbers: dict[str, int] = {}
    for row in rows:
        for annotation in row.annotations_in_order():
            if annotation.note.strip():
                numbers[annotation.id] = len(numbers) + 1
    for annotation in unplaced:
        if annotation.note.strip():
            numbers[annotation.id] = len(numbers) + 1
    return RowLayout(rows=rows, note_numbers=numbers, unplaced=unplaced)


def row_positions(layout: RowLayout) -> dict[tuple[str, int], int]:
    """(side, paragraph) → row number, e.g. to list annotations in reading order."""
    return {(side, i): r for r, row in enumerate(layout.rows) for side in Side for i in row.side(side)}
