"""The annotations dock: every highlight and note in reading order; click to jump, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton

from reader.ui.annotations.model import ID_ROLE, AnnotationsModel
from reader.ui.base.record_dock import RecordDock
from reader.ui.base.i18n import translator


tr = translator("AnnotationsPanel")


class AnnotationsPanel(RecordDock):
    """A dock listing the annotations of ``model``; it emits requests, the controller acts on them."""

    edit_requested = Signal(str)
    delete_requested = Signal(str)
    #: place a "Not placed" annotation at the current text selection
    place_requested = Signal(str)

    def __init__(self, model: AnnotationsModel, parent=None):
        super().__init__(tr("Annotations"), model, "annotations", ID_ROLE,
                         QAbstractItemView.SelectionMode.SingleSelection, (0,), parent)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.edit_button = QPushButton(tr("&Edit Note…"))
        self.delete_button = QPushButton(tr("&Delete"))
        self.place_button = QPushButton(tr("&Place at Selection"))
        self.place_button.setToolTip(tr("Put an annotation whose text was not found at the text (or paragraph) "
                                        "selected in the columns"))
        self.place_button.clicked.connect(lambda: self._request(self.place_requested))
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        self.set_buttons([self.place_button, self.edit_button, self.delete_button])
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
        return self.id_at(index.row())

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
