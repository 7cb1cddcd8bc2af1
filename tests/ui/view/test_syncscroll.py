"""SyncScroll without widgets: it moves the other pane through the map, and never loops."""

from __future__ import annotations

from reader.ui.view.mapping import PositionMap
from reader.ui.view.syncscroll import ScrollPort, SyncScroll


class Pane:
    """A scrollable pane that tells the syncer whenever it moves (like a scroll bar's valueChanged)."""

    def __init__(self, name, height=90.0):
        self.name, self.value, self.h, self.sync, self.sets = name, 0.0, height, None, 0

    def set(self, value):
        self.sets += 1
        self.value = value
        self.sync.scrolled(self.name)  # feedback: the other pane's move comes back at once

    def port(self):
        return ScrollPort(get=lambda: self.value, set=self.set, height=lambda: self.h)


def make(enabled=True):
    left, right = Pane("left"), Pane("right")
    double = PositionMap([0.0, 1000.0], [0.0, 2000.0])
    sync = SyncScroll(left.port(), right.port(), lambda: double, enabled=enabled)
    left.sync = right.sync = sync
    return left, right, sync


def test_scrolling_left_moves_right_once():
    left, right, sync = make()
    left.set(300)
    # the level line (a third down: 30) maps 330 → 660 on the right; minus its own 30
    assert right.value == 630
    assert right.sets == 1 and left.sets == 1  # no ping-pong


def test_scrolling_right_moves_left():
    left, right, sync = make()
    right.set(630)
    assert left.value == 300


def test_disabled_or_without_map_does_nothing():
    left, right, sync = make(enabled=False)
    left.set(300)
    assert right.value == 0
    sync.enabled, sync.mapping = True, lambda: None
    left.set(400)
    assert right.value == 0
