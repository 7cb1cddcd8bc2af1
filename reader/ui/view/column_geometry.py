"""The geometry of a column: where each paragraph lies, which are on screen, scrolling, margins and hidden paragraphs.

The bottom layer of :class:`reader.ui.view.column.ColumnView`: document coordinates ↔ paragraphs, the text measure and
the left margin (room for marks and numbers), and the visibility of meta, caption and duplicate paragraphs.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QTextBrowser

from reader.core.document import Document
from reader.ui.view.column_layout import ColumnLayout
from reader.ui.view import render
from reader.ui.view.overview import WIDTH as OVERVIEW_WIDTH, OverviewStrip
from reader.ui.view.paragraph_numbers import ParagraphNumbers

MEASURE_CHARS = 72  # comfortable line length, in average characters
PAD = 6.0  # room around a highlighted paragraph
MARK_OFFSET = PAD + 8  # the margin-mark strip starts this far left of the text
MIN_MARGIN = 24.0


class ColumnGeometry(QTextBrowser):
    """Paragraph ↔ position mapping, scrolling and margins of a column of paragraphs (one QTextBlock each)."""

    #: the laid-out geometry changed (size, font, hidden paragraphs): maps and gutter must update
    geometry_changed = Signal()

    def __init__(self, side: str, parent=None):
        super().__init__(parent)
        #: "ru" or "en"
        self.side = side
        self.document_model: Document | None = None
        self._font = render.reading_font("", 12)
        self._show_muted = True
        #: paragraph index → block number (extra blocks sit between paragraphs)
        self._block_numbers: list[int] = []
        self._numbers = ParagraphNumbers()
        self._margin = -1.0
        self._visible_cache: tuple | None = None
        #: the strip beside the scroll bar marking gaps and weak links in the whole text (reader.ui.view.overview)
        self.overview = OverviewStrip(self)
        self.setViewportMargins(0, 0, OVERVIEW_WIDTH, 0)
        # a scroll bar that comes and goes changes the width, and a long text is measured again at each width
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def block(self, index: int):
        """The QTextBlock of paragraph ``index``."""
        return self.document().findBlockByNumber(self._block_numbers[index])

    def line_layout(self, index: int) -> QTextLayout:
        """The laid-out lines of paragraph ``index`` (positions relative to its :meth:`paragraph_rect`)."""
        layout = self.document().documentLayout()
        assert isinstance(layout, ColumnLayout)
        return layout.line_layout(self.block(index))

    def paragraph_count(self) -> int:
        return len(self._block_numbers)

    def _apply_margins(self, document=None) -> None:
        """Set the text measure and the margins (on ``document``, a text document about to be shown, if given)."""
        width = self.viewport().width()
        target = document or self.document()
        if target.pageSize().width() != width:  # as the text edit will set it: laid out once, at the new width
            target.setPageSize(QSizeF(width, -1))
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARS * self._font.pointSizeF() / max(
            1.0, self.font().pointSizeF())
        self._numbers.update(self.font(), self._font, self.paragraph_count())
        margin = max(MIN_MARGIN, self._numbers.room(MARK_OFFSET), (width - measure) / 2)
        if abs(margin - self._margin) < 1:
            return
        self._margin = margin
        root = target.rootFrame()
        fmt = root.frameFormat()
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        fmt.setTopMargin(16)
        fmt.setBottomMargin(max(16, self.viewport().height() // 2))
        root.setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._apply_margins()  # first: the text edit lays the text out again at once, at the new margins
        super().resizeEvent(event)
        port = self.viewport().geometry()
        self.overview.setGeometry(port.right() + 1, port.top(), OVERVIEW_WIDTH, port.height())
        self.geometry_changed.emit()

    def _on_size_changed(self, _size) -> None:
        self.geometry_changed.emit()

    def paragraph_rect(self, index: int) -> QRectF:
        """Bounding rectangle of paragraph ``index`` in document coordinates (height 0 when hidden)."""
        layout = self.document().documentLayout()
        if hasattr(layout, "number_rect"):  # the column's own layout (reader.ui.view.column_layout): by number
            return layout.number_rect(self._block_numbers[index])
        block = self.block(index)
        if not block.isVisible():
            rect = self.document().documentLayout().blockBoundingRect(block)
            return QRectF(rect.x(), rect.y(), rect.width(), 0)
        return self.document().documentLayout().blockBoundingRect(block)

    def paragraph_extent(self, indices) -> tuple[float, float]:
        """(top, bottom) in document coordinates of the paragraphs ``indices`` taken together."""
        first, last = self.paragraph_rect(min(indices)), self.paragraph_rect(max(indices))
        return first.top(), max(first.bottom(), last.bottom())

    def scroll_offset(self) -> int:
        return self.verticalScrollBar().value()

    def to_viewport_y(self, y: float) -> float:
        """A document y coordinate as a viewport y coordinate."""
        return y - self.verticalScrollBar().value()

    def hit(self, pos: QPoint) -> tuple[int, int] | None:
        """(paragraph index, character offset) at viewport position ``pos``, or None (extra block, nothing)."""
        if self.document_model is None or not self._block_numbers:
            return None
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        state = block.userState()
        if state < 0:
            return None
        return state, cursor.position() - block.position()

    def paragraph_at_y(self, y: float) -> int | None:
        """The paragraph at document y coordinate ``y`` (nearest block; extra blocks skipped)."""
        layout = self.document().documentLayout()
        position = layout.hitTest(QPointF(self._margin + 1, y), Qt.HitTestAccuracy.FuzzyHit)
        if position < 0:
            return None
        block = self.document().findBlock(position)
        while block.isValid() and (block.userState() < 0 or not block.isVisible()):
            block = block.next()
        if not block.isValid():
            block = self.document().lastBlock()
            while block.isValid() and (block.userState() < 0 or not block.isVisible()):
                block = block.previous()
        return block.userState() if block.isValid() else None

    def visible_range(self) -> tuple[int, int] | None:
        """First and last paragraph (partly) on screen (cached until the view scrolls or re-lays out)."""
        if not self._block_numbers:
            return None
        top = self.verticalScrollBar().value()
        key = (top, self.viewport().size(), id(self.document()), self.document().size(), self._show_muted)
        if self._visible_cache is not None and self._visible_cache[0] == key:
            return self._visible_cache[1]
        first = self.paragraph_at_y(top)
        last = self.paragraph_at_y(top + self.viewport().height())
        shown = None if first is None or last is None else (min(first, last), max(first, last))
        if shown is not None:  # the nearest block to the bottom edge may start below it (in the margin)
            first, last = shown
            while last > first and self.paragraph_rect(last).top() >= top + self.viewport().height():
                last -= 1
            shown = (first, last)
        self._visible_cache = (key, shown)
        return shown

    def first_visible_paragraph(self) -> int | None:
        shown = self.visible_range()
        return shown[0] if shown else None

    def is_paragraph_visible(self, index: int) -> bool:
        """Whether any part of paragraph ``index`` is inside the viewport."""
        top, bottom = self.paragraph_extent([index])
        view_top = self.verticalScrollBar().value()
        return bottom > view_top and top < view_top + self.viewport().height() and bottom > top

    def scroll_to_y(self, y: float) -> None:
        """Scroll so document position ``y`` is at the top (as far as the text goes).

        Qt widens the scroll range only in a later event after the text is laid out, so a jump made at
        once (to a remembered place as the pair opens, to a find result) would stop at the old end: the
        range is brought up to the laid-out height first."""
        bar = self.verticalScrollBar()
        value = int(max(0.0, y))
        if value > bar.maximum():
            layout = self.document().documentLayout()
            if hasattr(layout, "measure_to"):  # the text down there is measured first (reader.ui.view.column_layout)
                layout.measure_to(value + self.viewport().height())
            height = layout.documentSize().height()
            room = int(math.ceil(height - self.viewport().height()))
            if room > bar.maximum():
                bar.setRange(bar.minimum(), room)
        bar.setValue(value)

    def scroll_to_paragraphs(self, indices, *, force: bool = False) -> None:
        """Scroll so the paragraphs ``indices`` are in view (a quarter from the top if they must move)."""
        if not indices:
            return
        top, bottom = self.paragraph_extent(indices)
        view_top = self.verticalScrollBar().value()
        height = self.viewport().height()
        if not force and top >= view_top and bottom <= view_top + height:
            return
        if bottom - top > height * 0.75:
            target = top - 16
        else:
            target = top - height / 4
        self.scroll_to_y(target)

    def set_show_muted(self, show: bool) -> None:
        """Show or hide meta, caption and duplicate paragraphs."""
        self._show_muted = show
        self._apply_visibility()
        self.geometry_changed.emit()

    def is_shown(self, index: int) -> bool:
        """Whether paragraph ``index`` is displayed (not a hidden meta/caption/duplicate paragraph)."""
        return self._show_muted or self.document_model is None or self.document_model.paragraphs[index].kind.alignable

    def _apply_visibility(self, document=None) -> None:
        """Hide or show the muted paragraphs (of ``document``, a text document about to be shown, if given)."""
        if self.document_model is None:
            return
        target = document or self.document()
        changed = False
        for paragraph in self.document_model.paragraphs:
            if paragraph.kind.alignable:
                continue
            block = target.findBlockByNumber(self._block_numbers[paragraph.index])
            if block.isVisible() != self._show_muted:
                block.setVisible(self._show_muted)
                changed = True
        if changed:
            target.markContentsDirty(0, target.characterCount())
            self.viewport().update()
