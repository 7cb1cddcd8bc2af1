"""Every tuning value of the aligner, in one object carried by ``AlignOptions.params``.

The values are global (the same for every document, never fitted to one): a sweep changes them by building
another ``AlignParams`` (``dataclasses.replace``), never by changing a module. Each stage of the aligner
reads its own part: the tokens' weights (``weights``), the search (``search``), the band of long spans (``band``), books' headings
(``chapters``), gaps closed by length (``lengths``), learnt word pairs (``learn``), the confidence of a
link (``confidence``) and the sentence-first pass of retellings (``retell``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchParams:
    """The global parameters of the search (the same for every document)."""

    #: share of a Russian paragraph's weight that must be matched for linking to pay
    ru_share: float = 0.35
    #: the same for an English paragraph
    en_share: float = 0.2
    #: how much an unmatched sentence counts against a link (1: fully, 0: not at all)
    sentence_floor: float = 0.5
    #: each paragraph merged into a group must match this share of the other side on its own
    merge_unique: float = 0.1
    #: ... unless it is itself covered this well by the single paragraph
    merge_own: float = 0.5
    #: ... or (a Russian member) match this share of one sentence of the single paragraph that no other
    #: member does (0: not used)
    merge_sentence: float = 0.3
    #: a Russian member whose matched words are this share (by weight) words of another member too, and
    #: whose matches the single paragraph holds only once, repeats that member (a headline over its lead)
    repeat_share: float = 0.6
    #: cost of every link
    link_cost: float = 0.3
    #: extra cost of every paragraph beyond the first on a side of a link (merges must pay their way)
    merge_cost: float = 1.2
    #: ... or this share of the paragraph's weight if that is less (0: always merge_cost)
    merge_share: float = 0.2
    #: weight of the length mismatch of a link (English/Russian characters far from ``length_ratio``)
    length_weight: float = 1.0
    #: log length ratios this close to the usual one cost nothing
    length_slack: float = 0.25
    #: a pair's own length ratio: estimated from the pairs whose words match this well on both sides ...
    calibrate_share: float = 0.5
    #: ... (see ``length_fit``); where their spread is at most ``length_z_spread`` (a translation,
    #: not a retelling), a group's English length costs this much per spread beyond
    #: ``length_z_slack`` spreads from the fitted ratio times its Russian length (Gale and Church)
    length_z_weight: float = 0.25
    length_z_slack: float = 3.0
    length_z_spread: float = 2.5
    #: ... and a length close to it earns up to this much
    length_z_bonus: float = 2.0
    #: a crossing link needs this much gain
    cross_gain: float = 2.0
    #: in a short stretch left unlinked between two links, groups are taken down to this (negative) gain
    gap_gain: float = -1.0
    #: an English sentence whose words are matched below this share is unexplained by its link
    unexplained_share: float = 0.2
    #: unlinked Russian paragraphs next to a link join it when the link's English paragraph has a run of
    #: unexplained sentences on their side whose length is within this (log ratio) of theirs
    attach_slack: float = 0.6
    #: ... only in a pair whose lengths spread this little (see ``length_fit``; 0: in every pair)
    attach_spread: float = 3.0
    #: paragraphs on the merged side of a group, at most (1:1, n:1, 1:n up to this)
    max_group: int = 4
    #: gaps up to this many paragraphs a side are searched again with a lower bar (``gap_gain``)
    max_gap: int = 6
    #: usual log ratio of English to Russian characters in a translation
    length_ratio: float = 0.05
    #: pairs matching less than this share of both paragraphs are not considered at all
    min_share: float = 0.2
    #: the pair's own length fit (``length_fit``) needs this many well-matched pairs ...
    fit_pairs: int = 5
    #: ... and takes the spread no smaller than this (characters per square root of a character)
    fit_spread: float = 0.5


@dataclass(frozen=True)
class TokenWeights:
    """How much a token of each kind weighs, times its inverse document frequency within its document
    (see ``reader.core.align.engine.features.assign_weights``)."""

    word: float = 1.0
    number: float = 1.6
    name: float = 1.3
    month: float = 1.2
    #: a token of a paragraph's machine translation
    mt: float = 0.6

    def by_kind(self) -> dict[str, float]:
        """Token kind → weight."""
        return {"word": self.word, "number": self.number, "name": self.name, "month": self.month, "mt": self.mt}


@dataclass(frozen=True)
class Band:
    """How wide the search looks: spans up to ``whole`` paragraphs a side are searched whole, longer
    ones within ``margin`` paragraphs of their anchors (see ``reader.core.align.engine.window``)."""

    whole: int = 60
    margin: int = 10
    #: rare keys (the anchors' evidence): held by at most this many English paragraphs of the span ...
    rare_df: int = 4
    #: ... or by one in this many, if that is more
    rare_share: float = 1 / 500
    #: share of a paragraph's weight that rare keys must match to make an anchor
    anchor_share: float = 0.12
    #: candidate anchors kept per paragraph
    candidates: int = 6


@dataclass(frozen=True)
class ChapterParams:
    """Books: chapter headings linked first, as anchors (see ``reader.core.align.engine.chapters``)."""

    #: paragraphs under a heading compared to judge a pair of headings
    opening: int = 3
    #: weight of a heading pair whose kinds and numbers agree, before the text under them is counted
    number_match: float = 1.0
    #: ... and of the text under them (times the share of it that matches, 0–1)
    content_weight: float = 2.0
    #: unnumbered headings pair only when their own words match this well (share of both, 0–1) ...
    title_share: float = 0.5
    #: ... and then weigh this much before the text under them
    title_match: float = 0.5
    #: a book plan needs at least this many anchors (otherwise the pair is aligned as one stretch)
    min_anchors: int = 2
    #: how wide the search of one chapter looks (a chapter and its translation follow each other closely)
    band: Band = Band(whole=20, margin=5)


@dataclass(frozen=True)
class LengthParams:
    """Gaps of a translation closed by length (see ``reader.core.align.engine.lengths``)."""

    #: the model is fitted on the 1:1 links at least this confident ...
    fit_score: float = 0.8
    #: ... and needs this many of them
    min_fit: int = 20
    #: ... and takes the spread no smaller than this
    min_spread: float = 0.5
    #: a pair is translation-like when this share of each side's body paragraphs is linked ...
    linked_share: float = 0.9
    #: ... and its spread (characters per square root of a character) is at most this
    max_spread: float = 2.5
    #: a link by length must fit this well (|z|, in spreads)
    max_z: float = 3.0
    #: a merge (2:1, 1:2) must pay this much more than a 1:1 link
    merge_penalty: float = 1.0
    #: gaps larger than this (paragraphs a side) are left as they are
    max_gap: int = 200
    #: confidence of a link made by length: at most this (always below the window's weak threshold)
    score: float = 0.45


@dataclass(frozen=True)
class LearnParams:
    """Word pairs learnt from a pair's confident links (see ``reader.core.align.engine.learn``)."""

    #: a link is confident enough to learn from at this coverage
    confident: float = 0.45
    #: a pair must occur together in this many links ...
    min_together: int = 2
    #: ... and its Dice coefficient reach this
    min_dice: float = 0.7
    #: the second, learning search runs on spans up to about 500 × 500 paragraphs (it costs a second search)
    max_cells: int = 250_000


@dataclass(frozen=True)
class ConfidenceParams:
    """The confidence of a link: a logistic map of its coverage (see ``reader.core.align.engine.scoring``).

    Slope and midpoint were fitted once by maximum likelihood on the development set (there, links
    scoring 0.9–1.0 were right 98% of the time, 0.8–0.9: 90%)."""

    slope: float = 8.0
    midpoint: float = 0.04


@dataclass(frozen=True)
class RetellParams:
    """The global parameters of the sentence-first pass (the same for every document)."""

    #: share of a Russian sentence's weight that must be matched for a pair to pay
    ru_share: float = 0.3
    #: the same for an English sentence
    en_share: float = 0.3
    #: cost of every sentence pair
    pair_cost: float = 0.1
    #: an out-of-order sentence pair needs this much gain
    cross_gain: float = 2.0
    #: cost of every sentence beyond the first on a side of a group (negative: no merged groups)
    merge_cost: float = 1.0
    #: ... and each member of a merged side must match this share of the single sentence alone
    merge_unique: float = 0.2
    #: a pair whose linked Russian paragraphs leave this share of their sentences in no group is a
    #: retelling (see ``reader.core.align.engine.retell``)
    trimmed: float = 0.2
    #: ... the share counted as if this many more of their sentences had been kept (a short pair's one
    #: trimmed sentence is weak evidence of a retelling). 2 keeps the threshold of ``bench/align_errors.py
    #: --split`` at 0.2 tuned on either half, but lowers half A's retold figures and costs a null link
    #: where a machine translation is known, so it is off
    trimmed_prior: float = 0.0
    #: ... or where every edge of the search's links holds a sentence pair and the pairs outside them
    #: gain more than this (negative: never)
    dominance: float = 1.0
    #: in any other pair, an English paragraph whose sentence-first links explain more than this many of
    #: its sentences more than the search's link takes them (negative: never)
    explain_margin: int = 1
    #: ... and a search's link beside paragraphs left unlinked whose sentences the sentence pairs explain
    #: better by paragraphs linked elsewhere, by more than this gain in all, is dropped (an inserted
    #: paragraph that shares the story's words with a dropped one; negative: never)
    elsewhere_margin: float = 1.5
    #: spans longer than this (paragraphs a side) keep the search's links: a retold story is short, and the
    #: pass would cost a long translation time and memory without changing its links for the better
    max_paragraphs: int = 150


@dataclass(frozen=True)
class AlignParams:
    """Every tuning value of the aligner, by stage."""

    weights: TokenWeights = TokenWeights()
    search: SearchParams = SearchParams()
    band: Band = Band()
    chapters: ChapterParams = ChapterParams()
    lengths: LengthParams = LengthParams()
    learn: LearnParams = LearnParams()
    confidence: ConfidenceParams = ConfidenceParams()
    retell: RetellParams = RetellParams()
