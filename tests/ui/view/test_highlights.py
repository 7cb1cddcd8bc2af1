"""Highlight layers: what a person sees when layers overlap."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.ui.view.highlights import Highlight, HighlightLayers, background

RED = QColor("#d00000")


def difference_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(RED)
    fmt.setForeground(RED)
    return fmt


def red_pixels(edit: QTextEdit, start: int, end: int) -> int:
    """How many strongly red pixels the characters start…end show on screen."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    left = edit.cursorRect(cursor)
    cursor.setPosition(end)
    right = edit.cursorRect(cursor)
    image = edit.viewport().grab().toImage()
    count = 0
    for x in range(left.left(), right.right()):
        for y in range(left.top(), left.bottom() + 4):
            color = image.pixelColor(x, y)
            if color.red() > 150 and color.green() < 90 and color.blue() < 90:
                count += 1
    return count


@pytest.mark.parametrize("covering", ["sentence", "find", "annotations"])
def test_marked_differences_stay_visible_under_background_highlights(qtbot, covering):
    edit = QTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("Alpha Beta Gamma Delta")
    edit.resize(400, 120)
    edit.show()
    qtbot.waitExposed(edit)
    layers = HighlightLayers(lambda i: edit.document().findBlockByNumber(i), lambda: edit.document().blockCount())
    layers.set("differences", [Highlight(0, difference_format(), 6, 10)])
    edit.setExtraSelections(layers.compose()[0])
    alone = red_pixels(edit, 6, 10)
    assert alone > 20
    layers.set(covering, [Highlight(0, background(QColor("#ffd27f")), 0, 22)])
    edit.setExtraSelections(layers.compose()[0])
    assert red_pixels(edit, 6, 10) > alone // 2
