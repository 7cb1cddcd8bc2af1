"""Mouse gestures and drawing for link editing: drag a paragraph across the gutter, Ctrl/Shift-click, outlines.

An event filter on both column viewports turns
- a press on a paragraph, a drag out of its column across the gutter and a release over the
  other column into ``dropped(side, index, offset, other_index, other_offset)``;
- Ctrl+click into ``mark_toggled(side, index, False)`` and Shift+click into
  ``mark_toggled(side, index, True)`` (extend the marks to ``index``).
While dragging, a line is drawn from the paragraph to the pointer over the reading pane.
``OriginOutlines`` draws over the link gutter: confirmed links get a solid outline, manual links
a green one (automatic links have none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from reader.core.sides import other_side

if TYPE_CHECKING:
    from reader.ui.view.gutter import LinkGutter

#: how far (pixels) the pointer must leave the column before a drag becomes a link drag
LEAVE_MARGIN = 2


class DragLine(QWidget):
    """A line over the reading pane from the dragged paragraph to the pointer (ignores the mouse)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setObjectName("link_drag_line")
        self.color = QColor("#e08a00")
        self.start = QPointF()
        self.end = QPointF()
        self.hide()

    def show_line(self, start: QPointF, end: QPointF) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.start, self.end = start, end
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.color, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self.start, self.end)
        painter.setBrush(self.color)
        for point in (self.start, self.end):
            painter.drawEllipse(point, 4.0, 4.0)
        painter.end()


class LinkGestures(QObject):
    """Watches the two columns of a PairView for link drags and marking clicks."""

    #: a paragraph was dragged onto one of the other side: (side, index, offset, other index, other offset)
    dropped = Signal(str, int, int, int, int)
    #: Ctrl+click (extend False) or Shift+click (extend True) on paragraph ``index`` of ``side``
    mark_toggled = Signal(str, int, bool)

    def __init__(self, pair_view, parent: QObject | None = None):
        super().__init__(parent)
        self.pair_view = pair_view
        self.line = DragLine(pair_view)
        self._source: tuple[str, int, int] | None = None  # (side, paragraph, offset) pressed on
        self.dragging = False
        for view in pair_view.views.values():
            view.viewport().installEventFilter(self)

    def _side_of(self, watched) -> str | None:
        for side, view in self.pair_view.views.items():
            if view.viewport() is watched:
                return side
        return None

    def _global(self, watched, event) -> QPoint:
        return watched.mapToGlobal(event.position().toPoint())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            return False
        side = self._side_of(watched)
        if side is None:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            return self._pressed(side, event)
        if kind == QEvent.Type.MouseMove:
            return self._moved(watched, event)
        return self._released(watched, side, event)

    def _pressed(self, side: str, event) -> bool:
        self._source, self.dragging = None, False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        found = self.pair_view.view(side).hit(event.position().toPoint())
        if found is None:
            return False
        modifiers = event.modifiers()
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.mark_toggled.emit(side, found[0], bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
            return True  # a marking click: no text selection, no paragraph activation
        self._source = (side, found[0], found[1])
        return False

    def _over_other(self, global_pos: QPoint) -> tuple[int, int] | None:
        """(paragraph, offset) of the other column under ``global_pos``, if the pointer is there."""
        if self._source is None:
            return None
        view = self.pair_view.view(other_side(self._source[0]))
        local = view.viewport().mapFromGlobal(global_pos)
        if not view.viewport().rect().contains(local):
            return None
        return view.hit(local)

    def _outside_source(self, watched, global_pos: QPoint) -> bool:
        x = watched.mapFromGlobal(global_pos).x()
        return x < -LEAVE_MARGIN or x > watched.width() + LEAVE_MARGIN

    def _moved(self, watched, event) -> bool:
        if self._source is None:
            return False
        global_pos = self._global(watched, event)
        if not self.dragging and self._outside_source(watched, global_pos):
            self.dragging = True
            source_view = self.pair_view.view(self._source[0])
            cursor = source_view.textCursor()
            cursor.clearSelection()
            source_view.setTextCursor(cursor)
        if not self.dragging:
            return False
        self._draw(global_pos)
        return True

    def _draw(self, global_pos: QPoint) -> None:
        if self._source is None:
            return
        side, index, _ = self._source
        view = self.pair_view.view(side)
        rect = view.paragraph_rect(index)
        x = view.viewport().width() if side == self.pair_view.left_side else 0
        anchor = view.viewport().mapToGlobal(QPoint(int(x), int(view.to_viewport_y(rect.top() + min(rect.height(), 24) / 2))))
        self.line.show_line(QPointF(self.pair_view.mapFromGlobal(anchor)), QPointF(self.pair_view.mapFromGlobal(global_pos)))

    def _released(self, watched, side: str, event) -> bool:
        source, dragging = self._source, self.dragging
        self._source, self.dragging = None, False
        self.line.hide()
        if source is None or not dragging:
            return False
        if watched is self.pair_view.view(source[0]).viewport():
            self._source = source
            target = self._over_other(self._global(watched, event))
            self._source = None
        else:  # a release delivered to the other column itself
            target = self.pair_view.view(side).hit(event.position().toPoint())
        if target is not None:
            self.dropped.emit(source[0], source[1], source[2], target[0], target[1])
        return True


#: outline colours of links made by hand (light, dark theme)
MANUAL_COLORS = (QColor("#1f9d55"), QColor("#5fd38d"))


def origin_pen(link, colors) -> QPen | None:
    """The outline that tells confirmed (solid, band colour) and manual (green) links from automatic ones."""
    if link.origin.value == "manual":
        return QPen(MANUAL_COLORS[1 if colors.dark else 0], 2.2)
    if link.origin.value == "confirmed":
        color = QColor(colors.band)
        color.setAlphaF(1.0)
        return QPen(color, 2.2)
    return None


class OriginOutlines(QWidget):
    """Drawn over the link gutter: an outline on every confirmed or manual link's band."""

    def __init__(self, gutter: LinkGutter):
        super().__init__(gutter)
        self.gutter = gutter
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setObjectName("link_origin_outlines")
        gutter.installEventFilter(self)
        self.setGeometry(gutter.rect())
        self.show()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.gutter and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.gutter.rect())
        return False

    def outlined(self) -> list:
        """(link, pen) of the visible links that get an outline."""
        if self.gutter.left is None or self.gutter.right is None:
            return []
        found = []
        for link in self.gutter.visible_links():
            pen = origin_pen(link, self.gutter.colors)
            if pen is not None:
                found.append((link, pen))
        return found

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for link, pen in self.outlined():
            path = self.gutter.band(link)
            if path is not None:
                painter.setPen(pen)
                painter.drawPath(path)
        painter.end()
