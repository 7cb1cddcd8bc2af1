"""One planned alignment edit as a set of link replacements, removals, additions and mark/unit changes.

Every alignment command plans a ``Change`` against the current state (refusing invalid edits
before anything is touched), then applies and reverts it exactly: links keep their places in
``Alignment.links``, links that are not part of the change are never touched (the same objects),
and changed links are replaced by new objects rather than modified.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.align.model import SIDES, Alignment, Link, Units


def _no_marks() -> dict[str, set[int]]:
    return {"ru": set(), "en": set()}


def copy_units(units: dict[str, Units]) -> dict[str, Units]:
    """A deep copy of an ``Alignment.units`` table."""
    return {side: Units(merged=[list(g) for g in units[side].merged],
                        split={p: list(b) for p, b in units[side].split.items()}) for side in SIDES}


@dataclass
class Change:
    """What an edit does to an alignment; ``apply`` then ``revert`` restores the exact previous state."""

    #: (link now in the alignment, link that takes its place)
    replaced: list[tuple[Link, Link]] = field(default_factory=list)
    removed: list[Link] = field(default_factory=list)
    added: list[Link] = field(default_factory=list)
    #: no-counterpart marks set (each not set before) and cleared (each set before)
    marks_added: dict[str, set[int]] = field(default_factory=_no_marks)
    marks_removed: dict[str, set[int]] = field(default_factory=_no_marks)
    #: the new units table, or None if units do not change
    units_after: dict[str, Units] | None = None
    _removed_at: list[tuple[int, Link]] = field(default_factory=list, repr=False)
    _units_before: dict[str, Units] | None = field(default=None, repr=False)

    def is_empty(self) -> bool:
        """Whether applying the change would leave the alignment as it is."""
        return not (self.replaced or self.removed or self.added or self.units_after is not None
                    or any(self.marks_added[s] or self.marks_removed[s] for s in SIDES))

    def apply(self, alignment: Alignment) -> None:
        """Make the change."""
        links = alignment.links
        position = {id(link): i for i, link in enumerate(links)}
        for old, new in self.replaced:
            links[position[id(old)]] = new
        self._removed_at = sorted(((position[id(link)], link) for link in self.removed), key=lambda p: p[0])
        for i, _ in reversed(self._removed_at):
            del links[i]
        links.extend(self.added)
        for side in SIDES:
            marks = alignment.no_counterpart.setdefault(side, set())
            marks |= self.marks_added[side]
            marks -= self.marks_removed[side]
        if self.units_after is not None:
            self._units_before = alignment.units
            alignment.units = copy_units(self.units_after)

    def revert(self, alignment: Alignment) -> None:
        """Undo the change made by the last ``apply``."""
        links = alignment.links
        added = {id(link) for link in self.added}
        links[:] = [link for link in links if id(link) not in added]
        for i, link in self._removed_at:
            links.insert(i, link)
        position = {id(link): i for i, link in enumerate(links)}
        for old, new in self.replaced:
            links[position[id(new)]] = old
        for side in SIDES:
            marks = alignment.no_counterpart.setdefault(side, set())
            marks -= self.marks_added[side]
            marks |= self.marks_removed[side]
        if self.units_after is not None and self._units_before is not None:
            alignment.units = self._units_before
