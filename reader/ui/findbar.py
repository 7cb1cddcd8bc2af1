"""The find bar (Ctrl+F): search one or both texts, highlight every match, step with F3/Shift+F3."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.ui.analysis import Match, find_matches
from reader.ui.context import Context
from reader.ui.pairview import PairView


class FindBar(QWidget):
    """A search line under the columns; matches are drawn through ``PairView.show_matches``."""

    closed = Signal()

    def __init__(self, context: Context, pair_view: PairView, parent=None):
        super().__init__(parent)
        self.context = context
        self.pair_view = pair_view
        self.matches: list[Match] = []
        self.current = -1
        self.setObjectName("find_bar")
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Find in text"))
        self.edit.setClearButtonEnabled(True)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Both texts"), "both")
        self.scope.addItem(self.tr("Russian"), "ru")
        self.scope.addItem(self.tr("English"), "en")
        self.case = QCheckBox(self.tr("Match case"))
        self.count = QLabel()
        previous, following, close = QToolButton(), QToolButton(), QToolButton()
        previous.setArrowType(Qt.ArrowType.UpArrow)
        previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        following.setArrowType(Qt.ArrowType.DownArrow)
        following.setToolTip(self.tr("Next match (F3)"))
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.edit, self.scope, self.case, previous, following, self.count):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(close)
        self.edit.textChanged.connect(self.search)
        self.scope.currentIndexChanged.connect(self.search)
        self.case.toggled.connect(self.search)
        self.edit.returnPressed.connect(self.find_next)
        previous.clicked.connect(self.find_previous)
        following.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        context.pair_opened.connect(self.search)

    def open_bar(self) -> None:
        """Show the bar and focus the search line (with the text selected)."""
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.pair_view.show_matches([], None)
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
            return
        super().keyPressEvent(event)

    def sides(self) -> list[str]:
        scope = self.scope.currentData()
        if scope == "both":
            return [self.pair_view.left_side, self.pair_view.right_side]
        return [scope]

    def search(self) -> None:
        """Find the query in the chosen texts and highlight all matches."""
        query = self.edit.text()
        documents = self.context.documents()
        self.matches = []
        if query and documents and self.isVisible():
            for side in self.sides():
                self.matches.extend(find_matches(documents[side], side, query, case_sensitive=self.case.isChecked()))
        self.current = 0 if self.matches else -1
        self._show()

    def _show(self) -> None:
        current = self.matches[self.current] if self.current >= 0 else None
        self.pair_view.show_matches(self.matches, current)
        if not self.edit.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("{current} of {total}").format(current=self.current + 1, total=len(self.matches)))

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.matches:
            self.current = (self.current + delta) % len(self.matches)
            self._show()
