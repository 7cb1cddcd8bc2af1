"""Piecewise-linear position maps between the two columns, built from linked paragraph geometry.

Qt-free: the column views measure paragraphs, this module turns the measurements into
``left_to_right(y)`` / ``right_to_left(y)`` callables for :mod:`reader.ui.view.syncscroll`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from collections.abc import Iterable

#: (top, bottom) of a group of paragraphs in document coordinates
Extent = tuple[float, float]
#: anchors closer than this (in pixels) to the previous one are dropped (no near-vertical steps)
MIN_STEP = 0.01


def monotone_anchors(points: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sort anchor points by the left coordinate and drop those that would make the map go backwards.

    Crossing links (a paragraph moved in the translation) cannot both be level; the first one
    in reading order wins and the crossing ones are skipped.
    """
    kept: list[tuple[float, float]] = []
    for x, y in sorted(points):
        if kept and (x <= kept[-1][0] + MIN_STEP or y <= kept[-1][1] + MIN_STEP):
            continue
        kept.append((x, y))
    return kept


@dataclass
class PositionMap:
    """A monotone piecewise-linear map between left and right document positions."""

    xs: list[float]
    ys: list[float]

    @classmethod
    def from_links(cls, extents: Iterable[tuple[Extent, Extent]], left_end: float, right_end: float) -> PositionMap:
        """Build a map that keeps the top and bottom of every linked group level.

        ``extents`` holds, per link, the (top, bottom) of its left and its right paragraphs;
        positions inside a group are interpolated, so long paragraphs scroll smoothly.
        """
        points = [(0.0, 0.0)]
        for (lt, lb), (rt, rb) in extents:
            points.append((lt, rt))
            points.append((lb, rb))
        anchors = monotone_anchors(points)
        if left_end > anchors[-1][0] and right_end > anchors[-1][1]:
            anchors.append((left_end, right_end))
        return cls([a[0] for a in anchors], [a[1] for a in anchors])

    @staticmethod
    def _interpolate(xs: list[float], ys: list[float], x: float) -> float:
        if len(xs) < 2:
            return x - xs[0] + ys[0] if xs else x
        i = bisect.bisect_right(xs, x) - 1
        i = max(0, min(i, len(xs) - 2))
        x0, x1, y0, y1 = xs[i], xs[i + 1], ys[i], ys[i + 1]
        if x >= x1 and i == len(xs) - 2:
            return y1 + (x - x1)  # past the last anchor: move one to one
        if x <= x0:
            return y0 - (x0 - x)
        return y0 + (y1 - y0) * (x - x0) / (x1 - x0)

    def left_to_right(self, x: float) -> float:
        """The right position level with left position ``x``."""
        return self._interpolate(self.xs, self.ys, x)

    def right_to_left(self, y: float) -> float:
        """The left position level with right position ``y``."""
        return self._interpolate(self.ys, self.xs, y)
