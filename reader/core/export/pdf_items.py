"""What the PDF pages are made of: text styles, the line and gap items a column holds, and the pen.

A text line knows its paragraph and character range, so drawing it can also report where the
highlighted characters landed on the page (for the PDF highlight annotations). All the lines of a
page go through one text object (:class:`Pen`): a text object per line, as ``drawString`` makes,
cost about a third of a novel's export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.export.textlayout import MARKER_SCALE, Line, Measure, visible, x_offset
from reader.core.project.annotations import Annotation

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

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


class Pen:
    """Draws the text of one page through a single text object, setting font and colour only when they change."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self.text: PDFTextObject | None = None
        self.font: tuple[str, float] | None = None
        self.color: Color | None = None

    def start(self) -> None:
        """Begin a page."""
        self.text = self.canvas.beginText()
        self.font = self.color = None

    def write(self, x: float, baseline: float, text: str, font: str, size: float, color: Color) -> None:
        """Draw ``text`` with its baseline starting at (x, baseline)."""
        t = self.text
        if t is None:
            raise RuntimeError("Pen.write outside a page: call start() first")
        if self.font != (font, size):
            t.setFont(font, size)
            self.font = (font, size)
        if self.color != color:
            t.setFillColorRGB(*color)
            self.color = color
        t.setTextOrigin(x, baseline)
        t.textLine(text)

    def finish(self) -> None:
        """Put the page's text on the page."""
        if self.text is not None:
            self.canvas.drawText(self.text)
            self.text = None


@dataclass
class TextItem:
    """One line of text in a column."""

    line: Line
    style: Style
    indent: float = 0.0
    highlights: list[Highlight] = field(default_factory=list)
    #: things to do when the line is placed: f(x, top) (bookmarks, sticky notes)
    on_place: list[Callable[[float, float], None]] = field(default_factory=list)
    #: (side, paragraph index) of the document paragraph the line shows, None for other text
    source: tuple[str, int] | None = None

    @property
    def height(self) -> float:
        return self.style.leading

    def draw(self, pen: Pen, x: float, top: float, quads: QuadSink) -> None:
        style = self.style
        x += self.indent
        for action in self.on_place:
            action(x, top)
        baseline = top - (style.leading - style.size * (style.ascent + style.descent)) / 2 - style.size * style.ascent
        line = self.line
        if not line.markers:
            pen.write(x, baseline, line.shown, style.font, style.size, style.color)
        else:
            self._draw_with_markers(pen, x, baseline)
        for highlight in self.highlights:
            if highlight.end <= line.start or highlight.start >= line.end:
                continue
            x0 = x + x_offset(line, max(highlight.start, line.start), style.measure, after_marker=True)
            x1 = x + x_offset(line, min(highlight.end, line.end), style.measure, after_marker=False)
            if x1 - x0 > 0.5:
                quads(highlight.annotation, (x0, baseline + style.size * style.ascent + 0.6,
                                             x1, baseline - style.size * style.descent - 0.6))

    def _draw_with_markers(self, pen: Pen, x: float, baseline: float) -> None:
        style, line = self.style, self.line
        position = line.start
        for marker in sorted(line.markers, key=lambda m: m.at):
            piece = line.text[position - line.start:marker.at - line.start]
            if piece:
                pen.write(x, baseline, visible(piece, line_end=False), style.font, style.size, style.color)
                x += style.measure(visible(piece, line_end=False))
            pen.write(x + 0.25, baseline + style.size * 0.4, marker.label, style.marker_font,
                      style.size * MARKER_SCALE, style.color)
            x += marker.width
            position = max(position, marker.at)
        rest = line.text[position - line.start:]
        if rest:
            pen.write(x, baseline, visible(rest), style.font, style.size, style.color)


@dataclass
class GapItem:
    """Vertical space in a column (dropped at the top of a page)."""

    height: float

    def draw(self, pen: Pen, x: float, top: float, quads: QuadSink) -> None:
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
