"""Finding annotations again after a source file changed.

Each annotation keeps the text it marks (``quote``). When the file's checksum no longer matches,
the quote is searched: exactly in the old paragraph (nearest to the old offset), then exactly in
nearby paragraphs, then anywhere, then approximately (rapidfuzz). What cannot be found is marked
``unplaced`` and listed for the person — never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Iterable

from rapidfuzz import fuzz

from reader.core.project.annotations import Annotation
from reader.core.sides import Side

#: how many paragraphs before and after the old one are searched first
NEARBY = 25
#: the least rapidfuzz score (0–100) an approximate match needs
FUZZY_CUTOFF = 85.0
#: quotes shorter than this are only placed by exact search (approximate matches would be guesses)
FUZZY_MIN_LENGTH = 8
#: how much of a paragraph's text a paragraph or link note keeps as its quote
PARAGRAPH_QUOTE = 300


@dataclass
class AnchorReport:
    """What re-anchoring did: annotations found where they were, moved, or left for a person to place."""

    unchanged: list[Annotation] = field(default_factory=list)
    moved: list[Annotation] = field(default_factory=list)
    unplaced: list[Annotation] = field(default_factory=list)

    def extend(self, other: AnchorReport) -> None:
        self.unchanged += other.unchanged
        self.moved += other.moved
        self.unplaced += other.unplaced

    @property
    def annotations(self) -> list[Annotation]:
        return self.unchanged + self.moved + self.unplaced


def anchor_side(annotation: Annotation) -> Side:
    """The side whose text anchors the annotation (a link note is anchored on its Russian paragraph)."""
    return annotation.anchor_side


def quote_of(annotation: Annotation, texts: list[str]) -> str:
    """The text an annotation marks in ``texts`` (the paragraphs of its side), or "" if out of range."""
    if not 0 <= annotation.paragraph < len(texts):
        return ""
    text = texts[annotation.paragraph]
    if annotation.kind == "highlight":
        return text[annotation.start:annotation.end]
    return text[:PARAGRAPH_QUOTE]


def fill_quotes(annotations: Iterable[Annotation], texts: dict[str, list[str]]) -> None:
    """Give every annotation without a quote the text it marks now (for hand-written projects)."""
    for annotation in annotations:
        if not annotation.quote and not annotation.unplaced:
            annotation.quote = quote_of(annotation, texts[anchor_side(annotation)])


def _order(old: int, count: int) -> list[int]:
    """Paragraph indices by distance from ``old`` (the old one first, then ±1, ±2…)."""
    order = [old] if 0 <= old < count else []
    for distance in range(1, count + 1):
        for i in (old - distance, old + distance):
            if 0 <= i < count:
                order.append(i)
        if len(order) >= count:
            break
    return order


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _find_range(annotation: Annotation, texts: list[str]) -> tuple[int, int, int] | None:
    """Where the highlight's quote is now: (paragraph, start, end), or None."""
    quote = annotation.quote
    if not quote:
        return None
    order = _order(annotation.paragraph, len(texts))
    for i in order:  # exact, nearest paragraph first (the first NEARBY, then the rest: same order)
        hits = _occurrences(texts[i], quote)
        if hits:
            start = min(hits, key=lambda at: abs(at - (annotation.start or 0)))
            return i, start, start + len(quote)
    if len(quote) < FUZZY_MIN_LENGTH:
        return None
    best: tuple[float, int, int, int] | None = None
    for rank, i in enumerate(order):
        text = texts[i]
        if len(text) < len(quote) * 0.5:
            continue
        found = fuzz.partial_ratio_alignment(quote, text, score_cutoff=FUZZY_CUTOFF)
        if found is None:
            continue
        score = found.score - (0.5 if rank > NEARBY else 0.0)  # prefer nearby on near-ties
        if best is None or score > best[0]:
            best = (score, i, found.dest_start, found.dest_end)
    if best is None:
        return None
    return best[1], best[2], best[3]


def _find_paragraph(annotation: Annotation, texts: list[str]) -> int | None:
    """The paragraph a paragraph or link note belongs to now, or None."""
    quote = annotation.quote
    if not quote:
        return None
    order = _order(annotation.paragraph, len(texts))
    for i in order:
        if texts[i][:PARAGRAPH_QUOTE] == quote:
            return i
    best: tuple[float, int] | None = None
    for i in order:
        score = fuzz.ratio(quote, texts[i][:PARAGRAPH_QUOTE], score_cutoff=FUZZY_CUTOFF)
        if score and (best is None or score > best[0]):
            best = (score, i)
    return best[1] if best else None


def reanchor(annotations: Iterable[Annotation], texts: list[str]) -> AnchorReport:
    """Place ``annotations`` (all anchored on the same side) in that side's new paragraph ``texts``.

    Returns new Annotation objects (the inputs are not changed); unplaced ones keep their old
    position and get ``unplaced=True``.
    """
    report = AnchorReport()
    for annotation in annotations:
        if annotation.kind == "highlight":
            where = _find_range(annotation, texts)
            if where is not None:
                paragraph, start, end = where
                changes = {"paragraph": paragraph, "start": start, "end": end,
                           "quote": texts[paragraph][start:end], "unplaced": False}
            else:
                changes = None
        else:
            found = _find_paragraph(annotation, texts)
            changes = None if found is None else {"paragraph": found, "unplaced": False,
                                                  "quote": texts[found][:PARAGRAPH_QUOTE]}
        if changes is None:
            report.unplaced.append(annotation.replaced(unplaced=True, modified=annotation.modified))
        elif all(getattr(annotation, k) == v for k, v in changes.items()):
            report.unchanged.append(annotation)
        else:
            report.moved.append(annotation.replaced(**changes, modified=annotation.modified))
    return report


def place(annotation: Annotation, paragraph: int, start: int | None, end: int | None,
          texts: list[str]) -> Annotation:
    """The annotation put by a person at a new place (clears ``unplaced`` and takes the new quote)."""
    placed = annotation.replaced(paragraph=paragraph, start=start, end=end, unplaced=False)
    placed.quote = quote_of(placed, texts)
    return placed
