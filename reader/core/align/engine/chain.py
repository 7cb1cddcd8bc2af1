"""The heaviest chain: of items each spanning a range on two axes, the in-order set of largest total weight.

An item ``k`` spans ``a_first[k] … a_last[k]`` on the first axis (Russian positions) and ``b_first[k] …
b_last[k]`` on the second (English positions); a chain takes items each lying wholly after the one before
on both axes, so no two overlap or cross. Found exactly by dynamic programming: a sweep along the first
axis with a Fenwick tree of prefix maxima over the second, in O(n log n) for n items. Both the search's
groups (``search.best_chain``) and the band's anchors (``monotone_chain``) are chains of this kind.
"""

from __future__ import annotations

from collections.abc import Sequence


def heaviest_chain(a_first: Sequence[int], a_last: Sequence[int], b_first: Sequence[int], b_last: Sequence[int],
                   weights: Sequence[float], size: int) -> list[int]:
    """The indices, in order, of the chain with the largest total weight (second-axis positions below
    ``size``; an item of weight 0 or less never helps a chain). Among equal totals, the chain ending at the
    first such item, each item preceded by the first one found of the best it may follow."""
    count = len(weights)
    if not count:
        return []
    by_start = sorted(range(count), key=a_first.__getitem__)
    by_end = sorted(range(count), key=a_last.__getitem__)
    size += 1
    tree_value = [0.0] * (size + 1)
    tree_item = [-1] * (size + 1)
    best = [0.0] * count
    back = [-1] * count
    inserted = 0
    for k in by_start:
        start = a_first[k]
        while inserted < count and a_last[by_end[inserted]] < start:
            done = by_end[inserted]
            value, position = best[done], b_last[done] + 1
            while position <= size:  # the tree holds it for every second-axis end from b_last on
                if value > tree_value[position]:
                    tree_value[position], tree_item[position] = value, done
                position += position & -position
            inserted += 1
        value, previous, position = 0.0, -1, b_first[k]
        while position > 0:  # the best chain ending before b_first[k]
            if tree_value[position] > value:
                value, previous = tree_value[position], tree_item[position]
            position -= position & -position
        best[k], back[k] = weights[k] + value, previous
    k = max(range(count), key=best.__getitem__)
    chain = []
    while k != -1:
        chain.append(k)
        k = back[k]
    return chain[::-1]


def monotone_chain(points: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """The heaviest chain of points (p, q, weight) increasing in both coordinates."""
    ps = [p for p, _, _ in points]
    qs = [q for _, q, _ in points]
    chain = heaviest_chain(ps, ps, qs, qs, [w for _, _, w in points], max(qs, default=0) + 1)
    return [points[k][:2] for k in chain]
