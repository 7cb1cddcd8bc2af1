"""JSON form of the hand-made alignment state: merged/split units, no-counterpart marks, link parts.

In a project file (all keys optional; absent means "nothing changed by hand")::

    "no_counterpart": {"ru": [5, 9], "en": []},
    "units": {"ru": {"merged": [[3, 4]], "split": {"7": [2]}}, "en": {"merged": [], "split": {}}},
    "links": [{"ru": [7], "en": [6], "origin": "manual", "ru_sentences": {"7": [0, 1]}}, ...]

``merged`` lists groups of consecutive paragraph indices aligned as one unit; ``split`` maps a
paragraph index to the sentence indices where its next part starts; ``ru_sentences`` /
``en_sentences`` on a link give, for a split paragraph it holds only part of, the sentence indices
it holds (a paragraph of the link without an entry is held whole).
"""

from __future__ import annotations

from typing import Any

from reader.core.align.model import SIDES, Alignment, Link, Units
from reader.core.errors import AlignmentError


def alignment_extras_to_json(alignment: Alignment) -> dict[str, Any]:
    """The ``no_counterpart`` and ``units`` keys of ``alignment`` (only those that are not empty)."""
    data: dict[str, Any] = {}
    if any(alignment.no_counterpart.get(side) for side in SIDES):
        data["no_counterpart"] = {side: sorted(alignment.no_counterpart.get(side, ())) for side in SIDES}
    if any(not alignment.units[side].is_default() for side in SIDES):
        data["units"] = {side: {"merged": [list(g) for g in alignment.units[side].merged],
                                "split": {str(p): list(b) for p, b in sorted(alignment.units[side].split.items())}}
                         for side in SIDES}
    return data


def link_extras_to_json(link: Link) -> dict[str, Any]:
    """The ``ru_sentences``/``en_sentences`` keys of ``link`` (only those that are not empty)."""
    data: dict[str, Any] = {}
    for side in SIDES:
        parts = link.side_sentences(side)
        if parts:
            data[f"{side}_sentences"] = {str(p): list(s) for p, s in sorted(parts.items())}
    return data


def _int_list(value: Any, what: str) -> list[int]:
    if not isinstance(value, list) or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise AlignmentError(f"{what} must be a list of whole numbers")
    return list(value)


def _int_map(value: Any, what: str) -> dict[int, list[int]]:
    if not isinstance(value, dict):
        raise AlignmentError(f"{what} must be an object of paragraph index → list of numbers")
    result = {}
    for key, item in value.items():
        try:
            index = int(key)
        except (TypeError, ValueError):
            raise AlignmentError(f"{what}: {key!r} is not a paragraph index") from None
        result[index] = _int_list(item, f"{what}[{key}]")
    return result


def apply_alignment_extras(data: dict[str, Any], alignment: Alignment) -> None:
    """Read the ``no_counterpart`` and ``units`` keys of ``data`` (if present) into ``alignment``."""
    marks = data.get("no_counterpart")
    if marks is not None:
        if not isinstance(marks, dict):
            raise AlignmentError("no_counterpart must be an object with \"ru\" and \"en\" lists")
        alignment.no_counterpart = {side: set(_int_list(marks.get(side, []), f"no_counterpart.{side}"))
                                    for side in SIDES}
    units = data.get("units")
    if units is not None:
        if not isinstance(units, dict):
            raise AlignmentError("units must be an object with \"ru\" and \"en\" entries")
        for side in SIDES:
            entry = units.get(side) or {}
            if not isinstance(entry, dict):
                raise AlignmentError(f"units.{side} must be an object with \"merged\" and \"split\"")
            merged = entry.get("merged", [])
            if not isinstance(merged, list):
                raise AlignmentError(f"units.{side}.merged must be a list of paragraph groups")
            alignment.units[side] = Units(
                merged=[_int_list(g, f"units.{side}.merged") for g in merged],
                split=_int_map(entry.get("split", {}), f"units.{side}.split"))


def apply_link_extras(data: dict[str, Any], link: Link) -> None:
    """Read the ``ru_sentences``/``en_sentences`` keys of one link's ``data`` (if present) into ``link``."""
    for side in SIDES:
        key = f"{side}_sentences"
        if key in data:
            setattr(link, key, _int_map(data[key], key))
