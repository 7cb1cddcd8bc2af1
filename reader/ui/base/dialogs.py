"""Small dialogs of the window: open a pair, unsaved changes, errors, About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLineEdit, QMessageBox, QPushButton, QWidget)

from reader import __version__
from reader.ui.base.i18n import translator

tr = translator("Dialogs")


FILE_FILTER = "*.txt *.md *.html *.htm *.epub *.fb2 *.fb2.zip *.zip *.docx *.odt *.pdf"


def error_box(parent: QWidget | None, title: str, error: Exception) -> QMessageBox:
    """A message box for ``error``: its message, and its hint (what to do) underneath."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, str(error), QMessageBox.StandardButton.Ok, parent)
    hint = getattr(error, "hint", "")
    if hint:
        box.setInformativeText(hint)
    details = getattr(error, "details", "")
    if details:
        box.setDetailedText(details)
    return box


def show_error(parent: QWidget | None, title: str, error: Exception) -> None:
    """Show ``error`` in a modal message box."""
    error_box(parent, title, error).exec()


class OpenPairDialog(QDialog):
    """Choose the two files of a pair (any order: languages are detected)."""

    def __init__(self, parent=None, first: str = "", second: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open Pair"))
        self.first = QLineEdit(first)
        self.second = QLineEdit(second)
        self.first.setPlaceholderText(self.tr("Russian original"))
        self.second.setPlaceholderText(self.tr("English counterpart"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("&Original:"), self._with_browse(self.first))
        layout.addRow(self.tr("&Counterpart:"), self._with_browse(self.second))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addRow(buttons)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(lambda: self._browse(edit))
        box.addWidget(button)
        return row

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a File"), edit.text(),
                                              self.tr("Texts ({patterns});;All files (*)").format(patterns=FILE_FILTER))
        if path:
            edit.setText(path)

    def _update(self) -> None:
        ok = bool(self.first.text().strip() and self.second.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ok)

    def paths(self) -> tuple[str, str]:
        return self.first.text().strip(), self.second.text().strip()


def ask_unsaved(parent: QWidget | None, paths: tuple[str, str] | None) -> str:
    """Ask what to do with unsaved changes before the pair goes: "save", "discard" or "cancel"."""
    box = unsaved_box(parent, paths)
    box.exec()
    clicked = box.clickedButton()
    button = box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.Cancel
    return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
        button, "cancel")


def unsaved_box(parent: QWidget | None, paths: tuple[str, str] | None) -> QMessageBox:
    """The Save / Discard / Cancel question about unsaved changes (Save is the default, Esc cancels)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved Changes"), "", QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unsaved_changes")
    if paths:
        from pathlib import Path

        box.setText(tr("Save the changes to {first} ↔ {second}?").format(first=Path(paths[0]).name,
                                                                          second=Path(paths[1]).name))
    else:
        box.setText(tr("Save the changes?"))
    box.setInformativeText(tr("The links, annotations and translations changed since the project was last saved. "
                              "Without saving, the changes are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def about_text() -> str:
    """The About box text: version, the licences of the program and of bundled data, the sample's source."""
    return QCoreApplication.translate("Dialogs", "<h3>Parallel Reader {version}</h3>"
        "<p>A bilingual reader: a Russian original beside its English counterpart, "
        "aligned paragraph by paragraph.</p>"
        "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
        "<p>Bundled data:</p><ul>"
        "<li>Russian–English lexicon derived from Müller's English–Russian dictionary "
        "(mueller7-dict), GNU GPL version 2 or later;</li>"
        "<li>DejaVu fonts, under the DejaVu Fonts License (Bitstream Vera derivative, free to use "
        "and redistribute);</li>"
        "<li>the sample pair: two news reports on the same speech, for demonstration.</li></ul>"
        "<p>Source of the sample pair: the news reports of RIA Novosti (Russian) and Sputnik International "
        "(English) of 25 October 2025 on Vladimir Putin's message to the signing ceremony of the UN "
        "Convention against Cybercrime in Hanoi.</p>"
        "<p>Built with Qt for Python (PySide6), LGPL-3.0.</p>"
    ).format(version=__version__)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("Dialogs", "About Parallel Reader"), about_text())
