"""The heaviest chain against every subset of a few items, and its two uses (groups and anchor points)."""

from __future__ import annotations

from itertools import combinations, pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align.engine.chain import heaviest_chain, monotone_chain

_item = st.tuples(st.integers(0, 6), st.integers(0, 2), st.integers(0, 6), st.integers(0, 2),
                  st.floats(-2.0, 5.0, allow_nan=False).map(lambda w: round(w, 2)))


def _spans(items):
    return ([a for a, _, _, _, _ in items], [a + n for a, n, _, _, _ in items],
            [b for _, _, b, _, _ in items], [b + m for _, _, b, m, _ in items])


def _in_order(items, chosen) -> bool:
    a_first, a_last, b_first, b_last = _spans(items)
    return all(a_last[j] < a_first[k] and b_last[j] < b_first[k] for j, k in pairwise(chosen))


@given(st.lists(_item, max_size=8))
@settings(max_examples=300, deadline=None)
def test_the_chain_is_in_order_and_no_lighter_than_any_other(items):
    weights = [w for *_, w in items]
    chain = heaviest_chain(*_spans(items), weights, 10)
    assert _in_order(items, chain)
    if not items:
        assert chain == []
        return
    best = float("-inf")  # a chain holds at least one item
    for size in range(1, len(items) + 1):
        for chosen in combinations(range(len(items)), size):
            ordered = sorted(chosen, key=lambda k: items[k][0])
            if _in_order(items, ordered):
                best = max(best, sum(weights[k] for k in ordered))
    assert abs(sum(weights[k] for k in chain) - best) < 1e-9


def test_anchor_points_chain_increasing_in_both_coordinates():
    # (3, 1) outweighs one point but crosses two of the run (0, 0), (1, 2), (2, 3), (4, 5); points of one p never chain
    points = [(0, 0, 1.0), (1, 2, 1.0), (2, 3, 1.0), (3, 1, 1.5), (4, 5, 1.0), (4, 6, 1.0)]
    assert monotone_chain(points) == [(0, 0), (1, 2), (2, 3), (4, 5)]
    assert monotone_chain([]) == []
