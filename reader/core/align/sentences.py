"""Sentence links inside one paragraph link, so the window can highlight the counterpart sentence.

The sentences of the link's Russian paragraphs (in order) are aligned with those of its English
paragraphs by a small dynamic programme over 1:1, 2:1, 1:2 and 1:0/0:1 steps, with the same
token keys and the same kind of gain as the paragraph search.
"""

from __future__ import annotations

from reader.core.align.model import SentenceLink
from reader.core.align.similarity import mask_weight, token_sets_match

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


def _gain(ru_units, en_units, params) -> float:
    ru_tokens = [t for _, tokens in ru_units for t in tokens]
    en_tokens = [t for _, tokens in en_units for t in tokens]
    ru_mask, en_mask = token_sets_match(ru_tokens, en_tokens)
    ru_w, en_w = [t.weight for t in ru_tokens], [t.weight for t in en_tokens]
    return (mask_weight(ru_mask, ru_w) - params.ru_share * sum(ru_w)
            + mask_weight(en_mask, en_w) - params.en_share * sum(en_w) - params.link_cost * 0.5)


def align_sentences(link, context) -> list[SentenceLink]:
    """Sentence links of a paragraph link (empty when nothing matches)."""
    ru = _units(link.ru, context.ru, context.ru_features)
    en = _units(link.en, context.en, context.en_features)
    if len(ru) == 1 and len(en) == 1:
        return [SentenceLink([ru[0][0]], [en[0][0]])]
    params = context.options.params
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
                gain = _gain(ru[a:a + da], en[b:b + db], params) if da and db else 0.0
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
