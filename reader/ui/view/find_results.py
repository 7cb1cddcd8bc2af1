"""The find results list (like Okular's): every match of the find bar with its paragraph, text and context.

Rows are added as the search finds them; clicking (or Enter on) a row makes it the current match,
which moves its column there.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTreeView

from reader.core.sides import Side
from reader.core.textsearch import snippet
from reader.ui.base.context import Context
from reader.ui.view.findbar import FindBar

#: the parent of the model's rows (a flat list)
ROOT = QModelIndex()

COLUMNS = ("paragraph", "text", "context")


class FindResultsModel(QAbstractTableModel):
    """The find bar's matches as rows: paragraph number (from 1), side, the match in its context."""

    def __init__(self, context: Context, find_bar: FindBar, parent=None):
        super().__init__(parent)
        self.context = context
        self.find_bar = find_bar
        self._rows = 0
        find_bar.results_reset.connect(self._reset)
        find_bar.results_added.connect(self._added)

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows = len(self.find_bar.matches)
        self.endResetModel()

    def _added(self, start: int) -> None:
        end = len(self.find_bar.matches)
        if start != self._rows or end <= start:
            self._reset()
            return
        self.beginInsertRows(QModelIndex(), start, end - 1)
        self._rows = end
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("¶"), self.tr("Text"), self.tr("Context"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._rows:
            return None
        match = self.find_bar.matches[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "paragraph":
                return str(match.paragraph + 1)
            if column == "text":
                return self.tr("Russian") if Side(match.side) is Side.RU else self.tr("English")
            before, found, after = self._snippet(match)
            return f"{before}{found}{after}"
        if role == Qt.ItemDataRole.ToolTipRole and column == "context":
            before, found, after = self._snippet(match, 120)
            return f"{before}[{found}]{after}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "paragraph":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _snippet(self, match, room: int = 40) -> tuple[str, str, str]:
        documents = self.context.documents()
        if match.side not in documents or match.paragraph >= len(documents[match.side].paragraphs):
            return "", "", ""
        return snippet(documents[match.side].paragraphs[match.paragraph].text, match.start, match.end, room)


class FindResultsDock(QDockWidget):
    """A dock listing the find bar's matches; a click goes to the match."""

    def __init__(self, context: Context, find_bar: FindBar, parent=None):
        super().__init__(parent)
        self.setObjectName("find_results")
        self.setWindowTitle(self.tr("Find Results"))
        self.find_bar = find_bar
        self.model = FindResultsModel(context, find_bar, self)
        self.view = QTreeView()
        self.view.setObjectName("find_results_view")
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)  # thousands of rows stay quick
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setModel(self.model)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setWidget(self.view)
        self.view.activated.connect(self._go)
        self.view.clicked.connect(self._go)
        find_bar.current_changed.connect(self._follow)
        find_bar.list_button.toggled.connect(self.setVisible)
        self.visibilityChanged.connect(find_bar.list_button.setChecked)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._follow(self.find_bar.current)

    def _go(self, index: QModelIndex) -> None:
        if index.isValid():
            self.find_bar.go_to(index.row())

    def _follow(self, position: int) -> None:
        """Keep the current match selected in the list (F3 and Shift+F3 move it)."""
        if self.isVisible() and 0 <= position < self.model.rowCount():
            index = self.model.index(position, 0)
            if self.view.currentIndex().row() != position:
                self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
