"""The contents panel in the window: a tree of both texts' parts and chapters; a click moves both columns;
the current chapter in the status bar and the title; Back/Forward after every jump."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reader.ui.view.contents import ROW_ROLE, ContentsModel
from reader.core.contents import build_contents
from tests.small_book import read_book, write_txt

from ..helpers import wait_aligned


def open_book(qtbot, window, folder):
    paths = write_txt(folder)
    assert window.open_pair(*paths)
    wait_aligned(qtbot, window.context)
    qtbot.waitUntil(lambda: window.contents.rows and window.contents.rows[1].linked, timeout=10000)
    return paths


def row_index(model, ru_title: str, parent_ru: str):
    for top in range(model.rowCount()):
        parent = model.index(top, 0)
        if parent.data(ROW_ROLE).title("ru") != parent_ru:
            continue
        for child in range(model.rowCount(parent)):
            index = model.index(child, 0, parent)
            if index.data(ROW_ROLE).title("ru") == ru_title:
                return index
    raise AssertionError(f"no row {parent_ru} › {ru_title}")


def click(qtbot, tree, index):
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_model_passes_qtmodeltester(qtmodeltester, tmp_path):
    book = read_book(write_txt(tmp_path))
    model = ContentsModel()
    model.set_rows(build_contents(book.ru, book.en))
    qtmodeltester.check(model)
    model.set_sides("en")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "English"
    qtmodeltester.check(model)


def test_f4_shows_the_tree_and_a_click_moves_both_columns(qtbot, window, tmp_path):
    open_book(qtbot, window, tmp_path)
    panel = window.contents.panel
    assert not panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert panel.isVisible() and window.context.settings.show_contents
    tree, model = panel.tree, panel.tree.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Russian", "English"]
    index = row_index(model, "III", "ЧАСТЬ ВТОРАЯ")
    assert index.siblingAtColumn(1).data() == "Chapter 3"
    row = index.data(ROW_ROLE)
    click(qtbot, tree, index.siblingAtColumn(1))  # the English column of the row: English first
    ru, en = window.pair_view.view("ru"), window.pair_view.view("en")
    assert window.pair_view.selected() == ("en", row.paragraph("en"))
    assert en.is_paragraph_visible(row.paragraph("en")) and ru.is_paragraph_visible(row.paragraph("ru"))
    ru_top = ru.to_viewport_y(ru.paragraph_extent([row.paragraph("ru")])[0])
    en_top = en.to_viewport_y(en.paragraph_extent([row.paragraph("en")])[0])
    assert abs(ru_top - en_top) < 3  # the two headings level
    qtbot.waitUntil(lambda: window.contents.chapter_label.text() == "PART TWO › Chapter 3")
    assert "PART TWO › Chapter 3" in window.windowTitle() and "ДВЕ ЧАСТИ" in window.windowTitle()
    assert tree.currentIndex().data(ROW_ROLE) is row  # the tree marks the current chapter


def test_the_current_chapter_follows_scrolling(qtbot, window, tmp_path):
    open_book(qtbot, window, tmp_path)
    ru = window.pair_view.view("ru")
    target = next(p.index for p in window.context.pair.ru.paragraphs if p.text.startswith("Абзац 1.2.10 "))
    ru.verticalScrollBar().setValue(int(ru.paragraph_extent([target])[0]))
    qtbot.waitUntil(lambda: window.contents.chapter_label.text() == "ЧАСТЬ ПЕРВАЯ › II", timeout=3000)
    assert "ЧАСТЬ ПЕРВАЯ › II" in window.windowTitle()
    chosen = next(p.index for p in window.context.pair.en.paragraphs if p.text.startswith("Paragraph 2.1.3 "))
    window.pair_view.select("en", chosen)  # a selection names its chapter at once
    assert window.contents.chapter_label.text() == "PART TWO › Chapter 1"


def test_back_and_forward_after_contents_and_go_to(qtbot, window, tmp_path):
    open_book(qtbot, window, tmp_path)
    navigator, ru = window.navigator, window.pair_view.view("ru")
    assert not window.action_map["back"].isEnabled()
    window.pair_view.select("ru", 30)
    navigator.settle()
    start = navigator.here()
    row = row_index(window.contents.model, "II", "ЧАСТЬ ВТОРАЯ").data(ROW_ROLE)
    window.contents.go_to(row, "ru")
    assert window.pair_view.selected() == ("ru", row.paragraph("ru"))
    after_contents = navigator.here()
    window.action_map["go_to"].trigger()  # Go to Paragraph: Russian paragraph 8 as a reader counts (index 7)
    window.go_to_bar.side.setCurrentIndex(0)
    window.go_to_bar.number.setValue(8)
    window.go_to_bar.accept()
    assert window.pair_view.selected() == ("ru", 7)
    assert window.action_map["back"].isEnabled() and not window.action_map["forward"].isEnabled()
    qtbot.keyClick(ru, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Alt+Left
    assert navigator.here() == after_contents
    window.action_map["back"].trigger()
    assert navigator.here() == start and not window.action_map["back"].isEnabled()
    qtbot.keyClick(ru, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Alt+Right
    assert navigator.here() == after_contents
    window.action_map["forward"].trigger()
    assert window.pair_view.selected() == ("ru", 7)
    assert QKeySequence("Alt+Left") in window.action_map["back"].shortcuts()


def test_back_after_find_and_an_annotation_click(qtbot, window, tmp_path):
    open_book(qtbot, window, tmp_path)
    navigator = window.navigator
    window.pair_view.select("en", 3)
    navigator.settle()
    start = navigator.here()
    window.action_map["find"].trigger()
    qtbot.keyClicks(window.find_bar.edit, "Paragraph 2.3.7")
    en = window.pair_view.view("en")
    found = next(p.index for p in window.context.pair.en.paragraphs if p.text.startswith("Paragraph 2.3.7 "))
    qtbot.waitUntil(lambda: en.is_paragraph_visible(found), timeout=10000)  # find runs off the UI thread
    assert not en.is_paragraph_visible(3)
    navigator.settle()
    window.action_map["back"].trigger()
    assert navigator.here() == start
    # an annotation far away, clicked in the panel
    window.pair_view.view("ru").select_text(60, 0, 5)
    window.annotations.highlight_selection("")
    window.pair_view.select("ru", 2)
    navigator.settle()
    before = navigator.here()
    panel = window.annotations.panel
    panel.show()
    index = panel.model.index(0, 1)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=panel.table.visualRect(index).center())
    assert window.pair_view.selected() == ("ru", 60)
    window.action_map["back"].trigger()
    assert navigator.here() == before


def test_swapped_sides_put_the_left_language_first(qtbot, window, tmp_path):
    open_book(qtbot, window, tmp_path)
    window.action_map["contents"].trigger()
    window.swap_sides()
    window.pair_view.select("en", 5)
    window.navigator.settle()
    model = window.contents.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "English"
    assert model.index(0, 0).data() == "PART ONE" or model.index(1, 0).data() == "PART ONE"
    assert window.contents.panel.tree.currentIndex().isValid()
