"""The note dialog works from the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.ui.annotations.note_dialog import NoteDialog

# the offscreen platform warns when any top-level dialog is shown
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_ctrl_return_saves_the_note(qtbot):
    dialog = NoteDialog(None, "Note on the Paragraph", "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editor, "Check this claim")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.editor, "twice")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == NoteDialog.DialogCode.Accepted
    assert dialog.note() == "Check this claim\ntwice"


def test_tab_leaves_the_text_for_the_buttons(qtbot):
    dialog = NoteDialog(None, "Edit Note", "old")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.editor.setFocus()
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab)
    assert dialog.editor.toPlainText() == "old"
    assert not dialog.editor.hasFocus()


def test_trailing_blank_lines_are_not_kept(qtbot):
    dialog = NoteDialog(None, "Note", "a note  \n\n")
    qtbot.addWidget(dialog)
    assert dialog.note() == "a note"
