"""Sentence links inside one paragraph link, so the window can highlight the counterpart sentence.

The sentences of the link's Russian paragraphs (in order) are aligned with those of its English
paragraphs by a small dynamic programme over 1:1, 2:1, 1:2 and 1:0/0:1 steps, with the same
token keys and the same kind of gain as the paragraph search.
"""

from __future__ import annotations

from reader.core.align.model import SentenceLink
from reader.core.align.similarity import key_masks, mask_weight, match_keys

STEPS = ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1))


def _units(indices, document, features_of):
    """(paragraph, sentence) units with their tokens."""
    units = []
    for index in indices:
        paragraph = document.paragraphs[index]
        count = max(1, len(paragraph.sentences))
        tokens = [[] for _ in range(count)]
        for token in features_of[index].tokens:
            if token.sentence >= 0:
                tokens[min(token.sentence, count - 1)].append(token)
        units += [((index, s), tokens[s]) for s in range(count)]
    return units


class _Pairs:
    """Token matches between every Russian and English sentence of a link, combined for 2:1 and 1:2 steps."""

    def __init__(self, ru, en, params) -> None:
        self.ru, self.en, self.params = ru, en, params
        self.weights = tuple([[t.weight for t in tokens] for _, tokens in side] for side in (ru, en))
        self.totals = ([sum(w) for w in self.weights[0]], [sum(w) for w in self.weights[1]])
        en_keys = [key_masks(tokens) for _, tokens in en]
        self.masks = {(a, b): match_keys(tokens, by_key)
                      for a, (_, tokens) in enumerate(ru) for b, by_key in enumerate(en_keys)}

    def _side(self, own: range, other: range, pick: int) -> float:
        share = self.params.ru_share if pick == 0 else self.params.en_share
        gain = 0.0
        for k in own:
            mask = 0
            for o in other:
                mask |= self.masks[(k, o) if pick == 0 else (o, k)][pick]
            gain += (mask_weight(mask, self.weights[pick][k]) if mask else 0.0) - share * self.totals[pick][k]
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
        da, db = back[a][b]
        if da and db:
            links.append(SentenceLink([u for u, _ in ru[a - da:a]], [u for u, _ in en[b - db:b]]))
        a, b = a - da, b - db
    return links[::-1]
