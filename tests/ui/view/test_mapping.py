"""Position maps between the columns: level link tops, interpolation inside paragraphs, crossing links."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from itertools import pairwise

from reader.ui.view.mapping import PositionMap, monotone_anchors


def test_links_stay_level_and_paragraphs_interpolate():
    # left paragraphs 0-100, 100-300; right ones 0-50, 50-450
    m = PositionMap.from_links([((0, 100), (0, 50)), ((100, 300), (50, 450))], 300, 450)
    assert m.left_to_right(100) == 50
    assert m.left_to_right(200) == 250  # halfway through the long paragraph on both sides
    assert m.right_to_left(250) == 200
    assert m.left_to_right(350) == 500  # past the end: one to one


def test_crossing_links_are_skipped():
    anchors = monotone_anchors([(0, 0), (100, 400), (200, 100), (300, 500)])
    assert anchors == [(0, 0), (100, 400), (300, 500)]


@given(st.lists(st.tuples(st.floats(0, 1e5), st.floats(0, 1e5)), max_size=40), st.floats(0, 2e5))
@example([(2.0, 5e-324)], 1.0)
def test_map_is_monotone_and_invertible(points, x):
    m = PositionMap.from_links([((a, a + 10), (b, b + 10)) for a, b in points], 2e5, 2e5)
    assert all(b > a for a, b in pairwise(m.xs)) and all(b > a for a, b in pairwise(m.ys))
    assert m.left_to_right(x) <= m.left_to_right(x + 1)
    assert abs(m.right_to_left(m.left_to_right(x)) - x) < 1e-3 * max(1.0, x)
