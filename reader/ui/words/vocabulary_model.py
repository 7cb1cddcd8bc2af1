"""A table model over the vocabulary: the words looked up or noted, in the order they were kept."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reader.core.words.vocabulary import Vocabulary, VocabularyEntry
from reader.ui.base.i18n import translator

#: the default parent of the model's rows (the root)
ROOT = QModelIndex()
#: the role that gives an entry's id
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("word", "lemma", "sense", "sentence")


tr = translator("VocabularyModel")


class VocabularyModel(QAbstractTableModel):
    """Rows are vocabulary entries; columns: the word as it stood, its lemma, the sense kept, its sentence.

    The vocabulary is edited through commands on the window's undo stack; :meth:`refresh` (called after
    each) resets the model when the entries changed.
    """

    def __init__(self, vocabulary: Vocabulary, parent=None):
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._rows: list[VocabularyEntry] = list(vocabulary)

    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        """Show another vocabulary (e.g. a project's)."""
        self.beginResetModel()
        self._vocabulary = vocabulary
        self._rows = list(vocabulary)
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the entries if they changed."""
        if [e.id for e in self._vocabulary] != [e.id for e in self._rows]:
            self.set_vocabulary(self._vocabulary)

    def entry(self, row: int) -> VocabularyEntry:
        return self._rows[row]

    def row_of(self, entry_id: str) -> int:
        """The row of an entry, or -1."""
        return next((row for row, e in enumerate(self._rows) if e.id == entry_id), -1)

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (tr("Word"), tr("Lemma"), tr("Sense"), tr("Sentence"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not (index.isValid() and 0 <= index.row() < len(self._rows) and 0 <= index.column() < len(COLUMNS)):
            return None
        entry = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(str(getattr(entry, column)).split())
            return text if len(text) <= 120 else text[:119] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "sentence":
                return "\n".join(t for t in (entry.sentence, entry.counterpart_sentence) if t) or None
            counterpart = f" ({entry.counterpart})" if entry.counterpart else ""
            return f"{entry.word} — {entry.lemma}: {entry.sense}{counterpart}"
        if role == ID_ROLE:
            return entry.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
