"""Sentence-first alignment of retellings: paragraph links that follow the sentences.

A retelling trims and pads paragraphs sentence by sentence, so here sentence correspondences
come first. Every Russian and English sentence of a span is a unit (with its share of the
paragraph's machine translation, if one is known); a pair of units gains, on each side, the weight
of its tokens matched by the other minus a share of its total weight, minus a constant. Two
consecutive sentences may pair with one (a sentence the other side's segmenter cut in two, a
headline run into its lead) where each matches enough of it on its own. The heaviest chain of
such groups in reading order (each sentence in at most one) is taken, then strong out-of-order
pairs of sentences the chain left alone (swapped paragraphs). English sentences in no pair are background the retelling added; Russian ones,
what it trimmed. The paragraph links are what the sentence pairs connect: a Russian paragraph
is linked to the English paragraphs holding its surviving sentences (n:1 where one English
paragraph retells several), and one with no surviving sentence has no counterpart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.align.engine.features import TOKEN, _undot_acronyms, covered_weight, english_token
from reader.core.align.engine.params import RetellParams
from reader.core.align.engine.search import Group, best_chain
from reader.core.align.engine.similarity import key_masks, mask_weight
from reader.core.segment import split_sentences


@dataclass
class Sentence:
    """One sentence of a span: where it is, and its tokens' weights and keys (key → mask of the tokens
    that have it). ``mt`` marks the tokens of the sentence's machine translation (a Russian sentence's,
    where one is known): another reading of its words, not in ``total`` (see ``covered_weight``)."""

    paragraph: int
    index: int
    #: the paragraph's position in the span
    position: int
    weights: list[float]
    by_key: dict[str, int]
    mt: int = 0
    total: float = 0.0

    def __post_init__(self) -> None:
        self.total = sum(w for bit, w in enumerate(self.weights) if not self.mt >> bit & 1)

    def matched(self, mask: int) -> float:
        """Weight of this sentence covered by ``mask`` of its tokens."""
        return covered_weight(mask, self.weights, self.mt, self.total) if self.mt else mask_weight(mask, self.weights)


def _translation_sentences(translation: str, count: int) -> list[int] | None:
    """The sentence of the translation each of its tokens stands in (the tokens ``paragraph_features``
    makes of a machine translation, in order), None unless it has ``count`` sentences."""
    spans = split_sentences(translation, "en")
    if len(spans) != count:
        return None
    result, sentence = [], 0
    for match in TOKEN.finditer(_undot_acronyms(translation)):
        word = match.group()
        if word[0].isdigit() or english_token(word, -1, capital_ok=word[0].isupper()) is not None:
            while sentence + 1 < count and match.start() >= spans[sentence + 1].start:
                sentence += 1
            result.append(sentence)
    return result


def _bounds(sentences: list[int], count: int) -> list[int]:
    """Where each of ``count`` sentences starts in a run of tokens given in order by their sentences
    (sentence k holds tokens ``bounds[k]`` up to ``bounds[k + 1]``)."""
    bounds = [0] * (count + 1)
    for done, sentence in enumerate(sentences, 1):
        bounds[min(sentence, count - 1) + 1] = done
    for k in range(1, count + 1):
        bounds[k] = max(bounds[k], bounds[k - 1])
    return bounds


def sentences_of(document, features_of, indices: list[int], masks: list[dict[str, int]] | None = None,
                 translations: dict[int, str] | None = None) -> list[Sentence]:
    """The sentences of these paragraphs in reading order: each holds its own tokens and, where the
    paragraph's machine translation (``translations``) has as many sentences, that sentence's tokens
    of it. ``masks``, if given, are the paragraphs' key masks (``AlignContext.key_masks``), cut up
    instead of built again."""
    if masks is None:
        masks = [key_masks(features_of[index].keys) for index in indices]
    result = []
    for position, (index, by_key) in enumerate(zip(indices, masks, strict=True)):
        features = features_of[index]
        count = max(1, len(document.paragraphs[index].sentences))
        own = next((bit for bit, start in enumerate(features.starts) if start < 0), len(features.starts))
        if count == 1 and own == len(features.weights):
            result.append(Sentence(index, 0, position, features.weights, by_key))
            continue
        bounds = _bounds(features.sentences[:own], count)
        translated = _translation_sentences(translations[index], count) \
            if translations and index in translations and own < len(features.weights) else None
        if translated is not None and len(translated) != len(features.weights) - own:
            translated = None
        mt_bounds = [own + b for b in _bounds(translated, count)] if translated is not None else [own] * (count + 1)
        for k in range(count):
            lo, hi, mt_lo, mt_hi = bounds[k], bounds[k + 1], mt_bounds[k], mt_bounds[k + 1]
            width, mt_width = (1 << (hi - lo)) - 1, (1 << (mt_hi - mt_lo)) - 1
            cut = {}
            for key, mask in by_key.items():
                part = (mask >> lo) & width | ((mask >> mt_lo) & mt_width) << (hi - lo)
                if part:
                    cut[key] = part
            result.append(Sentence(index, k, position, features.weights[lo:hi] + features.weights[mt_lo:mt_hi],
                                   cut, mt_width << (hi - lo)))
    return result


class _Matches:
    """Which tokens of a Russian and an English sentence match each other (masks, computed once)."""

    def __init__(self, ru: list[Sentence], en: list[Sentence], known: dict | None = None) -> None:
        self.ru, self.en = ru, en
        self._masks: dict[tuple[int, int], tuple[int, int]] = known if known is not None else {}

    def masks(self, a: int, b: int) -> tuple[int, int]:
        """(mask of Russian sentence ``a``'s tokens, mask of English sentence ``b``'s) matched by the other."""
        found = self._masks.get((a, b))
        if found is None:
            ru_by_key, en_by_key = self.ru[a].by_key, self.en[b].by_key
            ru_mask = en_mask = 0
            for key in ru_by_key.keys() & en_by_key.keys():
                ru_mask |= ru_by_key[key]
                en_mask |= en_by_key[key]
            found = self._masks[(a, b)] = (ru_mask, en_mask)
        return found

    def matched(self, side: int, own: int, others: tuple[int, ...]) -> tuple[float, int]:
        """(weight, mask) of sentence ``own`` of ``side`` (0: Russian) matched by the ``others`` sentences."""
        mask = 0
        for other in others:
            mask |= self.masks(own, other)[0] if side == 0 else self.masks(other, own)[1]
        sentence = self.ru[own] if side == 0 else self.en[own]
        return sentence.matched(mask), mask

    def group(self, ru: tuple[int, ...], en: tuple[int, ...], params: RetellParams) -> Group:
        """The group of these sentences with its gain: on each side, the weight its tokens match of the
        other side minus a share of its total, then the pair cost and a cost per extra member. Every
        member of a merged side must earn its place: be matched as well as a linked sentence must be,
        and match a share of the single sentence that no other member does."""
        ru_matched = [self.matched(0, a, en)[0] for a in ru]
        en_matched = [self.matched(1, b, ru)[0] for b in en]
        ru_totals, en_totals = [self.ru[a].total for a in ru], [self.en[b].total for b in en]
        gain = sum(m - params.ru_share * t for m, t in zip(ru_matched, ru_totals, strict=True)) + \
            sum(m - params.en_share * t for m, t in zip(en_matched, en_totals, strict=True)) - \
            params.pair_cost - params.merge_cost * (len(ru) + len(en) - 2)
        if len(ru) > 1 and not self._needed(0, ru, en[0], ru_matched, ru_totals, params) or \
                len(en) > 1 and not self._needed(1, en, ru[0], en_matched, en_totals, params):
            gain = float("-inf")
        return Group(ru, en, gain, sum(ru_matched), sum(ru_totals), sum(en_matched), sum(en_totals))

    def _needed(self, side: int, members: tuple[int, ...], single: int, matched: list[float],
                totals: list[float], params: RetellParams) -> bool:
        share = params.ru_share if side == 0 else params.en_share
        if any(m < share * t for m, t in zip(matched, totals, strict=True)):
            return False
        masks = [self.masks(m, single)[1] if side == 0 else self.masks(single, m)[0] for m in members]
        other_sentence = self.en[single] if side == 0 else self.ru[single]
        need = params.merge_unique * other_sentence.total
        for k, mask in enumerate(masks):
            others = 0
            for other in masks[:k] + masks[k + 1:]:
                others |= other
            if other_sentence.matched(mask & ~others) < need:
                return False
        return True


def _near(ru: list[Sentence], en: list[Sentence], band: list[tuple[int, int]] | None) -> dict[tuple[int, int], list[int]]:
    """Pairs of sentences sharing a key (the English one inside the band of the Russian one's
    paragraph), each with the masks of the two sentences' tokens that match."""
    holders: dict[str, int] = {}  # key → bit mask of the English sentences holding it
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for b, sentence in enumerate(en):
        bit = 1 << b
        for key in sentence.by_key:
            holders[key] = holders.get(key, 0) | bit
        first.setdefault(sentence.position, b)
        last[sentence.position] = b
    everything = (1 << len(en)) - 1
    near: dict[tuple[int, int], list[int]] = {}
    for a, sentence in enumerate(ru):
        allowed = everything
        if band is not None:
            lo, hi = band[sentence.position]
            start = next((first[q] for q in range(lo, hi + 1) if q in first), None)
            stop = next((last[q] for q in range(hi, lo - 1, -1) if q in last), None)
            if start is None or stop is None:
                continue
            allowed = ((1 << (stop + 1)) - 1) ^ ((1 << start) - 1)
        found = 0
        ru_by_key = sentence.by_key
        for key in ru_by_key:
            found |= holders.get(key, 0)
        found &= allowed
        while found:
            low = found & -found
            found ^= low
            b = low.bit_length() - 1
            en_by_key = en[b].by_key
            ru_mask = en_mask = 0
            for key in ru_by_key.keys() & en_by_key.keys():
                ru_mask |= ru_by_key[key]
                en_mask |= en_by_key[key]
            near[(a, b)] = [ru_mask, en_mask]
    return near


def candidate_groups(ru: list[Sentence], en: list[Sentence], params: RetellParams,
                     band: list[tuple[int, int]] | None = None) -> list[Group]:
    """Sentence groups with a positive gain: 1:1, and 2:1 / 1:2 of consecutive sentences (a sentence
    the other side's segmenter cut in two, a headline run into its lead). Positions index the two
    sentence lists; ``band`` (per Russian paragraph position, the English positions to look at, see
    ``reader.core.align.engine.window``) keeps long spans linear."""
    near = _near(ru, en, band)
    matches = _Matches(ru, en, near)
    groups = []
    # a member of a merged side is matched by the single sentence alone, as in its 1:1 pair: pairs whose
    # Russian (English) sentence is matched well enough there may join a Russian (English) merge
    ru_members: set[tuple[int, int]] = set()
    en_members: set[tuple[int, int]] = set()
    ru_share, en_share, merging = params.ru_share, params.en_share, params.merge_cost >= 0
    for (a, b), (ru_mask, en_mask) in near.items():  # 1:1, as ``_Matches.group`` scores it, inline
        r, e = ru[a], en[b]
        ru_matched, en_matched = r.matched(ru_mask), mask_weight(en_mask, e.weights)
        gain = ru_matched - ru_share * r.total + en_matched - en_share * e.total - params.pair_cost
        if gain > 0:
            groups.append(Group((a,), (b,), gain, ru_matched, r.total, en_matched, e.total))
        if merging and ru_matched >= ru_share * r.total:
            ru_members.add((a, b))
        if merging and en_matched >= en_share * e.total:
            en_members.add((a, b))
    for a, b in ru_members:
        if (a + 1, b) in ru_members:
            group = matches.group((a, a + 1), (b,), params)
            if group.gain > 0:
                groups.append(group)
    for a, b in en_members:
        if (a, b + 1) in en_members and en[b].paragraph == en[b + 1].paragraph:
            # two English sentences of different paragraphs are not one sentence cut in two
            group = matches.group((a,), (b, b + 1), params)
            if group.gain > 0:
                groups.append(group)
    return groups


def sentence_chain(groups: list[Group], en_count: int, params: RetellParams) -> list[Group]:
    """The heaviest in-order set of groups, each sentence in at most one, then strong crossing 1:1 pairs."""
    chain = best_chain(groups, en_count)
    used_ru = {a for g in chain for a in g.ru}
    used_en = {b for g in chain for b in g.en}
    for group in sorted(groups, key=lambda g: -g.gain):
        if group.gain >= params.cross_gain and len(group.ru) == len(group.en) == 1 and \
                group.ru[0] not in used_ru and group.en[0] not in used_en:
            chain.append(group)
            used_ru.add(group.ru[0])
            used_en.add(group.en[0])
    return sorted(chain, key=lambda g: (g.ru[0], g.en[0]))


def fewer_paragraphs(chain: list[Group], groups: list[Group], ru: list[Sentence]) -> list[Group]:
    """Where a one-sentence Russian paragraph is linked by a 1:1 pair whose English sentence an unused
    sentence of the next or previous paragraph, itself linked, explains at least as well (a headline
    repeating its lead), take that sentence instead: the same English words explained by fewer
    paragraphs."""
    used = {a for g in chain for a in g.ru}
    holding: dict[int, int] = {}
    for g in chain:
        for paragraph in {ru[a].paragraph for a in g.ru}:
            holding[paragraph] = holding.get(paragraph, 0) + 1
    by_en: dict[int, list[Group]] = {}
    for g in groups:
        if len(g.ru) == len(g.en) == 1:
            by_en.setdefault(g.en[0], []).append(g)
    sentences: dict[int, int] = {}
    for sentence in ru:
        sentences[sentence.paragraph] = sentences.get(sentence.paragraph, 0) + 1
    result = []
    for g in chain:
        paragraph = ru[g.ru[0]].paragraph
        if len(g.ru) == len(g.en) == 1 and holding[paragraph] == 1 and sentences[paragraph] == 1:
            better = [o for o in by_en.get(g.en[0], ()) if o.ru[0] not in used and
                      ru[o.ru[0]].paragraph != paragraph and holding.get(ru[o.ru[0]].paragraph) and
                      abs(ru[o.ru[0]].position - ru[g.ru[0]].position) == 1 and o.en_matched >= g.en_matched]
            if better:
                best = max(better, key=lambda o: o.gain)
                used.discard(g.ru[0])
                used.add(best.ru[0])
                holding[paragraph] -= 1
                holding[ru[best.ru[0]].paragraph] += 1
                g = best
        result.append(g)
    return sorted(result, key=lambda g: (g.ru[0], g.en[0]))


@dataclass
class ParagraphLink:
    """A paragraph link found from sentence pairs, with the pairs (by sentence) that make it."""

    ru: list[int]
    en: list[int]
    pairs: list[tuple[list[tuple[int, int]], list[tuple[int, int]]]] = field(default_factory=list)
    gain: float = 0.0
    #: matched and total weight of the linked sentences, each side
    ru_matched: float = 0.0
    ru_total: float = 0.0
    en_matched: float = 0.0
    en_total: float = 0.0


def paragraph_links(chain: list[Group], ru: list[Sentence], en: list[Sentence]) -> list[ParagraphLink]:
    """The links the sentence pairs make: paragraphs connected by a pair belong to one link."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node):
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for group in chain:
        first = find(("ru", ru[group.ru[0]].paragraph))
        for node in [("ru", ru[a].paragraph) for a in group.ru] + [("en", en[b].paragraph) for b in group.en]:
            parent[find(node)] = first
    links: dict[tuple[str, int], ParagraphLink] = {}
    for group in chain:
        link = links.setdefault(find(("ru", ru[group.ru[0]].paragraph)), ParagraphLink([], []))
        for paragraphs, side in ((link.ru, [ru[a] for a in group.ru]), (link.en, [en[b] for b in group.en])):
            paragraphs.extend(s.paragraph for s in side if s.paragraph not in paragraphs)
        link.pairs.append(([(ru[a].paragraph, ru[a].index) for a in group.ru],
                           [(en[b].paragraph, en[b].index) for b in group.en]))
        link.gain += group.gain
        link.ru_matched += group.ru_matched
        link.ru_total += group.ru_total
        link.en_matched += group.en_matched
        link.en_total += group.en_total
    result = list(links.values())
    for link in result:
        link.ru.sort()
        link.en.sort()
    return sorted(result, key=lambda link: (link.ru[0], link.en[0]))


@dataclass
class SentenceAlignment:
    """What the sentence-first pass found in a span: its sentences, the chain of sentence groups, and
    the paragraph links they make."""

    ru: list[Sentence]
    en: list[Sentence]
    chain: list[Group]
    links: list[ParagraphLink]
    #: every candidate group of the span (see ``candidate_groups``), the chain's and its rivals
    groups: list[Group] = field(default_factory=list)

    def trimmed_share(self, prior: float = 0.0) -> float:
        """Share of the sentences of the linked Russian paragraphs that no sentence group holds (what a
        retelling trimmed; about 0 in a translation), counted as if ``prior`` more had been held."""
        used = {a for group in self.chain for a in group.ru}
        linked = {self.ru[a].paragraph for a in used}
        held = [a for a, sentence in enumerate(self.ru) if sentence.paragraph in linked and sentence.total]
        return sum(a not in used for a in held) / (len(held) + prior) if held else 0.0


def align_by_sentences(context, ru_indices: list[int], en_indices: list[int],
                       params: RetellParams = RetellParams(),
                       band: list[tuple[int, int]] | None = None) -> SentenceAlignment:
    """Sentence groups of a span and the paragraph links derived from them."""
    ru = sentences_of(context.ru, context.ru_features, ru_indices, context.key_masks("ru", ru_indices),
                      context.options.ru_translations)
    en = sentences_of(context.en, context.en_features, en_indices, context.key_masks("en", en_indices))
    groups = candidate_groups(ru, en, params, band)
    chain = fewer_paragraphs(sentence_chain(groups, len(en), params), groups, ru)
    return SentenceAlignment(ru, en, chain, paragraph_links(chain, ru, en), groups)
