"""One column of the reader: a read-only text view of a Document, one QTextBlock per paragraph.

The view knows paragraphs, geometry, highlight layers, margin marks, paragraph numbers and extra
(non-source) paragraphs; it knows nothing of the alignment — :mod:`reader.ui.pairview` drives it.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QPainter, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QToolTip

from reader.core.document import Document
from reader.ui import render
from reader.ui.overview import WIDTH as OVERVIEW_WIDTH, OverviewStrip
from reader.ui.highlights import Highlight, HighlightLayers, background
from reader.ui.paragraph_numbers import GAP as NUMBER_GAP, NumberLabel, ParagraphNumbers
from reader.ui.theme import LIGHT, Colors

MEASURE_CHARS = 72  # comfortable line length, in average characters
MARK_WIDTH = 4
PAD = 6.0  # room around a highlighted paragraph
MARK_OFFSET = PAD + 8  # the margin-mark strip starts this far left of the text
MIN_MARGIN = 24.0


@dataclass
class Mark:
    """A margin mark beside a paragraph (e.g. "no counterpart")."""

    color: QColor
    tooltip: str = ""


class ColumnView(QTextBrowser):
    """A read-only column showing one side ("ru" or "en") of the pair."""

    #: a paragraph was clicked or chosen with the keyboard: (paragraph index, character offset or -1)
    paragraph_activated = Signal(int, int)
    #: a context menu is about to open on a paragraph: (paragraph index, menu)
    context_menu_requested = Signal(int, QMenu)
    #: the laid-out geometry changed (size, font, hidden paragraphs): maps and gutter must update
    geometry_changed = Signal()
    #: Left/h (-1) or Right/l (+1) pressed: move to the column on that side
    cross_requested = Signal(int)

    def __init__(self, side: str, parent=None):
        super().__init__(parent)
        self.side = side
        self.document_model: Document | None = None
        self.colors: Colors = LIGHT
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setObjectName(f"column_{side}")
        self.setAccessibleName(self.tr("Russian text") if side == "ru" else self.tr("English text"))
        self._font = render.reading_font("", 12)
        self._show_muted = True
        self._selected: int | None = None
        self._block_numbers: list[int] = []
        self._layers = HighlightLayers(self.block, self.paragraph_count)
        self._batch_depth = 0
        self._dirty = False
        self._marks: dict[int, Mark] = {}
        self._numbers = ParagraphNumbers()
        self._extras: dict[str, render.ExtraParagraph] = {}
        self._press_pos: QPoint | None = None
        self._margin = -1.0
        self._text_document: QTextDocument | None = None
        self._backgrounds: dict[int, QColor] = {}
        self._visible_cache: tuple | None = None
        #: the strip beside the scroll bar marking gaps and weak links in the whole text (reader.ui.overview)
        self.overview = OverviewStrip(self)
        self.setViewportMargins(0, 0, OVERVIEW_WIDTH, 0)

    # -- content -----------------------------------------------------------------------------
    def set_document(self, document: Document | None) -> None:
        """Show ``document`` (None clears the view); highlights, marks and extras are dropped."""
        self.document_model = document
        self._layers.clear()
        self._marks.clear()
        self._extras.clear()
        self._selected = None
        self._rebuild()

    def set_reading_font(self, font) -> None:
        """Change the body font (the document is rebuilt, scroll position kept by paragraph)."""
        self._font = font
        anchor = self.first_visible_paragraph()
        self._rebuild()
        if anchor is not None:
            self.scroll_to_y(self.paragraph_extent([anchor])[0])

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self._rebuild()

    def _rebuild(self) -> None:
        scroll = self.verticalScrollBar().value()
        document = self.document_model
        if document is None:
            empty = render.QTextDocument(self)
            old, self._text_document = self._text_document, empty
            self.setDocument(empty)
            if old is not None:
                old.deleteLater()
            self._block_numbers = []
            return
        text_document = render.build_text_document(
            document, self._font, self.colors.muted_text, list(self._extras.values()),
            self.colors.machine_text, self.colors.machine_background)
        text_document.setParent(self)
        old, self._text_document = self._text_document, text_document
        self.setDocument(text_document)
        if old is not None:
            old.deleteLater()
        text_document.documentLayout().documentSizeChanged.connect(self._on_size_changed)
        self._index_blocks()
        self._margin = -1.0
        self._apply_margins()
        self._apply_visibility()
        self._layers.rebuild()  # the selections' cursors pointed into the old document
        self._apply_layers()
        self.scroll_to_y(scroll)
        self.geometry_changed.emit()

    def _index_blocks(self) -> None:
        count = len(self.document_model.paragraphs) if self.document_model else 0
        numbers = [0] * count
        block = self.document().begin()
        while block.isValid():
            state = block.userState()
            if 0 <= state < count:
                numbers[state] = block.blockNumber()
            block = block.next()
        self._block_numbers = numbers

    def block(self, index: int):
        """The QTextBlock of paragraph ``index``."""
        return self.document().findBlockByNumber(self._block_numbers[index])

    def paragraph_count(self) -> int:
        return len(self._block_numbers)

    # -- geometry ----------------------------------------------------------------------------
    def _apply_margins(self) -> None:
        width = self.viewport().width()
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARS * self._font.pointSizeF() / max(
            1.0, self.font().pointSizeF())
        self._numbers.update(self.font(), self._font, self.paragraph_count())
        margin = max(MIN_MARGIN, self._numbers.room(MARK_OFFSET), (width - measure) / 2)
        if abs(margin - self._margin) < 1:
            return
        self._margin = margin
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        fmt.setTopMargin(16)
        fmt.setBottomMargin(max(16, self.viewport().height() // 2))
        root.setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        port = self.viewport().geometry()
        self.overview.setGeometry(port.right() + 1, port.top(), OVERVIEW_WIDTH, port.height())
        self._apply_margins()
        self.geometry_changed.emit()

    def _on_size_changed(self, _size) -> None:
        self.geometry_changed.emit()

    def paragraph_rect(self, index: int) -> QRectF:
        """Bounding rectangle of paragraph ``index`` in document coordinates (height 0 when hidden)."""
        block = self.block(index)
        if not block.isVisible():
            rect = self.document().documentLayout().blockBoundingRect(block)
            return QRectF(rect.x(), rect.y(), rect.width(), 0)
        return self.document().documentLayout().blockBoundingRect(block)

    def paragraph_extent(self, indices) -> tuple[float, float]:
        """(top, bottom) in document coordinates of the paragraphs ``indices`` taken together."""
        first, last = self.paragraph_rect(min(indices)), self.paragraph_rect(max(indices))
        return first.top(), max(first.bottom(), last.bottom())

    def scroll_offset(self) -> int:
        return self.verticalScrollBar().value()

    def to_viewport_y(self, y: float) -> float:
        """A document y coordinate as a viewport y coordinate."""
        return y - self.verticalScrollBar().value()

    def hit(self, pos: QPoint) -> tuple[int, int] | None:
        """(paragraph index, character offset) at viewport position ``pos``, or None (extra block, nothing)."""
        if self.document_model is None or not self._block_numbers:
            return None
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        state = block.userState()
        if state < 0:
            return None
        return state, cursor.position() - block.position()

    def paragraph_at_y(self, y: float) -> int | None:
        """The paragraph at document y coordinate ``y`` (nearest block; extra blocks skipped)."""
        layout = self.document().documentLayout()
        position = layout.hitTest(QPointF(self._margin + 1, y), Qt.HitTestAccuracy.FuzzyHit)
        if position < 0:
            return None
        block = self.document().findBlock(position)
        while block.isValid() and (block.userState() < 0 or not block.isVisible()):
            block = block.next()
        if not block.isValid():
            block = self.document().lastBlock()
            while block.isValid() and (block.userState() < 0 or not block.isVisible()):
                block = block.previous()
        return block.userState() if block.isValid() else None

    def visible_range(self) -> tuple[int, int] | None:
        """First and last paragraph (partly) on screen (cached until the view scrolls or re-lays out)."""
        if not self._block_numbers:
            return None
        top = self.verticalScrollBar().value()
        key = (top, self.viewport().size(), id(self.document()), self.document().size(), self._show_muted)
        if self._visible_cache is not None and self._visible_cache[0] == key:
            return self._visible_cache[1]
        first = self.paragraph_at_y(top)
        last = self.paragraph_at_y(top + self.viewport().height())
        shown = None if first is None or last is None else (min(first, last), max(first, last))
        if shown is not None:  # the nearest block to the bottom edge may start below it (in the margin)
            first, last = shown
            while last > first and self.paragraph_rect(last).top() >= top + self.viewport().height():
                last -= 1
            shown = (first, last)
        self._visible_cache = (key, shown)
        return shown

    def first_visible_paragraph(self) -> int | None:
        shown = self.visible_range()
        return shown[0] if shown else None

    def is_paragraph_visible(self, index: int) -> bool:
        """Whether any part of paragraph ``index`` is inside the viewport."""
        top, bottom = self.paragraph_extent([index])
        view_top = self.verticalScrollBar().value()
        return bottom > view_top and top < view_top + self.viewport().height() and bottom > top

    def scroll_to_y(self, y: float) -> None:
        """Scroll so document position ``y`` is at the top (as far as the text goes).

        Qt widens the scroll range only in a later event after the text is laid out, so a jump made at
        once (to a remembered place as the pair opens, to a find result) would stop at the old end: the
        range is brought up to the laid-out height first."""
        bar = self.verticalScrollBar()
        value = int(max(0.0, y))
        if value > bar.maximum():
            height = self.document().documentLayout().documentSize().height()
            room = int(math.ceil(height - self.viewport().height()))
            if room > bar.maximum():
                bar.setRange(bar.minimum(), room)
        bar.setValue(value)

    def scroll_to_paragraphs(self, indices, *, force: bool = False) -> None:
        """Scroll so the paragraphs ``indices`` are in view (a quarter from the top if they must move)."""
        if not indices:
            return
        top, bottom = self.paragraph_extent(indices)
        view_top = self.verticalScrollBar().value()
        height = self.viewport().height()
        if not force and top >= view_top and bottom <= view_top + height:
            return
        if bottom - top > height * 0.75:
            target = top - 16
        else:
            target = top - height / 4
        self.scroll_to_y(target)

    # -- visibility of meta paragraphs --------------------------------------------------------
    def set_show_muted(self, show: bool) -> None:
        """Show or hide meta, caption and duplicate paragraphs."""
        self._show_muted = show
        self._apply_visibility()
        self.geometry_changed.emit()

    def is_shown(self, index: int) -> bool:
        """Whether paragraph ``index`` is displayed (not a hidden meta/caption/duplicate paragraph)."""
        return self._show_muted or self.document_model is None or self.document_model.paragraphs[index].kind.alignable

    def _apply_visibility(self) -> None:
        if self.document_model is None:
            return
        changed = False
        for paragraph in self.document_model.paragraphs:
            if paragraph.kind.alignable:
                continue
            block = self.block(paragraph.index)
            if block.isVisible() != self._show_muted:
                block.setVisible(self._show_muted)
                changed = True
        if changed:
            self.document().markContentsDirty(0, self.document().characterCount())
            self.viewport().update()

    # -- selection ---------------------------------------------------------------------------
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

    # -- highlight layers (see reader.ui.highlights) -----------------------------------------
    def set_highlights(self, layer: str, highlights: list[Highlight], z: int | None = None) -> None:
        """Replace the highlights of ``layer`` (e.g. "find", or an extension's "annotations").

        Whole-paragraph highlights (start and end None) paint the paragraph's background;
        ranges become extra selections. Layers are drawn in the order of their ``z``.
        """
        if not self._layers.set(layer, highlights, z):
            return
        if self._batch_depth == 0:
            self._apply_layers()
        else:
            self._dirty = True

    def highlights(self, layer: str) -> list[Highlight]:
        return self._layers.items(layer)

    @contextlib.contextmanager
    def batch(self):
        """Apply several ``set_highlights`` calls at once (one repaint)."""
        self._batch_depth += 1
        try:
            yield
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0 and self._dirty:
                self._dirty = False
                self._apply_layers()

    def _apply_layers(self) -> None:
        selections, self._backgrounds = self._layers.compose()
        self.setExtraSelections(selections)
        self.viewport().update()

    def paragraph_background(self, index: int) -> QColor | None:
        """The colour painted behind paragraph ``index`` (selection, counterpart, …), if any."""
        return self._backgrounds.get(index)

    # -- margin marks and painting ----------------------------------------------------------
    def set_marks(self, marks: dict[int, Mark]) -> None:
        """Margin marks by paragraph index (replaces all marks)."""
        self._marks = dict(marks)
        self.viewport().update()

    def marks(self) -> dict[int, Mark]:
        return dict(self._marks)

    # -- paragraph numbers (see reader.ui.paragraph_numbers) ----------------------------------
    def set_show_numbers(self, show: bool) -> None:
        """Show or hide each paragraph's index in the left margin (the margin widens to fit if needed)."""
        if show == self._numbers.enabled:
            return
        self._numbers.enabled = show
        self._margin = -1.0
        if self.document_model is not None:
            self._apply_margins()
        self.viewport().update()
        self.geometry_changed.emit()

    def shows_numbers(self) -> bool:
        return self._numbers.enabled

    def number_labels(self) -> list[NumberLabel]:
        """The paragraph numbers painted now (shown paragraphs on screen), in viewport coordinates."""
        shown = self.visible_range() if self._numbers.enabled else None
        if shown is None:
            return []
        right = self._margin - MARK_OFFSET - NUMBER_GAP
        labels = []
        for index in range(shown[0], shown[1] + 1):
            if not self.is_shown(index):
                continue
            layout = self.block(index).layout()
            if layout.lineCount() == 0:
                continue
            line = layout.lineAt(0)
            baseline = self.to_viewport_y(layout.position().y() + line.y() + line.ascent())
            labels.append(self._numbers.label(index, baseline, right))
        return labels

    def _text_rect(self, index: int) -> QRectF:
        """The area of paragraph ``index``'s lines in viewport coordinates (block margins excluded)."""
        rect = self.paragraph_rect(index)
        return QRectF(rect.left(), self.to_viewport_y(rect.top()), rect.width(), rect.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Paragraph backgrounds under the text, then the text, then the margin marks and numbers."""
        shown = self.visible_range() if (self._marks or self._backgrounds or self._numbers.enabled) else None
        if shown is None:
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(shown[0], shown[1] + 1):
            color = self._backgrounds.get(index)
            if color is not None and self.is_shown(index):
                painter.setBrush(color)
                painter.drawRoundedRect(self._text_rect(index).adjusted(-PAD, -PAD / 2, PAD, PAD / 2), 3, 3)
        painter.end()
        super().paintEvent(event)
        if not self._marks and not self._numbers.enabled:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._numbers.paint(painter, self.number_labels(), self.colors.muted_text)
        painter.setPen(Qt.PenStyle.NoPen)
        x = self._margin - MARK_OFFSET
        for index in range(shown[0], shown[1] + 1):
            mark = self._marks.get(index)
            if mark is None or not self.is_shown(index):
                continue
            rect = self._text_rect(index)
            painter.setBrush(mark.color)
            painter.drawRoundedRect(QRectF(x, rect.top() + 1, MARK_WIDTH, max(8.0, rect.height() - 2)), 2, 2)
        painter.end()

    # -- extra paragraphs --------------------------------------------------------------------
    def set_extra_paragraph(self, key: str, after: int, text: str, label: str) -> None:
        """Show ``text`` (labelled ``label``) as a block after paragraph ``after`` (-1: at the top).

        Extra paragraphs (e.g. machine translations) are styled apart, are never selectable
        as paragraphs, and survive font and theme changes. The same ``key`` replaces the text.
        """
        self._extras[key] = render.ExtraParagraph(after, text, label)
        self._rebuild_keeping_place()

    def replace_extra_paragraphs(self, prefix: str, extras: dict[str, render.ExtraParagraph]) -> None:
        """Replace all extra paragraphs whose key starts with ``prefix`` by ``extras`` (in order, one rebuild)."""
        kept = {key: extra for key, extra in self._extras.items() if not key.startswith(prefix)}
        self._extras = {**kept, **extras}
        self._rebuild_keeping_place()

    def _rebuild_keeping_place(self) -> None:
        anchor = self.first_visible_paragraph()
        offset = 0.0
        if anchor is not None:
            offset = self.paragraph_extent([anchor])[0] - self.verticalScrollBar().value()
        self._rebuild()
        if anchor is not None:
            self.scroll_to_y(self.paragraph_extent([anchor])[0] - offset)

    def remove_extra_paragraph(self, key: str) -> None:
        if self._extras.pop(key, None) is not None:
            self._rebuild()

    def extra_paragraphs(self) -> dict[str, render.ExtraParagraph]:
        return dict(self._extras)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """The selection as plain text; text copied from an extra block always starts with its label
        (so a machine translation is never pasted as if it were the source)."""
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        parts = []
        block = self.document().findBlock(start)
        while block.isValid() and block.position() < end:
            begin = block.position()
            low, high = max(start, begin) - begin, min(end, begin + block.length() - 1) - begin
            text = block.text()[low:high]
            if block.userState() == render.EXTRA_STATE:
                label, separator, body = block.text().partition(render.LINE_SEPARATOR)
                if separator:  # the label line, then the selected part of the body
                    skip = len(label) + 1
                    text = f"{label}\n{body[max(0, low - skip):max(0, high - skip)]}"
            parts.append(text.replace(render.LINE_SEPARATOR, "\n"))
            block = block.next()
        mime = QMimeData()
        mime.setText("\n".join(parts))
        return mime

    # -- input -------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

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

    # -- tooltips ----------------------------------------------------------------------------
    def tooltip_at(self, pos: QPoint) -> str:
        """What the tooltip at viewport ``pos`` says (highlight notes, then the margin mark)."""
        found = self.hit(pos)
        if found is None:
            return ""
        index, offset = found
        notes = self._layers.tooltips(index, offset)
        mark = self._marks.get(index)
        if mark is not None and mark.tooltip:
            notes.append(mark.tooltip)
        return "\n".join(dict.fromkeys(notes))

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
