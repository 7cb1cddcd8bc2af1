"""Entry points of the aligner: ``align_documents`` for a whole pair, ``align_spans`` for a gap.

``AlignContext`` holds the per-paragraph features of a pair (tokens, keys, weights, the English
key index), built once, so re-aligning a gap between fixed links costs only the search.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable

from reader.core.align.differences import link_differences
from reader.core.align.features import ParagraphFeatures, assign_weights, paragraph_features
from reader.core.align.learn import apply_pairs, learn_pairs
from reader.core.align.lexicon import Lexicon, default_lexicon
from reader.core.align.model import Alignment, Link
from reader.core.align.scoring import confidence
from reader.core.align.search import Scorer, SearchParams, search
from reader.core.align.sentences import align_sentences
from reader.core.align.similarity import KeyIndex, Match, mask_weight
from reader.core.align.window import windows
from reader.core.document import Document


#: pairs matching less than this share of both paragraphs are not considered at all
MIN_SHARE = 0.2
#: progress steps of a whole-pair alignment: reading features, the searches, sentences inside links
STEPS = 100
FEATURE_STEPS, SEARCH_STEPS = 40, 30
#: the second, learning search runs on spans up to about 500 × 500 paragraphs (it costs a second search)
LEARN_MAX_CELLS = 250_000


@dataclass
class AlignOptions:
    """Settings of one alignment run."""

    #: also align meta/caption/duplicate paragraphs
    include_all_kinds: bool = False
    #: machine translations of Russian paragraphs into English (paragraph index → text), an extra signal
    ru_translations: dict[int, str] | None = None
    #: the global parameters of the search
    params: SearchParams = field(default_factory=SearchParams)
    #: also align sentences inside each link
    sentences: bool = True
    #: learn word pairs from the confident links of a first search and search again
    learn: bool = True
    #: a lexicon to use instead of the bundled one
    lexicon: Lexicon | None = None


class _Cancelled(Exception):
    """Raised inside an alignment when the caller's ``cancelled()`` says stop."""


@dataclass
class Steps:
    """Reports a stretch of work as steps ``start … start + size`` of ``total`` and checks for cancelling."""

    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None
    start: int = 0
    size: int = 0
    total: int = STEPS

    def report(self, done: int, count: int) -> None:
        """``done`` of ``count`` items of this stretch are finished; stop if cancelled."""
        if self.cancelled and self.cancelled():
            raise _Cancelled
        if self.progress:
            self.progress(self.start + (self.size * done // count if count else self.size), self.total)


def _sentence_starts(paragraph) -> list[int]:
    return [span.start for span in paragraph.sentences] or [0]


@dataclass
class AlignContext:
    """Features of every paragraph of a pair, reusable across re-alignments.

    A search may add word pairs it learnt from its confident links to the Russian tokens (see
    ``reader.core.align.learn``); later searches with the same context profit from them.
    """

    ru: Document
    en: Document
    options: AlignOptions
    ru_features: dict[int, ParagraphFeatures]
    en_features: dict[int, ParagraphFeatures]
    index: KeyIndex

    @classmethod
    def build(cls, ru: Document, en: Document, options: AlignOptions | None = None,
              steps: Steps | None = None) -> "AlignContext":
        """Tokenise and weigh both documents and index the English keys."""
        options = options or AlignOptions()
        steps = steps or Steps()
        lexicon = options.lexicon or default_lexicon()
        translations = options.ru_translations or {}
        count, done = len(ru.paragraphs) + len(en.paragraphs), 0
        ru_features: dict[int, ParagraphFeatures] = {}
        en_features: dict[int, ParagraphFeatures] = {}
        for language, document, features in (("ru", ru, ru_features), ("en", en, en_features)):
            for paragraph in document.paragraphs:
                if done % 200 == 0:
                    steps.report(done, count)
                done += 1
                translation = translations.get(paragraph.index) if language == "ru" else None
                features[paragraph.index] = paragraph_features(paragraph.text, language, lexicon,
                                                               _sentence_starts(paragraph), translation)
        for features, document in ((ru_features, ru), (en_features, en)):
            wanted = _alignable(document, options)
            assign_weights([features[i] for i in wanted] or list(features.values()))
        return cls(ru, en, options, ru_features, en_features, KeyIndex(en_features))

    def matches(self, ru_indices: list[int], en_indices: list[int], band: list[tuple[int, int]] | None = None,
                only: set[int] | None = None) -> dict[tuple[int, int], Match]:
        """Pairwise matches (by positions in the two lists) inside the search band (of ``only`` these
        Russian paragraphs, if given)."""
        en_position = {j: q for q, j in enumerate(en_indices)}
        allowed = set(en_indices)
        pairs: dict[tuple[int, int], Match] = {}
        band = band or windows(self, ru_indices, en_indices)
        for p, i in enumerate(ru_indices):
            if only is not None and i not in only:
                continue
            lo, hi = band[p]
            features = self.ru_features[i]
            ru_weights = [t.weight for t in features.tokens]
            found = self.index.match(features, en_indices[lo], en_indices[hi], allowed)
            for j, match in found.items():
                en_features = self.en_features[j]
                en_weights = [t.weight for t in en_features.tokens]
                if features.covered(match.ru_mask, ru_weights) >= MIN_SHARE * features.total or \
                        mask_weight(match.en_mask, en_weights) >= MIN_SHARE * en_features.total:
                    pairs[(p, en_position[j])] = match
        return pairs


def _alignable(document: Document, options: AlignOptions) -> list[int]:
    if options.include_all_kinds:
        return [p.index for p in document.paragraphs]
    return document.alignable_indices()


def _search(context: AlignContext, ru_indices: list[int], en_indices: list[int], options: AlignOptions, pairs=None,
            known=None):
    pairs = context.matches(ru_indices, en_indices) if pairs is None else pairs
    scorer = Scorer(pairs, [context.ru_features[i].unit() for i in ru_indices],
                    [context.en_features[j].unit() for j in en_indices], options.params, known)
    return search(scorer, len(ru_indices), len(en_indices)), scorer


def _search_learning(context: AlignContext, ru_indices: list[int], en_indices: list[int], options: AlignOptions,
                     steps: Steps):
    """Search; then, if word pairs can be learnt from the confident links, search again with them."""
    band = windows(context, ru_indices, en_indices)
    steps.report(1, 4)
    groups, scorer = _search(context, ru_indices, en_indices, options, context.matches(ru_indices, en_indices, band))
    steps.report(2, 4)
    learn = options.learn and len(ru_indices) * len(en_indices) <= LEARN_MAX_CELLS
    changed = apply_pairs(context, learn_pairs(context, groups, ru_indices, en_indices)) if learn else set()
    if changed:
        moved = {p for p, i in enumerate(ru_indices) if i in changed}
        pairs = {key: match for key, match in scorer.pairs.items() if key[0] not in moved}
        pairs.update(context.matches(ru_indices, en_indices, band, only=changed))
        known = {key: group for key, group in scorer.known.items() if not moved.intersection(key[0])}
        groups, _ = _search(context, ru_indices, en_indices, options, pairs, known)
    steps.report(4, 4)
    return groups


def align_spans(ru: Document, en: Document, ru_indices: list[int], en_indices: list[int],
                options: AlignOptions | None = None, *, context: AlignContext | None = None,
                steps: Steps | None = None) -> list[Link]:
    """Align only the given (ordered) paragraphs of each side, e.g. the gap between two fixed links."""
    if context is None:
        context = AlignContext.build(ru, en, options)
    options = context.options if options is None else options
    ru_indices, en_indices = list(ru_indices), list(en_indices)
    if not ru_indices or not en_indices:
        return []
    steps = steps or Steps()
    searching = dataclasses.replace(steps, size=steps.size * SEARCH_STEPS // (STEPS - FEATURE_STEPS))
    groups = _search_learning(context, ru_indices, en_indices, options, searching)
    linking = dataclasses.replace(steps, start=searching.start + searching.size, size=steps.size - searching.size)
    links = []
    for done, group in enumerate(groups):
        if done % 50 == 0:
            linking.report(done, len(groups))
        link = Link(sorted(ru_indices[p] for p in group.ru), sorted(en_indices[q] for q in group.en),
                    score=confidence(group))
        if options.sentences:
            link.sentences = align_sentences(link, context)
        link.differences = link_differences(link, context)
        links.append(link)
    return links


def align_documents(ru: Document, en: Document, options: AlignOptions | None = None, *,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    partial: Callable[[Alignment], None] | None = None,
                    first: int | None = None) -> Alignment:
    """Align two documents paragraph by paragraph (alignable kinds only unless options say otherwise).

    ``partial(alignment)`` hears of links as they are found, before the whole pair is done (each call
    holds everything linked so far, so it may replace the previous one); ``first`` is a Russian
    paragraph whose stretch (its chapter, in a book) is aligned before the rest, e.g. the one on screen.
    A cancelled alignment returns an empty Alignment.
    """
    options = options or AlignOptions()
    try:
        context = AlignContext.build(ru, en, options, Steps(progress, cancelled, 0, FEATURE_STEPS))
        links = align_spans(ru, en, _alignable(ru, options), _alignable(en, options), options, context=context,
                            steps=Steps(progress, cancelled, FEATURE_STEPS, STEPS - FEATURE_STEPS))
    except _Cancelled:
        return Alignment()
    if progress:
        progress(STEPS, STEPS)
    alignment = Alignment(links=links)
    if partial:
        partial(alignment)
    return alignment
