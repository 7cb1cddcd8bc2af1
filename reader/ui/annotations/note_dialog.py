"""The dialog that asks for a note's text (on a highlight, a paragraph or a link).

Unlike ``QInputDialog.getMultiLineText`` it works from the keyboard: Tab leaves the text for the
buttons, and Ctrl+Return saves the note from inside the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class NoteDialog(QDialog):
    """A multi-line note editor with OK (also Ctrl+Return) and Cancel (also Esc)."""

    def __init__(self, parent=None, title: str = "", text: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editor = QPlainTextEdit(text)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Note"))
        label = QLabel(self.tr("&Note (Ctrl+Return saves):"))
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.editor.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(440, 260)
        self.editor.setFocus()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (watched is self.editor and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        """The note as typed, without trailing blank lines or spaces."""
        return self.editor.toPlainText().rstrip()


def ask_note(parent, title: str, text: str) -> str | None:
    """Ask for a note's text; None when cancelled."""
    dialog = NoteDialog(parent, title, text)
    return dialog.note() if dialog.exec() else None
