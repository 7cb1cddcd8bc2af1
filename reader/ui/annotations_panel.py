"""The annotations dock: every highlight and note in reading order; click to jump, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from reader.ui.annotations_model import ID_ROLE, AnnotationsModel


def tr(text: str) -> str:
    return QCoreApplication.translate("AnnotationsPanel", text)


class AnnotationsPanel(QDockWidget):
    """A dock listing the annotations of ``model``; it emits requests, the controller acts on them."""

    #: an annotation was clicked or chosen with Enter: its id
    activated = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    #: place a "Not placed" annotation at the current text selection
    place_requested = Signal(str)

    def __init__(self, model: AnnotationsModel, parent=None):
        super().__init__(tr("Annotations"), parent)
        self.setObjectName("annotations_dock")
        self.setMinimumWidth(280)
        self.model = model
        self.table = QTableView()
        self.table.setObjectName("annotations_table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)
        self.summary = QLabel()
        self.edit_button = QPushButton(tr("&Edit Note…"))
        self.delete_button = QPushButton(tr("&Delete"))
        self.place_button = QPushButton(tr("&Place at Selection"))
        self.place_button.setToolTip(tr("Put an annotation whose text was not found at the text (or paragraph) "
                                        "selected in the columns"))
        self.place_button.clicked.connect(lambda: self._request(self.place_requested))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._kept: str | None = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self._update()

    def current_id(self) -> str | None:
        """The id of the selected annotation, or None."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.data(self.model.index(index.row(), 0), ID_ROLE)

    def select_id(self, annotation_id: str) -> None:
        """Select the row of an annotation (no signal)."""
        row = self.model.row_of(annotation_id)
        if row >= 0:
            self.table.selectRow(row)

    def _remember(self) -> None:
        self._kept = self.current_id()

    def _restore(self) -> None:
        if self._kept is not None:
            self.select_id(self._kept)
        self._update()

    def _request(self, signal) -> None:
        annotation_id = self.current_id()
        if annotation_id is not None:
            signal.emit(annotation_id)

    def _on_clicked(self, index: QModelIndex) -> None:
        annotation_id = self.model.data(self.model.index(index.row(), 0), ID_ROLE)
        if annotation_id:
            self.activated.emit(annotation_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._request(self.delete_requested)
            return
        super().keyPressEvent(event)

    def _update(self, *_args) -> None:
        count = self.model.rowCount()
        unplaced = sum(1 for row in range(count) if self.model.annotation(row).unplaced)
        text = f"{count} " + (tr("annotation") if count == 1 else tr("annotations"))
        if unplaced:
            text += " — " + tr("{n} not placed").format(n=unplaced)
        self.summary.setText(text)
        current = self.current_id()
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        row = self.model.row_of(current) if current is not None else -1
        self.place_button.setVisible(unplaced > 0)
        self.place_button.setEnabled(row >= 0 and self.model.annotation(row).unplaced)
