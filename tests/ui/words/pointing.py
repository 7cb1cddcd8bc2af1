"""Helpers for word tests: a window showing the faithful pair, pointing at and clicking words."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from faithful_pair import EN_PARAGRAPH, RU_PARAGRAPH
from reader.core.align import Link
from reader.core.segment import make_document
from reader.core.session import ReadingSession
from reader.ui.words.answers import LAYER

from ..helpers import fixed_aligner, wait_aligned


def open_texts(qtbot, window, ru_texts: list[str], en_texts: list[str], links: list[Link]) -> None:
    """Show two documents of these paragraphs, linked by ``links``."""
    ru, en = make_document(ru_texts, "ru"), make_document(en_texts, "en")
    window.context.aligner = fixed_aligner(links)
    window.context.set_pair(ReadingSession(ru, en))
    wait_aligned(qtbot, window.context)


def open_faithful(qtbot, window) -> None:
    """The sample's second Russian paragraph beside its faithful translation, one link."""
    open_texts(qtbot, window, [RU_PARAGRAPH], [EN_PARAGRAPH], [Link([0], [0])])


def offset_of(text: str, word: str) -> int:
    offset = text.find(word)
    assert offset >= 0, word
    return offset


def point_in_block(view, block, offset: int) -> QPoint:
    """A viewport point inside the character at ``offset`` of ``block`` (scrolled into sight)."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + offset)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 3, rect.center().y())


def point_at(view, paragraph: int, offset: int) -> QPoint:
    return point_in_block(view, view.block(paragraph), offset)


def hover(view, pos: QPoint) -> None:
    """Move the pointer (no button) to ``pos`` of the view's viewport, as the window system does."""
    viewport = view.viewport()
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def marked(view, text: str | None = None) -> list[str]:
    """The texts the word layer of ``view`` marks (``text``: the paragraph's text, else read from the block)."""
    found = []
    for item in view.highlights(LAYER):
        block = view.block(item.paragraph)
        for _ in range(abs(item.block_offset)):
            block = block.next() if item.block_offset > 0 else block.previous()
        found.append(block.text()[item.start:item.end])
    return found
