"""The Shell the controllers take: the main window and the small test shell give the same answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from reader.ui.view.shell import Shell

MEMBERS = [name for name in vars(Shell) if not name.startswith("_")]


@pytest.fixture(params=["window", "shell"])
def any_shell(request):
    """The whole main window, then the small shell the controller tests use."""
    return request.getfixturevalue(request.param)


def test_the_shell_declares_what_controllers_use():
    assert sorted(MEMBERS) == sorted(["context", "pair_view", "widget", "menu", "action", "add_action", "add_dock",
                                      "add_status_widget", "show_message", "clear_message"])


def test_both_implement_every_member(any_shell, context):
    assert all(hasattr(any_shell, name) for name in MEMBERS)
    assert any_shell.context is context and any_shell.widget() is any_shell
    assert any_shell.pair_view.context is context
    assert any_shell.menu("file") is any_shell.menus["file"] and any_shell.menu("tools").title() == "&Tools"
    assert any_shell.action("quit") in any_shell.menu("file").actions()
    with pytest.raises(KeyError):
        any_shell.menu("no such menu")


def test_messages_docks_status_widgets_and_window_wide_actions(qtbot, any_shell):
    from PySide6.QtGui import QAction

    any_shell.show_message("Looked up.", 5000)
    assert any_shell.statusBar().currentMessage() == "Looked up."
    any_shell.clear_message("Something else.")  # another message is not taken away
    assert any_shell.statusBar().currentMessage() == "Looked up."
    any_shell.clear_message("Looked up.")
    assert any_shell.statusBar().currentMessage() == ""
    dock = QDockWidget("Test dock", any_shell.widget())
    dock.setObjectName("test_dock")
    any_shell.add_dock(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    assert any_shell.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    label = QLabel("status")
    any_shell.add_status_widget(label)
    assert label.parent() is not None and label.window() is any_shell
    action = QAction("Hidden", any_shell.widget())
    triggered = []
    action.setShortcut("Ctrl+Alt+F12")
    action.triggered.connect(lambda: triggered.append(True))
    any_shell.add_action(action)
    assert action in any_shell.actions()
    any_shell.activateWindow()
    qtbot.keyClick(any_shell.pair_view.view("ru"), Qt.Key.Key_F12,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert triggered == [True]  # in no menu, the shortcut works anywhere in the window
