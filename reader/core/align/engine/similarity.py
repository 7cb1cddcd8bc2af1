"""Sparse matching of Russian paragraphs against English ones through shared keys.

A *match* of paragraphs (i, j) is a pair of bit masks: which tokens of i found a counterpart in
j, and which tokens of j found one in i. Masks of several paragraphs combine with ``|``, so the
coverage of a merged group (n:1, 1:n) is exact, not a sum of pairwise scores.
"""

from __future__ import annotations

from dataclasses import dataclass


#: the set bits of each byte value, lowest first
BYTE_BITS = [tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)]


def mask_bytes(mask: int) -> bytes:
    """A mask as bytes, lowest first: with ``BYTE_BITS``, its set bits in increasing order, fast."""
    return mask.to_bytes((mask.bit_length() + 7) >> 3, "little")


def mask_weight(mask: int, weights: list[float]) -> float:
    """Sum of the weights of the tokens whose bits are set (added in increasing bit order)."""
    total = 0.0
    base = 0
    for byte in mask.to_bytes((mask.bit_length() + 7) >> 3, "little"):
        if byte:
            for bit in BYTE_BITS[byte]:
                total += weights[base + bit]
        base += 8
    return total


@dataclass(slots=True)
class Match:
    """Which tokens of a Russian paragraph and of an English paragraph matched each other."""

    ru_mask: int = 0
    en_mask: int = 0


def key_masks(keys: list[tuple[str, ...]]) -> dict[str, int]:
    """Key → mask of the tokens (given by their keys) that have it."""
    by_key: dict[str, int] = {}
    get = by_key.get
    bit = 1
    for token_keys in keys:
        for key in token_keys:
            by_key[key] = get(key, 0) | bit
        bit <<= 1
    return by_key


def key_masks_within(keys: list[tuple[str, ...]], held: set[str]) -> dict[str, int]:
    """``key_masks`` of only the keys in ``held``."""
    by_key: dict[str, int] = {}
    get = by_key.get
    bit = 1
    for token_keys in keys:
        for key in held.intersection(token_keys):
            by_key[key] = get(key, 0) | bit
        bit <<= 1
    return by_key


def match_keys(ru_keys: list[tuple[str, ...]], by_key: dict[str, int]) -> tuple[int, int]:
    """Masks of the Russian tokens (given by their keys) that match, and of the English tokens (given by
    ``key_masks``) they match."""
    ru_mask = en_mask = 0
    present = by_key.keys()
    for bit, token_keys in enumerate(ru_keys):
        hits = 0
        for key in present & token_keys:  # only the keys the other side has (a Russian token has many)
            hits |= by_key[key]
        if hits:
            ru_mask |= 1 << bit
            en_mask |= hits
    return ru_mask, en_mask


def token_sets_match(ru_keys: list[tuple[str, ...]], en_keys: list[tuple[str, ...]]) -> tuple[int, int]:
    """Masks of matching tokens between two small lists of tokens' keys."""
    return match_keys(ru_keys, key_masks(en_keys))
