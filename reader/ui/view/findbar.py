"""The find bar (Ctrl+F): search one or both texts, highlight every match, step with F3/Shift+F3.

The search runs on the thread pool (a novel takes a noticeable time) and its matches arrive in
batches: they are highlighted and listed (:mod:`reader.ui.view.find_results`) as they come; the first one
at or after the reading position becomes the current match.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.core.textsearch import Match, iter_matches
from reader.ui.base.context import Context
from reader.ui.view.pairview import PairView
from reader.ui.base.worker import Task, TaskSlot

# typing pauses this long before a search starts (ms)
SEARCH_DELAY_MS = 80
# matches found are handed to the window at most this often (seconds)
BATCH_EVERY = 0.05


class FindBar(QWidget):
    """A search line under the columns; matches are drawn through ``PairView.show_matches``."""

    closed = Signal()
    # the matches were replaced (a new search started: the list is empty or holds the first batch)
    results_reset = Signal()
    # matches ``start`` … end of ``matches`` were added
    results_added = Signal(int)
    # the current match changed (its position in ``matches``, -1 none)
    current_changed = Signal(int)
    # the search finished (all matches are in)
    search_finished = Signal()

    def __init__(self, context: Context, pair_view: PairView, parent=None):
        super().__init__(parent)
        self.context = context
        self.pair_view = pair_view
        self.matches: list[Match] = []
        self.current = -1
        self._search = TaskSlot(self.context.thread_pool, self)
        self._start: dict[str, int] = {}  # per side: the first paragraph on screen when the search started
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(SEARCH_DELAY_MS)
        self._delay.timeout.connect(self._start_search)
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
        self.list_button = QToolButton()
        self.list_button.setText(self.tr("List"))
        self.list_button.setCheckable(True)
        self.list_button.setToolTip(self.tr("Show every match in a list"))
        for widget in (self.edit, self.scope, self.case, previous, following, self.count, self.list_button):
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
        self._cancel()
        self.matches, self.current = [], -1
        self.pair_view.show_matches([], None)
        self.results_reset.emit()
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
        """Search the chosen texts again (after a short pause while typing); matches arrive as they are found."""
        self._cancel()
        self.matches, self.current = [], -1
        if self.edit.text() and self.context.documents() and self.isVisible():
            self._delay.start()
        self.results_reset.emit()
        self._show(reveal=False)

    def is_searching(self) -> bool:
        """Whether a search is waiting to start or running."""
        return self._delay.isActive() or self._search.busy()

    def _cancel(self) -> None:
        self._delay.stop()
        self._search.cancel()

    def _start_search(self) -> None:
        query, case = self.edit.text(), self.case.isChecked()
        documents = self.context.documents()
        sides = self.sides()
        if not query or not documents:
            return
        self._start = {side: self.pair_view.view(side).first_visible_paragraph() or 0 for side in sides}

        def work(progress, cancelled):
            batch, sent = [], time.monotonic()
            for side in sides:
                for found in iter_matches(documents[side], side, query, case_sensitive=case, cancelled=cancelled):
                    batch += found
                    if batch and time.monotonic() - sent >= BATCH_EVERY:
                        task.report(batch)
                        batch, sent = [], time.monotonic()
            return batch

        task = Task(work)
        self._search.start(task, partial=self._add, finished=self._on_finished, failed=self._on_finished)

    def _on_finished(self, batch) -> None:
        self._add(batch if isinstance(batch, list) else [])
        if self.current < 0 and self.matches:
            self.current = 0
            self._show(reveal=True)
            self.current_changed.emit(self.current)
        else:
            self._show_count()  # the highlights are up to date: only "…" leaves the count
        self.search_finished.emit()

    def _add(self, batch: list[Match]) -> None:
        if not batch:
            return
        start = len(self.matches)
        self.matches.extend(batch)
        chosen = None
        if self.current < 0:  # the first match at or after the reading position becomes the current one
            chosen = next((start + k for k, m in enumerate(batch) if m.paragraph >= self._start.get(m.side, 0)), None)
        if chosen is not None:
            self.current = chosen
        self._show(reveal=chosen is not None)
        self.results_added.emit(start)
        if chosen is not None:
            self.current_changed.emit(self.current)

    def _show(self, *, reveal: bool = True) -> None:
        current = self.matches[self.current] if self.current >= 0 else None
        self.pair_view.show_matches(self.matches, current, reveal=reveal)
        self._show_count()

    def _show_count(self) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("Searching…") if self.is_searching() else self.tr("No matches"))
        elif self.current < 0:
            self.count.setText(self.tr("{total} found…").format(total=len(self.matches)))
        else:
            total = len(self.matches)
            text = self.tr("{current} of {total}") if not self.is_searching() else self.tr("{current} of {total}…")
            self.count.setText(text.format(current=self.current + 1, total=total))

    def go_to(self, position: int) -> None:
        """Make match ``position`` (of ``matches``) the current one and show it."""
        if 0 <= position < len(self.matches):
            self.current = position
            self._show()
            self.current_changed.emit(position)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.matches:
            self.go_to((self.current + delta) % len(self.matches))
