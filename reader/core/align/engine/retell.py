"""Retellings: where the sentences say a pair is retold, paragraph links that follow the sentences.

The paragraph search (``reader.core.align.engine.search``) is strongest where paragraphs are translated
whole; a retelling trims and pads them sentence by sentence, and there the sentence-first pass
(``reader.core.align.engine.sentence_first``) explains the pair better. Which one a pair gets is read off
the sentence pass itself, without gold: in a retelling many sentences of the Russian paragraphs
it links find no counterpart (trimmed quotes, shortened passages); in a translation, even one
reworked by merging, dropping and inserting whole paragraphs, nearly all do. A pair whose share
of such trimmed sentences reaches ``RetellParams.trimmed`` takes the sentence-first links, and so
does one where they explain more: every edge of the search's links holds a sentence pair, and the
sentence pairs outside those links gain more than ``RetellParams.dominance``. Any other keeps the
search's links, except where the sentence-first links explain more than
``RetellParams.explain_margin`` sentences of an English paragraph more (a merge the search missed),
and gains the sentence-first links among paragraphs the search left unlinked on both sides; of
these links, one beside a paragraph left unlinked whose sentences the sentence pairs explain better
by paragraphs linked elsewhere (``RetellParams.elsewhere_margin``) is dropped: an inserted paragraph
that shares the story's words with one whose counterpart was dropped.
Either way the sentence links the window highlights are the sentence-first pairs (measured on the parallel pairs of the dev set, where sentence gold is known: precision 0.996
against 0.965 of the sentence alignment inside each link, see ``bench/sentence_precision.py``).
"""

from __future__ import annotations

from reader.core.align.engine.differences import link_differences
from reader.core.align.model import Link, SentenceLink
from reader.core.align.engine.scoring import confidence
from reader.core.align.engine.search import Group
from reader.core.align.engine.params import Band, RetellParams
from reader.core.align.engine.sentence_first import ParagraphLink, SentenceAlignment, align_by_sentences
from reader.core.align.engine.window import windows

DEFAULT = RetellParams()


def _link(found: ParagraphLink, context) -> Link:
    """A link of the alignment model from a sentence-first link (its sentence pairs, differences and a
    confidence from how well its sentence pairs match)."""
    group = Group(tuple(found.ru), tuple(found.en), found.gain, found.ru_matched, found.ru_total,
                  found.en_matched, found.en_total)
    link = Link(list(found.ru), list(found.en), score=confidence(group, context.options.params.confidence),
                sentences=[SentenceLink(list(ru), list(en)) for ru, en in found.pairs])
    link.differences = link_differences(link, context)
    return link


def is_retelling(alignment: SentenceAlignment, params: RetellParams = DEFAULT) -> bool:
    """Whether the sentence pass reads the pair as a retelling (see the module's docstring)."""
    return alignment.trimmed_share(params.trimmed_prior) >= params.trimmed


def follow_sentences(context, ru_indices: list[int], en_indices: list[int], links: list[Link],
                     params: RetellParams = DEFAULT, width: Band | None = None) -> list[Link]:
    """The links of a span given the paragraph search's ``links``: the sentence-first ones if the pair
    is a retelling, else ``links`` and the sentence-first links of paragraphs ``links`` leave unlinked."""
    if not ru_indices or not en_indices or max(len(ru_indices), len(en_indices)) > params.max_paragraphs:
        return links
    band = windows(context, ru_indices, en_indices, width)
    found = align_by_sentences(context, ru_indices, en_indices, params, band)
    if is_retelling(found, params) or (params.dominance >= 0 and dominates(found, links, params.dominance)):
        return [_link(link, context) for link in found.links]
    if params.explain_margin >= 0:
        links = explain_more(links, found, context, params.explain_margin)
    ru_linked = {i for link in links for i in link.ru}
    en_linked = {j for link in links for j in link.en}
    extra = [_link(link, context) for link in found.links
             if ru_linked.isdisjoint(link.ru) and en_linked.isdisjoint(link.en)]
    for link in links:
        link.sentences = sentence_links(link, found)
    links += extra
    if params.elsewhere_margin >= 0:
        links = drop_explained_elsewhere(links, found, ru_indices, en_indices, params.elsewhere_margin)
    return links


def explain_more(links: list[Link], found: SentenceAlignment, context, margin: int) -> list[Link]:
    """The search's links, where the sentence-first links explain more than ``margin`` sentences of an
    English paragraph more than the search's link of it does, with the sentence-first Russian
    paragraphs of that English paragraph instead (taken out of any other link)."""
    groups_of: dict[int, list] = {}
    for g in found.chain:
        for b in g.en:
            groups_of.setdefault(found.en[b].paragraph, []).append(g)
    owner = {j: link for link in links for j in link.en}
    edges = {(i, j) for link in links for i in link.ru for j in link.en}
    changed = False
    for j, groups in groups_of.items():
        base_ru = set(owner[j].ru) if j in owner else set()
        inside = {b for g in groups if all(found.ru[a].paragraph in base_ru for a in g.ru) for b in g.en
                  if found.en[b].paragraph == j}
        every = {b for g in groups for b in g.en if found.en[b].paragraph == j}
        if len(every) > len(inside) + margin:
            sf_ru = {found.ru[a].paragraph for g in groups for a in g.ru}
            edges = {(i, k) for i, k in edges if k != j and i not in sf_ru} | {(i, j) for i in sf_ru}
            changed = True
    if not changed:
        return links
    kept = {(tuple(link.ru), tuple(link.en)): link for link in links}
    result = []
    for ru, en in _components(edges):
        link = kept.get((tuple(ru), tuple(en)))
        result.append(link if link is not None else _link(_evidence(ru, en, found), context))
    return result


def drop_explained_elsewhere(links: list[Link], found: SentenceAlignment, ru_indices: list[int],
                             en_indices: list[int], margin: float) -> list[Link]:
    """The search's links without those that sit beside a paragraph left unlinked and whose sentences
    are explained better elsewhere: each sentence of the link is credited with its best sentence pair
    (``found.groups``, 1:1) inside the link and charged with its best one with a paragraph of another
    link, and the charges exceed the credits by more than ``margin``. Such a link joins two paragraphs
    that only share the story's words (an inserted paragraph and one whose counterpart was dropped);
    a link in a run of links (a translation) is never doubted."""
    ru_owner = {i: k for k, link in enumerate(links) for i in link.ru}
    en_owner = {j: k for k, link in enumerate(links) for j in link.en}
    ru_best: dict[int, dict[int, float]] = {}  # Russian sentence → English paragraph → best pair gain
    en_best: dict[int, dict[int, float]] = {}
    for group in found.groups:
        if len(group.ru) == len(group.en) == 1:
            a, b = group.ru[0], group.en[0]
            i, j = found.ru[a].paragraph, found.en[b].paragraph
            by_en, by_ru = ru_best.setdefault(a, {}), en_best.setdefault(b, {})
            by_en[j] = max(by_en.get(j, 0.0), group.gain)
            by_ru[i] = max(by_ru.get(i, 0.0), group.gain)
    ru_at = {i: p for p, i in enumerate(ru_indices)}
    en_at = {j: q for q, j in enumerate(en_indices)}

    def beside_unlinked(paragraphs, at, indices, owner) -> bool:
        ends = (at[paragraphs[0]] - 1, at[paragraphs[-1]] + 1)
        return any(0 <= end < len(indices) and indices[end] not in owner for end in ends)

    def balance(k: int, sentences, best, owner) -> float:
        charge = 0.0
        for s in sentences:
            gains = best.get(s, {})
            inside = max((g for other, g in gains.items() if owner.get(other) == k), default=0.0)
            outside = max((g for other, g in gains.items() if owner.get(other, k) != k), default=0.0)
            charge += outside - inside
        return charge

    kept = []
    for k, link in enumerate(links):
        if link.ru and link.en and (beside_unlinked(link.ru, ru_at, ru_indices, ru_owner) or
                                    beside_unlinked(link.en, en_at, en_indices, en_owner)):
            ru_own, en_own = set(link.ru), set(link.en)
            ru_sentences = [a for a, s in enumerate(found.ru) if s.paragraph in ru_own]
            en_sentences = [b for b, s in enumerate(found.en) if s.paragraph in en_own]
            if balance(k, ru_sentences, ru_best, en_owner) + balance(k, en_sentences, en_best, ru_owner) > margin:
                continue
        kept.append(link)
    return kept


def _evidence(ru: list[int], en: list[int], found: SentenceAlignment) -> ParagraphLink:
    """A link of these paragraphs with the sentence-first pairs inside it."""
    link = ParagraphLink(ru, en)
    for group in found.chain:
        if all(found.ru[a].paragraph in ru for a in group.ru) and all(found.en[b].paragraph in en for b in group.en):
            link.pairs.append(([(found.ru[a].paragraph, found.ru[a].index) for a in group.ru],
                               [(found.en[b].paragraph, found.en[b].index) for b in group.en]))
            link.gain += group.gain
            link.ru_matched += group.ru_matched
            link.ru_total += group.ru_total
            link.en_matched += group.en_matched
            link.en_total += group.en_total
    return link


def _components(edges) -> list[tuple[list[int], list[int]]]:
    """The links (Russian, English paragraphs) that paragraph pairs connect."""
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in edges:
        parent[find(("ru", i))] = find(("en", j))
    groups: dict = {}
    for i, j in edges:
        ru, en = groups.setdefault(find(("ru", i)), (set(), set()))
        ru.add(i)
        en.add(j)
    return [(sorted(ru), sorted(en)) for ru, en in groups.values()]


def dominates(found: SentenceAlignment, links: list[Link], margin: float) -> bool:
    """Whether the sentence-first links explain the pair better than ``links``: every edge of ``links``
    holds a sentence pair, and the pairs outside ``links`` gain more than ``margin``."""
    edges = {(i, j) for link in links for i in link.ru for j in link.en}
    supported = set()
    outside = 0.0
    for group in found.chain:
        pairs = {(found.ru[a].paragraph, found.en[b].paragraph) for a in group.ru for b in group.en}
        supported |= pairs
        if not pairs <= edges:
            outside += group.gain
    return edges <= supported and outside > margin


def sentence_links(link: Link, found: SentenceAlignment) -> list[SentenceLink]:
    """The sentence links of a paragraph link: the sentence-first pairs inside it (they are more often
    right than the link's own sentence alignment), and of the link's own sentence links those whose
    sentences no such pair holds."""
    ru, en = set(link.ru), set(link.en)
    pairs = [SentenceLink([(found.ru[a].paragraph, found.ru[a].index) for a in group.ru],
                          [(found.en[b].paragraph, found.en[b].index) for b in group.en])
             for group in found.chain
             if all(found.ru[a].paragraph in ru for a in group.ru) and all(found.en[b].paragraph in en for b in group.en)]
    if not pairs:
        return link.sentences
    held = {place for pair in pairs for place in pair.ru + pair.en}
    own = [s for s in link.sentences if held.isdisjoint(s.ru + s.en)]
    return sorted(pairs + own, key=lambda s: (s.ru[0], s.en[0]))
