"""The overview strip beside a column's scroll bar (as in a diff tool): where the trouble is in the whole text.

It marks gaps (stretches left without counterpart on both sides, :func:`reader.core.align.gaps.find_gaps`),
other paragraphs without counterpart and weak links, at their place in the whole text, and frames the part
on screen. A click selects the paragraph there (a mark's first paragraph when the click is on a mark).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from reader.core.sides import Side
from reader.core.align.gaps import Gap
from reader.core.document import Document
from reader.core.links import LinkIndex, without_counterpart

WIDTH = 10
#: a click this close (pixels) to a mark goes to the mark
CLICK_SLACK = 3
#: marks are drawn at least this tall (pixels), so a single paragraph in a novel stays visible
MIN_MARK = 3.0

GAP, UNLINKED, WEAK = "gap", "unlinked", "weak"
#: where across the strip each kind is drawn (x from, x to): gaps across it all, weak links in a thin lane
LANES = {GAP: (0.0, WIDTH), UNLINKED: (1.0, WIDTH - 4.0), WEAK: (WIDTH - 3.0, WIDTH)}


@dataclass(frozen=True)
class Stretch:
    """Paragraphs ``start`` … ``stop - 1`` of one side marked as ``kind`` (GAP, UNLINKED or WEAK)."""

    kind: str
    start: int
    stop: int


def stretches(document: Document, links: LinkIndex, side: str, gaps: list[Gap], weak_threshold: float,
              *, complete: bool = True) -> list[Stretch]:
    """The marks of one side in reading order: gaps, runs of other unlinked paragraphs and of weak links.

    While links are still coming (``complete`` false) only weak links are marked: a paragraph not linked
    yet is not known to have no counterpart.
    """
    marks: list[Stretch] = []
    in_gap: set[int] = set()
    if complete:
        for gap in gaps:
            start, stop = (gap.ru_start, gap.ru_stop) if Side(side) is Side.RU else (gap.en_start, gap.en_stop)
            if stop > start:
                marks.append(Stretch(GAP, start, stop))
                in_gap.update(range(start, stop))
        marks += _runs(UNLINKED, [i for i in without_counterpart(document, links, side) if i not in in_gap])
    weak = sorted(i for link in links.links if link.score < weak_threshold and not link.fixed for i in link.side(side))
    marks += _runs(WEAK, weak)
    return sorted(marks, key=lambda mark: (mark.start, mark.kind != GAP))


def _runs(kind: str, indices: list[int]) -> list[Stretch]:
    runs: list[Stretch] = []
    for index in indices:
        if runs and runs[-1].stop == index:
            runs[-1] = Stretch(kind, runs[-1].start, index + 1)
        else:
            runs.append(Stretch(kind, index, index + 1))
    return runs


def describe(stretch: Stretch, side: str) -> str:
    """The tooltip of a mark (paragraph numbers from 1, as the reader counts)."""
    first, last = stretch.start + 1, stretch.stop
    where = f"¶ {first}" if first == last else f"¶ {first}–{last}"
    if stretch.kind == GAP:
        text = QCoreApplication.translate("Overview", "Gap: {count} paragraphs without counterpart on both sides ({where})")
        return text.format(count=stretch.stop - stretch.start, where=where)
    if stretch.kind == WEAK:
        return QCoreApplication.translate("Overview", "Weak link ({where})").format(where=where)
    if Side(side) is Side.RU:
        return QCoreApplication.translate("Overview", "No counterpart in the English text ({where})").format(where=where)
    return QCoreApplication.translate("Overview", "No counterpart in the Russian text ({where})").format(where=where)


class OverviewStrip(QWidget):
    """A narrow strip beside a ColumnView's scroll bar; ``column`` gives the geometry of its paragraphs."""

    #: the person clicked the strip: the paragraph to go to
    jump_requested = Signal(int)

    def __init__(self, column, parent=None):
        super().__init__(parent or column)
        self.column = column
        self.marks: list[Stretch] = []
        self.colors: dict[str, QColor] = {GAP: QColor("#d0342c"), UNLINKED: QColor("#e0603a"), WEAK: QColor("#c98a00")}
        self.frame = QColor(128, 128, 128, 90)
        self._rects: list[tuple[QRectF, Stretch]] | None = None
        self.setObjectName(f"overview_{column.side}")
        self.setFixedWidth(WIDTH)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Overview of the whole text"))
        column.geometry_changed.connect(self.invalidate)
        column.verticalScrollBar().valueChanged.connect(self.update)
        column.verticalScrollBar().rangeChanged.connect(self.invalidate)

    def set_colors(self, gap: QColor, weak: QColor) -> None:
        """Gaps in ``gap``, other paragraphs without counterpart in a lighter shade of it, weak links in ``weak``."""
        unlinked = QColor(gap)
        unlinked.setAlpha(110)
        self.colors = {GAP: QColor(gap), UNLINKED: unlinked, WEAK: QColor(weak)}
        self.update()

    def set_marks(self, marks: list[Stretch]) -> None:
        self.marks = list(marks)
        self.invalidate()

    def invalidate(self) -> None:
        self._rects = None
        self.update()

    def _scale(self) -> float:
        """Strip pixels per document pixel. The height comes from the scroll bar (range + page = the text laid
        out so far), never from the document's size, which would make Qt lay out the whole book at once."""
        if self.column.document_model is None:
            return 0.0
        bar = self.column.verticalScrollBar()
        height = bar.maximum() + bar.pageStep()
        return self.height() / height if height > 0 else 0.0

    def mark_rects(self) -> list[tuple[QRectF, Stretch]]:
        """Each mark's rectangle in the strip (cached until the column's layout changes)."""
        if self._rects is None:
            scale, count = self._scale(), self.column.paragraph_count()
            rects = []
            for mark in self.marks if scale else ():
                if mark.stop > count:
                    continue
                top, bottom = self.column.paragraph_extent(range(mark.start, mark.stop))
                y, h = top * scale, max(MIN_MARK if mark.kind != WEAK else 2.0, (bottom - top) * scale)
                left, right = LANES[mark.kind]
                rects.append((QRectF(left, y, right - left, h), mark))
            self._rects = rects
        return self._rects

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        scale = self._scale()
        if scale:  # the part on screen
            top = self.column.verticalScrollBar().value() * scale
            painter.fillRect(QRectF(0, top, WIDTH, max(4.0, self.column.viewport().height() * scale)), self.frame)
        rects = self.mark_rects()
        for kind in (UNLINKED, WEAK, GAP):  # gaps on top
            for rect, mark in rects:
                if mark.kind == kind:
                    painter.fillRect(rect, self.colors[kind])
        painter.end()

    def mark_at(self, y: float) -> Stretch | None:
        """The mark drawn at (or within CLICK_SLACK of) strip position ``y``, a gap preferred."""
        near = [(rect, mark) for rect, mark in self.mark_rects()
                if rect.top() - CLICK_SLACK <= y <= rect.bottom() + CLICK_SLACK]
        near.sort(key=lambda item: (item[1].kind != GAP, abs(item[0].center().y() - y)))
        return near[0][1] if near else None

    def paragraph_at(self, y: float) -> int | None:
        """The paragraph a click at strip position ``y`` goes to."""
        mark = self.mark_at(y)
        if mark is not None:
            return mark.start
        scale = self._scale()
        return self.column.paragraph_at_y(y / scale) if scale else None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.paragraph_at(event.position().y())
            if index is not None:
                self.jump_requested.emit(index)

    def event(self, event) -> bool:  # Qt override: tooltips of the marks
        if event.type() == event.Type.ToolTip:
            mark = self.mark_at(event.pos().y())
            if mark is not None:
                QToolTip.showText(event.globalPos(), describe(mark, self.column.side), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

