"""Breaking a paragraph into lines with reportlab's font metrics, keeping character offsets.

Every line knows which characters of the paragraph it shows, so a highlight's character range can be
turned into exact x positions on the lines it covers. Note markers (small raised numbers) sit after
the word where a highlight ends and take their own width in the line. A compound word may break after
its hyphen (``информационно-`` / ``коммуникационных``), as typesetters do, instead of leaving a
half-empty line. Soft hyphens (U+00AD, common in e-books) are invisible, except where a line breaks at
one: there a hyphen is drawn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

_WORD = re.compile(r"\S+")
_SPACE = re.compile(r"\s")
SOFT_HYPHEN = "\u00ad"
#: where a word may break: after a hyphen or a soft hyphen with two letters or digits on either side
_HYPHEN_BREAK = re.compile(r"(?<=\w\w[-\u2010\u00ad])(?=\w\w)")


def visible(text: str, line_end: bool = True) -> str:
    """``text`` as drawn: soft hyphens removed, except one ending a line (``line_end``), drawn as "-"."""
    if SOFT_HYPHEN not in text:
        return text
    shown = text.replace(SOFT_HYPHEN, "")
    return shown + "-" if line_end and text.endswith(SOFT_HYPHEN) else shown

#: the marker font size relative to the text size
MARKER_SCALE = 0.62


@dataclass
class Marker:
    """A note number drawn raised after offset ``at`` of the paragraph."""

    at: int
    label: str
    width: float


@dataclass
class Line:
    """Characters ``[start, end)`` of a paragraph on one line, and the markers inside it."""

    start: int
    end: int
    text: str  # the characters, with every whitespace character shown as a space
    markers: list[Marker] = field(default_factory=list)

    @property
    def shown(self) -> str:
        """The line as drawn (see :func:`visible`)."""
        return visible(self.text)


class Measure:
    """String widths in one font and size, with a cache for repeated words."""

    def __init__(self, font: str, size: float):
        self.font, self.size = font, size
        #: widths measured so far (read directly by :func:`break_lines`, the hot path)
        self.cache: dict[str, float] = {}
        self.space = stringWidth(" ", font, size)
        self.hyphen = stringWidth("-", font, size)

    def __call__(self, text: str) -> float:
        """The width of ``text`` as drawn at the end of a line (see :func:`visible`)."""
        width = self.cache.get(text)
        if width is None:
            width = stringWidth(visible(text), self.font, self.size)
            if len(self.cache) < 200_000:
                self.cache[text] = width
        return width


def marker_position(text: str, end: int) -> int:
    """Where a note marker for a range ending at ``end`` goes: the end of the word it ends in."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0:
        return 0
    match = _SPACE.search(text, end)
    return match.start() if match else len(text)


def break_lines(text: str, width: float, measure: Measure, markers: Sequence[tuple[int, str]] = (),
                marker_measure: Measure | None = None) -> list[Line]:
    """Break ``text`` into lines no wider than ``width`` (a word longer than a line is cut)."""
    marks: dict[int, list[Marker]] = {}
    for at, label in markers:
        w = (marker_measure or measure)(label) + 0.5
        marks.setdefault(at, []).append(Marker(at, label, w))
    lines: list[Line] = []
    line_start = line_end = None
    line_width = 0.0
    line_marks: list[Marker] = []

    def close() -> None:
        nonlocal line_start, line_end, line_width, line_marks
        if line_start is not None:
            lines.append(Line(line_start, line_end, _SPACE.sub(" ", text[line_start:line_end]), line_marks))
        line_start = line_end = None
        line_width, line_marks = 0.0, []

    cache, space = measure.cache, measure.space
    soft = SOFT_HYPHEN in text
    hyphen = 0.0  # the width of the hyphen a soft hyphen ending the line so far is drawn as
    for start, end, joined in _pieces(text):
        piece = text[start:end]
        word_width = cache.get(piece)
        if word_width is None:
            word_width = measure(piece)
        word_marks = marks.get(end) if marks else None
        if word_marks:
            word_width += sum(m.width for m in word_marks)
        if line_start is not None:  # what the line gains: a space (none inside a word), its soft hyphen hidden
            gap = (0.0 if joined else (start - line_end) * space) - hyphen
            if line_width + gap + word_width <= width:
                line_end = end
                line_width += gap + word_width
                if word_marks:
                    line_marks.extend(word_marks)
                hyphen = measure.hyphen if soft and text[end - 1] == SOFT_HYPHEN else 0.0
                continue
            close()
        if word_width > width:
            start = _cut_long_word(text, start, end, width, measure, lines)
            word_width = measure(text[start:end]) + sum(m.width for m in word_marks or ())
        line_start, line_end, line_width = start, end, word_width
        if word_marks:
            line_marks.extend(word_marks)
        hyphen = measure.hyphen if soft and text[end - 1] == SOFT_HYPHEN else 0.0
    close()
    if not lines:
        lines.append(Line(0, 0, "", [m for ms in marks.values() for m in ms]))
    return lines


def _pieces(text: str):
    """(start, end, joined) for every word of ``text``, compound words in pieces that end at their hyphens;
    ``joined`` is true for a piece that continues the word before it (no space between)."""
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        if "-" in word or "\u2010" in word or SOFT_HYPHEN in word:
            for cut in _HYPHEN_BREAK.finditer(text, start, end):
                yield start, cut.start(), start != match.start()
                start = cut.start()
        yield start, end, start != match.start()


def _cut_long_word(text: str, start: int, end: int, width: float, measure: Measure, lines: list[Line]) -> int:
    """Put full-width pieces of an over-long word on their own lines; return where the rest starts."""
    while measure(text[start:end]) > width and end - start > 1:
        cut = start + 1
        while cut < end and measure(text[start:cut + 1]) <= width:
            cut += 1
        lines.append(Line(start, cut, text[start:cut]))
        start = cut
    return start


def x_offset(line: Line, offset: int, measure: Measure, *, after_marker: bool) -> float:
    """The x distance from the line's start to character ``offset`` (clamped to the line).

    A marker exactly at ``offset`` counts when ``after_marker`` (a range starting there begins after it).
    """
    offset = min(max(offset, line.start), line.end)
    x = stringWidth(visible(line.text[:offset - line.start], offset == line.end), measure.font, measure.size)
    for marker in line.markers:
        if marker.at < offset or (after_marker and marker.at == offset):
            x += marker.width
    return x
