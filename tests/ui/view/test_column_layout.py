"""The column's layout: every paragraph measured, lines kept only for the blocks drawn lately, the same geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from reader.core.document import Kind
from reader.core.segment import make_document
from reader.ui.view.column import ColumnView
from reader.ui.view.column_layout import KEEP_LINES

TEXT = "Длинное предложение о том, что случилось в этой главе романа, и о том, что было потом. "


def texts(count: int) -> list[str]:
    return [f"Абзац {i + 1}. " + TEXT * (1 + i % 5) for i in range(count)]


@pytest.fixture
def long_view(qtbot):
    widget = ColumnView("ru")
    qtbot.addWidget(widget)
    widget.resize(600, 700)
    widget.show()
    qtbot.waitExposed(widget)
    kinds = [Kind.HEADING if i % 100 == 0 else Kind.META if i % 37 == 5 else Kind.BODY for i in range(1500)]
    widget.set_document(make_document(texts(1500), "ru", kinds=kinds))
    return widget


def layout_of(view):
    return view.document().documentLayout()


def test_a_long_text_is_measured_in_slices_and_readable_at_once(qtbot, long_view):
    layout = layout_of(long_view)
    assert not layout.is_measured()  # shown before the whole text is measured
    assert long_view.visible_range()[0] == 0 and long_view.hit(QPoint(40, 30)) == (0, 1)
    qtbot.waitUntil(layout.is_measured, timeout=10000)
    last = long_view.paragraph_rect(1499)
    assert long_view.document().size().height() > last.bottom() > 100_000


def test_lines_are_kept_only_for_the_blocks_drawn_lately_while_scrolling_through(qtbot, long_view):
    layout = layout_of(long_view)
    layout.measure_all()
    bar = long_view.verticalScrollBar()
    for value in range(0, bar.maximum(), long_view.viewport().height()):
        bar.setValue(value)
        long_view.viewport().repaint()
    assert long_view.visible_range()[1] == 1499
    assert 0 < layout.kept_lines() <= KEEP_LINES


def test_drawn_lines_fill_exactly_the_measured_rectangles(long_view):
    """Measuring (lines thrown away) and drawing (lines laid out again) break every paragraph alike."""
    layout_of(long_view).measure_all()
    for index in range(0, 1500, 7):
        rect = long_view.paragraph_rect(index)
        if not long_view.is_shown(index):
            continue
        lines = long_view.line_layout(index)
        last = lines.lineAt(lines.lineCount() - 1)
        assert last.y() + last.height() == pytest.approx(rect.height())
        if index % 5 == 4:  # the longest paragraphs wrap
            assert lines.lineCount() > 3
    tops = [long_view.paragraph_rect(i).top() for i in range(1500) if long_view.is_shown(i)]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)


def test_headings_are_larger_and_meta_text_smaller_than_the_body(long_view):
    heights = {index: long_view.line_layout(index).lineAt(0).height() for index in (100, 101, 5)}
    assert heights[100] > heights[101] > heights[5]  # heading, body, meta


def test_hidden_paragraphs_take_no_room_and_come_back(long_view):
    before = long_view.paragraph_rect(6).top()
    long_view.set_show_muted(False)
    assert long_view.paragraph_rect(5).height() == 0
    assert long_view.paragraph_rect(6).top() < before
    long_view.set_show_muted(True)
    assert long_view.paragraph_rect(6).top() == before


def test_the_text_is_painted_where_its_paragraph_lies_and_a_selection_where_it_is(qtbot, long_view):
    long_view.scroll_to_paragraphs([702], force=True)
    long_view.select_text(702, 0, 20)
    image = long_view.viewport().grab().toImage()
    rect = long_view.paragraph_rect(702)
    top = int(long_view.to_viewport_y(rect.top()))
    row = [image.pixelColor(x, top + 8) for x in range(int(rect.left()), int(rect.left() + 120))]
    highlight = long_view.palette().highlight().color()
    assert any(abs(c.hue() - highlight.hue()) < 20 and c.saturation() > 60 for c in row)  # the selection
    gap = int(long_view.to_viewport_y(long_view.paragraph_rect(703).top())) - 2  # between two paragraphs
    assert all(image.pixelColor(x, gap) == image.pixelColor(0, gap) for x in range(int(rect.left()), 500))
    text_row = [image.pixelColor(x, int(long_view.to_viewport_y(long_view.paragraph_rect(703).top())) + 8)
                for x in range(int(rect.left()), int(rect.left()) + 200)]
    assert any(c.lightness() < 100 for c in text_row)  # the next paragraph's letters


def test_a_cursor_rectangle_lies_on_the_line_drawn(long_view):
    long_view.scroll_to_paragraphs([304], force=True)
    lines = long_view.line_layout(304)
    second = lines.lineAt(1)
    cursor = long_view.textCursor()
    cursor.setPosition(long_view.block(304).position() + second.textStart() + 3)
    rect = long_view.cursorRect(cursor)
    top = long_view.to_viewport_y(long_view.paragraph_rect(304).top() + second.y())
    assert rect.top() == pytest.approx(top, abs=1)
    assert long_view.hit(QPoint(rect.center().x(), rect.center().y())) == (304, second.textStart() + 3)


def test_dragging_selects_text_across_paragraphs(qtbot, long_view):
    long_view.scroll_to_paragraphs([40], force=True)
    start = long_view.paragraph_rect(40)
    end = long_view.paragraph_rect(41)
    begin = QPoint(int(start.left() + 2), int(long_view.to_viewport_y(start.top()) + 8))
    stop = QPoint(int(end.left() + 150), int(long_view.to_viewport_y(end.top()) + 8))
    qtbot.mousePress(long_view.viewport(), Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(long_view.viewport(), stop)
    qtbot.mouseRelease(long_view.viewport(), Qt.MouseButton.LeftButton, pos=stop)
    selected = long_view.textCursor().selectedText()
    assert selected.startswith("Абзац 41.") and "Абзац 42" in selected


def test_colours_of_a_rebuilt_text_are_drawn(long_view):
    long_view.set_colors(long_view.colors)  # rebuilt: a new text document and layout
    assert long_view.document().documentLayout().__class__.__name__ == "ColumnLayout"
    image = long_view.viewport().grab().toImage()
    assert any(image.pixelColor(x, y).lightness() < 100 for x in range(30, 300) for y in range(20, 60, 3))
    assert isinstance(long_view.colors.muted_text, QColor)
