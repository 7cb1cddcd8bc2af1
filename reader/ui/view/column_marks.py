"""What a column paints over its text: highlight layers, paragraph backgrounds, margin marks, paragraph numbers,
and the tooltips they carry (the painting layer of :class:`reader.ui.view.column.ColumnView`)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QToolTip

from reader.ui.view.column_geometry import MARK_OFFSET, PAD, ColumnGeometry
from reader.ui.view.highlights import Highlight, HighlightLayers
from reader.ui.view.paragraph_numbers import GAP as NUMBER_GAP, NumberLabel
from reader.ui.base.theme import LIGHT, Colors

MARK_WIDTH = 4


@dataclass
class Mark:
    """A margin mark beside a paragraph (e.g. "no counterpart")."""

    color: QColor
    tooltip: str = ""


class ColumnMarks(ColumnGeometry):
    """A column that paints highlight layers, paragraph backgrounds, margin marks and paragraph numbers."""

    def __init__(self, side: str, parent=None):
        super().__init__(side, parent)
        self.colors: Colors = LIGHT
        self._layers = HighlightLayers(self.block, self.paragraph_count)
        self._batch_depth = 0
        self._dirty = False
        self._marks: dict[int, Mark] = {}
        self._backgrounds: dict[int, QColor] = {}

    def set_highlights(self, layer: str, highlights: list[Highlight], z: int | None = None) -> None:
        """Replace the highlights of ``layer`` (e.g. "find", or an extension's "annotations").

        Whole-paragraph highlights (start and end None) paint the paragraph's background;
        ranges become extra selections. Layers are drawn in the order of their ``z``.
        """
        if not self._layers.set(layer, highlights, z):
            return
        if self._batch_depth == 0:
            self._apply_layers()
        else:
            self._dirty = True

    def highlights(self, layer: str) -> list[Highlight]:
        return self._layers.items(layer)

    @contextlib.contextmanager
    def batch(self):
        """Apply several ``set_highlights`` calls at once (one repaint)."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._dirty:
                self._dirty = False
                self._apply_layers()

    def _apply_layers(self) -> None:
        selections, self._backgrounds = self._layers.compose()
        self.setExtraSelections(selections)
        self.viewport().update()

    def paragraph_background(self, index: int) -> QColor | None:
        """The colour painted behind paragraph ``index`` (selection, counterpart, …), if any."""
        return self._backgrounds.get(index)

    def set_marks(self, marks: dict[int, Mark]) -> None:
        """Margin marks by paragraph index (replaces all marks)."""
        self._marks = dict(marks)
        self.viewport().update()

    def marks(self) -> dict[int, Mark]:
        return dict(self._marks)

    def set_show_numbers(self, show: bool) -> None:
        """Show or hide each paragraph's index in the left margin (the margin widens to fit if needed)."""
        if show == self._numbers.enabled:
            return
        self._numbers.enabled = show
        self._margin = -1.0
        if self.document_model is not None:
            self._apply_margins()
        self.viewport().update()
        self.geometry_changed.emit()

    def shows_numbers(self) -> bool:
        return self._numbers.enabled

    def number_labels(self) -> list[NumberLabel]:
        """The paragraph numbers painted now (shown paragraphs on screen), in viewport coordinates."""
        shown = self.visible_range() if self._numbers.enabled else None
        if shown is None:
            return []
        right = self._margin - MARK_OFFSET - NUMBER_GAP
        labels = []
        for index in range(shown[0], shown[1] + 1):
            if not self.is_shown(index):
                continue
            layout = self.line_layout(index)
            if layout.lineCount() == 0:
                continue
            line = layout.lineAt(0)
            baseline = self.to_viewport_y(self.paragraph_rect(index).top() + line.y() + line.ascent())
            labels.append(self._numbers.label(index, baseline, right))
        return labels

    def _text_rect(self, index: int) -> QRectF:
        """The area of paragraph ``index``'s lines in viewport coordinates (block margins excluded)."""
        rect = self.paragraph_rect(index)
        return QRectF(rect.left(), self.to_viewport_y(rect.top()), rect.width(), rect.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Paragraph backgrounds under the text, then the text, then the margin marks and numbers."""
        shown = self.visible_range() if (self._marks or self._backgrounds or self._numbers.enabled) else None
        if shown is None:
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(shown[0], shown[1] + 1):
            color = self._backgrounds.get(index)
            if color is not None and self.is_shown(index):
                painter.setBrush(color)
                painter.drawRoundedRect(self._text_rect(index).adjusted(-PAD, -PAD / 2, PAD, PAD / 2), 3, 3)
        painter.end()
        super().paintEvent(event)
        if not self._marks and not self._numbers.enabled:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._numbers.paint(painter, self.number_labels(), self.colors.muted_text)
        painter.setPen(Qt.PenStyle.NoPen)
        x = self._margin - MARK_OFFSET
        for index in range(shown[0], shown[1] + 1):
            mark = self._marks.get(index)
            if mark is None or not self.is_shown(index):
                continue
            rect = self._text_rect(index)
            painter.setBrush(mark.color)
            painter.drawRoundedRect(QRectF(x, rect.top() + 1, MARK_WIDTH, max(8.0, rect.height() - 2)), 2, 2)
        painter.end()

    def tooltip_at(self, pos: QPoint) -> str:
        """What the tooltip at viewport ``pos`` says (highlight notes, then the margin mark)."""
        found = self.hit(pos)
        if found is None:
            return ""
        index, offset = found
        notes = self._layers.tooltips(index, offset)
        mark = self._marks.get(index)
        if mark is not None and mark.tooltip:
            notes.append(mark.tooltip)
        return "\n".join(dict.fromkeys(notes))

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
