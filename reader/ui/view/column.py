"""One column of the reader: a read-only text view of a Document, one QTextBlock per paragraph.

The view knows paragraphs, geometry, highlight layers, margin marks, paragraph numbers and extra
(non-source) paragraphs; it knows nothing of the alignment — :mod:`reader.ui.view.pairview` drives it.
It is built in layers, one concern each: :mod:`reader.ui.view.column_geometry` (paragraph positions,
scrolling, margins, hidden paragraphs), :mod:`reader.ui.view.column_marks` (highlights, backgrounds, margin
marks, numbers, tooltips), :mod:`reader.ui.view.column_text` (the text document and its extra blocks such as
machine translations) and, here, the document, the selection and keyboard and mouse input.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QTextEdit

from reader.core.sides import Side
from reader.core.document import Document
from reader.ui.view.column_geometry import MARK_OFFSET, PAD
from reader.ui.view.column_marks import MARK_WIDTH, Mark
from reader.ui.view.column_text import ColumnText
from reader.ui.view.highlights import Highlight, background

__all__ = ["MARK_OFFSET", "MARK_WIDTH", "PAD", "ColumnView", "Highlight", "Mark", "background"]


class ColumnView(ColumnText):
    """A read-only column showing one side ("ru" or "en") of the pair."""

    #: a paragraph was clicked or chosen with the keyboard: (paragraph index, character offset or -1)
    paragraph_activated = Signal(int, int)
    #: a context menu is about to open on a paragraph: (paragraph index, menu)
    context_menu_requested = Signal(int, QMenu)
    #: Left/h (-1) or Right/l (+1) pressed: move to the column on that side
    cross_requested = Signal(int)

    def __init__(self, side: str, parent=None):
        super().__init__(side, parent)
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setObjectName(f"column_{side}")
        self.setAccessibleName(self.tr("Russian text") if Side(side) is Side.RU else self.tr("English text"))
        self._selected: int | None = None
        self._press_pos: QPoint | None = None
        # the column's layout keeps lines for blocks near what is drawn; Qt paints a mouse selection's change
        # from the selected blocks' own lines, which it has only for the blocks prepared: repaint it all
        self.selectionChanged.connect(self.viewport().update)

    def set_document(self, document: Document | None) -> None:
        """Show ``document`` (None clears the view); highlights, marks and extras are dropped."""
        self.document_model = document
        self._layers.clear()
        self._marks.clear()
        self._extras.clear()
        self._selected = None
        self._rebuild()

    def selected_paragraph(self) -> int | None:
        """The selected paragraph (clicked or moved to), or None."""
        return self._selected

    def set_selected(self, index: int | None) -> None:
        """Mark paragraph ``index`` as selected (highlight only; no signal)."""
        self._selected = index
        fmt = background(self.colors.selected)
        self.set_highlights("selected", [] if index is None else [Highlight(index, fmt)])

    def selection_range(self) -> tuple[str, int, int, int] | None:
        """The text selected with the mouse as (side, paragraph, start, end), clipped to one paragraph."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        document = self.document()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        block = document.findBlock(start)
        while block.isValid() and block.userState() < 0 and block.position() < end:
            block = block.next()
        if not block.isValid() or block.userState() < 0:
            return None
        offset = max(0, start - block.position())
        stop = min(end - block.position(), block.length() - 1)
        if stop <= offset:
            return None
        return self.side, block.userState(), offset, stop

    def select_text(self, index: int, start: int, end: int) -> None:
        """Select characters ``start``..``end`` of paragraph ``index`` as the mouse would."""
        block = self.block(index)
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def _prepare_at(self, pos: QPoint) -> None:
        """Give the block at viewport ``pos`` its own lines (Qt's text control reads them for the cursor)."""
        layout = self.document().documentLayout()
        if hasattr(layout, "prepare_block"):
            layout.prepare_block(self.cursorForPosition(pos).block())

    def _prepare_cursor(self, cursor: QTextCursor) -> None:
        layout = self.document().documentLayout()
        if hasattr(layout, "prepare_block"):
            document = self.document()
            layout.prepare_block(document.findBlock(cursor.position()))
            layout.prepare_block(document.findBlock(cursor.anchor()))

    def cursorRect(self, cursor: QTextCursor | None = None):  # noqa: N802 - Qt override
        """Where ``cursor`` (the text cursor if None) is drawn, in viewport coordinates."""
        cursor = self.textCursor() if cursor is None else cursor
        self._prepare_cursor(cursor)
        return super().cursorRect(cursor)

    def setTextCursor(self, cursor: QTextCursor) -> None:  # noqa: N802 - Qt override
        self._prepare_cursor(cursor)
        super().setTextCursor(cursor)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._press_pos = event.position().toPoint()
        self._prepare_at(self._press_pos)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._prepare_at(event.position().toPoint())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        pressed, self._press_pos = self._press_pos, None
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        if (pos - pressed).manhattanLength() > 4 or self.textCursor().hasSelection():
            return  # a text selection, not a click
        found = self.hit(pos)
        if found is not None:
            self.paragraph_activated.emit(*found)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_J: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_K: -1}
            if key in moves:
                self.move_selection(moves[key])
                return
            crossings = {Qt.Key.Key_Left: -1, Qt.Key.Key_H: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_L: 1}
            if key in crossings:
                self.cross_requested.emit(crossings[key])
                return
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.move_selection_by_page(1 if key == Qt.Key.Key_PageDown else -1)
                return
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
                self.move_selection(-len(self._block_numbers) if key == Qt.Key.Key_Home else len(self._block_numbers))
                return
        if key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier:
            # the platform turns the Menu key into a context-menu event, but X11 does not do so for
            # Shift+F10: open the same menu here
            self.open_keyboard_menu()
            return
        super().keyPressEvent(event)

    def move_selection(self, steps: int) -> None:
        """Select the shown paragraph ``steps`` away from the selected one (clamped), as a click would."""
        count = len(self._block_numbers)
        if not count:
            return
        shown = [i for i in range(count) if self.is_shown(i)] if not self._show_muted else None
        if self._selected is None:
            first = self.first_visible_paragraph() or 0
            index = first
        else:
            order = shown if shown is not None else range(count)
            position = (order.index(self._selected) if self._selected in order else 0) + steps
            index = order[max(0, min(len(order) - 1, position))]
        self.paragraph_activated.emit(index, -1)

    def move_selection_by_page(self, direction: int) -> None:
        """Select the paragraph one screen further down (or up)."""
        if not self._block_numbers:
            return
        current = self._selected if self._selected is not None else self.first_visible_paragraph() or 0
        y = self.paragraph_rect(current).top() + direction * self.viewport().height() * 0.9
        index = self.paragraph_at_y(max(0.0, y))
        if index is not None:
            if index == current:
                self.move_selection(direction)
            else:
                self.paragraph_activated.emit(index, -1)

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The context menu at viewport ``pos``: standard entries plus whatever listeners add."""
        menu = self.createStandardContextMenu(pos)
        found = self.hit(pos)
        if found is not None:
            self.context_menu_requested.emit(found[0], menu)
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open_keyboard_menu(event.pos())
        else:
            self._open_menu_at(event.pos())

    def open_keyboard_menu(self, at_cursor: QPoint | None = None) -> None:
        """Open the context menu as the Menu key or Shift+F10 does: at the selected text if there is
        some (``at_cursor``, else the text cursor), otherwise on the selected paragraph."""
        pos: QPoint | None
        if self.textCursor().hasSelection():
            pos = at_cursor if at_cursor is not None else self.cursorRect().center()
        else:
            pos = self._keyboard_menu_position()
        if pos is not None:
            self._open_menu_at(pos)

    def _open_menu_at(self, pos: QPoint) -> None:
        found = self.hit(pos)
        if found is not None and found[0] != self._selected and not self.textCursor().hasSelection():
            self.paragraph_activated.emit(found[0], found[1])
        self.popup_menu(self.build_context_menu(pos), self.viewport().mapToGlobal(pos))

    def _keyboard_menu_position(self) -> QPoint | None:
        """Where the Menu key (or Shift+F10) opens the menu: on the selected paragraph, else the first one
        on screen (Qt would use the hidden text cursor, which sits at the top of the document)."""
        index = self._selected if self._selected is not None and self.is_shown(self._selected) else (
            self.first_visible_paragraph())
        if index is None:
            return None
        self.scroll_to_paragraphs([index])
        rect = self.paragraph_rect(index)
        return QPoint(int(rect.left() + PAD * 2), int(self.to_viewport_y(rect.top()) + min(rect.height() / 2, 8)))

    def popup_menu(self, menu: QMenu, global_pos: QPoint) -> None:
        """Show ``menu`` at ``global_pos`` until it closes, then discard it."""
        menu.exec(global_pos)
        menu.deleteLater()
