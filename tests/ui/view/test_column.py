"""The column view's API used by other parts of the window: selections, highlight layers, extra paragraphs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.segment import make_document
from reader.ui.view.column import ColumnView, Highlight, Mark

from ..helpers import sentences


@pytest.fixture
def view(qtbot):
    widget = ColumnView("en")
    qtbot.addWidget(widget)
    widget.setMinimumSize(500, 400)
    widget.resize(600, 500)
    widget.show()
    widget.set_document(make_document(sentences("Paragraph", 30) + ["Line one\nline two"], "en"))
    return widget


def test_one_block_per_paragraph_with_exact_text(view):
    assert view.paragraph_count() == 31
    for index in (0, 17, 30):
        block = view.block(index)
        assert block.userState() == index
        assert len(block.text()) == len(view.document_model.paragraphs[index].text)


def test_a_jump_right_after_a_long_text_is_shown_gets_there(qtbot):
    """Qt widens the scroll range only in a later event after laying a long text out: a jump made at once
    (the remembered place as a book opens) must not stop at the old end of the range."""
    widget = ColumnView("ru")
    qtbot.addWidget(widget)
    widget.resize(600, 800)
    widget.show()
    qtbot.waitExposed(widget)
    texts = [f"Абзац {i}. " + "Длинное предложение о том, что случилось в этой главе романа. " * 6 for i in range(3000)]
    widget.set_document(make_document(texts, "ru"))
    widget.scroll_to_paragraphs([2900], force=True)
    assert widget.is_paragraph_visible(2900) and widget.first_visible_paragraph() > 2800
    qtbot.wait(50)  # Qt's own range update afterwards keeps the place
    assert widget.is_paragraph_visible(2900)


def test_selection_range_is_clipped_to_a_paragraph(view):
    assert view.selection_range() is None
    view.select_text(3, 10, 19)
    assert view.selection_range() == ("en", 3, 10, 19)
    text = view.document_model.paragraphs[3].text
    assert view.textCursor().selectedText() == text[10:19]


def test_mouse_selection_is_not_a_click(qtbot, view):
    activated = []
    view.paragraph_activated.connect(lambda i, o: activated.append((i, o)))
    rect = view.paragraph_rect(1)
    y = int(view.to_viewport_y(rect.top()) + 6)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(rect.left() + 2), y))
    qtbot.mouseMove(view.viewport(), QPoint(int(rect.left() + 120), y))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(rect.left() + 120), y))
    assert activated == []
    assert view.selection_range()[1] == 1
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(rect.left() + 30), y))
    assert activated and activated[0][0] == 1 and activated[0][1] > 0


def test_extension_highlight_layer_with_tooltip(view):
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffe066"))
    view.set_highlights("annotations", [Highlight(2, fmt, 0, 9, "a note")])
    [selection] = view.extraSelections()
    assert selection.cursor.selectedText() == view.document_model.paragraphs[2].text[:9]
    rect = view.paragraph_rect(2)
    assert view.tooltip_at(QPoint(int(rect.left() + 3), int(view.to_viewport_y(rect.top()) + 5))) == "a note"
    view.set_highlights("annotations", [])
    assert view.extraSelections() == []


def test_extra_paragraph_shows_machine_translation(view):
    before = view.paragraph_rect(5).top()
    view.set_extra_paragraph("mt:ru:4", 4, "Machine text.", "Machine translation · test model")
    assert view.paragraph_count() == 31
    extra_block = view.block(4).next()
    assert extra_block.userState() < 0
    assert "Machine text." in extra_block.text() and "Machine translation" in extra_block.text()
    assert view.paragraph_rect(5).top() > before  # the extra paragraph takes room
    assert view.block(5).userState() == 5
    rect = view.document().documentLayout().blockBoundingRect(extra_block)
    assert view.hit(QPoint(int(rect.left() + 5), int(view.to_viewport_y(rect.top()) + 5))) is None
    view.set_reading_font(view.font())  # survives a rebuild
    assert "Machine text." in view.block(4).next().text()
    view.remove_extra_paragraph("mt:ru:4")
    assert view.block(4).next().userState() == 5


def test_line_breaks_keep_offsets(view):
    block = view.block(30)
    assert len(block.text()) == len("Line one\nline two")
    view.select_text(30, 9, 13)
    assert view.selection_range() == ("en", 30, 9, 13)


def test_marks_and_geometry(view):
    view.set_marks({3: Mark(QColor("red"), "missing")})
    assert view.marks()[3].tooltip == "missing"
    view.grab()  # paints the marks
    top, bottom = view.paragraph_extent([2, 4])
    assert top == view.paragraph_rect(2).top() and bottom == view.paragraph_rect(4).bottom()
    view.scroll_to_paragraphs([25])
    assert view.is_paragraph_visible(25)
    first, last = view.visible_range()
    assert first <= 25 <= last
