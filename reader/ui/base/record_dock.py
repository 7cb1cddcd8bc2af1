"""A dock listing records of a table model (annotations, vocabulary): the table, a summary line and buttons.

The model gives each row's id under ``ID_ROLE`` and finds a row by id with ``row_of``; a click or Enter
on a row emits :attr:`RecordDock.activated` with that id.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDockWidget, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableView, QVBoxLayout, QWidget)


class RecordDock(QDockWidget):
    """The common part of the record docks; subclasses add their buttons with :meth:`set_buttons`."""

    #: a record was clicked or chosen with Enter: its id
    activated = Signal(str)

    def __init__(self, title: str, model, name: str, id_role: int,
                 selection: QAbstractItemView.SelectionMode, fitted: tuple[int, ...], parent=None):
        super().__init__(title, parent)
        self.setObjectName(f"{name}_dock")
        self.setMinimumWidth(280)
        self.model, self.id_role = model, id_role
        self.table = QTableView()
        self.table.setObjectName(f"{name}_table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(selection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in fitted:  # columns as wide as their contents; the last one takes the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)
        self.summary = QLabel()

    def set_buttons(self, buttons: list[QPushButton]) -> None:
        """Lay out the table above the summary line and ``buttons``."""
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        for button in buttons:
            row.addWidget(button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.setWidget(body)

    def id_at(self, row: int) -> str | None:
        """The id of the record in ``row``."""
        return self.model.data(self.model.index(row, 0), self.id_role)

    def select_id(self, record_id: str) -> None:
        """Select the row of a record (no signal)."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)

    def _on_clicked(self, index: QModelIndex) -> None:
        record_id = self.id_at(index.row())
        if record_id:
            self.activated.emit(record_id)
