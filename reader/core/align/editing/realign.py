"""Re-alignment with anchors: run the aligner again on part of a pair, keeping what a person fixed.

Inside a *window* (a paragraph range on each side), every automatic link lying wholly inside is
dropped and the rest is aligned again. Confirmed and manual links are never moved: they are
fixed anchors that cut the window into gaps, and each gap is aligned on its own with
``align_spans`` and the pair's reusable ``AlignContext`` (so a gap of 100 paragraphs in a long
book costs only its own search). In a pair that is not a book each gap's links then follow the
sentences the way a whole alignment's do (``reader.core.align.engine.retell.follow_sentences``: the
sentence-first links where the gap reads as a retelling). Links that reach outside the window
are kept as they are.
Paragraphs marked "no counterpart" and paragraphs of kinds the aligner leaves out stay unlinked.
Gaps that hold merged or split paragraphs are aligned as units (see ``reader.core.align.units``).
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from collections.abc import Callable

from reader.core.align.editing.change import Change, copy_units
from reader.core.align.editing.edit import AlignmentEdit
from reader.core.align.model import SIDES, Alignment, Link, Units
from reader.core.align.units import Held, Unit, group_of, holdings, link_from_units, unit_document, units_in
from reader.core.align.validate import refusal
from reader.core.cancel import stop_if_cancelled
from reader.core.document import Document
from reader.core.links import other_side


@dataclass(frozen=True)
class Window:
    """Half-open paragraph ranges ``[start, end)`` of each side to re-align."""

    ru: tuple[int, int]
    en: tuple[int, int]

    def side(self, side: str) -> tuple[int, int]:
        return self.ru if side == "ru" else self.en

    def holds(self, link: Link) -> bool:
        """Whether every paragraph of ``link`` is inside the window."""
        return all(self.side(s)[0] <= link.side(s)[0] and link.side(s)[-1] < self.side(s)[1] for s in SIDES)


def whole_window(documents: dict[str, Document]) -> Window:
    """Both documents from start to end."""
    return Window((0, len(documents["ru"].paragraphs)), (0, len(documents["en"].paragraphs)))


def window_for(alignment: Alignment, documents: dict[str, Document], side: str, first: int,
               last: int | None = None) -> Window:
    """The window from paragraph ``first`` of ``side`` to ``last`` (to the end if None), both sides.

    The start moves back to the first paragraph of the automatic link holding ``first``; the
    other side's range runs from after the nearest link before the start to the nearest link
    after the end.
    """
    size = len(documents[side].paragraphs)
    if not 0 <= first < size or (last is not None and not first <= last < size):
        raise refusal("Choose paragraphs inside the text to re-align.")
    start = first
    for link in alignment.links:
        if not link.fixed and first in link.side(side):
            start = min(start, link.side(side)[0])
    end = size if last is None else last + 1
    other = other_side(side)
    before = [link for link in alignment.links if link.side(side)[-1] < start]
    after = [link for link in alignment.links if link.side(side)[0] >= end]
    other_start = max(before, key=lambda link: link.side(side)[-1]).side(other)[-1] + 1 if before else 0
    other_end = (min(after, key=lambda link: link.side(side)[0]).side(other)[0] if after
                 else len(documents[other].paragraphs))
    other_end = max(other_start, other_end)
    ranges = {side: (start, end), other: (other_start, other_end)}
    return Window(ranges["ru"], ranges["en"])


def _anchor_chain(anchors: list[Link]) -> list[Link]:
    """The longest run of anchors in the same order on both sides (crossing anchors do not cut gaps)."""
    anchors = sorted(anchors, key=lambda link: (link.ru[0], link.en[0]))
    tails: list[int] = []  # en start of the last anchor of the best chain of each length
    tail_at: list[int] = []
    back: list[int] = []
    for k, link in enumerate(anchors):
        length = bisect.bisect_left(tails, link.en[0])
        back.append(tail_at[length - 1] if length else -1)
        if length == len(tails):
            tails.append(link.en[0])
            tail_at.append(k)
        else:
            tails[length], tail_at[length] = link.en[0], k
    chain, k = [], tail_at[-1] if tail_at else -1
    while k != -1:
        chain.append(anchors[k])
        k = back[k]
    chain.reverse()
    kept: list[Link] = []
    for link in chain:
        if not kept or (link.ru[0] > kept[-1].ru[-1] and link.en[0] > kept[-1].en[-1]):
            kept.append(link)
    return kept


@dataclass
class Gap:
    """The paragraphs of each side between two anchors that are free to be linked."""

    ru: list[int]
    en: list[int]


def gaps(alignment: Alignment, documents: dict[str, Document], window: Window, kept: list[Link],
         include_all_kinds: bool = False) -> list[Gap]:
    """Cut ``window`` at the anchors among ``kept`` links; list each gap's free paragraphs."""
    taken: dict[str, dict[int, Held]] = {"ru": {}, "en": {}}
    for link in kept:
        for side in SIDES:
            for index, held in holdings(link, side).items():
                before = taken[side].get(index, frozenset())
                taken[side][index] = None if held is None or before is None else before | held
    chain = _anchor_chain([link for link in kept if link.fixed and window.holds(link)])
    bounds = {side: [window.side(side)[0] - 1, *(x for link in chain for x in (link.side(side)[0], link.side(side)[-1])),
                     window.side(side)[1]] for side in SIDES}
    result = []
    for k in range(0, len(bounds["ru"]), 2):
        gap = {}
        for side in SIDES:
            lo, hi = bounds[side][k] + 1, bounds[side][k + 1]
            document, marks = documents[side], alignment.no_counterpart.get(side, set())
            gap[side] = [i for i in range(lo, hi)
                         if (include_all_kinds or document.paragraphs[i].kind.alignable)
                         and i not in marks and taken[side].get(i, frozenset()) is not None]
        result.append(Gap(gap["ru"], gap["en"]))
    return result


def _free_units(alignment: Alignment, documents: dict[str, Document], side: str, indices: list[int],
                kept: list[Link]) -> list[Unit]:
    """The units of ``indices`` that no kept link holds (merged groups only if wholly in ``indices``)."""
    units = alignment.units[side]
    held: dict[int, set[int]] = {}
    for link in kept:
        for index, part in holdings(link, side).items():
            if part is not None:
                held.setdefault(index, set()).update(part)
    present = set(indices)
    free = []
    for unit in units_in(units, documents[side], indices):
        if not set(unit.paragraphs) <= present:
            continue
        if unit.sentences is not None and set(unit.sentences) & held.get(unit.paragraphs[0], set()):
            continue
        free.append(unit)
    return free


def _has_units(units: Units, indices: list[int]) -> bool:
    """Whether any of ``indices`` is merged or split."""
    return not units.is_default() and any(i in units.split or group_of(units, i) for i in indices)


def _align_gap(alignment: Alignment, documents: dict[str, Document], gap: Gap, kept: list[Link],
               context) -> list[Link]:
    """Links for the free paragraphs of ``gap`` (through stand-in documents if it holds merged/split units)."""
    from reader.core.align.aligner import AlignContext, align_spans
    from reader.core.align.engine.retell import follow_sentences

    ru, en = documents["ru"], documents["en"]
    follow = context.follows_sentences()
    if not any(_has_units(alignment.units[side], getattr(gap, side)) for side in SIDES):
        links = align_spans(ru, en, gap.ru, gap.en, context=context)
        return follow_sentences(context, gap.ru, gap.en, links, context.options.params.retell) if follow else links
    unit_lists = {side: _free_units(alignment, documents, side, getattr(gap, side), kept) for side in SIDES}
    if not unit_lists["ru"] or not unit_lists["en"]:
        return []
    stand_ins = {side: unit_document(documents[side], unit_lists[side]) for side in SIDES}
    stand_in_options = dataclasses.replace(context.options, ru_translations=None)
    stand_in_context = AlignContext.build(stand_ins["ru"], stand_ins["en"], stand_in_options)
    ru_indices, en_indices = list(range(len(unit_lists["ru"]))), list(range(len(unit_lists["en"])))
    found = align_spans(stand_ins["ru"], stand_ins["en"], ru_indices, en_indices, stand_in_options,
                        context=stand_in_context)
    if follow:
        found = follow_sentences(stand_in_context, ru_indices, en_indices, found, stand_in_options.params.retell)
    return [link_from_units(link, unit_lists["ru"], unit_lists["en"], documents) for link in found]


def plan_realign(alignment: Alignment, documents: dict[str, Document], window: Window, context, *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Change:
    """The change that re-aligns ``window`` around its fixed links (``context``: the pair's AlignContext)."""
    removed = [link for link in alignment.links if not link.fixed and window.holds(link)]
    dropped = {id(link) for link in removed}
    kept = [link for link in alignment.links if id(link) not in dropped]
    todo = gaps(alignment, documents, window, kept, context.options.include_all_kinds)
    added: list[Link] = []
    for done, gap in enumerate(todo):
        stop_if_cancelled(cancelled, "Re-alignment was cancelled.")
        if progress:
            progress(done, len(todo))
        added.extend(_align_gap(alignment, documents, gap, kept, context))
    if progress:
        progress(len(todo), len(todo))
    return Change(removed=removed, added=added)


def snapshot(alignment: Alignment) -> Alignment:
    """A copy of ``alignment`` that later edits do not touch (links are shared: edits replace, never modify them).

    Plan a re-alignment on it in a background thread, then hand the change to ``Realign``.
    """
    return Alignment(links=list(alignment.links),
                     no_counterpart={side: set(marks) for side, marks in alignment.no_counterpart.items()},
                     units=copy_units(alignment.units))


class Realign(AlignmentEdit):
    """Re-align a window of the pair; confirmed and manual links stay exactly where they are.

    ``change``: a change planned beforehand (e.g. in the background on a ``snapshot``); it is
    refused if the alignment no longer holds the links it replaces.
    """

    text = "Re-align"

    def __init__(self, alignment: Alignment, documents: dict[str, Document], window: Window, context,
                 change: Change | None = None):
        super().__init__(alignment, documents)
        self.window, self.context, self.planned = window, context, change

    def plan(self) -> Change:
        if self.planned is None:
            return plan_realign(self.alignment, self.documents, self.window, self.context)
        present = {id(link) for link in self.alignment.links}
        if any(id(link) not in present for link in self.planned.removed):
            raise refusal("The alignment changed while it was being re-aligned; re-align again.")
        return self.planned


class AlignAgain(AlignmentEdit):
    """Take a fresh alignment of the whole pair, keeping what a person made.

    Confirmed and manual links, "no counterpart" marks and units stay; of the fresh automatic
    links, those that would touch a paragraph held by a kept link or marked, or hold only part
    of a merged group, are left out. The alignment object stays the same, so earlier commands
    on the stack remain valid.
    """

    text = "Align again"

    def __init__(self, alignment: Alignment, documents: dict[str, Document], fresh: Alignment):
        super().__init__(alignment, documents)
        self.fresh = fresh

    def plan(self) -> Change:
        kept = [link for link in self.alignment.links if link.fixed]
        busy = {side: set(self.alignment.no_counterpart.get(side, ())) for side in SIDES}
        for link in kept:
            for side in SIDES:
                busy[side].update(link.side(side))
        added = []
        for link in self.fresh.links:
            if any(busy[side] & set(link.side(side)) for side in SIDES):
                continue
            if any(not set(group_of(self.alignment.units[side], i) or [i]) <= set(link.side(side))
                   for side in SIDES for i in link.side(side)):
                continue
            added.append(link)
        return Change(removed=[link for link in self.alignment.links if not link.fixed], added=added)


def describe(link: Link, context) -> None:
    """Fill in the sentence links and differences of a link made by hand (whole paragraphs only)."""
    from reader.core.align.engine.differences import link_differences
    from reader.core.align.engine.sentences import align_sentences

    if link.ru_sentences or link.en_sentences:
        return
    if context.options.sentences:
        link.sentences = align_sentences(link, context)
    link.differences = link_differences(link, context)

