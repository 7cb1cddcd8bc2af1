"""Entry points of the aligner: ``align_documents`` for a whole pair, ``align_spans`` for a gap.

``AlignContext`` holds the per-paragraph features of a pair (tokens, keys, weights, the English
key index), built once, so re-aligning a gap between fixed links costs only the search.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from collections.abc import Callable

from reader.core.align.engine import book_worker
from reader.core.cancel import Cancelled
from reader.core.align.engine.chapters import BookPlan, plan_book
from reader.core.align.engine.collector import collector_paused
from reader.core.align.engine.differences import link_differences
from reader.core.align.engine.features import ParagraphFeatures, assign_weights, paragraph_features
from reader.core.align.engine.learn import apply_pairs, learn_pairs
from reader.core.align.engine.lengths import fill_by_length
from reader.core.align.engine.lexicon import Lexicon, default_lexicon
from reader.core.align.model import Alignment, Link
from reader.core.align.engine.retell import follow_sentences
from reader.core.align.engine.scoring import confidence
from reader.core.align.engine.params import AlignParams, Band, TokenWeights
from reader.core.align.engine.search import Scorer, search
from reader.core.align.engine.sentences import align_sentences
from reader.core.align.engine.similarity import Match, key_masks, key_masks_within, mask_weight
from reader.core.align.engine.window import windows
from reader.core.document import Document


#: progress steps of a whole-pair alignment: reading features, the searches, sentences inside links
STEPS = 100
FEATURE_STEPS, SEARCH_STEPS = 40, 30


@dataclass
class AlignOptions:
    """Settings of one alignment run."""

    #: also align meta/caption/duplicate paragraphs
    include_all_kinds: bool = False
    #: machine translations of Russian paragraphs into English (paragraph index → text), an extra signal
    ru_translations: dict[int, str] | None = None
    #: every tuning value of the aligner (the same for every document; see ``reader.core.align.engine.params``)
    params: AlignParams = field(default_factory=AlignParams)
    #: also align sentences inside each link
    sentences: bool = True
    #: learn word pairs from the confident links of a first search and search again
    learn: bool = True
    #: a lexicon to use instead of the bundled one
    lexicon: Lexicon | None = None
    #: read the pair as a book where it has matching chapter headings: link them first, then align
    #: chapter by chapter (see ``reader.core.align.engine.chapters``)
    book: bool = True
    #: in a pair that behaves like a translation, link what the searches left unlinked by length
    #: (see ``reader.core.align.engine.lengths``)
    fill_by_length: bool = True
    #: in a pair that is not a book, let the links follow the sentences where the pair is a retelling
    #: (see ``reader.core.align.engine.retell``)
    follow_sentences: bool = True
    #: processes a book's alignment may use: 2 gives a long book's chapters a helper process on a second
    #: core (see ``reader.core.align.engine.book_worker``), 1 keeps all in this one; None: 2 for a long
    #: book on a machine with two cores, unless the environment says otherwise (``PARALLEL_READER_ALIGN_PROCESSES``)
    processes: int | None = None


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
            raise Cancelled("The alignment was cancelled.")
        if self.progress:
            self.progress(self.start + (self.size * done // count if count else self.size), self.total)


def _sentence_starts(paragraph) -> list[int]:
    return [span.start for span in paragraph.sentences] or [0]


@dataclass
class AlignContext:
    """Features of every paragraph of a pair, reusable across re-alignments.

    A search may add word pairs it learnt from its confident links to the Russian tokens of the
    paragraphs it searched (see ``reader.core.align.engine.learn``): searching the same span again profits
    from them, and searches of other spans (a book's other chapters) are not changed by them.
    """

    ru: Document
    en: Document
    options: AlignOptions
    ru_features: dict[int, ParagraphFeatures]
    en_features: dict[int, ParagraphFeatures]
    _ru_holders: dict[str, list[int]] | None = field(default=None, repr=False)
    _key_masks: dict[str, tuple] = field(default_factory=dict, repr=False)
    _ru_positions: dict[str, list[int]] | None = field(default=None, repr=False)
    #: Russian token ident → the learnt keys already given to every token with it (see ``learn.apply_pairs``)
    learnt_keys: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _book: bool | None = field(default=None, repr=False)

    @classmethod
    def build(cls, ru: Document, en: Document, options: AlignOptions | None = None,
              steps: Steps | None = None, helper: book_worker.Worker | None = None) -> AlignContext:
        """Tokenise and weigh both documents and index the English keys (a ``helper`` process, if given,
        reads the English document meanwhile; if it fails, this process does)."""
        options = options or AlignOptions()
        steps = steps or Steps()
        lexicon = options.lexicon or default_lexicon()
        translations = options.ru_translations or {}
        ru_features: dict[int, ParagraphFeatures] = {}
        en_features: dict[int, ParagraphFeatures] = {}
        sides = [("ru", ru, ru_features), ("en", en, en_features)]
        if _send(helper, lambda: book_worker.english_request(en, _alignable(en, options), options.params.weights)):
            sides.pop()
        count, done = sum(len(document.paragraphs) for _, document, _ in sides), 0
        for language, document, features in sides:
            for paragraph in document.paragraphs:
                if done % 200 == 0:
                    steps.report(done, count)
                done += 1
                translation = translations.get(paragraph.index) if language == "ru" else None
                features[paragraph.index] = paragraph_features(paragraph.text, language, lexicon,
                                                               _sentence_starts(paragraph), translation)
            weigh(features, _alignable(document, options), options.params.weights)
        if len(sides) == 1:
            packed = _answer(helper, steps)
            if packed is not None:
                en_features.update(book_worker.unpack_features([p.index for p in en.paragraphs], packed))
            else:  # the helper failed: the English side is read here
                for paragraph in en.paragraphs:
                    en_features[paragraph.index] = paragraph_features(paragraph.text, "en", lexicon,
                                                                      _sentence_starts(paragraph))
                weigh(en_features, _alignable(en, options), options.params.weights)
        return cls(ru, en, options, ru_features, en_features)

    def follows_sentences(self) -> bool:
        """Whether this pair's links follow the sentences where it is a retelling: the option is on and the
        pair is not read as a book (see ``align_documents``; decided once per context)."""
        if self._book is None:
            options = self.options
            self._book = options.book and plan_book(self, _alignable(self.ru, options),
                                                    _alignable(self.en, options)) is not None
        return self.options.follow_sentences and not self._book

    def ru_holders(self) -> dict[str, list[int]]:
        """Russian token ident → the paragraphs holding such a token (built on first use)."""
        if self._ru_holders is None:
            holders: dict[str, list[int]] = {}
            for index, features in self.ru_features.items():
                for ident in set(features.idents):
                    holders.setdefault(ident, []).append(index)
            self._ru_holders = holders
        return self._ru_holders

    def ru_positions(self) -> dict[str, list[int]]:
        """Russian token ident → where such tokens stand, each as ``paragraph << 32 | token`` (built on
        first use)."""
        if self._ru_positions is None:
            positions: dict[str, list[int]] = {}
            for index, features in self.ru_features.items():
                for bit, ident in enumerate(features.idents):
                    found = positions.get(ident)
                    if found is None:
                        positions[ident] = [index << 32 | bit]
                    else:
                        found.append(index << 32 | bit)
            self._ru_positions = positions
        return self._ru_positions

    def key_masks(self, side: str, indices: list[int], against: list[int] | None = None) -> list[dict[str, int]]:
        """For each of these paragraphs of ``side``, key → mask of its tokens that have it (the last
        list asked for on each side is kept; ``add_key_masks`` or ``forget_key_masks`` after keys change).

        With ``against`` (English paragraphs; Russian side only), only the keys those paragraphs hold are
        kept: all that matching the two lists can meet (a Russian token has ~19 keys, one or two of which
        an English text holds)."""
        wanted = (side, tuple(indices), None if against is None else tuple(against))
        cached = self._key_masks.get(side)
        if cached is None or cached[0] != wanted:
            features = self.ru_features if side == "ru" else self.en_features
            if against is None:
                masks = [key_masks(features[i].keys) for i in indices]
            else:
                held = set().union(*self.key_masks("en", against))  # the keys of the English key masks
                masks = [key_masks_within(features[i].keys, held) for i in indices]
            cached = self._key_masks[side] = (wanted, masks)
        return cached[1]

    def add_key_masks(self, additions: list[tuple[int, int, tuple[str, ...]]]) -> None:
        """Keep the kept Russian key masks right after keys were added: (paragraph, token, its new keys)."""
        cached = self._key_masks.get("ru")
        if cached is None:
            return
        (_, kept, _), masks = cached
        position = {i: p for p, i in enumerate(kept)}
        for index, bit, keys in additions:
            p = position.get(index)
            if p is not None:
                by_key = masks[p]
                for key in keys:
                    by_key[key] = by_key.get(key, 0) | (1 << bit)

    def forget_key_masks(self) -> None:
        """Drop the kept key masks (after the Russian tokens' keys changed other than by ``add_key_masks``)."""
        self._key_masks.clear()

    def matches(self, ru_indices: list[int], en_indices: list[int], band: list[tuple[int, int]] | None = None,
                only: set[int] | None = None) -> dict[tuple[int, int], Match]:
        """Pairwise matches (by positions in the two lists) inside the search band (of ``only`` these
        Russian paragraphs, if given): the keys two paragraphs share give the masks of their tokens
        that hold them."""
        pairs: dict[tuple[int, int], Match] = {}
        band = band or windows(self, ru_indices, en_indices)
        min_share = self.options.params.search.min_share
        en_masks = self.key_masks("en", en_indices)
        ru_masks: list[dict[str, int]] | dict[int, dict[str, int]]
        if only is None:
            ru_masks = self.key_masks("ru", ru_indices, en_indices)
        else:  # only these paragraphs' masks (not kept: the kept ones stay those of the whole span)
            held = set().union(*en_masks)
            ru_masks = {p: key_masks_within(self.ru_features[i].keys, held) for p, i in enumerate(ru_indices)
                        if i in only}
        en_features = [self.en_features[j] for j in en_indices]
        for p, i in enumerate(ru_indices):
            if only is not None and i not in only:
                continue
            lo, hi = band[p]
            features = self.ru_features[i]
            ru_by_key = ru_masks[p]
            ru_keys = ru_by_key.keys()
            ru_needed = min_share * features.total
            ru_weights, ru_mt = features.weights, features.mt_mask
            for q in range(lo, hi + 1):
                en_by_key = en_masks[q]
                common = ru_keys & en_by_key.keys()
                if not common:
                    continue
                ru_mask = en_mask = 0
                for key in common:
                    ru_mask |= ru_by_key[key]
                    en_mask |= en_by_key[key]
                other = en_features[q]
                covered = features.covered(ru_mask) if ru_mt else mask_weight(ru_mask, ru_weights)
                if covered >= ru_needed or mask_weight(en_mask, other.weights) >= min_share * other.total:
                    pairs[(p, q)] = Match(ru_mask, en_mask)
        return pairs


def weigh(features: dict[int, ParagraphFeatures], wanted: list[int], kinds: TokenWeights) -> None:
    """Weigh the tokens of one document's paragraphs (index → features) by how rare they are among the
    ``wanted`` (aligned) ones (all, if none is); those of the others weigh 1."""
    assign_weights([features[i] for i in wanted] or list(features.values()), kinds)
    for paragraph_features_ in features.values():
        if len(paragraph_features_.weights) != len(paragraph_features_):  # kinds left out: weight 1
            paragraph_features_.weights = [1.0] * len(paragraph_features_)


def _alignable(document: Document, options: AlignOptions) -> list[int]:
    if options.include_all_kinds:
        return [p.index for p in document.paragraphs]
    return document.alignable_indices()


def span_scorer(context: AlignContext, ru_indices: list[int], en_indices: list[int], options: AlignOptions | None = None,
                pairs=None, known=None, units=None) -> Scorer:
    """The scorer of a span's groups (by positions in the two lists) as a search of it sees them, with the
    context's keys as they are (after an alignment: with the word pairs it learnt); ``Scorer.explain`` says
    what a group is worth, term by term."""
    options = context.options if options is None else options
    pairs = context.matches(ru_indices, en_indices) if pairs is None else pairs
    ru_units, en_units = units or ([context.ru_features[i].unit() for i in ru_indices],
                                   [context.en_features[j].unit() for j in en_indices])
    return Scorer(pairs, ru_units, en_units, options.params.search, known)


def _search(context: AlignContext, ru_indices: list[int], en_indices: list[int], options: AlignOptions, pairs=None,
            known=None, units=None):
    scorer = span_scorer(context, ru_indices, en_indices, options, pairs, known, units)
    return search(scorer, len(ru_indices), len(en_indices)), scorer


@dataclass
class _FirstSearch:
    """A span's search before learning: its band and groups, what a second search can start from (the
    pairwise matches, the groups scored, the units), and the word pairs the groups teach."""

    ru: list[int]
    en: list[int]
    band: list[tuple[int, int]]
    groups: list
    pairs: dict
    known: dict
    units: tuple[list, list]
    learnt: dict[str, set[str]]


def _first_search(context: AlignContext, ru_indices: list[int], en_indices: list[int], options: AlignOptions,
                  steps: Steps, width: Band, keep: bool = True) -> _FirstSearch:
    """Search a span with the keys it has; learn word pairs from its confident links (if it is small enough).
    Without ``keep``, only the band, the groups and the word pairs are kept (see ``_search_learnt``)."""
    band = windows(context, ru_indices, en_indices, width)
    steps.report(1, 4)
    groups, scorer = _search(context, ru_indices, en_indices, options, context.matches(ru_indices, en_indices, band))
    steps.report(2, 4)
    learn = options.learn and len(ru_indices) * len(en_indices) <= options.params.learn.max_cells
    learnt = learn_pairs(context, groups, ru_indices, en_indices) if learn else {}
    # the scorer itself is not kept (a book keeps every chapter's first search until all are done)
    if not keep:
        return _FirstSearch(ru_indices, en_indices, band, groups, {}, {}, ([], []), learnt)
    return _FirstSearch(ru_indices, en_indices, band, groups, scorer.pairs, scorer.known, (scorer.ru, scorer.en),
                        learnt)


def _search_learnt(context: AlignContext, first: _FirstSearch, options: AlignOptions, changed: set[int]):
    """The groups of a book's stretch once the word pairs of the whole book were given (the Russian
    paragraphs ``changed`` gained keys): searched afresh within the band of its first search, every
    group scored with the new keys and the new length fit (its first search's groups if nothing changed)."""
    if changed.isdisjoint(first.ru):
        return first.groups
    groups, _ = _search(context, first.ru, first.en, options, context.matches(first.ru, first.en, first.band))
    return groups


def _search_again(context: AlignContext, first: _FirstSearch, options: AlignOptions, changed: set[int]):
    """The groups of a span searched again after the Russian paragraphs ``changed`` gained learnt keys."""
    ru_indices, en_indices = first.ru, first.en
    changed = changed.intersection(ru_indices)
    if not changed:
        return first.groups
    moved = {p for p, i in enumerate(ru_indices) if i in changed}
    pairs = {key: match for key, match in first.pairs.items() if key[0] not in moved}
    pairs.update(context.matches(ru_indices, en_indices, first.band, only=changed))
    known = {key: group for key, group in first.known.items() if not moved.intersection(key[0])}
    groups, _ = _search(context, ru_indices, en_indices, options, pairs, known, first.units)
    return groups


def _search_learning(context: AlignContext, ru_indices: list[int], en_indices: list[int], options: AlignOptions,
                     steps: Steps, width: Band):
    """Search; then, if word pairs can be learnt from the confident links, search again with them."""
    first = _first_search(context, ru_indices, en_indices, options, steps, width)
    changed = apply_pairs(context, first.learnt, set(ru_indices)) if first.learnt else set()
    groups = _search_again(context, first, options, changed)
    steps.report(4, 4)
    return groups


def _linked(context: AlignContext, ru_indices: list[int], en_indices: list[int], groups, options: AlignOptions,
            steps: Steps) -> list[Link]:
    """The links of a span's groups, with their sentences and differences."""
    links = []
    for done, group in enumerate(groups):
        if done % 50 == 0:
            steps.report(done, len(groups))
        link = Link(sorted(ru_indices[p] for p in group.ru), sorted(en_indices[q] for q in group.en),
                    score=confidence(group, options.params.confidence))
        if options.sentences:
            link.sentences = align_sentences(link, context)
        link.differences = link_differences(link, context)
        links.append(link)
    return links


def align_spans(ru: Document, en: Document, ru_indices: list[int], en_indices: list[int],
                options: AlignOptions | None = None, *, context: AlignContext | None = None,
                steps: Steps | None = None, width: Band | None = None) -> list[Link]:
    """Align only the given (ordered) paragraphs of each side, e.g. the gap between two fixed links
    (``width``: how wide the search looks, ``params.band`` if not given; see ``engine.params.Band``)."""
    if context is None:
        context = AlignContext.build(ru, en, options)
    options = context.options if options is None else options
    ru_indices, en_indices = list(ru_indices), list(en_indices)
    if not ru_indices or not en_indices:
        return []
    steps = steps or Steps()
    searching = dataclasses.replace(steps, size=steps.size * SEARCH_STEPS // (STEPS - FEATURE_STEPS))
    groups = _search_learning(context, ru_indices, en_indices, options, searching,
                              options.params.band if width is None else width)
    linking = dataclasses.replace(steps, start=searching.start + searching.size, size=steps.size - searching.size)
    return _linked(context, ru_indices, en_indices, groups, options, linking)


def align_documents(ru: Document, en: Document, options: AlignOptions | None = None, *,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    partial: Callable[[Alignment], None] | None = None,
                    first: int | None = None,
                    prepared: Callable[[AlignContext], None] | None = None) -> Alignment:
    """Align two documents paragraph by paragraph (alignable kinds only unless options say otherwise).

    ``partial(alignment)`` hears of links as they are found, before the whole pair is done (each call
    holds everything linked so far, so it may replace the previous one); ``first`` is a Russian
    paragraph whose stretch (its chapter, in a book) is aligned before the rest, e.g. the one on screen.
    ``prepared(context)`` is handed the pair's ``AlignContext`` once built, for a caller that re-aligns
    parts of the pair later without building it again (the searches go on adding what they learn to it).
    A cancelled alignment raises ``reader.core.cancel.Cancelled``.
    """
    with collector_paused():
        return _align_documents(ru, en, options or AlignOptions(), progress, cancelled, partial, first, prepared)


def _align_documents(ru: Document, en: Document, options: AlignOptions, progress, cancelled, partial,
                     first, prepared) -> Alignment:
    ru_indices, en_indices = _alignable(ru, options), _alignable(en, options)
    # a helper process for a long book's chapters, started first so that it is ready when they are
    helper = book_worker.start() if options.book and book_worker.wanted(len(ru_indices) + len(en_indices),
                                                                        options.processes) else None
    try:
        context = AlignContext.build(ru, en, options, Steps(progress, cancelled, 0, FEATURE_STEPS), helper)
        if helper is not None and helper.process is None:
            helper = None  # it failed reading the English side
        if prepared:
            prepared(context)
        searching = Steps(progress, cancelled, FEATURE_STEPS, STEPS - FEATURE_STEPS)
        plan = plan_book(context, ru_indices, en_indices) if options.book else None
        context._book = plan is not None
        if plan is None:
            links = align_spans(ru, en, ru_indices, en_indices, options, context=context, steps=searching)
            if options.follow_sentences:
                links = follow_sentences(context, ru_indices, en_indices, links, options.params.retell)
        else:
            links = _align_book(context, plan, options, searching, partial, first, helper)
        if options.fill_by_length:
            links += [_finish(link, context, options) for link in fill_by_length(links, ru, en, ru_indices,
                                                                                 en_indices, options.params.lengths)]
    finally:
        if helper is not None:
            helper.close()
    if progress:
        progress(STEPS, STEPS)
    alignment = Alignment(links=links)
    if partial:
        partial(alignment)
    return alignment


def _finish(link: Link, context: AlignContext, options: AlignOptions) -> Link:
    """A link made outside the search, with its sentences and differences."""
    if options.sentences:
        link.sentences = align_sentences(link, context)
    link.differences = link_differences(link, context)
    return link


def _heading_link(context: AlignContext, ru_index: int, en_index: int, score: float) -> Link:
    return _finish(Link([ru_index], [en_index], score=round(score, 3)), context, context.options)


#: a book reports the links found so far at most this often (seconds), and after the first stretch
PARTIAL_EVERY = 0.5


def _align_book(context: AlignContext, plan: BookPlan, options: AlignOptions, steps: Steps,
                partial: Callable[[Alignment], None] | None, first: int | None,
                helper: book_worker.Worker | None = None) -> list[Link]:
    """Heading links first, then each stretch between them on its own (the one holding ``first`` first).

    Each stretch is searched, the word pairs all of them teach are given to the whole book, and each
    stretch is searched again with them: what a chapter learnt helps every other, and no stretch's
    links depend on the order the stretches are searched in. A ``helper`` process (see
    ``reader.core.align.engine.book_worker``) takes the last stretches, about half the work, and does the
    same with them."""
    headings = [_heading_link(context, i, j, score) for i, j, score in plan.anchors]
    stretches = [s for s in plan.stretches if s.ru and s.en]
    if first is not None:
        holding = [s for s in stretches if s.ru[0] <= first <= s.ru[-1]]
        stretches = holding + [s for s in stretches if s not in holding]
    own, theirs = _shares(stretches) if helper is not None else (stretches, [])
    if theirs and not _send(helper, lambda: book_worker.make_job(context, [(s.ru, s.en) for s in theirs],
                                                                 english=True)):
        own, theirs = stretches, []
    total = 2 * sum(len(s.ru) + len(s.en) for s in own) or 1
    done = 0

    def part(size: int) -> Steps:
        return dataclasses.replace(steps, start=steps.start + steps.size * done // total, size=steps.size * size // total)

    searched: list = []
    learnt: dict[str, set[str]] = {}
    for stretch in own:
        size = len(stretch.ru) + len(stretch.en)
        searched.append(_first_search(context, list(stretch.ru), list(stretch.en), options, part(size),
                                      options.params.chapters.band, keep=False))
        for ident, keys in searched[-1].learnt.items():
            learnt.setdefault(ident, set()).update(keys)
        done += size
        if partial and len(searched) == 1 and len(stretches) > 1:
            # the chapter on screen at once, as its first search links it (its final links follow)
            found = searched[0]
            partial(Alignment(links=headings + _linked(context, found.ru, found.en, found.groups, options, Steps())))
    unlearnt: dict[int, list[tuple[str, ...]]] = {}  # the keys of the helper's stretches before learning
    if theirs:
        their_learnt = _answer(helper, steps)
        if their_learnt is None:  # the helper failed: its stretches are searched here
            own, theirs = stretches, []
            for stretch in own[len(searched):]:
                searched.append(_first_search(context, list(stretch.ru), list(stretch.en), options, Steps(),
                                              options.params.chapters.band, keep=False))
                their_learnt = searched[-1].learnt
                for ident, keys in their_learnt.items():
                    learnt.setdefault(ident, set()).update(keys)
        else:
            for ident, keys in their_learnt.items():
                learnt.setdefault(ident, set()).update(keys)
            unlearnt = {i: list(context.ru_features[i].keys) for s in theirs for i in s.ru}
            _send(helper, lambda: learnt)  # if it fails, the answer below says so
    changed = apply_pairs(context, learnt) if learnt else set()
    reported = None
    found_links: dict[int, list[Link]] = {}  # id of a stretch → its links
    linked: list[Link] = []
    searched.reverse()
    for stretch in own:
        found = searched.pop()  # each chapter's first search is let go once searched again
        size = len(found.ru) + len(found.en)
        groups = _search_learnt(context, found, options, changed)
        found_links[id(stretch)] = _linked(context, found.ru, found.en, groups, options, part(size))
        linked += found_links[id(stretch)]
        done += size
        if partial and (reported is None or time.monotonic() - reported >= PARTIAL_EVERY):
            partial(Alignment(links=headings + linked))
            reported = time.monotonic()
    if theirs:
        rows = _answer(helper, steps)
        if rows is not None and len(rows) == len(theirs):
            for stretch, stretch_rows in zip(theirs, rows, strict=True):
                found_links[id(stretch)] = [book_worker.row_link(row) for row in stretch_rows]
        else:  # the helper failed: its stretches are searched here, from their keys before learning
            for stretch, stretch_links in zip(theirs, _search_unlearnt(context, theirs, unlearnt, options, changed),
                                              strict=True):
                found_links[id(stretch)] = stretch_links
    return headings + [link for stretch in stretches for link in found_links[id(stretch)]]


#: the share of a book's work (paragraphs of its stretches) given to a helper process
HELPER_SHARE = 0.45


def _shares(stretches: list) -> tuple[list, list]:
    """The stretches this process searches and those a helper does: the last ones, about HELPER_SHARE of
    the paragraphs (never the first stretch, which may be the one on screen)."""
    sizes = [len(s.ru) + len(s.en) for s in stretches]
    wanted, given, cut = HELPER_SHARE * sum(sizes), 0, len(stretches)
    while cut > 1 and given + sizes[cut - 1] <= wanted:
        cut -= 1
        given += sizes[cut]
    return stretches[:cut], stretches[cut:]


def _send(helper: book_worker.Worker | None, message: Callable[[], object]) -> bool:
    """Send the helper a message (made only if it is there); whether that worked."""
    if helper is None:
        return False
    try:
        helper.send(message())
        return True
    except (book_worker.WorkerFailed, ValueError):
        helper.close()
        return False


def _answer(helper: book_worker.Worker | None, steps: Steps):
    """The helper's next answer, None if it failed (raises Cancelled if the caller cancels meanwhile)."""
    if helper is None:
        return None
    try:
        answer = helper.receive(steps.cancelled)
    except book_worker.WorkerFailed:
        return None
    if answer is None:
        raise Cancelled("The alignment was cancelled.")
    return answer


def _search_unlearnt(context: AlignContext, stretches: list, unlearnt: dict[int, list[tuple[str, ...]]],
                     options: AlignOptions, changed: set[int]) -> list[list[Link]]:
    """The links of stretches whose first search was lost (a helper that failed late): each is searched
    with the keys its paragraphs had before learning, then with those they have now, as it would have
    been."""
    result = []
    for stretch in stretches:
        learnt_keys = {i: context.ru_features[i].keys for i in stretch.ru}
        for i in stretch.ru:
            context.ru_features[i].keys = unlearnt[i]
        context.forget_key_masks()
        found = _first_search(context, list(stretch.ru), list(stretch.en), options, Steps(), options.params.chapters.band,
                              keep=False)
        for i in stretch.ru:
            context.ru_features[i].keys = learnt_keys[i]
        context.forget_key_masks()
        groups = _search_learnt(context, found, options, changed)
        result.append(_linked(context, found.ru, found.en, groups, options, Steps()))
    return result
