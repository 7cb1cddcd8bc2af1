"""Books: headings linked to headings first, as anchors, so each chapter is aligned on its own.

A book's parts and chapters are the strongest evidence of where its translation stands: the
headings of the two texts are matched by what they say (``I`` ↔ ``Chapter 1``, ``ЧАСТЬ ПЯТАЯ`` ↔
``PART FIVE``: see ``reader.core.structure``) and by how well the text under them matches, and
the heaviest chain of such matches in reading order becomes fixed heading links. The stretches
between two anchors (a chapter and its translation) are then aligned one by one: an error cannot
run past a chapter, each search is small, and the stretches can be done in any order (the one on
screen first).

A heading's number alone cannot be trusted: e-texts have stray and empty headings (a chapter
heading standing twice, one with no text under it). So a pair of headings counts the more, the
better the first paragraphs under the two headings match; a pair of unnumbered headings (titled
chapters) counts only by its words and the text under it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from reader.core.align.engine.similarity import key_masks, mask_weight
from reader.core.align.engine.chain import monotone_chain
from reader.core.align.engine.params import ChapterParams
from reader.core.document import Kind
from reader.core.structure import parse_heading


@dataclass
class Stretch:
    """Alignable paragraphs of both sides between two anchors (a chapter and its counterpart)."""

    ru: list[int]
    en: list[int]


@dataclass
class BookPlan:
    """Heading links to fix first, and the stretches between them to align one by one."""

    #: (ru heading, en heading, how sure: 0–1) of each anchor, in reading order
    anchors: list[tuple[int, int, float]]
    stretches: list[Stretch]


def _tokens(context, side: str, indices: list[int]) -> tuple[list[tuple[str, ...]], list[float]]:
    """Keys and weights of the own tokens (not a machine translation's) of some paragraphs."""
    features = context.ru_features if side == "ru" else context.en_features
    keys, weights = [], []
    for i in indices:
        f = features[i]
        for token_keys, kind, weight in zip(f.keys, f.kinds, f.weights, strict=True):
            if kind != "mt":
                keys.append(token_keys)
                weights.append(weight)
    return keys, weights


def _share(ru_tokens, en_tokens) -> float:
    """How well two sets of tokens (keys, weights and key masks: see ``_Tokens``) match: the mean of the
    matched shares of their weights."""
    (_, ru_weights, ru_by_key), (_, en_weights, en_by_key) = ru_tokens, en_tokens
    ru_total, en_total = sum(ru_weights), sum(en_weights)
    if not ru_total or not en_total:
        return 0.0
    ru_mask = en_mask = 0
    for key in ru_by_key.keys() & en_by_key.keys():  # the keys both hold: what token_sets_match finds
        ru_mask |= ru_by_key[key]
        en_mask |= en_by_key[key]
    return (mask_weight(ru_mask, ru_weights) / ru_total + mask_weight(en_mask, en_weights) / en_total) / 2


class _Tokens:
    """``_tokens`` of each paragraph list asked for, with their key masks, computed once per list."""

    def __init__(self, context, side: str) -> None:
        self.context, self.side = context, side
        self.found: dict[tuple[int, ...], tuple] = {}

    def __call__(self, indices: list[int]):
        key = tuple(indices)
        found = self.found.get(key)
        if found is None:
            keys, weights = _tokens(self.context, self.side, indices)
            found = self.found[key] = (keys, weights, key_masks(keys))
        return found


def _openings(document, indices: list[int], headings: list[int], opening: int) -> dict[int, list[int]]:
    """For each heading, the first body paragraphs after it (past any headings that follow at once)."""
    position = {i: k for k, i in enumerate(indices)}
    result = {}
    for heading in headings:
        found: list[int] = []
        for i in indices[position[heading] + 1:]:
            kind = document.paragraphs[i].kind
            if kind is Kind.BODY:
                found.append(i)
                if len(found) == opening:
                    break
            elif kind is Kind.HEADING and found:
                break  # the next chapter begins: this one is short (or empty)
        result[heading] = found
    return result


def _candidates(context, ru_headings, en_headings, ru_openings, en_openings,
                params: ChapterParams) -> list[tuple[int, int, float]]:
    """(ru heading, en heading, weight) of every pair of headings that may name the same part or chapter."""
    ru_info = {i: parse_heading(context.ru.paragraphs[i].text) for i in ru_headings}
    en_info = {j: parse_heading(context.en.paragraphs[j].text) for j in en_headings}
    ru_tokens, en_tokens = _Tokens(context, "ru"), _Tokens(context, "en")
    points = []
    for i in ru_headings:
        for j in en_headings:
            a, b = ru_info[i], en_info[j]
            if a is not None and b is not None:
                if not a.matches(b):
                    continue
                base = params.number_match
            elif a is None and b is None:
                if _share(ru_tokens([i]), en_tokens([j])) < params.title_share:
                    continue
                base = params.title_match
            else:
                continue
            content = _share(ru_tokens(ru_openings[i]), en_tokens(en_openings[j]))
            points.append((i, j, base + params.content_weight * content))
    return points


def plan_book(context, ru_indices: list[int], en_indices: list[int]) -> BookPlan | None:
    """Heading anchors and the stretches between them, or None when the pair has too few matching
    headings to be read as a book (news, an article: aligned as one stretch)."""
    ru_headings = [i for i in ru_indices if context.ru.paragraphs[i].kind is Kind.HEADING]
    en_headings = [j for j in en_indices if context.en.paragraphs[j].kind is Kind.HEADING]
    params: ChapterParams = context.options.params.chapters
    if len(ru_headings) < params.min_anchors or len(en_headings) < params.min_anchors:
        return None
    points = _candidates(context, ru_headings, en_headings, _openings(context.ru, ru_indices, ru_headings, params.opening),
                         _openings(context.en, en_indices, en_headings, params.opening), params)
    weight = {(i, j): w for i, j, w in points}
    top = params.number_match + params.content_weight
    anchors = [(i, j, min(1.0, weight[(i, j)] / top)) for i, j in monotone_chain(sorted(points))]
    if len(anchors) < params.min_anchors:
        return None
    stretches = []
    ru_bounds = [-1] + [i for i, _, _ in anchors] + [len(context.ru.paragraphs)]
    en_bounds = [-1] + [j for _, j, _ in anchors] + [len(context.en.paragraphs)]
    ru_parts, en_parts = _between(ru_indices, ru_bounds), _between(en_indices, en_bounds)
    for ru_part, en_part in zip(ru_parts, en_parts, strict=True):
        if ru_part and en_part:
            stretches.append(Stretch(ru_part, en_part))
    return BookPlan(anchors, stretches)


def _between(indices: list[int], bounds: list[int]) -> list[list[int]]:
    """For each two consecutive (increasing) bounds, the indices strictly between them (in their order)."""
    parts: list[list[int]] = [[] for _ in range(len(bounds) - 1)]
    for i in indices:
        k = bisect.bisect_right(bounds, i) - 1
        if 0 <= k < len(parts) and bounds[k] < i:
            parts[k].append(i)
    return parts
