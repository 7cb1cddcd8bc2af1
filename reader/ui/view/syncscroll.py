"""Scrolling two panes in step (after ReText's ``syncscroll``): a plain class with a feedback guard.

The class knows nothing of Qt widgets: each pane is a :class:`ScrollPort` of three callables,
and the geometry comes from mapping callables that may change whenever the layout does.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from reader.ui.view.mapping import PositionMap


@dataclass
class ScrollPort:
    """One scrollable pane: read and set its scroll offset, and its visible height."""

    get: Callable[[], float]
    set: Callable[[float], None]
    height: Callable[[], float]


class SyncScroll:
    """When one pane scrolls, scroll the other so that the text at the reference line stays level.

    ``mapping()`` returns the current :class:`PositionMap` (or None while there is no alignment).
    ``reference`` is the height fraction of the line kept level (a third from the top reads best).
    """

    def __init__(self, left: ScrollPort, right: ScrollPort, mapping: Callable[[], PositionMap | None],
                 *, reference: float = 1 / 3, enabled: bool = True):
        self.left = left
        self.right = right
        self.mapping = mapping
        self.reference = reference
        self.enabled = enabled
        self._syncing = False

    def syncing(self) -> bool:
        """Whether the syncer is moving a pane itself right now (so the move is not the person's)."""
        return self._syncing

    def scrolled(self, side: str) -> None:
        """Tell the syncer that pane ``side`` ("left" or "right") moved; move the other one."""
        if not self.enabled or self._syncing:
            return
        position_map = self.mapping()
        if position_map is None:
            return
        source, target = (self.left, self.right) if side == "left" else (self.right, self.left)
        convert = position_map.left_to_right if side == "left" else position_map.right_to_left
        level = source.get() + source.height() * self.reference
        wanted = convert(level) - target.height() * self.reference
        self._syncing = True
        try:
            target.set(wanted)
        finally:
            self._syncing = False
