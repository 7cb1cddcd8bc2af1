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
        last = count - 1
        for sentence, token_keys, weight in zip(features.sentences, features.keys, features.weights, strict=True):
            if sentence >= 0:
                if sentence > last:
                    sentence = last
                keys[sentence].append(token_keys)
                weights[sentence].append(weight)
        units += [((index, s), keys[s], weights[s]) for s in range(count)]
    return units


def _holders(units, common: set[str]) -> dict[str, int]:
    """Key (of those in ``common``) → the bit mask of the units holding a token with it."""
    holders: dict[str, int] = {}
    for b, (_, keys, _) in enumerate(units):
        bit = 1 << b
        for token_keys in keys:
            for key in common.intersection(token_keys):
                holders[key] = holders.get(key, 0) | bit
    return holders


def _hits(units, holders: dict[str, int]) -> list[list[int]]:
    """For each token of each unit, the bit mask of the other side's units holding one of its keys
    (``holders``: the other side's, see ``_holders``)."""
    result = []
    held = holders.keys()
    for _, keys, _ in units:
        row = []
        for token_keys in keys:
            hit = 0
            for key in held & token_keys:  # the keys the other side holds (a Russian token has many)
                hit |= holders[key]
            row.append(hit)
        result.append(row)
    return result


def _both_hits(ru, en) -> tuple[list[list[int]], list[list[int]]]:
    """``_hits`` of the Russian units on the English ones and of the English units on the Russian ones:
    only the keys both sides have can hit."""
    ru_keys = set().union(*(token_keys for _, keys, _ in ru for token_keys in keys))
    en_keys = set().union(*(token_keys for _, keys, _ in en for token_keys in keys))
    common = ru_keys & en_keys
    return _hits(ru, _holders(en, common)), _hits(en, _holders(ru, common))


def _matched(hits: list[list[int]], weights: list[list[float]], other: int) -> tuple[list, list]:
    """For each unit ``k`` and each unit ``o`` of the other side (``other`` of them), the weight of
    ``k``'s tokens that hit ``o`` (``single[k][o]``) and that hit ``o`` or ``o + 1`` (``double[k][o]``),
    each summed in token order."""
    single, double = [], []
    for unit_hits, unit_weights in zip(hits, weights, strict=True):
        one, two = [0.0] * other, [0.0] * other
        for hit, weight in zip(unit_hits, unit_weights, strict=True):
            if not hit:
                continue
            bits = hit
            while bits:
                low = bits & -bits
                one[low.bit_length() - 1] += weight
                bits ^= low
            bits = hit | hit >> 1
            while bits:
                low = bits & -bits
                two[low.bit_length() - 1] += weight
                bits ^= low
        single.append(one)
        double.append(two)
    return single, double


class _Pairs:
    """What the sentences of a link match of each other: for every sentence, the weight of its tokens
    holding a key of each sentence (and each two consecutive sentences) of the other side, so the gain
    of any 1:1, 2:1 or 1:2 step is a look-up."""

    def __init__(self, ru, en, params) -> None:
        self.params = params
        weights = ([w for _, _, w in ru], [w for _, _, w in en])
        self.totals = ([sum(w) for w in weights[0]], [sum(w) for w in weights[1]])
        ru_hits, en_hits = _both_hits(ru, en)
        self.ru_single, self.ru_double = _matched(ru_hits, weights[0], len(en))
        self.en_single, self.en_double = _matched(en_hits, weights[1], len(ru))

    def gain(self, a: int, da: int, b: int, db: int) -> float:
        """Gain of linking Russian sentences a…a+da-1 with English sentences b…b+db-1 (da, db ≤ 2, not
        both 2)."""
        ru_share, en_share = self.params.ru_share, self.params.en_share
        ru_totals, en_totals = self.totals
        if da == 1 and db == 1:
            ru_gain = 0.0 + (self.ru_single[a][b] - ru_share * ru_totals[a])
            en_gain = 0.0 + (self.en_single[b][a] - en_share * en_totals[b])
        elif da == 2:  # two Russian sentences, one English
            ru_gain = (0.0 + (self.ru_single[a][b] - ru_share * ru_totals[a])
                       + (self.ru_single[a + 1][b] - ru_share * ru_totals[a + 1]))
            en_gain = 0.0 + (self.en_double[b][a] - en_share * en_totals[b])
        else:  # one Russian sentence, two English
            ru_gain = 0.0 + (self.ru_double[a][b] - ru_share * ru_totals[a])
            en_gain = (0.0 + (self.en_single[b][a] - en_share * en_totals[b])
                       + (self.en_single[b + 1][a] - en_share * en_totals[b + 1]))
        return ru_gain + en_gain - self.params.link_cost * 0.5


def align_sentences(link, context) -> list[SentenceLink]:
    """Sentence links of a paragraph link (empty when nothing matches)."""
    if len(link.ru) == 1 and len(link.en) == 1 and len(context.ru.paragraphs[link.ru[0]].sentences) <= 1 \
            and len(context.en.paragraphs[link.en[0]].sentences) <= 1:  # one sentence a side
        return [SentenceLink([(link.ru[0], 0)], [(link.en[0], 0)])]
    ru = _units(link.ru, context.ru, context.ru_features)
    en = _units(link.en, context.en, context.en_features)
    if len(ru) == 1 and len(en) == 1:
        return [SentenceLink([ru[0][0]], [en[0][0]])]
    pairs = _Pairs(ru, en, context.options.params.search)
    n, m = len(ru), len(en)
    unreached = float("-inf")
    best = [[unreached] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    gain_of = pairs.gain
    for a in range(n + 1):
        row = best[a]
        for b in range(m + 1):
            here = row[b]
            if here == unreached:
                continue
            for da, db in STEPS:
                if a + da > n or b + db > m:
                    continue
                value = here + (gain_of(a, da, b, db) if da and db else 0.0)
                target = best[a + da]
                if value > target[b + db]:
                    target[b + db] = value
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
