"""A table model over the annotations of the open pair, in reading order (for the annotations panel)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from reader.core.project.annotations import Annotation, AnnotationSet
from reader.ui.base.i18n import translator

#: the role that gives an annotation's id
ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("where", "text", "note")


tr = translator("AnnotationsModel")


def describe_place(annotation: Annotation) -> str:
    """Where an annotation is, e.g. "RU ¶3", "EN ¶5", "Link ¶2 ↔ ¶1", or "Not placed"."""
    if annotation.unplaced:
        return tr("Not placed")
    if annotation.side == "link":
        other = f" ↔ ¶{annotation.counterpart + 1}" if annotation.counterpart is not None else ""
        return tr("Link") + f" ¶{annotation.paragraph + 1}{other}"
    return f"{annotation.side.upper()} ¶{annotation.paragraph + 1}"  # counted from 1, as the margin numbers


class AnnotationsModel(QAbstractTableModel):
    """Rows are annotations in reading order; columns: place, marked text, note.

    ``position(side, paragraph)`` orders the rows (e.g. the paragraph's place in the Russian text).
    """

    def __init__(self, annotations: AnnotationSet, position: Callable[[str, int], float] | None = None,
                 parent=None):
        super().__init__(parent)
        self._annotations = annotations
        self._position = position
        self._rows: list[Annotation] = []
        annotations.subscribe(self.refresh)
        self.refresh()

    def set_position(self, position: Callable[[str, int], float] | None) -> None:
        """Change the reading-order function (e.g. after re-alignment) and re-sort."""
        self._position = position
        self.refresh()

    def refresh(self) -> None:
        """Re-read the annotations (called after every change of the set)."""
        self.beginResetModel()
        self._rows = self._annotations.in_reading_order(self._position)
        self.endResetModel()

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def row_of(self, annotation_id: str) -> int:
        """The row of an annotation, or -1."""
        for row, annotation in enumerate(self._rows):
            if annotation.id == annotation_id:
                return row
        return -1

    # -- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (tr("Where"), tr("Text"), tr("Note"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        annotation = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "where":
                return describe_place(annotation)
            if column == "text":
                quote = " ".join(annotation.quote.split())
                return quote if len(quote) <= 80 else quote[:79] + "…"
            return " ".join(annotation.note.split())
        if role == Qt.ItemDataRole.ToolTipRole:
            return annotation.note or annotation.quote or None
        if role == Qt.ItemDataRole.DecorationRole and column == "where" and annotation.color:
            color = QColor(annotation.color)
            return color if color.isValid() else None
        if role == ID_ROLE:
            return annotation.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
