"""Sentence links inside one paragraph link, so the window can highlight the counterpart sentence.

The sentences of the link's Russian paragraphs (in order) are aligned with those of its English
paragraphs by a small dynamic programme over 1:1, 2:1, 1:2 and 1:0/0:1 steps, with the same
token keys and the same kind of gain as the paragraph search.
"""

from __future__ import annotations

from reader.core.align.model import SentenceLink

STEPS = ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1))


def _units(indices, document, features_of):
    """(paragraph, sentence) units, each with the keys and weights of its tokens."""
    units = []
    for index in indices:
        paragraph = document.paragraphs[index]
        count = max(1, len(paragraph.sentences))
        keys: list[list[tuple[str, ...]]] = [[] for _ in range(count)]
        weights: list[list[float]] = [[] for _ in range(count)]
        features = features_of[index]
        for sentence, token_keys, weight in zip(features.sentences, features.keys, features.weights, strict=True):
            if sentence >= 0:
                keys[min(sentence, count - 1)].append(token_keys)
                weights[min(sentence, count - 1)].append(weight)
        units += [((index, s), keys[s], weights[s]) for s in range(count)]
    return units


def _hits(units, other_units) -> list[list[int]]:
    """For each token of each unit, the bit mask of the other side's units holding one of its keys."""
    holders: dict[str, int] = {}
    for b, (_, keys, _) in enumerate(other_units):
        for token_keys in keys:
            for key in token_keys:
                holders[key] = holders.get(key, 0) | (1 << b)
    result = []
    for _, keys, _ in units:
        row = []
        for token_keys in keys:
            hit = 0
            for key in token_keys:
                hit |= holders.get(key, 0)
            row.append(hit)
        result.append(row)
    return result


class _Pairs:
    """What the sentences of a link match of each other: for every token, the sentences of the other side
    that hold one of its keys, so the gain of any 1:1, 2:1 or 1:2 step is a sum over its tokens."""

    def __init__(self, ru, en, params) -> None:
        self.params = params
        self.weights = ([w for _, _, w in ru], [w for _, _, w in en])
        self.totals = ([sum(w) for w in self.weights[0]], [sum(w) for w in self.weights[1]])
        self.hits = (_hits(ru, en), _hits(en, ru))

    def _side(self, own: range, other: range, pick: int) -> float:
        share = self.params.ru_share if pick == 0 else self.params.en_share
        wanted = 0
        for o in other:
            wanted |= 1 << o
        gain = 0.0
        for k in own:
            matched = 0.0
            for hit, weight in zip(self.hits[pick][k], self.weights[pick][k], strict=True):
                if hit & wanted:
                    matched += weight
            gain += matched - share * self.totals[pick][k]
        return gain

    def gain(self, a: int, da: int, b: int, db: int) -> float:
        """Gain of linking Russian sentences a…a+da-1 with English sentences b…b+db-1."""
        ru_range, en_range = range(a, a + da), range(b, b + db)
        return (self._side(ru_range, en_range, 0) + self._side(en_range, ru_range, 1)
                - self.params.link_cost * 0.5)


def align_sentences(link, context) -> list[SentenceLink]:
    """Sentence links of a paragraph link (empty when nothing matches)."""
    ru = _units(link.ru, context.ru, context.ru_features)
    en = _units(link.en, context.en, context.en_features)
    if len(ru) == 1 and len(en) == 1:
        return [SentenceLink([ru[0][0]], [en[0][0]])]
    pairs = _Pairs(ru, en, context.options.params)
    n, m = len(ru), len(en)
    best = [[float("-inf")] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for a in range(n + 1):
        for b in range(m + 1):
            if best[a][b] == float("-inf"):
                continue
            for da, db in STEPS:
                if a + da > n or b + db > m:
                    continue
                gain = pairs.gain(a, da, b, db) if da and db else 0.0
                if best[a][b] + gain > best[a + da][b + db]:
                    best[a + da][b + db] = best[a][b] + gain
                    back[a + da][b + db] = (da, db)
    links = []
    a, b = n, m
    while a or b:
        step = back[a][b]
        assert step is not None  # every cell on the way back from (n, m) was reached by a step
        da, db = step
        if da and db:
            links.append(SentenceLink([u[0] for u in ru[a - da:a]], [u[0] for u in en[b - db:b]]))
        a, b = a - da, b - db
    return links[::-1]
