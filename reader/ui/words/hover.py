"""Watching the pointer over the columns: moves, leaving, clicks and context menus on the viewports.

An event filter installed on each column's viewport; it only watches (every event goes on to the
column as before) and reports to callables: ``moved(side, pos)``, ``left(side)``,
``clicked(side, pos)`` (a press and release without a drag or a text selection) and
``menu(side, pos)`` (just before the column opens its context menu there).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt

#: a press and release closer than this (Manhattan distance, pixels) is a click
CLICK_DISTANCE = 4


class HoverFilter(QObject):
    """Reports pointer events of the columns' viewports (see the module docstring)."""

    def __init__(self, views: dict, moved: Callable[[str, QPoint], None], left: Callable[[str], None],
                 clicked: Callable[[str, QPoint], None], menu: Callable[[str, QPoint], None], parent=None):
        super().__init__(parent)
        self.moved, self.left, self.clicked, self.menu = moved, left, clicked, menu
        self._sides = {}
        self._views = views
        self._pressed: QPoint | None = None
        for side, view in views.items():
            viewport = view.viewport()
            viewport.setMouseTracking(True)
            viewport.installEventFilter(self)
            self._sides[viewport] = side

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        side = self._sides.get(watched)
        if side is None:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            if event.buttons() == Qt.MouseButton.NoButton:
                self.moved(side, event.position().toPoint())
        elif kind == QEvent.Type.Leave:
            self.left(side)
        elif kind == QEvent.Type.MouseButtonPress:
            self._pressed = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        elif kind == QEvent.Type.MouseButtonRelease:
            pressed, self._pressed = self._pressed, None
            pos = event.position().toPoint()
            if (event.button() == Qt.MouseButton.LeftButton and pressed is not None
                    and (pos - pressed).manhattanLength() <= CLICK_DISTANCE
                    and not self._views[side].textCursor().hasSelection()):
                self.clicked(side, pos)
        elif kind == QEvent.Type.ContextMenu:
            self.menu(side, event.pos())
        return False
