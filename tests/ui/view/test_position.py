"""The reading position: remembered per pair and per project, kept while the text size, theme or sides
change; numbers a reader sees count from 1 (Go to Paragraph takes the digits typed right after Ctrl+G)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pairs import write_texts
from reader.core.navigation import Position
from tests.small_book import write_txt

from ..helpers import new_window, wait_aligned


def settled_at(qtbot, window, position: Position):
    qtbot.waitUntil(lambda: window.navigator.here() == position, timeout=5000)


def test_reopening_a_pair_shows_the_same_place_in_both_columns(qtbot, tmp_path):
    book = write_txt(tmp_path)
    window = new_window(qtbot, tmp_path / "settings.ini")
    assert window.open_pair(*book)
    wait_aligned(qtbot, window.context)
    window.pair_view.select("ru", 100)
    window.navigator.settle()
    place = window.navigator.here()
    assert place.ru > 50 and place.en > 50 and place.selected == ("ru", 100)
    assert window.open_pair(*write_texts(tmp_path / "other" if (tmp_path / "other").mkdir() is None else None))
    assert window.navigator.here().ru < 5  # another pair opens at its start
    assert window.open_pair(*book)
    settled_at(qtbot, window, place)
    window.close()  # the next start: a new window with the same settings
    again = new_window(qtbot, tmp_path / "settings.ini")
    assert again.open_pair(*book)
    settled_at(qtbot, again, place)
    assert again.pair_view.selected() == ("ru", 100)


def test_a_project_reopens_where_it_was_read_and_elsewhere_at_its_saved_place(qtbot, tmp_path):
    book = write_txt(tmp_path)
    window = new_window(qtbot, tmp_path / "settings.ini")
    assert window.open_pair(*book)
    wait_aligned(qtbot, window.context)
    window.pair_view.select("en", 90)
    saved = window.navigator.here()
    path = tmp_path / "book.preader"
    window.projects.ask_save_path = lambda: str(path)
    assert window.projects.save()
    window.pair_view.select("en", 40)  # read on, not saved again
    window.navigator.settle()
    read = window.navigator.here()
    assert window.open_pair(*book)  # the pair alone keeps its own place
    with qtbot.waitSignal(window.projects.project_opened, timeout=30000):
        window.projects.open_path(path)
    settled_at(qtbot, window, read)  # where it was last read here
    other_computer = new_window(qtbot, tmp_path / "elsewhere.ini")
    with qtbot.waitSignal(other_computer.projects.project_opened, timeout=30000):
        other_computer.projects.open_path(path)
    settled_at(qtbot, other_computer, saved)  # the place saved in the file


def test_larger_text_theme_and_swapped_sides_keep_the_selected_paragraph_in_place(qtbot, window, tmp_path):
    assert window.open_pair(*write_txt(tmp_path))
    wait_aligned(qtbot, window.context)
    view = window.pair_view.view("en")
    window.pair_view.select("en", 80)

    def height():
        return view.to_viewport_y(view.paragraph_extent([80])[0])

    before = height()
    assert 0 < before < view.viewport().height()
    for change in (lambda: window.set_font_size(window.context.settings.font_size + 4),
                   lambda: window.set_theme("dark"), window.swap_sides,
                   lambda: window.set_font_size(window.context.settings.font_size - 6)):
        change()
        assert abs(height() - before) < 3
        assert window.pair_view.selected() == ("en", 80)


def test_go_to_paragraph_counts_from_1_and_takes_the_digits_typed_after_ctrl_g(qtbot, window, tmp_path):
    assert window.open_pair(*write_txt(tmp_path))
    wait_aligned(qtbot, window.context)
    window.activateWindow()
    qtbot.waitActive(window)
    window.pair_view.select("en", 0)
    qtbot.keyClick(window.pair_view.view("en"), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    bar = window.go_to_bar
    assert bar.isVisible() and bar.number.value() == 1  # the first paragraph is number 1
    typed = QApplication.focusWidget()  # keys typed now go wherever the focus is: the number
    qtbot.keyClicks(typed, "25")
    qtbot.keyClick(typed, Qt.Key.Key_Return)
    assert window.pair_view.selected() == ("en", 24)  # paragraph 25 as a reader counts: index 24
    assert bar.isHidden()
    qtbot.keyClick(window.pair_view.view("en"), Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert bar.number.value() == 25
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert bar.isHidden() and window.pair_view.selected() == ("en", 24)


def test_margin_numbers_and_annotation_places_count_from_1(qtbot, window, tmp_path):
    assert window.open_pair(*write_txt(tmp_path))
    wait_aligned(qtbot, window.context)
    window.set_show_numbers(True)
    view = window.pair_view.view("en")
    view.verticalScrollBar().setValue(0)
    labels = view.number_labels()
    assert labels[0].index == 0 and labels[0].text == "1"
    view.select_text(4, 0, 5)
    window.annotations.highlight_selection("")
    model = window.annotations.panel.model
    assert model.data(model.index(0, 0)) == "EN ¶5"


def test_a_long_book_reopens_at_its_place_while_its_text_is_still_laid_out(qtbot, tmp_path):
    from ..helpers import fixed_aligner

    book = write_txt(tmp_path, chapters=3, paragraphs=700)  # about 4,200 paragraphs a side
    window = new_window(qtbot, tmp_path / "settings.ini")
    window.context.aligner = fixed_aligner([])  # the place matters here, not the links
    assert window.open_pair(*book)
    window.navigator.go("ru", 3500)
    window.navigator.settle()
    place = window.navigator.here()
    assert place.ru > 3400
    again = new_window(qtbot, tmp_path / "settings.ini")
    again.context.aligner = fixed_aligner([])
    assert again.open_pair(*book)
    settled_at(qtbot, again, place)
