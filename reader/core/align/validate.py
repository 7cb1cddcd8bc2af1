"""Consistency rules of an alignment with its two documents (used after loading and by the tests)."""

from __future__ import annotations

from typing import Any

from reader.core.align.model import SIDES, Alignment
from reader.core.align.units import group_of, holdings, parts_of, sentence_count
from reader.core.document import Document
from reader.core.errors import AlignmentError

SIDE_NAMES = {"ru": "Russian", "en": "English"}


def paragraph_name(side: str, index: int) -> str:
    """How messages name a paragraph, e.g. "Russian paragraph 5"."""
    return f"{SIDE_NAMES[side]} paragraph {index}"


def refusal(template: str, **params: Any) -> AlignmentError:
    """The AlignmentError refusing an edit for the reason ``template`` (its message in English).

    The fields ``template`` may hold: ``side`` ("ru" or "en"; written "Russian"), ``paragraph``
    (an index of that side; written "Russian paragraph 5"), ``at``, ``first`` and ``last``
    (sentence indices), ``sentences`` (a sorted list of sentence indices) and ``count`` (a
    number of sentences). ``params`` stay on the error as given, for other languages.
    """
    fields = dict(params)
    if "side" in params:
        fields["side"] = SIDE_NAMES[params["side"]]
        if "paragraph" in params:
            fields["paragraph"] = paragraph_name(params["side"], params["paragraph"])
    return AlignmentError(template.format(**fields), template=template, params=params)


def check_alignment(alignment: Alignment, documents: dict[str, Document]) -> None:
    """Raise AlignmentError naming the first broken rule of ``alignment``; return if it is consistent.

    Rules: units are valid (merged groups of consecutive paragraphs, split points strictly inside
    a paragraph, no paragraph both merged and split); every link has paragraphs on both sides,
    sorted, in range; a link holding one member of a merged group holds all of them; a paragraph
    is in at most one link per side, except the parts of a split paragraph, which may be in
    different links (each part whole); a paragraph marked "no counterpart" is in no link.
    """
    for side in SIDES:
        _check_units(alignment, side, documents[side])
    taken: dict[str, dict[int, set[int]]] = {"ru": {}, "en": {}}
    for link in alignment.links:
        for side in SIDES:
            _check_link_side(alignment, link, side, documents[side], taken[side])
    for side in SIDES:
        for index in sorted(alignment.no_counterpart.get(side, ())):
            if not 0 <= index < len(documents[side].paragraphs):
                raise AlignmentError(f"{paragraph_name(side, index)} (marked as having no counterpart) does not exist")
            if index in taken[side]:
                raise AlignmentError(f"{paragraph_name(side, index)} is marked as having no counterpart but is linked")


def _check_units(alignment: Alignment, side: str, document: Document) -> None:
    units = alignment.units[side]
    size = len(document.paragraphs)
    last = -1
    for group in sorted(units.merged):
        if len(group) < 2 or group != list(range(group[0], group[0] + len(group))):
            raise AlignmentError(f"{SIDE_NAMES[side]} merged paragraphs {group} are not consecutive")
        if group[0] <= last:
            raise AlignmentError(f"{SIDE_NAMES[side]} merged groups overlap at paragraph {group[0]}")
        if group[0] < 0 or group[-1] >= size:
            raise AlignmentError(f"{SIDE_NAMES[side]} merged paragraphs {group} are outside the text")
        last = group[-1]
    for index, bounds in units.split.items():
        if not 0 <= index < size:
            raise AlignmentError(f"split {paragraph_name(side, index)} does not exist")
        if group_of(units, index) is not None:
            raise AlignmentError(f"{paragraph_name(side, index)} is both merged and split")
        count = sentence_count(document, index)
        if not bounds or bounds != sorted(set(bounds)) or bounds[0] <= 0 or bounds[-1] >= count:
            raise AlignmentError(f"{paragraph_name(side, index)} has {count} sentences and cannot be split at {bounds}")


def _check_link_side(alignment: Alignment, link, side: str, document: Document, taken: dict[int, set[int]]) -> None:
    indices = link.side(side)
    name = SIDE_NAMES[side]
    if not indices:
        raise AlignmentError(f"a link has no {name} paragraph")
    if indices != sorted(set(indices)):
        raise AlignmentError(f"the {name} paragraphs of a link are not sorted and distinct: {indices}")
    if indices[0] < 0 or indices[-1] >= len(document.paragraphs):
        raise AlignmentError(f"a link refers to {name} paragraphs {indices}, outside the text")
    units = alignment.units[side]
    for index, held in holdings(link, side).items():
        group = group_of(units, index)
        if group is not None and not set(group) <= set(indices):
            raise AlignmentError(f"a link holds only part of the merged {name} paragraphs {group}")
        every = set(range(sentence_count(document, index)))
        if held is not None:
            if index not in units.split:
                raise AlignmentError(f"a link holds sentences of {paragraph_name(side, index)}, which is not split")
            parts = [set(p) for p in parts_of(units, document, index)]
            if not held or held - every or any(p & held and not p <= held for p in parts):
                raise AlignmentError(f"a link holds sentences {sorted(held)} of {paragraph_name(side, index)}, "
                                     f"which are not whole parts of it")
        sentences = every if held is None else set(held)
        if taken.get(index, set()) & sentences:
            raise AlignmentError(f"{paragraph_name(side, index)} is in two links")
        taken.setdefault(index, set()).update(sentences)
    for index in link.side_sentences(side):
        if index not in indices:
            raise AlignmentError(f"a link gives sentences of {paragraph_name(side, index)} but does not hold it")
