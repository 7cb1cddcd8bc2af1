"""Closing safely: Quit, closing the window and opening another pair ask about unsaved changes (the message box
driven for real); the recovery offer comes only after a crash, names the pair and time, and does not block."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from pairs import write_texts
from reader.core.project.recovery import find_recoverable, recovery_dir

from .helpers import new_window, wait_aligned

Button = QMessageBox.StandardButton
# the offscreen platform says so of every message box shown; nothing else may warn
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class FromTheWindowSystem(QCloseEvent):
    """A close event as the window manager sends it (Qt marks those spontaneous; a close() from code is not,
    and keeps unsaved changes in the recovery file without asking)."""

    def spontaneous(self) -> bool:
        return True


def clear_recovery():
    for file in recovery_dir().glob("*.json") if recovery_dir().is_dir() else ():
        file.unlink()


def answer(button, seen: list) -> None:
    """Click ``button`` of the next modal message box once it is open (and note its text)."""
    tries = [0]

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] += 1
            if tries[0] < 500:
                QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, click)


def open_with_change(qtbot, window, folder):
    paths = write_texts(folder)
    assert window.open_pair(*paths)
    wait_aligned(qtbot, window.context)
    window.pair_view.view("ru").select_text(2, 0, 6)
    assert window.annotations.highlight_selection("a note")
    assert window.projects.dirty()
    return paths


def test_quit_asks_and_cancel_keeps_the_window(qtbot, window, tmp_path):
    clear_recovery()
    paths = open_with_change(qtbot, window, tmp_path)
    seen: list = []
    answer(Button.Cancel, seen)
    window.action_map["quit"].trigger()
    assert seen and all(name in seen[0] for name in (paths[0].name, paths[1].name))
    assert window.isVisible() and window.projects.dirty()
    answer(Button.Discard, seen)
    window.action_map["quit"].trigger()
    assert len(seen) == 2 and not window.isVisible()
    assert find_recoverable() == []  # discarded on purpose: nothing is offered at the next start


def test_closing_the_window_asks_and_save_saves(qtbot, window, tmp_path):
    clear_recovery()
    open_with_change(qtbot, window, tmp_path)
    path = tmp_path / "kept.preader"
    window.projects.ask_save_path = lambda: str(path)
    seen: list = []
    answer(Button.Cancel, seen)
    refused = FromTheWindowSystem()
    window.closeEvent(refused)  # the title bar's close button, Alt+F4
    assert seen and not refused.isAccepted() and window.projects.dirty()
    answer(Button.Save, seen)
    closing = FromTheWindowSystem()
    window.closeEvent(closing)
    assert len(seen) == 2 and closing.isAccepted()
    assert path.exists() and not window.projects.dirty() and find_recoverable() == []


def test_opening_another_pair_asks_first(qtbot, window, tmp_path):
    clear_recovery()
    first = open_with_change(qtbot, window, tmp_path)
    (tmp_path / "other").mkdir()
    other = write_texts(tmp_path / "other")
    seen: list = []
    answer(Button.Cancel, seen)
    window.open_pair_in_background(*other)
    assert seen and not window.is_loading()
    assert window.context.pair.paths == tuple(str(p) for p in first)
    answer(Button.Discard, seen)
    window.open_pair_in_background(*other)
    qtbot.waitUntil(lambda: window.context.pair.paths == tuple(str(p) for p in other), timeout=20000)
    assert len(seen) == 2 and not window.projects.dirty() and find_recoverable() == []


def test_no_question_without_changes(qtbot, window, tmp_path):
    clear_recovery()
    assert window.open_pair(*write_texts(tmp_path))
    wait_aligned(qtbot, window.context)
    assert window.quit() and not window.isVisible()  # no box: nothing to lose


def test_recovery_offered_after_a_crash_names_the_pair_and_does_not_block(qtbot, tmp_path):
    clear_recovery()
    crashed = new_window(qtbot, tmp_path / "settings.ini")
    paths = open_with_change(qtbot, crashed, tmp_path)
    assert crashed.projects.autosave_now() is not None  # the minute's autosave; then the program died
    crashed.context.commands.clear()
    (state,) = find_recoverable()
    window = new_window(qtbot, tmp_path / "settings.ini")  # the next start
    assert not window.projects.offer_recovery()  # offered, not opened yet
    box = window.projects.recovery_box
    assert box is not None and box.isVisible() and not box.isModal()
    assert QApplication.activeModalWidget() is None  # nothing blocks the window
    assert paths[0].name in box.text() and paths[1].name in box.text() and "did not close properly" in box.text()
    import datetime

    from PySide6.QtCore import QDateTime, QLocale

    saved = int(datetime.datetime.fromisoformat(state.saved_at).timestamp())
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(saved), QLocale.FormatType.ShortFormat)
    assert when in box.text()  # the time of the last autosave, in the person's local time
    assert window.open_pair(*paths)  # the person may open a pair meanwhile
    with qtbot.waitSignal(window.projects.project_opened, timeout=30000):
        box.button(Button.Open).click()
    assert [a.note for a in window.annotations.annotations] == ["a note"] and window.projects.dirty()


def test_no_recovery_after_a_clean_exit(qtbot, tmp_path):
    clear_recovery()
    first = new_window(qtbot, tmp_path / "settings.ini")
    open_with_change(qtbot, first, tmp_path)
    first.projects.autosave_now()
    seen: list = []
    answer(Button.Discard, seen)
    assert first.quit()
    assert find_recoverable() == []
    second = new_window(qtbot, tmp_path / "settings.ini")
    assert not second.projects.offer_recovery() and second.projects.recovery_box is None
