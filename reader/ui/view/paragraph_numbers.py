"""Paragraph numbers in a column's left margin: small grey figures counted from 1, as Go to Paragraph and
the annotations panel count (``--select``, ``inspect`` and the project file use the 0-based index, one less).

A number sits on the baseline of its paragraph's first line, right-aligned a little left of the
margin-mark strip, so it never covers a mark, a paragraph background or the link gutter.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

#: size of the numbers relative to the reading font
SCALE = 0.75
#: gap between a number's right edge and the left edge of the margin-mark strip
GAP = 5.0
#: room kept free left of the widest number (so it never touches the column's edge)
EDGE = 6.0


@dataclass(frozen=True)
class NumberLabel:
    """One painted number: the paragraph, its text and its box in viewport coordinates."""

    index: int
    text: str
    rect: QRectF


class ParagraphNumbers:
    """Font, width and placement of a column's paragraph numbers (the column decides when to paint)."""

    def __init__(self):
        self.enabled = False
        self.font = QFont()
        self._metrics = QFontMetricsF(self.font)
        self._widest = 0.0
        self._key: tuple | None = None

    def update(self, ui_font: QFont, reading_font: QFont, count: int) -> None:
        """Size the numbers for ``reading_font`` and ``count`` paragraphs (cheap when nothing changed)."""
        key = (ui_font.key(), reading_font.pointSizeF(), count)
        if key == self._key:
            return
        self._key = key
        font = QFont(ui_font)
        font.setPointSizeF(max(6.0, reading_font.pointSizeF() * SCALE))
        self.font = font
        self._metrics = QFontMetricsF(font)
        self._widest = self._metrics.horizontalAdvance(str(max(1, count)))

    def room(self, strip_left: float) -> float:
        """The least left margin that fits the widest number left of a mark strip starting at
        ``strip_left`` pixels before the text (0 when numbers are off)."""
        return strip_left + GAP + self._widest + EDGE if self.enabled else 0.0

    def label(self, index: int, baseline: float, right: float) -> NumberLabel:
        """The number of paragraph ``index`` (0-based; shown as ``index + 1``) right-aligned at x ``right`` on
        ``baseline`` (viewport)."""
        text = str(index + 1)
        width = self._metrics.horizontalAdvance(text)
        top = baseline - self._metrics.ascent()
        return NumberLabel(index, text, QRectF(right - width, top, width, self._metrics.height()))

    def paint(self, painter: QPainter, labels: list[NumberLabel], color: QColor) -> None:
        """Draw ``labels`` in ``color``."""
        painter.setFont(self.font)
        painter.setPen(color)
        ascent = self._metrics.ascent()
        for label in labels:
            painter.drawText(QPointF(label.rect.left(), label.rect.top() + ascent), label.text)
