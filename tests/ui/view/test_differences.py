"""Differences (numbers and names missing from the counterpart): drawn as a quiet dotted underline, View toggle."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor

from tests.ui.helpers import wait_aligned


def open_sample(qtbot, window, seed_paths):
    from reader.ui.files.loader import load_pair_files

    window.context.set_pair(load_pair_files(*seed_paths))
    wait_aligned(qtbot, window.context)
    return window.pair_view.view("ru")


def test_differences_are_a_dotted_underline_not_a_spelling_error(qtbot, shell, seed_paths):
    ru_view = open_sample(qtbot, shell, seed_paths)
    marked = ru_view.highlights("differences")
    assert marked
    fmt = marked[0].format
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert fmt.underlineColor() == shell.pair_view.colors.muted_text
    assert fmt.foreground().style().name == "NoBrush"  # the letters keep their colour
    # as painted: under the marked word, grey dots, and no red anywhere near it
    item = marked[0]
    ru_view.scroll_to_paragraphs([item.paragraph], force=True)
    block = ru_view.block(item.paragraph)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + item.start)
    left = ru_view.cursorRect(cursor)
    cursor.setPosition(block.position() + item.end)
    right = ru_view.cursorRect(cursor)
    image = ru_view.viewport().grab().toImage()
    pixels = [image.pixelColor(x, y) for x in range(left.left(), right.right())
              for y in range(left.top(), left.bottom() + 4)]
    assert not [c for c in pixels if c.red() > 150 and c.green() < 90 and c.blue() < 90]


def test_the_view_toggle_hides_shows_and_is_remembered(qtbot, window, seed_paths):
    from reader.ui.mainwindow import MainWindow

    ru_view = open_sample(qtbot, window, seed_paths)
    action = window.action_map["differences"]
    assert action.isChecked() and action in window.menus["view"].actions()
    shown = ru_view.highlights("differences")
    assert shown
    action.trigger()
    assert not action.isChecked() and window.context.settings.show_differences is False
    assert ru_view.highlights("differences") == [] and window.pair_view.view("en").highlights("differences") == []

    again = MainWindow(window.context)  # the next start, same settings
    qtbot.addWidget(again)
    assert not again.action_map["differences"].isChecked()
    assert again.open_pair(*seed_paths)
    wait_aligned(qtbot, again.context)
    assert again.pair_view.view("ru").highlights("differences") == []
    again.action_map["differences"].trigger()
    assert window.context.settings.show_differences is True
    assert [(h.paragraph, h.start) for h in again.pair_view.view("ru").highlights("differences")] == [
        (h.paragraph, h.start) for h in shown]
