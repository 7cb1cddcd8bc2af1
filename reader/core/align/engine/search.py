"""The search for links: a monotone chain of groups (1:1, n:1, 1:n up to 4), short gaps searched
again with a lower bar, unlinked neighbours joined to merged links by the length of what those
leave unexplained (in translation-like pairs), then crossing links (1:1 and n:1).

Positions ``p`` (Russian) and ``q`` (English) index the two sequences being aligned. Every
candidate group gets a *gain*: for each member paragraph, the weight of its tokens matched by
the other side of the group minus a fixed share of its total weight, minus a constant per link.
A paragraph left unlinked gains nothing, so a group is only worth taking when its members are
covered well enough: that is the "no counterpart" decision. The best set of non-crossing groups
is found exactly by dynamic programming over the sparse candidates (``chain.heaviest_chain``), in
O(G log G) for G candidate groups.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from reader.core.align.engine.chain import heaviest_chain
from reader.core.align.engine.features import Unit
from reader.core.align.engine.params import SearchParams
from reader.core.align.engine.similarity import BYTE_BITS, Match, mask_bytes, mask_weight

@dataclass(slots=True)
class Group:
    """A candidate link: Russian positions, English positions, and what taking it gains."""

    ru: tuple[int, ...]
    en: tuple[int, ...]
    gain: float
    ru_matched: float = 0.0
    ru_total: float = 0.0
    en_matched: float = 0.0
    en_total: float = 0.0

    @property
    def coverage(self) -> float:
        """Share of the group's token weight (both sides) matched by the other side."""
        total = self.ru_total + self.en_total
        return (self.ru_matched + self.en_matched) / total if total else 0.0


@dataclass(frozen=True)
class Gain:
    """What taking a group is worth, term by term; ``total`` is the group's gain (the terms summed in the
    search's order, or minus infinity when a veto refuses the group)."""

    ru: tuple[int, ...]
    en: tuple[int, ...]
    #: the cost of every link (``link_cost``)
    link: float
    #: merging several paragraphs on the Russian side, on the English side (``merge_cost``/``merge_share``)
    ru_merge: float
    en_merge: float
    #: per side, what the members' matched words earn beyond their share of the members' weight
    #: (``ru_share``/``en_share``; each sentence loses at most ``sentence_floor`` of its share)
    ru_coverage: float
    en_coverage: float
    #: the length mismatch against the usual ratio (``length_weight``)
    length: float
    #: against the pair's own fitted length ratio: the cost beyond ``length_z_slack`` plus the bonus of a
    #: close fit (``length_z_weight``/``length_z_bonus``; 0 where the pair's lengths spread too much)
    length_fit: float
    #: why the group is refused outright, as (side, member position, reason); None if it is not
    veto: tuple[str, int, str] | None
    total: float
    ru_matched: float = 0.0
    ru_total: float = 0.0
    en_matched: float = 0.0
    en_total: float = 0.0

    def describe(self) -> str:
        """One line: the total, then each term."""
        terms = f"link {self.link:+.2f}"
        if self.ru_merge or self.en_merge:
            terms += f", merge ru {self.ru_merge:+.2f} en {self.en_merge:+.2f}"
        terms += (f", coverage ru {self.ru_coverage:+.2f} ({self.ru_matched:.1f}/{self.ru_total:.1f})"
                  f" en {self.en_coverage:+.2f} ({self.en_matched:.1f}/{self.en_total:.1f})"
                  f", length {self.length:+.2f}, length fit {self.length_fit:+.2f}")
        if self.veto:
            side, member, reason = self.veto
            terms += f"; vetoed: {side} member {member} {reason}"
        return f"{self.total:+.2f} = {terms}"


def _sentence_weights(unit: Unit, mask: int) -> list[float]:
    """The weight the mask covers of each sentence of the unit (each summed in increasing bit order, as
    ``mask_weight(mask & sentence)`` sums it)."""
    if unit.bit_sentence is None:
        return [mask_weight(mask & sentence, unit.weights) if mask & sentence else 0.0 for sentence in unit.sentences]
    got = [0.0] * len(unit.sentences)
    weights, bit_sentence = unit.weights, unit.bit_sentence
    base = 0
    for byte in mask_bytes(mask):
        if byte:
            for bit in BYTE_BITS[byte]:
                k = bit_sentence[base + bit]
                if k >= 0:
                    got[k] += weights[base + bit]
        base += 8
    return got


def _sentence_share(unit: Unit, mask: int) -> float:
    """The largest share of one sentence's weight that the mask covers."""
    return max((got / total for got, total in zip(_sentence_weights(unit, mask), unit.sentence_totals, strict=True) if total),
               default=0.0)


def _mask(pairs: dict[tuple[int, int], Match], p: int, q: int, side: int) -> int:
    match = pairs.get((p, q))
    return 0 if match is None else (match.ru_mask if side == 0 else match.en_mask)


class Scorer:
    """Gains of groups from pairwise matches and the paragraphs' units."""

    def __init__(self, pairs: dict[tuple[int, int], Match], ru: list[Unit], en: list[Unit],
                 params: SearchParams, known: dict | None = None) -> None:
        self.pairs, self.params, self.ru, self.en = pairs, params, ru, en
        self.ru_totals = [u.total for u in ru]
        self.en_totals = [u.total for u in en]
        #: groups scored so far (a later search may start from those of an earlier one)
        self.known: dict[tuple[tuple[int, ...], tuple[int, ...]], Group] = dict(known or {})
        #: (median, spread) of the log length ratios of well-matched pairs, None if too few
        self.length_fit = length_fit(pairs, ru, en, params) if params.length_z_weight else None
        #: (side, position, mask) → what ``_member`` gives (a member's mask recurs in the groups around it)
        self._members: dict[tuple[int, int, int], tuple[float, float]] = {}
        self.ru_chars = [u.chars for u in ru]
        self.en_chars = [u.chars for u in en]

    def _member(self, unit: Unit, mask: int, share: float) -> tuple[float, float]:
        """(matched weight, gain) of one member paragraph: each sentence pays for what it lacks, up to a floor."""
        matched = gain = 0.0
        floor = self.params.sentence_floor
        translated = unit.mt_share(mask) if unit.mt else 0.0  # a machine translation covered this well stands
        #                                                       for every sentence
        for got, total in zip(_sentence_weights(unit, mask), unit.sentence_totals, strict=True):
            if translated:
                got = max(got, translated * total)
            matched += got
            lowest = -floor * share * total
            own = got - share * total
            gain += own if own >= lowest else lowest
        return matched, gain

    def _unneeded_member(self, members, single, mask_of, own_of, units: list[Unit], unit: Unit,
                         both: bool = False) -> tuple[int, str] | None:
        """The first member of a merged side that does not earn its place, with the reason (None: every
        one does). A member earns it when it matches a share of the single paragraph that no other member
        does, or (with ``both``: and) it is itself well covered by the single paragraph. Russian members
        need either (a long English paragraph retelling several Russian ones), English members both (an
        English paragraph rarely splits a Russian one)."""
        masks = [mask_of(m, single) for m in members]
        need = self.params.merge_unique * unit.total
        for k, mask in enumerate(masks):
            member = units[members[k]]
            covered = member.total and member.covered(own_of(members[k], single)) >= self.params.merge_own * member.total
            if both and not covered:
                return members[k], "not covered well enough by the single paragraph"
            if covered and not both:
                if self.params.repeat_share and self._repeats(member, [units[m] for m in members if m != members[k]],
                                                             own_of(members[k], single), mask):
                    return members[k], "repeats the words of the other members"
                continue
            others = 0
            for other in masks[:k] + masks[k + 1:]:
                others |= other
            unique = mask & ~others
            if mask_weight(unique, unit.weights) < need and not (
                    not both and self.params.merge_sentence and _sentence_share(unit, unique) >= self.params.merge_sentence):
                return members[k], "matches too little of the single paragraph that no other member does"
        return None

    def _repeats(self, member: Unit, others: list[Unit], own: int, their: int) -> bool:
        """Whether a merged member only repeats the words of the other members: most of its matched
        weight (``own``: its mask) is words those members have too, and the single paragraph holds
        about one token for each (``their``: its mask of the tokens this member matched). Only the
        member's own words count, not those of a machine translation of it."""
        words = set().union(*(other.idents for other in others))
        matched = repeated = 0.0
        count = 0
        own &= ~member.mt
        idents, weights = member.idents, member.weights
        while own:  # the set bits in increasing order, as a walk over every token would find them
            low = own & -own
            bit = low.bit_length() - 1
            own ^= low
            if bit >= len(idents):
                break
            matched += weights[bit]
            count += 1
            if idents[bit] in words:
                repeated += weights[bit]
        return bool(matched) and repeated >= self.params.repeat_share * matched and their.bit_count() < 1.5 * count

    def _merge_cost(self, members: tuple[int, ...], totals: list[float]) -> float:
        """What merging costs on one side: every member but the heaviest pays ``merge_cost``, or
        ``merge_share`` of its own weight if that is less (a one-line paragraph can join cheaply)."""
        if len(members) < 2:
            return 0.0
        weights = sorted(totals[m] for m in members)[:-1]
        share = self.params.merge_share
        return sum(min(self.params.merge_cost, share * w) if share else self.params.merge_cost for w in weights)

    def group(self, ru: tuple[int, ...], en: tuple[int, ...]) -> Group:
        """The group of these positions with its gain (computed once)."""
        found = self.known.get((ru, en))
        if found is None:
            found = self.known[(ru, en)] = self._score(ru, en)
        return found

    def _member_of(self, side: int, position: int, mask: int) -> tuple[float, float]:
        """``_member`` of one paragraph of a side (0: Russian, 1: English) with this mask, computed once."""
        key = (side, position, mask)
        found = self._members.get(key)
        if found is None:
            if side == 0:
                found = self._members[key] = self._member(self.ru[position], mask, self.params.ru_share)
            else:
                found = self._members[key] = self._member(self.en[position], mask, self.params.en_share)
        return found

    def explain(self, ru: tuple[int, ...], en: tuple[int, ...]) -> Gain:
        """What the group of these positions is worth, term by term (the same sums as its gain)."""
        terms: list = []
        group = self._score(ru, en, terms)
        link, ru_merge, en_merge, ru_coverage, en_coverage, length, length_fit, veto = terms
        return Gain(ru, en, link, ru_merge, en_merge, ru_coverage, en_coverage, length, length_fit, veto, group.gain,
                    group.ru_matched, group.ru_total, group.en_matched, group.en_total)

    def _score(self, ru: tuple[int, ...], en: tuple[int, ...], terms: list | None = None) -> Group:
        """The group with its gain (summed in one fixed order); given ``terms``, the gain's terms are put
        there too, in the order of ``Gain``'s fields."""
        params, pairs = self.params, self.pairs
        gain = link = -params.link_cost
        ru_merge = en_merge = ru_coverage = en_coverage = length = length_fit = 0.0
        if len(ru) > 1:
            ru_merge = -self._merge_cost(ru, self.ru_totals)
            gain += ru_merge
        if len(en) > 1:
            en_merge = -self._merge_cost(en, self.en_totals)
            gain += en_merge
        if len(ru) == 1 and len(en) == 1:  # the same sums as below, without the merge loops
            p, q = ru[0], en[0]
            match = pairs.get((p, q))
            ru_matched, ru_coverage = self._member_of(0, p, match.ru_mask if match is not None else 0)
            ru_matched, ru_total = 0.0 + ru_matched, 0.0 + self.ru_totals[p]
            gain += ru_coverage
            en_matched, en_coverage = self._member_of(1, q, match.en_mask if match is not None else 0)
            en_matched, en_total = 0.0 + en_matched, 0.0 + self.en_totals[q]
            gain += en_coverage
        else:
            ru_masks, en_masks = dict.fromkeys(ru, 0), dict.fromkeys(en, 0)
            for p in ru:
                for q in en:
                    match = pairs.get((p, q))
                    if match is not None:
                        ru_masks[p] |= match.ru_mask
                        en_masks[q] |= match.en_mask
            ru_matched = ru_total = en_matched = en_total = 0.0
            for p, mask in ru_masks.items():
                matched, member_gain = self._member_of(0, p, mask)
                ru_matched += matched
                ru_total += self.ru_totals[p]
                gain += member_gain
                ru_coverage += member_gain
            for q, mask in en_masks.items():
                matched, member_gain = self._member_of(1, q, mask)
                en_matched += matched
                en_total += self.en_totals[q]
                gain += member_gain
                en_coverage += member_gain
        if params.length_weight or self.length_fit:
            ru_chars = self.ru_chars[ru[0]] if len(ru) == 1 else sum(self.ru_chars[p] for p in ru)
            en_chars = self.en_chars[en[0]] if len(en) == 1 else sum(self.en_chars[q] for q in en)
            # (x if x > 0.0 else 0.0 is max(0.0, x), without the call)
            ratio = math.log((en_chars if en_chars > 1 else 1) / (ru_chars if ru_chars > 1 else 1))
            off = abs(ratio - params.length_ratio) - params.length_slack
            length = -params.length_weight * (off if off > 0.0 else 0.0)
            gain += length
            if self.length_fit and self.length_fit[1] <= params.length_z_spread:
                c, spread = self.length_fit
                z = abs(en_chars - c * ru_chars) / (spread * math.sqrt(ru_chars))
                beyond, close = z - params.length_z_slack, 1.0 - z / params.length_z_slack
                beyond_cost = -params.length_z_weight * (beyond if beyond > 0.0 else 0.0)
                gain += beyond_cost
                close_bonus = params.length_z_bonus * (close if close > 0.0 else 0.0)
                gain += close_bonus
                length_fit = beyond_cost + close_bonus
        veto = None
        if gain > 0:
            if len(ru) > 1:
                unneeded = self._unneeded_member(ru, en[0], lambda p, q: _mask(pairs, p, q, 1),
                                                 lambda p, q: _mask(pairs, p, q, 0), self.ru, self.en[en[0]])
                if unneeded is not None:
                    veto = ("ru", *unneeded)
            if veto is None and len(en) > 1:
                unneeded = self._unneeded_member(en, ru[0], lambda q, p: _mask(pairs, p, q, 0),
                                                 lambda q, p: _mask(pairs, p, q, 1), self.en, self.ru[ru[0]], both=True)
                if unneeded is not None:
                    veto = ("en", *unneeded)
            if veto is not None:
                gain = float("-inf")
        if terms is not None:
            terms += (link, ru_merge, en_merge, ru_coverage, en_coverage, length, length_fit, veto)
        return Group(ru, en, gain, ru_matched, ru_total, en_matched, en_total)


def length_fit(pairs: dict[tuple[int, int], Match], ru: list[Unit], en: list[Unit],
               params: SearchParams) -> tuple[float, float] | None:
    """Gale and Church's length model fitted to one pair of texts: the ratio ``c`` of English to
    Russian characters (median over the pairs whose words match at least ``calibrate_share`` of both
    paragraphs) and the spread ``s`` of ``(en − c·ru) / sqrt(ru)`` (1.4826 × its median absolute
    value; None with fewer than ``fit_pairs`` such pairs). A faithful translation has a small spread,
    a retelling a large one."""
    share = params.calibrate_share
    lengths = []
    for (p, q), match in pairs.items():
        if ru[p].total and en[q].total and ru[p].covered(match.ru_mask) >= share * ru[p].total and \
                en[q].covered(match.en_mask) >= share * en[q].total:
            lengths.append((ru[p].chars, en[q].chars))
    if len(lengths) < params.fit_pairs:
        return None
    ratio = statistics.median(e / r for r, e in lengths)
    spread = 1.4826 * statistics.median(abs(e - ratio * r) / math.sqrt(r) for r, e in lengths)
    return ratio, max(params.fit_spread, spread)


def candidate_groups(scorer: Scorer) -> list[Group]:
    """Every group worth considering: matched pairs, and runs of up to 4 paragraphs matched with one
    (a run needs a member that is worth linking alone; English members must each be well covered)."""
    pairs = scorer.pairs
    one = {pair: scorer.group((pair[0],), (pair[1],)) for pair in pairs}
    groups = list(one.values())
    own, max_group = scorer.params.merge_own, scorer.params.max_group
    for (p, q) in pairs:
        positive = one[(p, q)].gain > 0  # whether a member so far is worth linking alone
        for size in range(2, max_group + 1):
            last = (p + size - 1, q)  # the members before it were matched with q in the sizes before
            if last not in pairs:
                break
            positive = positive or one[last].gain > 0
            if positive:
                groups.append(scorer.group(tuple(range(p, p + size)), (q,)))
        for size in range(2, max_group + 1):
            e = q + size - 1
            if (p, e) not in pairs or one[(p, e)].en_matched < own * one[(p, e)].en_total:
                break
            groups.append(scorer.group((p,), tuple(range(q, q + size))))
    return [g for g in groups if g.gain > 0]


def best_chain(groups: list[Group], en_count: int) -> list[Group]:
    """The set of non-overlapping, non-crossing groups with the largest total gain."""
    chain = heaviest_chain([g.ru[0] for g in groups], [g.ru[-1] for g in groups], [g.en[0] for g in groups],
                           [g.en[-1] for g in groups], [g.gain for g in groups], en_count)
    return [groups[k] for k in chain]


def _gap_groups(scorer: Scorer, ru: range, en: range) -> list[Group]:
    """Every group inside a gap (evidence or not), its gain raised by how much a gap forgives."""
    found = []
    max_group = scorer.params.max_group
    for p in ru:
        for q in en:
            shapes: list[tuple[tuple[int, ...], tuple[int, ...]]] = [(tuple(range(p, p + n)), (q,)) for n in range(1, max_group + 1) if p + n <= ru.stop]
            shapes += [((p,), tuple(range(q, q + n))) for n in range(2, max_group + 1) if q + n <= en.stop]
            for shape in shapes:
                group = scorer.group(*shape)
                if group.gain > scorer.params.gap_gain:
                    found.append(Group(group.ru, group.en, group.gain - scorer.params.gap_gain, group.ru_matched,
                                       group.ru_total, group.en_matched, group.en_total))
    return found


def fill_gaps(chain: list[Group], scorer: Scorer, ru_count: int, en_count: int) -> list[Group]:
    """Search again, with a lower bar, the short stretches left unlinked between two links (or a link
    and an end): paragraphs squeezed between linked ones are likely to correspond."""
    result = list(chain)
    bounds = [((-1,), (-1,))] + [(g.ru, g.en) for g in chain] + [((ru_count,), (en_count,))]
    for (ru_before, en_before), (ru_after, en_after) in pairwise(bounds):
        ru_gap, en_gap = range(ru_before[-1] + 1, ru_after[0]), range(en_before[-1] + 1, en_after[0])
        if 0 < len(ru_gap) <= scorer.params.max_gap and 0 < len(en_gap) <= scorer.params.max_gap:
            for group in best_chain(_gap_groups(scorer, ru_gap, en_gap), en_count):
                result.append(scorer.group(group.ru, group.en))
    return sorted(result, key=lambda g: g.ru[0])


def add_crossings(chain: list[Group], scorer: Scorer, candidates: Sequence[Group] = ()) -> list[Group]:
    """Add out-of-order links to English paragraphs the chain left unlinked, where evidence is
    strong: 1:1, or n:1 of unlinked Russian paragraphs (from ``candidates``); the Russian paragraph
    of a 1:1 may be unlinked or taken from the end of a merged group."""
    owner = {p: g for g in chain for p in g.ru}
    used_en = {q for g in chain for q in g.en}
    extra = [scorer.group((p,), (q,)) for (p, q) in scorer.pairs if q not in used_en]
    extra += [g for g in candidates if len(g.ru) > 1 and len(g.en) == 1 and g.en[0] not in used_en]
    extra.sort(key=lambda g: -g.gain)
    for group in extra:
        p, q = group.ru[0], group.en[0]
        if group.gain < scorer.params.cross_gain or q in used_en:
            continue
        if len(group.ru) > 1:
            if any(r in owner for r in group.ru):
                continue
            chain.append(group)
            owner.update(dict.fromkeys(group.ru, group))
            used_en.add(q)
            continue
        old = owner.get(p)
        if old is not None:
            if len(old.ru) < 2 or p not in (old.ru[0], old.ru[-1]):
                continue
            rest = scorer.group(tuple(r for r in old.ru if r != p), old.en)
            if rest.gain + group.gain <= old.gain:
                continue
            chain[chain.index(old)] = rest
            for r in rest.ru:
                owner[r] = rest
        chain.append(group)
        owner[p] = group
        used_en.add(q)
    return sorted(chain, key=lambda g: g.ru[0])


def _unexplained_chars(scorer: Scorer, group: Group, q: int, from_end: bool) -> int:
    """Characters of the run of sentences at one end of English paragraph ``q`` that the group's
    Russian members leave unexplained."""
    unit = scorer.en[q]
    if not unit.sentence_chars:
        return 0
    mask = 0
    for p in group.ru:
        mask |= _mask(scorer.pairs, p, q, 1)
    order = range(len(unit.sentences) - 1, -1, -1) if from_end else range(len(unit.sentences))
    chars = 0
    for k in order:
        total = unit.sentence_totals[k]
        if total and mask_weight(mask & unit.sentences[k], unit.weights) >= scorer.params.unexplained_share * total:
            break
        chars += unit.sentence_chars[k]
    return chars


def attach_members(chain: list[Group], scorer: Scorer, ru_count: int) -> list[Group]:
    """Join unlinked Russian paragraphs to a neighbouring n:1 link when its English paragraph has a
    run of sentences on their side that no member explains and whose length fits theirs (a merged
    paragraph whose own words the lexicon misses)."""
    if scorer.params.attach_slack <= 0 or (scorer.params.attach_spread and (
            not scorer.length_fit or scorer.length_fit[1] > scorer.params.attach_spread)):
        return chain
    ratio = scorer.length_fit[0] if scorer.length_fit else math.exp(scorer.params.length_ratio)
    used = {p for g in chain for p in g.ru}
    result = []
    for group in chain:
        if len(group.en) == 1:
            for from_end in (False, True):
                unexplained = _unexplained_chars(scorer, group, group.en[0], from_end)
                if not unexplained:
                    continue
                best = None
                for size in range(1, scorer.params.max_group - len(group.ru) + 1):
                    members = tuple(range(group.ru[-1] + 1, group.ru[-1] + 1 + size)) if from_end else \
                        tuple(range(group.ru[0] - size, group.ru[0]))
                    if not all(0 <= p < ru_count and p not in used for p in members):
                        break
                    chars = sum(scorer.ru[p].chars for p in members)
                    fit = abs(math.log(unexplained / (ratio * chars)))
                    if fit <= scorer.params.attach_slack and (best is None or fit < best[0]):
                        best = (fit, members)
                if best:
                    ru = group.ru + best[1] if from_end else best[1] + group.ru
                    group = scorer.group(ru, group.en)
                    used.update(best[1])
        result.append(group)
    return result


def search(scorer: Scorer, ru_count: int, en_count: int) -> list[Group]:
    """The links of one span: best monotone chain, lone gaps filled, strong crossings added."""
    candidates = candidate_groups(scorer)
    chain = best_chain(candidates, en_count)
    chain = fill_gaps(chain, scorer, ru_count, en_count)
    chain = attach_members(chain, scorer, ru_count)
    return add_crossings(chain, scorer, candidates)
