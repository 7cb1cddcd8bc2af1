"""The dialog that asks where to split a paragraph for alignment when no sentence was clicked.

From the keyboard there is no clicked sentence: the dialog lists the paragraph's sentences
from the second on, and the chosen one begins the second part. Places where the paragraph
is already split are shown but cannot be chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from reader.core.document import Paragraph

# characters of a sentence shown in the list
SHOWN = 160


def sentence_label(number: int, text: str) -> str:
    """"3. The sentence…" — numbered from 1, on one line, shortened at a word."""
    text = " ".join(text.split())
    if len(text) > SHOWN:
        text = text[:SHOWN].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"{number}. {text}"


class SplitDialog(QDialog):
    """A list of a paragraph's sentences (the first excepted); ``sentence()`` is the chosen index."""

    def __init__(self, paragraph: Paragraph, already: list[int], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split Paragraph"))
        self.sentences = QListWidget()
        self.sentences.setAccessibleName(self.tr("Sentences"))
        self.sentences.setWordWrap(True)
        self.sentences.setSpacing(3)
        self.sentences.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for k, text in enumerate(paragraph.sentence_texts()[1:], start=1):
            item = QListWidgetItem(sentence_label(k + 1, text))
            item.setData(Qt.ItemDataRole.UserRole, k)
            if k in already:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("The paragraph is already split here."))
            self.sentences.addItem(item)
        free = [row for row in range(self.sentences.count()) if self.sentences.item(row).flags() & Qt.ItemFlag.ItemIsEnabled]
        if free:
            self.sentences.setCurrentRow(free[0])
        label = QLabel(self.tr("The second part begins with &sentence:"))
        label.setBuddy(self.sentences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.sentences.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.sentences)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self.sentences.setFocus()

    def sentence(self) -> int | None:
        """Index of the chosen sentence (it begins the second part), or None."""
        item = self.sentences.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(Qt.ItemDataRole.UserRole)


def ask_split_sentence(parent, paragraph: Paragraph, already: list[int]) -> int | None:
    """Ask before which sentence to split ``paragraph``; None when cancelled."""
    dialog = SplitDialog(paragraph, already, parent)
    return dialog.sentence() if dialog.exec() else None
