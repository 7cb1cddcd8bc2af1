"""Word pairs learnt from a pair's own confident links (hunalign's "realign" idea).

After a first search, the words left unmatched inside confident links are counted: a Russian
word and an English word that keep turning up together in those links, and not apart, are
taken as translations of each other for a second search.
"""

from __future__ import annotations

from collections import Counter
from itertools import product

from reader.core.align.engine.similarity import token_sets_match


def _columns(features_list) -> tuple[list[str], list[tuple[str, ...]], list[str]]:
    """Idents, keys and kinds of the tokens of several paragraphs, in order."""
    idents, keys, kinds = [], [], []
    for features in features_list:
        idents += features.idents
        keys += features.keys
        kinds += features.kinds
    return idents, keys, kinds


def _unmatched(idents: list[str], kinds: list[str], mask: int) -> set[str]:
    return {ident for bit, (ident, kind) in enumerate(zip(idents, kinds, strict=True))
            if not mask >> bit & 1 and kind in ("word", "name")}


def learn_pairs(context, groups, ru_indices: list[int], en_indices: list[int]) -> dict[str, set[str]]:
    """Russian token ident → English keys learnt from the confident groups of a first search."""
    params = context.options.params.learn
    min_together = params.min_together
    together: Counter = Counter()
    ru_seen: Counter = Counter()
    en_seen: Counter = Counter()
    en_key_of: dict[str, str] = {}
    lefts = []
    for group in groups:
        if group.coverage < params.confident:
            continue
        ru_idents, ru_keys, ru_kinds = _columns(context.ru_features[ru_indices[p]] for p in group.ru)
        en_idents, en_keys, en_kinds = _columns(context.en_features[en_indices[q]] for q in group.en)
        ru_mask, en_mask = token_sets_match(ru_keys, en_keys)
        ru_left, en_left = _unmatched(ru_idents, ru_kinds, ru_mask), _unmatched(en_idents, en_kinds, en_mask)
        en_key_of.update({ident: keys[0] for ident, keys in zip(en_idents, en_keys, strict=True) if ident in en_left})
        ru_seen.update(ru_left)
        en_seen.update(en_left)
        lefts.append((ru_left, en_left))
    # a pair seen together min_together times has each of its words seen that often: count only those
    for ru_left, en_left in lefts:
        together.update(product([r for r in ru_left if ru_seen[r] >= min_together],
                                [e for e in en_left if en_seen[e] >= min_together]))
    learnt: dict[str, set[str]] = {}
    for (r, e), count in together.items():
        if count >= min_together and 2 * count / (ru_seen[r] + en_seen[e]) >= params.min_dice:
            learnt.setdefault(r, set()).add(en_key_of[e])
    return learnt


def apply_pairs(context, learnt: dict[str, set[str]], within: set[int] | None = None) -> set[int]:
    """Give the Russian tokens of the context (of the paragraphs ``within``, if given) their learnt keys;
    the paragraphs that changed.

    A book's chapters are searched one by one and in any order (the one on screen first): what one
    chapter's search learnt is given to that chapter's paragraphs only, so no chapter's links depend
    on which chapters were searched before it."""
    changed = set()
    additions = []
    positions = context.ru_positions()
    applied = context.learnt_keys  # ident → the keys every token of it was given already
    for ident, extra in learnt.items():
        if within is None:
            done = applied.setdefault(ident, set())
            if extra <= done:
                continue  # every token of this word has these keys
            done |= extra
        added = tuple(sorted(extra))
        # id of a token's keys before → (those keys, the keys after, what was added; None if nothing):
        # the tokens of a word mostly share one keys tuple, and share the new one too
        extended: dict[int, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] | None] = {}
        for position in positions.get(ident, ()):
            index, bit = position >> 32, position & 0xFFFFFFFF
            if within is not None and index not in within:
                continue
            keys = context.ru_features[index].keys
            old = keys[bit]
            if id(old) not in extended:  # (every tuple seen stays alive until the loop ends: ids stay unique)
                extended[id(old)] = None if extra.issubset(old) else (
                    old, tuple(dict.fromkeys(old + added)), tuple(key for key in added if key not in old))
            found = extended[id(old)]
            if found is not None:
                additions.append((index, bit, found[2]))
                keys[bit] = found[1]
                changed.add(index)
    if changed:
        context.add_key_masks(additions)
    return changed
