"""Sparse matching of Russian paragraphs against English ones through shared keys.

A *match* of paragraphs (i, j) is a pair of bit masks: which tokens of i found a counterpart in
j, and which tokens of j found one in i. Masks of several paragraphs combine with ``|``, so the
coverage of a merged group (n:1, 1:n) is exact, not a sum of pairwise scores.
"""

from __future__ import annotations

from dataclasses import dataclass


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


def key_masks(keys: list[tuple[str, ...]]) -> dict[str, int]:
    """Key → mask of the tokens (given by their keys) that have it."""
    by_key: dict[str, int] = {}
    for bit, token_keys in enumerate(keys):
        for key in token_keys:
            by_key[key] = by_key.get(key, 0) | (1 << bit)
    return by_key


def match_keys(ru_keys: list[tuple[str, ...]], by_key: dict[str, int]) -> tuple[int, int]:
    """Masks of the Russian tokens (given by their keys) that match, and of the English tokens (given by
    ``key_masks``) they match."""
    ru_mask = en_mask = 0
    present, get = by_key.keys(), by_key.get
    for bit, token_keys in enumerate(ru_keys):
        if present.isdisjoint(token_keys):  # most tokens: no key of theirs at all
            continue
        hits = 0
        for key in token_keys:
            hit = get(key)
            if hit:
                hits |= hit
        if hits:
            ru_mask |= 1 << bit
            en_mask |= hits
    return ru_mask, en_mask


def token_sets_match(ru_keys: list[tuple[str, ...]], en_keys: list[tuple[str, ...]]) -> tuple[int, int]:
    """Masks of matching tokens between two small lists of tokens' keys."""
    return match_keys(ru_keys, key_masks(en_keys))
