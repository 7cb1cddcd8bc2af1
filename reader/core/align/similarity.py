"""Sparse matching of Russian paragraphs against English ones through shared keys.

A *match* of paragraphs (i, j) is a pair of bit masks: which tokens of i found a counterpart in
j, and which tokens of j found one in i. Masks of several paragraphs combine with ``|``, so the
coverage of a merged group (n:1, 1:n) is exact, not a sum of pairwise scores.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.align.features import ParagraphFeatures


def mask_weight(mask: int, weights: list[float]) -> float:
    """Sum of the weights of the tokens whose bits are set."""
    total = 0.0
    while mask:
        low = mask & -mask
        total += weights[low.bit_length() - 1]
        mask ^= low
    return total


@dataclass
class Match:
    """Which tokens of a Russian paragraph and of an English paragraph matched each other."""

    ru_mask: int = 0
    en_mask: int = 0


class KeyIndex:
    """English key → the English paragraphs holding it (sorted) and which of their tokens have it."""

    def __init__(self, en: dict[int, ParagraphFeatures]) -> None:
        postings: dict[str, dict[int, int]] = {}
        for j in sorted(en):
            for bit, token in enumerate(en[j].tokens):
                for key in token.keys:
                    row = postings.setdefault(key, {})
                    row[j] = row.get(j, 0) | (1 << bit)
        self.postings = {key: (list(row), list(row.values())) for key, row in postings.items()}
        self._present: dict[tuple[str, ...], tuple[str, ...]] = {}

    def present(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        """The keys that occur in the English document at all."""
        found = self._present.get(keys)
        if found is None:
            found = tuple(k for k in keys if k in self.postings)
            self._present[keys] = found
        return found

    def match(self, ru: ParagraphFeatures, lo: int, hi: int, allowed: set[int] | None = None,
              max_df: int | None = None) -> dict[int, Match]:
        """Matches of one Russian paragraph with the English paragraphs ``lo <= j <= hi`` (with ``max_df``:
        only through keys that at most that many of those paragraphs hold)."""
        found: dict[int, Match] = {}
        for bit, token in enumerate(ru.tokens):
            ru_bit = 1 << bit
            for key in self.present(token.keys):
                js, masks = self.postings[key]
                start, stop = bisect.bisect_left(js, lo), bisect.bisect_right(js, hi)
                if max_df is not None and stop - start > max_df:
                    continue  # held by too many paragraphs of the span to be rare
                for k in range(start, stop):
                    j = js[k]
                    if allowed is not None and j not in allowed:
                        continue
                    entry = found.get(j)
                    if entry is None:
                        entry = found[j] = Match()
                    entry.ru_mask |= ru_bit
                    entry.en_mask |= masks[k]
        return found


def key_masks(tokens) -> dict[str, int]:
    """Key → mask of the tokens that have it."""
    by_key: dict[str, int] = {}
    for bit, token in enumerate(tokens):
        for key in token.keys:
            by_key[key] = by_key.get(key, 0) | (1 << bit)
    return by_key


def match_keys(ru_tokens, by_key: dict[str, int]) -> tuple[int, int]:
    """Masks of the Russian tokens that match, and of the English tokens (given by ``key_masks``) they match."""
    ru_mask = en_mask = 0
    for bit, token in enumerate(ru_tokens):
        for key in token.keys:
            hit = by_key.get(key)
            if hit:
                ru_mask |= 1 << bit
                en_mask |= hit
    return ru_mask, en_mask


def token_sets_match(ru_tokens, en_tokens) -> tuple[int, int]:
    """Masks of matching tokens between two small token lists (used for sentences)."""
    return match_keys(ru_tokens, key_masks(en_tokens))
