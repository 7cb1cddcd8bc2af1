"""Following paragraphs across an edit of a source file, by the fingerprints a project keeps.

A project stores a short hash of every paragraph's text. When a source file changed, the old and new
hash sequences are matched (longest common subsequence, as a diff does): a paragraph whose text is
unchanged gets its new index, so hand-made links, "no counterpart" marks, merged/split units and
annotations on it move with it.
"""

from __future__ import annotations

import difflib
import hashlib

from reader.core.align import SIDES, Alignment, Link, Units
from reader.core.document import Document


def fingerprint(text: str) -> str:
    """A short hash of a paragraph's text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def fingerprints(document: Document) -> list[str]:
    """The fingerprint of every paragraph, in order."""
    return [fingerprint(p.text) for p in document.paragraphs]


def paragraph_map(old: list[str], new: list[str]) -> dict[int, int]:
    """Old paragraph index → new index, for paragraphs whose text is unchanged (in order)."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    mapping = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapping[block.a + k] = block.b + k
    return mapping


def _moved(indices, mapping: dict[int, int] | None) -> list[int] | None:
    """The indices moved through ``mapping`` (None: identity), or None if one of them is gone."""
    if mapping is None:
        return list(indices)
    if any(i not in mapping for i in indices):
        return None
    return [mapping[i] for i in indices]


def carry_over(alignment: Alignment, maps: dict[str, dict[int, int] | None]) -> tuple[Alignment, int]:
    """What a person made (confirmed and manual links, marks, units) moved to the new paragraph indices.

    ``maps[side]`` is None for a side that did not change. Automatic links are left out (the pair is
    aligned again). Returns the new alignment and how many hand-made links could not be kept.
    """
    links, lost = [], 0
    for link in alignment.links:
        if not link.fixed:
            continue
        ru, en = _moved(link.ru, maps["ru"]), _moved(link.en, maps["en"])
        if ru is None or en is None:
            lost += 1
            continue
        moved = Link(sorted(ru), sorted(en), link.score, link.origin, [], link.differences)
        for side in SIDES:
            parts = link.side_sentences(side)
            mapping = maps[side]
            moved_parts = {(mapping[p] if mapping is not None else p): list(s) for p, s in parts.items()}
            setattr(moved, f"{side}_sentences", moved_parts)
        links.append(moved)
    result = Alignment(links=links)
    for side in SIDES:
        mapping = maps[side]
        result.no_counterpart[side] = {mapping[i] if mapping is not None else i
                                       for i in alignment.no_counterpart.get(side, ()) if mapping is None or i in mapping}
        units = alignment.units[side]
        merged = []
        for group in units.merged:
            new = _moved(group, mapping)
            if new is not None and new == list(range(new[0], new[0] + len(new))):
                merged.append(new)
        split = {(mapping[p] if mapping is not None else p): list(cuts) for p, cuts in units.split.items()
                 if mapping is None or p in mapping}
        result.units[side] = Units(merged=merged, split=split)
    return result, lost
