"""Where the reader is in the window: Back/Forward after jumps, the position remembered per pair,
and the place kept while the text size, the theme or the sides change.

The navigator watches both columns' scroll bars and the selection; when they have been still for a
moment it takes the :class:`reader.core.navigation.Position` (``settled``), remembers it for the pair
in the settings and emits ``moved``. A jump anywhere in the window calls :meth:`Navigator.record_jump`
(before the jump with ``here()``, or after it without an argument: the settled position is still the
place it left).
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction

from reader.core.navigation import History, Position, pair_key, project_key
from reader.core.sides import Side
from reader.ui.base.actions import build_action
from reader.ui.base.i18n import translator
from reader.ui.view.shell import Shell

#: the position counts as settled after this long without scrolling or selecting
SETTLE_MS = 250
#: how long a restored place is held while a big text is still being laid out
HOLD_SECONDS = 5.0
SIDES: tuple[str, ...] = tuple(Side)


tr = translator("Navigator")


class Navigator(QObject):
    """Back/Forward (Go menu, Alt+Left/Alt+Right), the remembered position and the kept place."""

    #: the reading position settled (a Position)
    moved = Signal(object)

    def __init__(self, shell: Shell):
        super().__init__(shell.widget())
        self.shell = shell
        self.context = shell.context
        self.pair_view = shell.pair_view
        self.history: History[Position] = History()
        self.settled = Position()
        self._key: str | None = None
        self._pending: Position | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.settle)
        self._holding: dict[str, float] = {}  # side → the y a restored place must keep while the text lays out
        self._hold_until = 0.0
        for side, view in self.pair_view.views.items():
            view.verticalScrollBar().valueChanged.connect(self._timer.start)
            view.verticalScrollBar().rangeChanged.connect(lambda _low, _high, side=side: self._hold(side))
        self.context.selection_changed.connect(self._timer.start)
        self.context.pair_opened.connect(self._on_pair_opened)
        self._build_actions()

    def _build_actions(self) -> None:
        slots = {"back": self.back, "forward": self.forward}
        self.actions: dict[str, QAction] = {}  # Back and Forward (also the window's action_map)
        menu = self.shell.menu("go")
        first = menu.actions()[0]  # Back and Forward come first (the Go menu is never empty)
        for name, slot in slots.items():
            action = build_action(name, self.shell.widget())
            action.triggered.connect(lambda _=False, slot=slot: slot())
            menu.insertAction(first, action)
            self.actions[name] = action
        menu.insertSeparator(first)
        self._update_actions()

    # -- where the reader is ---------------------------------------------------------------------
    def here(self) -> Position:
        """The position now: the first paragraph on screen in each column, and the selection."""
        tops = {side: self.pair_view.view(side).first_visible_paragraph() or 0 for side in SIDES}
        return Position(tops["ru"], tops["en"], self.pair_view.selected())

    def settle(self) -> None:
        """Take the position now as the settled one: remember it for the pair and emit ``moved``."""
        self._timer.stop()
        if self.context.pair is None:
            return
        self.settled = self.here()
        if self._key is not None:
            self.context.settings.set_pair_position(self._key, self.settled.to_dict())
        self.moved.emit(self.settled)

    def show(self, position: Position) -> None:
        """Show ``position``: each column's first paragraph at its top, the selected paragraph selected."""
        documents = self.context.documents()
        if not documents:
            return
        position = position.clamped({side: len(document.paragraphs) for side, document in documents.items()})
        if position.selected is not None:
            self.pair_view.select(*position.selected, scroll=False)
        with self.without_sync():
            for side in SIDES:
                view = self.pair_view.view(side)
                self._holding[side] = view.paragraph_extent([getattr(position, side)])[0]
                view.scroll_to_y(self._holding[side])
        self._hold_until = time.monotonic() + HOLD_SECONDS
        self.settle()

    def _hold(self, side: str) -> None:
        """The scroll range changed while a big text is still being laid out: if it pinned a place just
        restored at the old end of the range, put it back."""
        target = self._holding.get(side)
        if target is None or time.monotonic() > self._hold_until:
            self._holding.pop(side, None)
            return
        bar = self.pair_view.view(side).verticalScrollBar()
        if bar.value() < target - 2 and bar.value() >= bar.maximum() - 2:
            with self.without_sync():
                self.pair_view.view(side).scroll_to_y(target)

    @contextlib.contextmanager
    def without_sync(self):
        """Scroll the columns one by one without scrolling in step."""
        sync = self.pair_view.sync
        was, sync.enabled = sync.enabled, False
        try:
            yield
        finally:
            sync.enabled = was

    @contextlib.contextmanager
    def keeping_place(self):
        """Keep what is on screen where it is while the body changes (text size, theme, sides): the selected
        paragraph (else each column's first paragraph) stays at the same height in its column."""
        anchors = {}
        selected = self.pair_view.selected()
        for side in SIDES:
            view = self.pair_view.view(side)
            if not view.paragraph_count():
                continue
            index = selected[1] if selected and selected[0] == side and view.is_paragraph_visible(selected[1]) else (
                view.first_visible_paragraph())
            if index is not None:
                anchors[side] = (index, view.to_viewport_y(view.paragraph_extent([index])[0]))
        yield
        with self.without_sync():
            for side, (index, y) in anchors.items():
                view = self.pair_view.view(side)
                if index < view.paragraph_count():
                    view.scroll_to_y(round(view.paragraph_extent([index])[0] - y))

    # -- jumps -----------------------------------------------------------------------------------
    def record_jump(self, left: Position | None = None) -> None:
        """A jump is made (or was just made): Back will return to ``left`` (default: the settled position)."""
        if self.context.pair is None:
            return
        self.history.jumped(left if left is not None else self.settled)
        self._update_actions()
        self._timer.start()

    def go(self, side: str, index: int) -> None:
        """Jump to paragraph ``index`` of ``side`` (select it; its counterparts follow), with Back to here."""
        self.record_jump(self.here())
        self.pair_view.select(side, index)
        self.pair_view.view(side).setFocus()

    def back(self) -> None:
        self._travel(self.history.back)

    def forward(self) -> None:
        self._travel(self.history.forward)

    def _travel(self, step) -> None:
        target = step(self.here())
        self._update_actions()
        if target is None:
            self.shell.show_message(tr("No place to go to."), 3000)
            return
        self.show(target)

    def _update_actions(self) -> None:
        actions = self.actions
        if "back" in actions:
            actions["back"].setEnabled(self.history.can_go_back())
            actions["forward"].setEnabled(self.history.can_go_forward())

    # -- pairs -----------------------------------------------------------------------------------
    def _on_pair_opened(self) -> None:
        self._timer.stop()
        self._pending = None
        self._holding.clear()
        self.history.clear()
        self._update_actions()
        pair = self.context.pair
        self._key = pair_key(pair.paths) if pair is not None and pair.paths else None
        self.settled = Position()
        saved = Position.from_dict(self.context.settings.pair_position(self._key)) if self._key else None
        if saved is not None:
            self.show_soon(saved)
        else:
            self._timer.start()

    def show_project_place(self, opened) -> None:
        """Show where this project was last read on this computer, else the place saved in its file."""
        if opened.project.path is None:  # a recovered project never saved: the pair's place
            return
        self._key = project_key(opened.project.path)
        remembered = Position.from_dict(self.context.settings.pair_position(self._key))
        position = remembered or opened.project.position
        if position is not None:
            self.show_soon(position)

    def keep_place_for(self, path: str) -> None:
        """The pair is now the project saved at ``path``: its place is remembered under the project."""
        self._key = project_key(path)
        self.settle()

    def show_soon(self, position: Position) -> None:
        """Show ``position`` once the window has laid out the pair just opened (replaces one still waiting)."""
        first = self._pending is None
        self._pending = position
        if first:
            QTimer.singleShot(0, self, self._show_pending)

    def _show_pending(self) -> None:
        position, self._pending = self._pending, None
        if position is not None:
            self.show(position)
