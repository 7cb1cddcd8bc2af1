"""Matching the content tokens of two linked texts word by word, from the aligner's own keys.

Two tokens are candidates when their key tuples share a key (``reader.core.align.engine.features``): a
lexicon translation or stem (``conven``), a number (``#2019``), a month (``%7``), an acronym
(``^UN``) or a transliterated name (``@guts``, ``&gts``). A candidate's strength says how good the
shared key is: numbers, months and acronyms are sure; a name's transliterated prefix and consonant
skeleton together nearly so; a translation is as good as its place in the Russian word's list
(the lexicon lists a word's translations best first, so the 20th is a weak guess). Strength is
then weighed by how far apart the two words stand in their sentences and by how many tokens hold
the key (a rare key says more), and the candidates are taken best first, each token at most once
(competitive linking). Finally a token left over may join the match of its neighbour when it
shares a key with that neighbour's partner: a compound rendered by two words and back
(``генпрокурор`` = Prosecutor General, ``Военно-морского флота`` = Navy).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reader.core.align.engine.features import name_keys
from reader.core.words.model import Evidence

#: below this weighed strength two tokens are not matched
MIN_SCORE = 0.2
#: how much a full sentence's length between the relative places of two words takes off (0..1)
POSITION_WEIGHT = 0.5
#: a translation key at place r of the Russian word's list has strength 1 / (1 + r / RANK_SCALE)
RANK_SCALE = 8.0
#: a secondary key of the English word (a part of a compound, a second reading) counts this much
SECONDARY = 0.8
#: strengths of the kinds of keys that are not translations
NAME_PREFIX, NAME_SKELETON, NAME_BOTH = 0.85, 0.6, 0.95
#: a token left over joins its neighbour's match when it stands next to it, or this many words from it when
#: the token that gets a second partner is a hyphenated compound (информационно-коммуникационных =
#: information and communication; not кораблей = ships and vessels)
COMPOUND_WORDS = 2


@dataclass
class Item:
    """One content token as the matcher sees it."""

    keys: tuple[str, ...]
    #: its place in the block, 0 (first word) .. 1 (last word)
    place: float
    #: its word index in its paragraph, and the paragraph's key (for neighbours)
    word: int
    paragraph: int
    #: a Russian token read as an English word (a Latin word in the Russian text)
    latin: bool = False
    #: the token is a hyphenated compound
    compound: bool = False
    #: the token's text and language, for the loose pass (its transliteration)
    text: str = ""
    language: str = ""


@dataclass(frozen=True)
class Match:
    """Token ``ru`` of the Russian items matched with token ``en`` of the English ones."""

    ru: int
    en: int
    key: str
    evidence: Evidence
    score: float


def _word_keys(keys: tuple[str, ...]) -> list[str]:
    return [k for k in keys if k and k[0] not in "#%^@&"]


def strength(ru: Item, en: Item) -> tuple[float, str, Evidence] | None:
    """How strongly two tokens match (0..1), through which key and what kind of evidence; None if they
    share no key."""
    shared = set(ru.keys).intersection(en.keys)
    if not shared:
        return None
    for prefix, evidence in (("#", Evidence.NUMBER), ("%", Evidence.DATE), ("^", Evidence.ACRONYM)):
        for key in shared:
            if key[0] == prefix:
                return 1.0, key, evidence
    best: tuple[float, str, Evidence] | None = None
    ru_words, en_words = _word_keys(ru.keys), _word_keys(en.keys)
    for key in shared:
        if key[0] in "@&":
            continue
        rank = ru_words.index(key) if key in ru_words else len(ru_words)
        value = 1.0 / (1.0 + rank / RANK_SCALE)
        if en_words and en_words[0] != key:
            value *= SECONDARY
        evidence = Evidence.SAME if ru.latin else Evidence.TRANSLATION
        if best is None or value > best[0]:
            best = (value, key, evidence)
    names = sorted(k for k in shared if k[0] in "@&")
    if names:
        by_prefix, by_skeleton = any(k[0] == "@" for k in names), any(k[0] == "&" for k in names)
        value = NAME_BOTH if by_prefix and by_skeleton else NAME_PREFIX if by_prefix else NAME_SKELETON
        if best is None or value > best[0]:
            best = (value, names[0], Evidence.NAME)
    return best


def _holders(items: list[Item]) -> dict[str, list[int]]:
    table: dict[str, list[int]] = {}
    for k, item in enumerate(items):
        for key in item.keys:
            table.setdefault(key, []).append(k)
    return table


def candidates(ru: list[Item], en: list[Item], *, use_place: bool = True) -> list[Match]:
    """Every pair of tokens sharing a key, with its weighed score, best first."""
    en_holders = _holders(en)
    ru_holders = _holders(ru)
    found: list[Match] = []
    for i, item in enumerate(ru):
        seen: set[int] = set()
        for key in item.keys:
            for j in en_holders.get(key, ()):
                if j in seen:
                    continue
                seen.add(j)
                judged = strength(item, en[j])
                if judged is None:
                    continue
                value, shared, evidence = judged
                holders = len(ru_holders.get(shared, ())) + len(en_holders.get(shared, ()))
                value /= 1.0 + 0.1 * (holders - 2)  # a key many tokens hold says less about each
                if use_place:
                    value *= 1.0 - POSITION_WEIGHT * abs(item.place - en[j].place)
                if value >= MIN_SCORE:
                    found.append(Match(i, j, shared, evidence, value))
    found.sort(key=lambda m: (-m.score, m.ru, m.en))
    return found


def link_tokens(ru: list[Item], en: list[Item], *, use_place: bool = True,
                ru_taken: set[int] | None = None, en_taken: set[int] | None = None,
                min_score: float = MIN_SCORE) -> list[Match]:
    """One-to-one matches between the tokens, best first (competitive linking), where a token left over
    may join the match of its neighbour (see :func:`_may_join`).

    Tokens in ``ru_taken``/``en_taken`` are matched already (by an earlier pass) and are left alone; both
    sets are updated.
    """
    ru_taken = set() if ru_taken is None else ru_taken
    en_taken = set() if en_taken is None else en_taken
    pool = [m for m in candidates(ru, en, use_place=use_place) if m.score >= min_score]
    matches: list[Match] = []
    partner_ru: dict[int, Match] = {}
    partner_en: dict[int, Match] = {}
    for match in pool:  # best first; a token left over may join a neighbour's match (at most one)
        ru_free, en_free = match.ru not in ru_taken, match.en not in en_taken
        if ru_free and en_free:
            matches.append(match)
            partner_ru[match.ru] = partner_en[match.en] = match
            ru_taken.add(match.ru)
            en_taken.add(match.en)
        elif ru_free and match.en in partner_en:
            partner = partner_en[match.en]
            if _may_join(ru[match.ru], ru[partner.ru], en[match.en], match.key != partner.key):
                matches.append(match)
                ru_taken.add(match.ru)
        elif en_free and match.ru in partner_ru:
            partner = partner_ru[match.ru]
            if _may_join(en[match.en], en[partner.en], ru[match.ru], match.key != partner.key):
                matches.append(match)
                en_taken.add(match.en)
    return matches


#: the loose pass: a transliterated word (коала = koala, драфт = draft) and a translation whose English stem
#: is cut shorter or longer than the key (``agre`` of agreed and ``agreem``), each this strong at best
LOOSE_NAME, LOOSE_PREFIX = 0.6, 0.5
#: the shorter of two stems that meet by prefix has at least this many letters
MIN_PREFIX = 4


@functools.lru_cache(maxsize=65536)
def transliteration(text: str, language: str) -> frozenset[str]:
    """The name keys of a word's transliteration (``коала`` and ``koala`` share ``@koal`` and ``&kl``)."""
    return frozenset(name_keys(text, language)) if text else frozenset()


@functools.lru_cache(maxsize=65536)
def _prefixes(key: str) -> frozenset[str]:
    return frozenset(key[:k] for k in range(MIN_PREFIX, len(key)))


def _prefix_ranks(keys: tuple[str, ...]) -> tuple[dict[str, int], dict[str, int]]:
    """A Russian token's word keys → their rank, and every shorter prefix of them → the best rank."""
    ranks: dict[str, int] = {}
    prefixes: dict[str, int] = {}
    for rank, key in enumerate(_word_keys(keys)):
        ranks.setdefault(key, rank)
        for prefix in _prefixes(key):
            prefixes.setdefault(prefix, rank)
    return ranks, prefixes


def loose_strength(ru: Item, en: Item, ranks: tuple[dict[str, int], dict[str, int]] | None = None
                   ) -> tuple[float, str, Evidence] | None:
    """How strongly two tokens that share no key still match: by transliteration (both the prefix and the
    consonant skeleton of a name) or by one's English stem being a prefix of the other's."""
    names = transliteration(ru.text, ru.language) & transliteration(en.text, en.language)
    if any(k[0] == "@" for k in names) and any(k[0] == "&" for k in names):
        return LOOSE_NAME, min(names), Evidence.NAME
    own, prefixes = ranks or _prefix_ranks(ru.keys)
    best_rank, best_key = None, ""
    for other in _word_keys(en.keys):
        found = [own[p] for p in _prefixes(other) if p in own]  # a Russian key is a prefix of the English one
        if other in prefixes:  # the English key is a prefix of a Russian one
            found.append(prefixes[other])
        if found and (best_rank is None or min(found) < best_rank):
            best_rank, best_key = min(found), other
    if best_rank is None:
        return None
    return LOOSE_PREFIX / (1.0 + best_rank / RANK_SCALE), best_key, Evidence.TRANSLATION


def link_loose(ru: list[Item], en: list[Item], ru_taken: set[int], en_taken: set[int]) -> list[Match]:
    """One-to-one matches of the tokens left over by :func:`link_tokens` by :func:`loose_strength`, placed."""
    pool = []
    free_en = [j for j in range(len(en)) if j not in en_taken]
    for i, a in enumerate(ru):
        if i in ru_taken or not free_en:
            continue
        ranks = _prefix_ranks(a.keys)
        for j in free_en:
            b = en[j]
            judged = loose_strength(a, b, ranks)
            if judged is not None:
                value = judged[0] * (1.0 - POSITION_WEIGHT * abs(a.place - b.place))
                if value >= MIN_SCORE:
                    pool.append(Match(i, j, judged[1], judged[2], value))
    pool.sort(key=lambda m: (-m.score, m.ru, m.en))
    matches = []
    for match in pool:
        if match.ru not in ru_taken and match.en not in en_taken:
            matches.append(match)
            ru_taken.add(match.ru)
            en_taken.add(match.en)
    return matches


def _may_join(new: Item, neighbour: Item, shared: Item, other_key: bool) -> bool:
    """Whether token ``new`` may join the match of ``neighbour`` with ``shared``: it stands next to the
    neighbour and renders another part of ``shared`` (another key: генпрокурор = Prosecutor General), or
    one of the three is a compound (Военно-морского флота = Navy, информационно-коммуникационных =
    information and communication, two words apart). Two words of one meaning side by side (упал,
    истекая = fell) make one match and a stray."""
    if new.paragraph != neighbour.paragraph:
        return False
    compound = shared.compound or new.compound or neighbour.compound
    return abs(new.word - neighbour.word) <= (COMPOUND_WORDS if compound else 1) and (other_key or compound)
