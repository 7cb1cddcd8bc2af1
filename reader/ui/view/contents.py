"""The contents panel (View ▸ Contents, F4): parts and chapters of both texts side by side.

:class:`ContentsModel` is a thin item model over :func:`reader.core.contents.build_contents` (a column
per language, in the order of the columns on screen); :class:`ContentsController` keeps it up to date,
shows it in a dock, moves both columns to a chapter when it is clicked (with Back to where the reader
was), and names the current part and chapter in the status bar and the window title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QLabel, QTreeView

from reader.core.contents import ContentsRow, build_contents, chapter_label, row_path
from reader.ui.base.actions import adopt
from reader.ui.base.i18n import translator
from reader.core.sides import Side, other_side
from reader.ui.view.shell import Shell

if TYPE_CHECKING:
    from reader.ui.view.navigator import Navigator

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: the invisible root's index (the default parent of Qt's model calls)
_ROOT = QModelIndex()


tr = translator("Contents")


def language_name(side: str) -> str:
    return tr("Russian") if Side(side) is Side.RU else tr("English")


class ContentsModel(QAbstractItemModel):
    """The rows of the contents as a tree with one column per language (left column first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ContentsRow] = []
        self.sides = ("ru", "en")
        self._parents: dict[int, tuple[ContentsRow | None, int]] = {}

    def set_rows(self, rows: list[ContentsRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._parents = {}
        self._index_parents(rows, None)
        self.endResetModel()

    def _index_parents(self, rows: list[ContentsRow], parent: ContentsRow | None) -> None:
        for position, row in enumerate(rows):
            self._parents[id(row)] = (parent, position)
            self._index_parents(row.children, row)

    def set_sides(self, left: str) -> None:
        """Put the column of ``left`` first (the text on the left of the window)."""
        sides = (left, other_side(left))
        if sides != self.sides:
            self.beginResetModel()
            self.sides = sides
            self.endResetModel()

    def _children(self, parent: QModelIndex | QPersistentModelIndex) -> list[ContentsRow]:
        return parent.internalPointer().children if parent.isValid() else self.rows

    # -- QAbstractItemModel ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        children = self._children(parent)
        if not (0 <= row < len(children) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: QModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent, _ = self._parents.get(id(index.internalPointer()), (None, 0))
        if parent is None:
            return QModelIndex()
        return self.createIndex(self._parents[id(parent)][1], 0, parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802 - Qt override
        return 2

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return language_name(self.sides[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: ContentsRow = index.internalPointer()
        side = self.sides[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title(side) or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, side)
        if role == Qt.ItemDataRole.ForegroundRole and row.section(side) is None:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        section = row.section(side)
        if role == Qt.ItemDataRole.FontRole and section is not None and section.level == 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return row
        return None

    def _tooltip(self, row: ContentsRow, side: str) -> str:
        paragraph = row.paragraph(side)
        if paragraph is None:
            return tr("Not in the Russian text") if Side(side) is Side.RU else tr("Not in the English text")
        where = tr("{title} (paragraph {number})").format(title=row.title(side), number=paragraph + 1)
        other = other_side(side)
        if row.section(other) is None:
            return where
        how = tr("linked") if row.linked else tr("named alike, not linked")
        return f"{where}\n↔ {row.title(other)} ({how})"

    def index_of(self, target: ContentsRow, column: int = 0) -> QModelIndex:
        """The index of a row of the tree (invalid when it is not one)."""
        if id(target) not in self._parents:
            return QModelIndex()
        return self.createIndex(self._parents[id(target)][1], column, target)


class ContentsPanel(QDockWidget):
    """The dock with the contents tree."""

    def __init__(self, model: ContentsModel, parent=None):
        super().__init__(tr("Contents"), parent)
        self.setObjectName("contents_dock")
        self.setMinimumWidth(280)  # "ЧАСТЬ ПЕРВАЯ" beside "PART ONE" without eliding
        self.tree = QTreeView()
        self.tree.setObjectName("contents_tree")
        self.tree.setModel(model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.tree.setAllColumnsShowFocus(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.setWidget(self.tree)


class ContentsController(QObject):
    """Keeps the contents of the open pair, the dock, the jumps from it and the current chapter."""

    #: the current part and chapter changed (``chapter``; the window's title names it)
    chapter_changed = Signal(str)

    def __init__(self, shell: Shell, navigator: Navigator):
        super().__init__(shell.widget())
        self.shell = shell
        self.context = shell.context
        self.navigator = navigator
        self.rows: list[ContentsRow] = []
        self.model = ContentsModel(self)
        self.panel = ContentsPanel(self.model, shell.widget())
        #: the current part and chapter in the text read ("" outside any)
        self.chapter = ""
        self.chapter_label = QLabel()
        self.chapter_label.setObjectName("status_chapter")
        self.chapter_label.setContentsMargins(10, 0, 4, 0)
        shell.add_status_widget(self.chapter_label)
        shell.add_dock(Qt.DockWidgetArea.LeftDockWidgetArea, self.panel)
        self.panel.setVisible(self.context.settings.show_contents)
        action = adopt("contents", self.panel.toggleViewAction())
        action.toggled.connect(self._remember_visible)
        view_menu = shell.menu("view")
        view_menu.insertAction(view_menu.actions()[0], action)  # first (the View menu is never empty)
        self.action = action  # View ▸ Contents (the window's action_map["contents"])
        self.panel.tree.clicked.connect(self._on_clicked)
        self.panel.tree.activated.connect(self._on_clicked)
        self.context.pair_opened.connect(self.rebuild)
        self.context.alignment_changed.connect(self.rebuild)
        navigator.moved.connect(self._follow)
        # a selection names its chapter at once (scrolling waits until the columns are still)
        self.context.selection_changed.connect(lambda *_: self._follow(navigator.here()))

    def _remember_visible(self, shown: bool) -> None:
        try:
            closing = self.shell.widget().isHidden()  # closing the window hides the dock too: keep the choice made
        except RuntimeError:  # the window is being deleted
            return
        if not closing:
            self.context.settings.show_contents = shown
        if shown:
            self._follow(self.navigator.settled)

    def rebuild(self) -> None:
        """Build the rows again (a pair opened; links arrived or were edited)."""
        documents = self.context.documents()
        if not documents:
            rows = []
        else:
            counterparts = self.context.links.counterparts if self.context.alignment is not None else None
            rows = build_contents(documents["ru"], documents["en"], counterparts)
        self.rows = rows
        self.model.set_sides(self.shell.pair_view.left_side)
        self.model.set_rows(rows)
        self.panel.tree.expandToDepth(0)
        self._follow(self.navigator.settled)

    def go_to(self, row: ContentsRow, side: str) -> None:
        """Move both columns to a row's headings (``side`` first, the column clicked), with Back to here."""
        if row.section(side) is None:
            side = other_side(side)
        other = other_side(side)
        index, counterpart = row.paragraph(side), row.paragraph(other)
        if index is None:
            return
        navigator = self.navigator
        navigator.record_jump(navigator.here())
        pair_view = self.shell.pair_view
        pair_view.select(side, index)
        if counterpart is not None and counterpart not in self.context.links.counterparts(side, index):
            mine, theirs = pair_view.view(side), pair_view.view(other)
            y = mine.to_viewport_y(mine.paragraph_extent([index])[0])
            with navigator.without_sync():  # headings named alike but not linked: level them by hand
                theirs.scroll_to_y(theirs.paragraph_extent([counterpart])[0] - max(0.0, y))
        navigator.settle()

    def _on_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.go_to(row, self.model.sides[index.column()])

    def _follow(self, position) -> None:
        """Name the current part and chapter; mark its row in the tree."""
        selected = position.selected if position is not None else None
        side = selected[0] if selected else self.shell.pair_view.left_side
        paragraph = selected[1] if selected else getattr(position, side, 0)
        path = row_path(self.rows, side, paragraph) if self.context.pair is not None else []
        chapter = chapter_label(path, side)
        other = chapter_label([row for row in path if row.section(other_side(side)) is not None], other_side(side))
        self.chapter_label.setText(chapter)
        self.chapter_label.setToolTip(f"{chapter}\n{other}".strip())
        if chapter != self.chapter:
            self.chapter = chapter
            self.chapter_changed.emit(chapter)
        if path and self.panel.isVisible():
            if self.model.sides[0] != self.shell.pair_view.left_side:  # the sides were swapped
                self.model.set_sides(self.shell.pair_view.left_side)
                self.panel.tree.expandToDepth(0)
            index = self.model.index_of(path[-1], self.model.sides.index(side))
            tree = self.panel.tree
            if tree.currentIndex() != index:
                tree.setCurrentIndex(index)
                tree.scrollTo(index)
