"""Link look-ups over a pair and its alignment that the window shows: coverage, gaps, weak links, sentence counterparts."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from reader.core.align.model import Alignment, Link
from reader.core.document import Document
from reader.core.sides import PerSide, Side, other_side


class LinkIndex:
    """Paragraph → link look-ups for one alignment, built once (the window asks on every click)."""

    def __init__(self, alignment: Alignment | None):
        self.alignment = alignment or Alignment()
        self.by_side: dict[str, dict[int, Link]] = self.alignment.index()
        self.links: list[Link] = self.alignment.sorted_links()
        #: paragraph → the links holding parts of it, for split paragraphs (see reader.core.align.units)
        self.parts: PerSide[dict[int, list[Link]]] = PerSide({}, {})
        for link in self.links:
            for side in Side:
                for index in link.side_sentences(side):
                    self.parts[side].setdefault(index, []).append(link)

    def link_of(self, side: str, index: int, sentence: int | None = None) -> Link | None:
        """The link that holds paragraph ``index`` of ``side`` (of a split paragraph: the one holding ``sentence``)."""
        for link in self.parts[side].get(index, ()) if sentence is not None else ():
            if sentence in link.side_sentences(side)[index]:
                return link
        return self.by_side[side].get(index)

    def counterparts(self, side: str, index: int) -> list[int]:
        """Paragraphs on the other side linked with paragraph ``index`` of ``side``."""
        link = self.link_of(side, index)
        return list(link.side(other_side(side))) if link else []


def without_counterpart(document: Document, links: LinkIndex, side: str) -> list[int]:
    """Alignable paragraphs of ``side`` that are in no link, in reading order."""
    linked = links.by_side[side]
    return [i for i in document.alignable_indices() if i not in linked]


def weak_paragraphs(links: LinkIndex, side: str, threshold: float) -> list[int]:
    """First paragraph of ``side`` of every link whose score is below ``threshold``, in order."""
    return sorted(link.side(side)[0] for link in links.links if link.score < threshold)


def step(indices: list[int], current: int | None, forward: bool) -> int | None:
    """The next (or previous) item of the sorted ``indices`` after ``current``; wraps around."""
    if not indices:
        return None
    if current is None:
        return indices[0] if forward else indices[-1]
    if forward:
        i = bisect.bisect_right(indices, current)
        return indices[i % len(indices)]
    i = bisect.bisect_left(indices, current) - 1
    return indices[i % len(indices)]


@dataclass
class SideStats:
    """How much of one text has a counterpart."""

    linked: int = 0
    alignable: int = 0
    without_counterpart: int = 0
    #: share of the alignable text (in characters) that is in a link, 0..1
    coverage: float = 0.0


@dataclass
class PairStats:
    """Coverage figures of both sides."""

    sides: dict[str, SideStats] = field(default_factory=dict)


def pair_stats(documents: dict[str, Document], links: LinkIndex) -> PairStats:
    """Count linked and unlinked paragraphs and the covered share of each text."""
    stats = PairStats()
    for side in Side:
        document = documents[side]
        linked = links.by_side[side]
        alignable = document.alignable_indices()
        total = sum(len(document.paragraphs[i].text) for i in alignable)
        covered = sum(len(document.paragraphs[i].text) for i in alignable if i in linked)
        n_linked = sum(1 for i in alignable if i in linked)
        stats.sides[side] = SideStats(linked=n_linked, alignable=len(alignable),
                                      without_counterpart=len(alignable) - n_linked,
                                      coverage=covered / total if total else 0.0)
    return stats


def sentence_at(document: Document, index: int, offset: int) -> int | None:
    """Index of the sentence of paragraph ``index`` that holds character ``offset``."""
    for k, span in enumerate(document.paragraphs[index].sentences):
        if span.start <= offset < span.end:
            return k
    return None


def sentence_counterparts(link: Link, side: str, index: int, sentence: int) -> list[tuple[int, int]]:
    """(paragraph, sentence) pairs on the other side linked with sentence ``sentence`` of paragraph ``index``."""
    for sentence_link in link.sentences:
        ends = PerSide(sentence_link.ru, sentence_link.en)
        if (index, sentence) in [(x[0], x[1]) for x in ends[side]]:
            return [(x[0], x[1]) for x in ends[other_side(side)]]
    return []
