"""What the PDF pages are made of: text styles and the line and gap items a column holds.

A text line knows its paragraph and character range, so drawing it can also report where the
highlighted characters landed on the page (for the PDF highlight annotations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from reader.core.export.textlayout import MARKER_SCALE, Line, Measure, visible, x_offset
from reader.core.project.annotations import Annotation

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
GREY: Color = (0.38, 0.38, 0.4)


@dataclass
class Style:
    """A font, size, line height and colour, with the width measures that go with them."""

    font: str
    size: float
    leading: float
    color: Color = BLACK
    marker_font: str = ""
    ascent: float = 0.76
    descent: float = 0.24

    def __post_init__(self) -> None:
        self.measure = Measure(self.font, self.size)
        self.marker_font = self.marker_font or self.font
        self.marker_measure = Measure(self.marker_font, self.size * MARKER_SCALE)


@dataclass
class Highlight:
    """A highlighted character range of one paragraph."""

    annotation: Annotation
    start: int
    end: int


#: called as (annotation, quad) for every piece of a highlight drawn: quad = (x0, top, x1, bottom)
QuadSink = Callable[[Annotation, tuple[float, float, float, float]], None]


@dataclass
class TextItem:
    """One line of text in a column."""

    line: Line
    style: Style
    indent: float = 0.0
    highlights: list[Highlight] = field(default_factory=list)
    #: things to do when the line is placed: f(x, top) (bookmarks, sticky notes)
    on_place: list[Callable[[float, float], None]] = field(default_factory=list)

    @property
    def height(self) -> float:
        return self.style.leading

    def draw(self, canvas, x: float, top: float, quads: QuadSink) -> None:
        style = self.style
        x += self.indent
        for action in self.on_place:
            action(x, top)
        baseline = top - (style.leading - style.size * (style.ascent + style.descent)) / 2 - style.size * style.ascent
        line = self.line
        canvas.setFillColorRGB(*style.color)
        if not line.markers:
            canvas.setFont(style.font, style.size)
            canvas.drawString(x, baseline, line.shown)
        else:
            self._draw_with_markers(canvas, x, baseline)
        for highlight in self.highlights:
            if highlight.end <= line.start or highlight.start >= line.end:
                continue
            x0 = x + x_offset(line, max(highlight.start, line.start), style.measure, after_marker=True)
            x1 = x + x_offset(line, min(highlight.end, line.end), style.measure, after_marker=False)
            if x1 - x0 > 0.5:
                quads(highlight.annotation, (x0, baseline + style.size * style.ascent + 0.6,
                                             x1, baseline - style.size * style.descent - 0.6))

    def _draw_with_markers(self, canvas, x: float, baseline: float) -> None:
        style, line = self.style, self.line
        position = line.start
        for marker in sorted(line.markers, key=lambda m: m.at):
            piece = line.text[position - line.start:marker.at - line.start]
            if piece:
                canvas.setFont(style.font, style.size)
                canvas.drawString(x, baseline, visible(piece, line_end=False))
                x += style.measure(visible(piece, line_end=False))
            canvas.setFont(style.marker_font, style.size * MARKER_SCALE)
            canvas.drawString(x + 0.25, baseline + style.size * 0.4, marker.label)
            x += marker.width
            position = max(position, marker.at)
        rest = line.text[position - line.start:]
        if rest:
            canvas.setFont(style.font, style.size)
            canvas.drawString(x, baseline, visible(rest))


@dataclass
class GapItem:
    """Vertical space in a column (dropped at the top of a page)."""

    height: float

    def draw(self, canvas, x: float, top: float, quads: QuadSink) -> None:
        pass


@dataclass
class Column:
    """Items stacked in one column of a band, at ``x`` with ``width``."""

    x: float
    width: float
    items: list = field(default_factory=list)

    @property
    def height(self) -> float:
        return sum(item.height for item in self.items)
