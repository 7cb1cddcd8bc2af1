"""The link gutter between the columns: a band from each linked group on the left to its counterpart.

Bands are filled bezier quads shaded by confidence; weak links take the warning colour, the
selected link is drawn on top with an outline. Only links touching the visible part are painted.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reader.core.align import Link
from reader.core.links import LinkIndex
from reader.ui.view.column import ColumnView
from reader.ui.base.theme import LIGHT, Colors

BAND_INSET = 3.0


class LinkGutter(QWidget):
    """Paints the links between a left and a right ColumnView."""

    #: a band was clicked: the link it shows
    link_clicked = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.left: ColumnView | None = None
        self.right: ColumnView | None = None
        self.links = LinkIndex(None)
        self.selected: Link | None = None
        self.colors: Colors = LIGHT
        self.weak_threshold = 0.6
        self._firsts: dict[str, tuple[list[int], list[Link]]] = {}
        self.setMinimumWidth(36)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setObjectName("link_gutter")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(72, 400)

    def set_columns(self, left: ColumnView, right: ColumnView) -> None:
        """The views whose paragraphs the bands connect (call again after swapping sides)."""
        self.left, self.right = left, right
        self._index_firsts()
        self.update()

    def set_links(self, links: LinkIndex) -> None:
        self.links = links
        self._index_firsts()
        self.update()

    def _index_firsts(self) -> None:
        self._firsts = {}
        for side in ("ru", "en"):
            ordered = sorted(self.links.links, key=lambda link: link.side(side)[0])
            self._firsts[side] = ([link.side(side)[0] for link in ordered], ordered)

    def set_selected(self, link: Link | None) -> None:
        self.selected = link
        self.update()

    def _neighbours(self, side: str, first: int, last: int) -> list[Link]:
        """Links with a paragraph of ``side`` in [first, last], plus the nearest one on each side."""
        starts, ordered = self._firsts.get(side, ([], []))
        lo = bisect.bisect_left(starts, first)
        hi = bisect.bisect_right(starts, last)
        chosen = ordered[max(0, lo - 1): hi + 1]
        by_side = self.links.by_side[side]
        chosen.extend(by_side[i] for i in range(first, last + 1) if i in by_side)
        return chosen

    def visible_links(self) -> list[Link]:
        """Links with a member on screen in either column (or passing across the screen)."""
        if self.left is None or self.right is None or not self.links.links:
            return []
        found: dict[int, Link] = {}
        for view in (self.left, self.right):
            shown = view.visible_range()
            if shown is None:
                continue
            for link in self._neighbours(view.side, *shown):
                found[id(link)] = link
        return list(found.values())

    def _offset(self, view: ColumnView) -> float:
        return self.mapFromGlobal(view.viewport().mapToGlobal(QPoint(0, 0))).y()

    def band(self, link: Link) -> QPainterPath | None:
        """The band of ``link`` in gutter coordinates, or None when a side is hidden (or no columns are set)."""
        if self.left is None or self.right is None:
            return None
        left_ids, right_ids = link.side(self.left.side), link.side(self.right.side)
        lt, lb = self.left.paragraph_extent(left_ids)
        rt, rb = self.right.paragraph_extent(right_ids)
        if lb <= lt or rb <= rt:
            return None
        dl = self._offset(self.left) - self.left.scroll_offset()
        dr = self._offset(self.right) - self.right.scroll_offset()
        lt, lb = lt + dl + BAND_INSET, lb + dl - BAND_INSET
        rt, rb = rt + dr + BAND_INSET, rb + dr - BAND_INSET
        w = float(self.width())
        path = QPainterPath(QPointF(0, lt))
        path.cubicTo(QPointF(w / 2, lt), QPointF(w / 2, rt), QPointF(w, rt))
        path.lineTo(QPointF(w, max(rt + 1, rb)))
        path.cubicTo(QPointF(w / 2, rb), QPointF(w / 2, lb), QPointF(0, max(lt + 1, lb)))
        path.closeSubpath()
        return path

    def _fill(self, link: Link) -> QColor:
        base = self.colors.weak if link.score < self.weak_threshold and not link.fixed else self.colors.band
        color = QColor(base)
        color.setAlphaF(0.12 + 0.30 * max(0.0, min(1.0, link.score)))
        return color

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.left is None or self.right is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected_path = None
        for link in self.visible_links():
            path = self.band(link)
            if path is None:
                continue
            if link is self.selected:
                selected_path = path
                continue
            fill = self._fill(link)
            edge = QColor(fill)
            edge.setAlphaF(min(1.0, fill.alphaF() + 0.45))
            painter.setBrush(fill)
            painter.setPen(QPen(edge, 1.0))
            painter.drawPath(path)
        if selected_path is not None:
            color = QColor(self.colors.band_selected)
            color.setAlphaF(0.55)
            painter.setBrush(color)
            painter.setPen(QPen(self.colors.band_selected, 1.5))
            painter.drawPath(selected_path)
        painter.end()

    def link_at(self, pos: QPointF) -> Link | None:
        """The link whose band covers gutter position ``pos``."""
        for link in self.visible_links():
            path = self.band(link)
            if path is not None and path.contains(pos):
                return link
        return None

    def tooltip_for(self, link: Link) -> str:
        """What hovering over a band says: the confidence and who made the link."""
        origin = {"auto": self.tr("found automatically"), "confirmed": self.tr("confirmed"),
                  "manual": self.tr("made by hand")}.get(getattr(link.origin, "value", str(link.origin)), "")
        return self.tr("Link confidence {score:.0%}, {origin}").format(score=link.score, origin=origin)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            link = self.link_at(QPointF(event.pos()))
            if link is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_for(link), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        link = self.link_at(event.position())
        if link is not None and event.button() == Qt.MouseButton.LeftButton:
            self.link_clicked.emit(link)
        super().mousePressEvent(event)
