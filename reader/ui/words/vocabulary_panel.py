"""The vocabulary dock: the words looked up or noted; jump to one, remove (undoable), export for Anki."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from reader.ui.words.vocabulary_model import ID_ROLE, VocabularyModel


def tr(text: str) -> str:
    return QCoreApplication.translate("VocabularyPanel", text)


class VocabularyPanel(QDockWidget):
    """A dock listing the vocabulary of ``model``; it emits requests, the controller acts on them."""

    #: an entry was clicked or chosen with Enter: its id
    activated = Signal(str)
    #: remove these entries (ids)
    remove_requested = Signal(list)
    export_requested = Signal()

    def __init__(self, model: VocabularyModel, parent=None):
        super().__init__(tr("Vocabulary"), parent)
        self.setObjectName("vocabulary_dock")
        self.setMinimumWidth(280)
        self.model = model
        self.table = QTableView()
        self.table.setObjectName("vocabulary_table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)
        self.summary = QLabel()
        self.remove_button = QPushButton(tr("&Remove"))
        self.export_button = QPushButton(tr("&Export…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button.clicked.connect(self.export_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.export_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        model.modelReset.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def selected_ids(self) -> list[str]:
        """The ids of the selected entries, in their order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.data(self.model.index(row, 0), ID_ROLE) for row in rows]

    def select_id(self, entry_id: str) -> None:
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.table.selectRow(row)

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.remove_requested.emit(ids)

    def _on_clicked(self, index: QModelIndex) -> None:
        entry_id = self.model.data(self.model.index(index.row(), 0), ID_ROLE)
        if entry_id:
            self.activated.emit(entry_id)

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
