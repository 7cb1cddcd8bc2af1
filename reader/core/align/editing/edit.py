"""Hand edits of an alignment as undoable commands (for ``reader.core.commands.CommandStack``).

Each command is built with the alignment it edits and the two documents, plans its change when
first done (an invalid edit raises ``AlignmentError`` with the reason and changes nothing) and
then does/undoes exactly that change. Semantics:

- ``LinkParagraphs``: the selected paragraphs (or parts of split paragraphs) of each side become
  one new *manual* link. They leave the links they were in: such a link keeps its other
  paragraphs (and its origin), and is removed when one of its sides is left empty — its other
  side then has no counterpart. Selecting one member of a merged group selects the group.
  Linked paragraphs lose their "no counterpart" mark.
- ``Unlink``: removes links; their paragraphs are left without counterpart (re-alignment may
  link them again unless they are marked).
- ``MarkNoCounterpart`` / ``ClearNoCounterpart``: set/clear the mark; marked paragraphs leave
  their links (as above) and the aligner never links them.
- ``Confirm`` / ``Unconfirm``: automatic ↔ confirmed origin (confirmed links are anchors).
- ``MergeWithNext`` / ``Unmerge``: a paragraph (or merged group) and the next paragraph become
  one alignment unit; the links holding either are joined into one link (manual if two or more
  were joined and any of them was confirmed or manual; a single link keeps its origin). Unmerge
  only changes units; the link keeps all paragraphs.
- ``SplitParagraph`` / ``JoinParts``: cut a paragraph into two units at a sentence boundary
  (links are unchanged: a link holding the paragraph holds both parts, which can then be
  linked apart); join two parts back (the links holding them are joined as for a merge).
"""

from __future__ import annotations

import copy
from dataclasses import replace
from collections.abc import Callable, Iterable

from reader.core.align.editing.change import Change, copy_units
from reader.core.align.model import SIDES, Alignment, Differences, Link, Origin, Units
from reader.core.align.units import (Held, Unit, group_of, holdings, keep_sentence_links, parts_of,
                                     sentence_count, set_side, subtract)
from reader.core.align.validate import refusal
from reader.core.document import Document

Selection = dict[int, Held]


class AlignmentEdit:
    """Base of alignment commands: plan a ``Change`` on first ``do``, then apply/revert it."""

    text = "Edit alignment"

    def __init__(self, alignment: Alignment, documents: dict[str, Document]):
        self.alignment = alignment
        self.documents = documents
        self._change: Change | None = None

    def plan(self) -> Change:
        """Work out the change against the current state; raise AlignmentError if the edit is invalid."""
        raise NotImplementedError

    def do(self) -> None:
        if self._change is None:
            self._change = self.plan()
        self._change.apply(self.alignment)

    def undo(self) -> None:
        if self._change is not None:
            self._change.revert(self.alignment)


# -- selections and shared planning steps ------------------------------------------------------

def _check_index(documents: dict[str, Document], side: str, index: int) -> None:
    if not 0 <= index < len(documents[side].paragraphs):
        raise refusal("There is no {paragraph}.", side=side, paragraph=index)


def select(alignment: Alignment, documents: dict[str, Document], side: str,
           items: Iterable[int | Unit]) -> Selection:
    """What a selection of paragraphs or units of ``side`` takes, paragraph → held sentences.

    An ``int`` takes the whole paragraph (a merged group whole); a ``Unit`` with sentences takes
    those sentences of a split paragraph, which must be whole parts of it.
    """
    units = alignment.units[side]
    selection: Selection = {}
    for item in items:
        unit = Unit((item,)) if isinstance(item, int) else item
        for index in unit.paragraphs:
            _check_index(documents, side, index)
        if unit.sentences is None:
            for index in unit.paragraphs:
                for member in group_of(units, index) or [index]:
                    selection[member] = None
            continue
        index = unit.paragraphs[0]
        if len(unit.paragraphs) != 1 or index not in units.split:
            raise refusal("Only a split paragraph can be linked in parts; {paragraph} is not split.",
                          side=side, paragraph=index)
        wanted = set(unit.sentences)
        parts = [set(p) for p in parts_of(units, documents[side], index)]
        if not wanted or any(p & wanted and not p <= wanted for p in parts) or wanted - set().union(*parts):
            raise refusal("Sentences {sentences} are not whole parts of {paragraph}.",
                          side=side, paragraph=index, sentences=sorted(wanted))
        if index not in selection or selection[index] is not None:
            selection[index] = (selection.get(index) or frozenset()) | frozenset(wanted)
    for index, held in list(selection.items()):
        if held is not None and len(held) == sentence_count(documents[side], index):
            selection[index] = None
    return selection


def _touches(held: Held, taken: Held) -> bool:
    return held is None or taken is None or bool(held & taken)


def take_out(alignment: Alignment, documents: dict[str, Document], taken: dict[str, Selection],
             change: Change) -> None:
    """Plan removing ``taken`` from every link holding it: shrink such links, drop those left one-sided."""
    for link in alignment.links:
        hits = {side: [i for i in link.side(side) if i in taken[side]] for side in SIDES}
        if not hits["ru"] and not hits["en"]:
            continue
        new = replace(link, differences=Differences())
        touched, empty = False, False
        for side in SIDES:
            held = holdings(link, side)
            for index in hits[side]:
                if not _touches(held[index], taken[side][index]):
                    continue
                touched = True
                left = subtract(held[index], taken[side][index], documents[side], index)
                if left is False:
                    del held[index]
                else:
                    held[index] = left
            empty = empty or not held
            set_side(new, side, held, documents[side])
        if not touched:
            continue
        if empty:
            change.removed.append(link)
        else:
            keep_sentence_links(new)
            change.replaced.append((link, new))


def _union(a: Held, b: Held) -> Held:
    return None if a is None or b is None else a | b


def _join(links: list[Link], documents: dict[str, Document], side: str, wanted: Selection) -> Link:
    """One link holding everything ``links`` hold plus ``wanted`` on ``side``.

    A single link keeps its origin; joined links make a manual link if any of them is confirmed
    or manual, else an automatic one.
    """
    origin = links[0].origin if len(links) == 1 else (
        Origin.MANUAL if any(link.fixed for link in links) else Origin.AUTO)
    joined = Link([], [], score=min(link.score for link in links), origin=origin)
    for each_side in SIDES:
        held: Selection = dict(wanted) if each_side == side else {}
        for link in links:
            for index, part in holdings(link, each_side).items():
                held[index] = _union(held[index], part) if index in held else part
        set_side(joined, each_side, held, documents[each_side])
    joined.sentences = [s for link in links for s in link.sentences]
    return joined


def _join_holders(alignment: Alignment, documents: dict[str, Document], side: str, wanted: Selection,
                  change: Change) -> None:
    """Plan joining the links that hold anything of ``wanted`` on ``side`` into one that holds all of it.

    If no link holds any of it and part of it is marked "no counterpart", all of it gets the mark.
    """
    holders = [link for link in alignment.links
               if any(i in wanted and _touches(h, wanted[i]) for i, h in holdings(link, side).items())]
    marks = alignment.no_counterpart.get(side, set())
    if not holders:
        if marks & set(wanted):
            change.marks_added[side] = set(wanted) - marks
        return
    change.replaced.append((holders[0], _join(holders, documents, side, wanted)))
    change.removed.extend(holders[1:])
    change.marks_removed[side] = marks & set(wanted)


def _with_units(alignment: Alignment, side: str, edit) -> dict[str, Units]:
    units = copy_units(alignment.units)
    edit(units[side])
    return units


# -- the commands ---------------------------------------------------------------------------------

class LinkParagraphs(AlignmentEdit):
    """Link the selected paragraphs (or split-paragraph parts) of both sides as one manual link."""

    text = "Link paragraphs"

    def __init__(self, alignment: Alignment, documents: dict[str, Document],
                 ru: Iterable[int | Unit], en: Iterable[int | Unit], describe: Callable[[Link], None] | None = None):
        super().__init__(alignment, documents)
        self.items = {"ru": list(ru), "en": list(en)}
        #: fills in the new link's sentence links and differences (e.g. ``reader.core.align.editing.realign.describe``)
        self.describe = describe

    def plan(self) -> Change:
        taken = {}
        for side in SIDES:
            if not self.items[side]:
                raise refusal("Select at least one {side} paragraph to link.", side=side)
            taken[side] = select(self.alignment, self.documents, side, self.items[side])
        new = Link([], [], score=1.0, origin=Origin.MANUAL)
        for side in SIDES:
            set_side(new, side, taken[side], self.documents[side])
        for link in self.alignment.links:
            if link.origin == Origin.MANUAL and (link.ru, link.en, link.ru_sentences, link.en_sentences) == (
                    new.ru, new.en, new.ru_sentences, new.en_sentences):
                raise refusal("These paragraphs are already linked by hand.")
        if self.describe is not None:
            self.describe(new)
        change = Change(added=[new])
        take_out(self.alignment, self.documents, taken, change)
        for side in SIDES:
            change.marks_removed[side] = self.alignment.no_counterpart.get(side, set()) & set(taken[side])
        return change


class Unlink(AlignmentEdit):
    """Remove links; their paragraphs are left without counterpart."""

    text = "Unlink"

    def __init__(self, alignment: Alignment, documents: dict[str, Document], links: Iterable[Link]):
        super().__init__(alignment, documents)
        self.links = list(links)

    def plan(self) -> Change:
        if not self.links:
            raise refusal("Select a linked paragraph to unlink.")
        present = {id(link) for link in self.alignment.links}
        if any(id(link) not in present for link in self.links):
            raise refusal("That link is no longer in the alignment.")
        return Change(removed=list({id(link): link for link in self.links}.values()))


class _MarkEdit(AlignmentEdit):
    """An edit of the "no counterpart" marks of some paragraphs of one side."""

    def __init__(self, alignment: Alignment, documents: dict[str, Document], side: str, paragraphs: Iterable[int]):
        super().__init__(alignment, documents)
        self.side, self.paragraphs = side, list(paragraphs)


class MarkNoCounterpart(_MarkEdit):
    """Mark paragraphs of one side as having no counterpart (they leave their links)."""

    text = "Mark as having no counterpart"

    def plan(self) -> Change:
        if not self.paragraphs:
            raise refusal("Select a paragraph to mark.")
        chosen = select(self.alignment, self.documents, self.side, self.paragraphs)
        taken = {side: (chosen if side == self.side else {}) for side in SIDES}
        change = Change()
        change.marks_added[self.side] = set(chosen) - self.alignment.no_counterpart.get(self.side, set())
        take_out(self.alignment, self.documents, taken, change)
        if change.is_empty():
            raise refusal("These paragraphs are already marked as having no counterpart.")
        return change


class ClearNoCounterpart(_MarkEdit):
    """Clear the "no counterpart" mark of paragraphs of one side."""

    text = "Clear no-counterpart mark"

    def plan(self) -> Change:
        chosen = select(self.alignment, self.documents, self.side, self.paragraphs)
        change = Change()
        change.marks_removed[self.side] = self.alignment.no_counterpart.get(self.side, set()) & set(chosen)
        if change.is_empty():
            raise refusal("These paragraphs are not marked as having no counterpart.")
        return change


def _with_origin(link: Link, origin: Origin) -> Link:
    new = copy.deepcopy(link)
    new.origin = origin
    return new


class _SetOrigin(AlignmentEdit):
    source: Origin
    target: Origin
    refusal_reason = ""

    def __init__(self, alignment: Alignment, documents: dict[str, Document], links: Iterable[Link]):
        super().__init__(alignment, documents)
        self.links = list(links)

    def plan(self) -> Change:
        present = {id(link) for link in self.alignment.links}
        if any(id(link) not in present for link in self.links):
            raise refusal("That link is no longer in the alignment.")
        chosen = {id(link): link for link in self.links if link.origin == self.source}
        if not chosen:
            raise refusal(self.refusal_reason)
        return Change(replaced=[(link, _with_origin(link, self.target)) for link in chosen.values()])


class Confirm(_SetOrigin):
    """Confirm automatic links: re-alignment keeps them as they are."""

    text = "Confirm link"
    source, target = Origin.AUTO, Origin.CONFIRMED
    refusal_reason = "This link is already confirmed or was made by hand."


class Unconfirm(_SetOrigin):
    """Turn confirmed links back into automatic ones (re-alignment may change them)."""

    text = "Unconfirm link"
    source, target = Origin.CONFIRMED, Origin.AUTO
    refusal_reason = "This link is not a confirmed one."


class _ParagraphEdit(AlignmentEdit):
    """An edit of one paragraph's units on one side (``at``: a sentence index, where it matters)."""

    def __init__(self, alignment: Alignment, documents: dict[str, Document], side: str, paragraph: int,
                 at: int = 0):
        super().__init__(alignment, documents)
        self.side, self.paragraph, self.at = side, paragraph, at

    def plan(self) -> Change:
        _check_index(self.documents, self.side, self.paragraph)
        return self.plan_paragraph(self.side, self.paragraph, self.at, self.alignment.units[self.side])

    def plan_paragraph(self, side: str, index: int, at: int, units: Units) -> Change:
        raise NotImplementedError


class MergeWithNext(_ParagraphEdit):
    """Make a paragraph (or merged group) and the next paragraph one alignment unit."""

    text = "Merge paragraphs"

    def plan_paragraph(self, side: str, index: int, at: int, units: Units) -> Change:
        first = group_of(units, index) or [index]
        following = first[-1] + 1
        if following >= len(self.documents[side].paragraphs):
            raise refusal("{paragraph} is the last one; there is nothing to merge it with.", side=side,
                          paragraph=first[-1])
        second = group_of(units, following) or [following]
        for member in (first[0], following):
            if member in units.split:
                raise refusal("{paragraph} is split; join its parts before merging.", side=side, paragraph=member)
        group = first + second

        def merge(side_units: Units) -> None:
            side_units.merged = sorted([g for g in side_units.merged if g not in (first, second)] + [group])

        change = Change(units_after=_with_units(self.alignment, side, merge))
        _join_holders(self.alignment, self.documents, side, {i: None for i in group}, change)
        return change


class Unmerge(_ParagraphEdit):
    """Make the paragraphs of a merged group separate units again (their link keeps them all)."""

    text = "Unmerge paragraphs"

    def plan_paragraph(self, side: str, index: int, at: int, units: Units) -> Change:
        group = group_of(units, index)
        if group is None:
            raise refusal("{paragraph} is not merged with another one.", side=side, paragraph=index)
        return Change(units_after=_with_units(
            self.alignment, side, lambda u: setattr(u, "merged", [g for g in u.merged if g != group])))


class SplitParagraph(_ParagraphEdit):
    """Cut a paragraph into two alignment units before sentence ``at`` (the text is unchanged)."""

    text = "Split paragraph"

    def plan_paragraph(self, side: str, index: int, at: int, units: Units) -> Change:
        if group_of(units, index) is not None:
            raise refusal("{paragraph} is merged with another one; unmerge it first.", side=side, paragraph=index)
        count = sentence_count(self.documents[side], index)
        if count < 2:
            raise refusal("{paragraph} has a single sentence and cannot be split.", side=side, paragraph=index)
        if not 0 < at < count:
            raise refusal("{paragraph} has {count} sentence(s); it can only be split "
                          "before sentences {first} to {last}.", side=side, paragraph=index, count=count,
                          first=1, last=count - 1)
        if at in units.split.get(index, []):
            raise refusal("{paragraph} is already split before sentence {at}.", side=side, paragraph=index, at=at)

        def split(side_units: Units) -> None:
            side_units.split[index] = sorted([*side_units.split.get(index, []), at])

        return Change(units_after=_with_units(self.alignment, side, split))


class JoinParts(_ParagraphEdit):
    """Join the two parts of a split paragraph that meet before sentence ``at`` into one unit."""

    text = "Join paragraph parts"

    def plan_paragraph(self, side: str, index: int, at: int, units: Units) -> Change:
        bounds = units.split.get(index, [])
        if at not in bounds:
            raise refusal("{paragraph} is not split before sentence {at}.", side=side, paragraph=index, at=at)
        parts = parts_of(units, self.documents[side], index)
        k = bounds.index(at)
        wanted: Selection = {index: frozenset(parts[k]) | frozenset(parts[k + 1])}

        def join(side_units: Units) -> None:
            rest = [b for b in side_units.split[index] if b != at]
            if rest:
                side_units.split[index] = rest
            else:
                del side_units.split[index]

        change = Change(units_after=_with_units(self.alignment, side, join))
        _join_holders(self.alignment, self.documents, side, wanted, change)
        return change
