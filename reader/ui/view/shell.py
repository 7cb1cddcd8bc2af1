"""What a feature controller needs of the window it extends: the :class:`Shell` interface.

Link editing, annotations, translation, projects, export, words, the navigator and the contents each
take a shell (and the other controllers they use) instead of the whole main window.
:class:`ShellWindow` implements it over a QMainWindow's menus, actions, docks and status bar;
:class:`reader.ui.mainwindow.MainWindow` is one, and a test can build one controller over a small one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

if TYPE_CHECKING:
    from reader.ui.base.context import Context
    from reader.ui.view.pairview import PairView


class Shell(Protocol):
    """The window as a controller sees it: the shared context, the two columns, menus, status line and docks."""

    @property
    def context(self) -> Context:
        """The window's shared state and signals."""

    @property
    def pair_view(self) -> PairView:
        """The two columns and the gutter between them."""

    def widget(self) -> QWidget:
        """The window itself: the parent of the controller's actions, docks and dialogs."""

    def menu(self, name: str) -> QMenu:
        """The menu ``name`` ("file", "edit", "view", "go", "tools", "help", "recent")."""

    def action(self, name: str) -> QAction:
        """The window's own action ``name`` (see :mod:`reader.ui.base.actions`), e.g. "quit" to insert before."""

    def add_action(self, action: QAction) -> None:
        """Let ``action``'s shortcut work anywhere in the window, also when no menu shows it."""

    def add_dock(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None:
        """Put ``dock`` in ``area`` of the window."""

    def add_status_widget(self, widget: QWidget) -> None:
        """Show ``widget`` for good at the right of the status bar."""

    def show_message(self, text: str, timeout: int = 0) -> None:
        """Say ``text`` in the status bar (for ``timeout`` milliseconds; 0: until the next message)."""

    def clear_message(self, text: str) -> None:
        """Take ``text`` off the status bar if it still says it (a later message stays)."""


class ShellWindow(QMainWindow):
    """A main window as a :class:`Shell`; the subclass sets ``context``, ``pair_view``, ``menus`` (by name) and
    ``action_map`` (its own actions by name)."""

    context: Context
    pair_view: PairView
    menus: dict[str, QMenu]
    action_map: dict[str, QAction]

    def widget(self) -> QWidget:
        return self

    def menu(self, name: str) -> QMenu:
        return self.menus[name]

    def action(self, name: str) -> QAction:
        return self.action_map[name]

    def add_action(self, action: QAction) -> None:
        self.addAction(action)

    def add_dock(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None:
        self.addDockWidget(area, dock)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def show_message(self, text: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(text, timeout)

    def clear_message(self, text: str) -> None:
        if self.statusBar().currentMessage() == text:
            self.statusBar().clearMessage()
