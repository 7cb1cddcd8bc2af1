"""The search band of long spans: anchors from rare shared keys, then a window around them.

Short spans are searched whole. In long ones, each Russian paragraph is first matched through
rare keys only; the best-scoring monotone chain of those matches gives anchors, and each
paragraph is then compared only with the English paragraphs between the anchors around it
(plus a margin), so the work grows linearly with length.
"""

from __future__ import annotations

import heapq
from collections import Counter

from reader.core.align.engine.chain import monotone_chain
from reader.core.align.engine.params import Band


def windows(context, ru_indices: list[int], en_indices: list[int], band: Band | None = None) -> list[tuple[int, int]]:
    """For each Russian position, the range of English positions to compare it with (``band``: how wide;
    the context's ``params.band`` if not given)."""
    band = context.options.params.band if band is None else band
    n, m = len(ru_indices), len(en_indices)
    if n <= band.whole and m <= band.whole:
        return [(0, m - 1)] * n
    ru_masks, en_masks = context.key_masks("ru", ru_indices, en_indices), context.key_masks("en", en_indices)
    # rare keys: held by few English paragraphs of the span
    max_df = max(band.rare_df, int(m * band.rare_share))
    df: Counter = Counter()
    for by_key in en_masks:
        df.update(by_key.keys())
    rare = {key for key, count in df.items() if count <= max_df}
    holders: dict[str, list[int]] = {}
    for q, by_key in enumerate(en_masks):
        for key in by_key.keys() & rare:
            holders.setdefault(key, []).append(q)
    points = []
    for p, i in enumerate(ru_indices):
        features = context.ru_features[i]
        if not features.total:
            continue
        by_key = ru_masks[p]
        found: dict[int, int] = {}  # English position → mask of this paragraph's tokens it matches
        for key in by_key.keys() & rare:
            for q in holders[key]:
                found[q] = found.get(q, 0) | by_key[key]
        scored = heapq.nlargest(band.candidates, ((features.covered(mask) / features.total, q) for q, mask in found.items()))
        # near-ties (repeated passages) all become candidates: the monotone chain picks among them
        points += sorted((p, q, score) for score, q in scored[:band.candidates]
                         if score >= band.anchor_share and score >= scored[0][0] * 0.8)
    anchors = monotone_chain(points)
    result = []
    k = 0
    for p in range(n):
        while k < len(anchors) and anchors[k][0] < p:
            k += 1
        p_before, before = anchors[k - 1] if k > 0 else (-1, -1)
        p_after, after = anchors[k] if k < len(anchors) else (n, m)
        if k < len(anchors) and anchors[k][0] == p:
            before = after = anchors[k][1]
        elif after - before > 4 * band.margin:  # a long stretch without anchors: follow its diagonal
            expected = before + (p - p_before) * (after - before) / (p_after - p_before)
            before, after = int(expected) - 2 * band.margin, int(expected) + 2 * band.margin
        result.append((max(0, before - band.margin), min(m - 1, after + band.margin)))
    return result
