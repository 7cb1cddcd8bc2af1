"""The main window on real files: the sample pair, bad files, navigation, find, recent pairs, drops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox

from reader.core.align import Link
from reader.core.links import pair_stats
from reader.core.session import ReadingSession

from .helpers import click_paragraph, fixed_aligner, make_pair_docs, wait_aligned


def paragraph_starting(document, prefix: str) -> int:
    [index] = [p.index for p in document.paragraphs if p.text.lstrip().startswith(prefix)]
    return index


def counterpart_blocks(view):
    return {i for i in range(view.paragraph_count()) if view.paragraph_background(i) is not None}


def test_sample_pair_click_shows_counterpart(qtbot, window, seed_paths):
    assert window.open_pair(*seed_paths)
    context = window.context
    wait_aligned(qtbot, context)
    ru, en = context.pair.ru, context.pair.en
    signed = paragraph_starting(ru, "Подписанная конвенция")
    designed = paragraph_starting(en, "\"The Convention is designed")
    en_view = window.pair_view.view("en")
    assert not en_view.is_paragraph_visible(designed)  # far down the English column at first
    click_paragraph(qtbot, window.pair_view.view("ru"), signed)
    assert window.pair_view.selected() == ("ru", signed)
    assert designed in counterpart_blocks(en_view)
    assert en_view.is_paragraph_visible(designed)


def test_sample_pair_paragraph_without_counterpart(qtbot, window, seed_paths):
    window.open_pair(*seed_paths)
    context = window.context
    wait_aligned(qtbot, context)
    ru_view = window.pair_view.view("ru")
    # the closing paragraphs of the agency story (who signed, the General Assembly, RIA Novosti) are not in the report
    gap = paragraph_starting(context.pair.ru, "Генассамблея ООН")
    assert context.links.link_of("ru", gap) is None
    click_paragraph(qtbot, ru_view, gap)
    assert window.pair_view.selected() == ("ru", gap)
    assert ru_view.marks()[gap].color == window.pair_view.colors.no_counterpart
    rect = ru_view.paragraph_rect(gap)
    in_margin = QPoint(int(rect.left() - 10), int(ru_view.to_viewport_y(rect.top()) + 5))
    assert ru_view.tooltip_at(in_margin) == "No counterpart in the English text"
    assert counterpart_blocks(window.pair_view.view("en")) == set()
    stats = pair_stats(context.documents(), context.links).sides
    ru, en = stats["ru"], stats["en"]
    assert ru.without_counterpart >= 1 and ru.linked + ru.without_counterpart == ru.alignable
    assert window.status.text() == (
        f"Linked: Russian {ru.linked} of {ru.alignable} ({ru.coverage:.0%} of the text) · English {en.linked} of "
        f"{en.alignable} ({en.coverage:.0%}) · Without counterpart: Russian {ru.without_counterpart}, "
        f"English {en.without_counterpart} · Gaps: none")


@pytest.fixture
def message_boxes(monkeypatch):
    """Record modal message boxes instead of blocking on them (only the modal call is replaced)."""
    shown = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_texts_are_readable_while_aligning_with_progress_in_the_status_bar(qtbot, window):
    import threading

    from reader.core.align import Alignment

    release = threading.Event()

    def slow(ru, en, options=None, *, progress=None, cancelled=None):
        progress(1, 4)
        release.wait(10)
        progress(4, 4)
        return Alignment([Link([0], [0])])

    ru, en = make_pair_docs(12, 10)
    window.context.aligner = slow
    window.open_documents(ReadingSession(ru, en))
    status = window.status
    try:
        qtbot.waitUntil(lambda: status.progress.value() == 1)
        assert status.progress.isVisible() and status.progress.maximum() == 4
        assert status.progress_label.text() == "Aligning…"
        assert status.text() == "Russian: 12 paragraphs · English: 10 paragraphs"
        view = window.pair_view.view("ru")
        assert view.paragraph_count() == 12 and view.is_paragraph_visible(0)  # readable already
        click_paragraph(qtbot, view, 3)
        assert window.pair_view.selected() == ("ru", 3)
    finally:
        release.set()
    wait_aligned(qtbot, window.context)
    assert not status.progress.isVisible() and not status.progress_label.isVisible()
    assert status.text().startswith("Linked: Russian 1 of 12")


def test_bad_file_shows_message_box(qtbot, window, tmp_path, message_boxes, seed_paths):
    binary = tmp_path / "broken.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    assert window.open_pair(binary, seed_paths[1]) is False
    [(title, text, _hint)] = message_boxes
    assert "broken.txt" in text
    assert title
    assert window.context.pair is None
    assert window.open_pair(tmp_path / "missing.txt", seed_paths[1]) is False
    assert len(message_boxes) == 2 and "missing.txt" in message_boxes[1][1]


def test_recent_pairs_and_last_pair(qtbot, window, seed_paths):
    window.open_pair(*seed_paths)
    settings = window.context.settings
    expected = tuple(str(p) for p in seed_paths)
    assert settings.last_pair() == expected
    assert settings.recent_pairs()[0] == expected
    window.menus["recent"].aboutToShow.emit()
    texts = [a.text() for a in window.menus["recent"].actions()]
    assert any(seed_paths[0].name in t for t in texts)


def test_navigation_actions(qtbot, window):
    ru, en = make_pair_docs(12, 10)
    window.context.aligner = fixed_aligner([Link([0], [0]), Link([1], [1], 0.2), Link([3], [2]),
                                            Link([5], [3], 0.4), Link([6], [4])])
    window.open_documents(ReadingSession(ru, en))
    wait_aligned(qtbot, window.context)
    pane = window.pair_view
    window.action_map["next_gap"].trigger()
    assert pane.selected() == ("ru", 2)
    window.action_map["next_gap"].trigger()
    assert pane.selected() == ("ru", 4)
    window.action_map["previous_gap"].trigger()
    assert pane.selected() == ("ru", 2)
    window.action_map["next_weak"].trigger()
    assert pane.selected() == ("ru", 5)
    window.action_map["next_weak"].trigger()
    assert pane.selected() == ("ru", 1)  # wraps around
    pane.select("en", 0)
    window.action_map["next_gap"].trigger()
    assert pane.selected() == ("en", 5)


def searched(qtbot, bar) -> None:
    """Wait until the find bar's search (on the thread pool) has delivered all its matches."""
    qtbot.waitUntil(lambda: not bar.is_searching(), timeout=10000)


def test_find_bar(qtbot, window):
    ru, en = make_pair_docs(12, 10)
    window.context.aligner = fixed_aligner([])
    window.open_documents(ReadingSession(ru, en))
    window.action_map["find"].trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "sentence 3")
    bar = window.find_bar
    searched(qtbot, bar)  # the search runs on the thread pool
    assert len(bar.matches) == 10 and {m.side for m in bar.matches} == {"en"}
    en_view = window.pair_view.view("en")
    assert len(en_view.highlights("find")) == 10
    assert en_view.highlights("find_current")[0].paragraph == 0
    window.action_map["find_next"].trigger()
    assert en_view.highlights("find_current")[0].paragraph == 1
    window.action_map["find_previous"].trigger()
    window.action_map["find_previous"].trigger()
    assert en_view.highlights("find_current")[0].paragraph == 9
    assert en_view.is_paragraph_visible(9)
    assert bar.count.text() == "10 of 10"
    bar.edit.setText("АБЗАЦ 1,")
    searched(qtbot, bar)
    assert [m.paragraph for m in bar.matches] == [1, 1, 1, 1]  # case-insensitive, Cyrillic
    bar.case.setChecked(True)
    searched(qtbot, bar)
    assert bar.matches == []
    bar.case.setChecked(False)
    bar.scope.setCurrentIndex(bar.scope.findData("en"))
    searched(qtbot, bar)
    assert bar.matches == []
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert en_view.highlights("find") == [] and window.pair_view.view("ru").highlights("find") == []


def test_font_size_and_theme_persist(qtbot, window):
    settings = window.context.settings
    size = settings.font_size
    window.action_map["zoom_in"].trigger()
    assert settings.font_size == size + 1
    window.action_map["zoom_out"].trigger()
    window.action_map["zoom_out"].trigger()
    assert settings.font_size == size - 1
    window.set_theme("dark")
    assert settings.theme == "dark" and window.pair_view.colors.dark
    assert QApplication.instance().palette().color(QApplication.instance().palette().ColorRole.Base).lightness() < 100
    window.set_theme("system")
    assert settings.theme == "system" and not window.pair_view.colors.dark


def test_geometry_saved_on_close(qtbot, window):
    window.resize(1234, 876)
    window.close()
    assert window.context.settings.geometry() is not None
    assert window.context.settings.splitter() is not None


def test_open_panels_come_back_where_they_were(qtbot, window):
    from reader.ui.mainwindow import MainWindow

    panels = ("vocabulary_dock", "dictionary_dock", "annotations_dock", "find_results")
    docks = {name: window.findChild(QDockWidget, name) for name in panels}
    assert all(docks.values())
    for dock in docks.values():
        dock.hide()
    docks["vocabulary_dock"].show()
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, docks["vocabulary_dock"])
    window.close()
    again = MainWindow(window.context)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    vocabulary = again.findChild(QDockWidget, "vocabulary_dock")
    assert vocabulary.isVisible() and again.dockWidgetArea(vocabulary) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert again.findChild(QDockWidget, "vocabulary_dock").toggleViewAction().isChecked()
    assert not any(again.findChild(QDockWidget, name).isVisible() for name in panels[1:])


def test_drop_two_files_opens_pair(qtbot, window, seed_paths):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in reversed(seed_paths)])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: not window.is_loading())
    assert window.context.pair is not None
    assert window.context.pair.ru.language == "ru"
    assert window.context.pair.paths == tuple(str(p) for p in seed_paths)


def test_context_menu_hook(qtbot, window):
    ru, en = make_pair_docs(4, 4)
    window.context.aligner = fixed_aligner([Link([0], [0])])
    window.open_documents(ReadingSession(ru, en))
    seen = []

    def add_action(side, index, menu):
        seen.append((side, index))
        menu.addAction("Translate")

    window.context.paragraph_context_menu_requested.connect(add_action)
    view = window.pair_view.view("ru")
    rect = view.paragraph_rect(2)
    menu = view.build_context_menu(QPoint(int(rect.left() + 10), int(view.to_viewport_y(rect.top()) + 5)))
    assert seen == [("ru", 2)]
    assert "Translate" in [a.text() for a in menu.actions()]
    menu.deleteLater()


def menu_key(view):
    """The Menu key as the platform delivers it: a context-menu event placed at the text cursor
    (at the top of the document)."""
    at_cursor = view.cursorRect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at_cursor, view.viewport().mapToGlobal(at_cursor))
    QApplication.sendEvent(view, event)


def shift_f10(view):
    """Shift+F10 as X11 delivers it: a key press and nothing else."""
    QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)


@pytest.mark.parametrize("press", [menu_key, shift_f10], ids=["menu key", "shift+f10"])
def test_menu_key_opens_the_context_menu_of_the_selected_paragraph(qtbot, window, monkeypatch, press):
    ru, en = make_pair_docs(30, 30)
    window.context.aligner = fixed_aligner([Link([i], [i]) for i in range(30)])
    window.open_documents(ReadingSession(ru, en))
    wait_aligned(qtbot, window.context)
    view = window.pair_view.view("ru")
    seen, shown = [], []
    window.context.paragraph_context_menu_requested.connect(lambda side, index, menu: seen.append((side, index)))
    monkeypatch.setattr(view, "popup_menu", lambda menu, global_pos: shown.append(global_pos))
    window.pair_view.select("ru", 20)
    view.setFocus()
    press(view)
    assert seen == [("ru", 20)]
    assert window.pair_view.selected() == ("ru", 20)  # the selection stays where the reader put it
    [where] = shown
    assert view.viewport().rect().contains(view.viewport().mapFromGlobal(where))
    assert view.hit(view.viewport().mapFromGlobal(where))[0] == 20


def test_select_from_the_command_line_waits_for_the_alignment(qtbot, window):
    ru, en = make_pair_docs(6, 6)
    window.context.aligner = fixed_aligner([Link([3], [2])])
    window.open_documents(ReadingSession(ru, en))
    window.select_when_aligned("ru", 3)
    wait_aligned(qtbot, window.context)
    assert window.pair_view.selected() == ("ru", 3)
    assert window.pair_view.view("en").paragraph_background(2) == window.pair_view.colors.counterpart


def test_a_second_pair_opened_while_the_first_loads_is_the_only_one_shown(qtbot, window, seed_paths, tmp_path):
    other_ru, other_en = tmp_path / "other.ru.txt", tmp_path / "other.en.txt"
    other_ru.write_text("Другой отчёт.\n\nВ нём два абзаца.\n", encoding="utf-8")
    other_en.write_text("Another report.\n\nIt has two paragraphs.\n", encoding="utf-8")
    shown = []
    window.context.pair_opened.connect(lambda: shown.append(window.context.pair.paths))
    window.open_pair_in_background(*seed_paths)
    window.open_pair_in_background(other_ru, other_en)  # before the first one's result is delivered: it is dropped
    qtbot.waitUntil(lambda: not window.is_loading())
    window.context.thread_pool.waitForDone(10000)
    qtbot.wait(50)
    assert shown == [(str(other_ru), str(other_en))]
    assert len(window.context.pair.en) == 2


def test_drop_one_file_replaces_its_language(qtbot, window, seed_paths, tmp_path):
    window.open_pair(*seed_paths)
    other_en = tmp_path / "other.en.txt"
    other_en.write_text("A different English report.\n\nIt has two paragraphs about the convention.\n", encoding="utf-8")
    assert window.open_dropped([str(other_en)])
    qtbot.waitUntil(lambda: not window.is_loading())
    assert window.context.pair.paths == (str(seed_paths[0]), str(other_en))
    assert len(window.context.pair.en) == 2


def test_background_opening_reports_errors_and_keeps_only_the_newest(qtbot, window, tmp_path, message_boxes,
                                                                     seed_paths):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 500)
    window.open_pair_in_background(bad, seed_paths[1])
    qtbot.waitUntil(lambda: not window.is_loading())
    assert len(message_boxes) == 1 and "bad.txt" in message_boxes[0][1]
    assert window.context.pair is None
    window.open_pair_in_background(bad, seed_paths[1])  # replaced at once by the next request
    window.open_pair_in_background(*seed_paths)
    qtbot.waitUntil(lambda: not window.is_loading())
    window.context.thread_pool.waitForDone(10000)
    qtbot.wait(20)
    assert len(message_boxes) == 1
    assert window.context.pair.paths == tuple(str(p) for p in seed_paths)
