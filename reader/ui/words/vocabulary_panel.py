"""The vocabulary dock: the words looked up or noted; jump to one, remove (undoable), export for Anki."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QPushButton

from reader.ui.base.record_dock import RecordDock
from reader.ui.words.vocabulary_model import ID_ROLE, VocabularyModel
from reader.ui.base.i18n import translator


tr = translator("VocabularyPanel")


class VocabularyPanel(RecordDock):
    """A dock listing the vocabulary of ``model``; it emits requests, the controller acts on them."""

    #: remove these entries (ids)
    remove_requested = Signal(list)
    export_requested = Signal()

    def __init__(self, model: VocabularyModel, parent=None):
        super().__init__(tr("Vocabulary"), model, "vocabulary", ID_ROLE,
                         QAbstractItemView.SelectionMode.ExtendedSelection, (0, 1, 2), parent)
        self.remove_button = QPushButton(tr("&Remove"))
        self.export_button = QPushButton(tr("&Export…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button.clicked.connect(self.export_requested)
        self.set_buttons([self.remove_button, self.export_button])
        model.modelReset.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def selected_ids(self) -> list[str]:
        """The ids of the selected entries, in their order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [entry_id for row in rows if (entry_id := self.id_at(row)) is not None]  # selected rows have one

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.remove_requested.emit(ids)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_selected()
            return
        super().keyPressEvent(event)

    def _update(self, *_args) -> None:
        count = self.model.rowCount()
        self.summary.setText(tr("{n} word(s)").format(n=count))
        self.remove_button.setEnabled(bool(self.selected_ids()))
        self.export_button.setEnabled(count > 0)
