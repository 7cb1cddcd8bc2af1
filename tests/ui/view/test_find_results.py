"""Find on the thread pool and the results list: matches arrive while the event loop runs, a click goes there."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from reader.ui.view import findbar
from reader.core.textsearch import find_matches, snippet
from reader.ui.files.loader import load_pair_files

DATA = Path(__file__).resolve().parents[2] / "data"


def test_matches_arrive_off_the_ui_thread_and_a_result_click_moves_the_column(qtbot, window, monkeypatch):
    searched_on = []
    real = findbar.iter_matches

    def recording(*args, **kwargs):
        searched_on.append(threading.get_ident())
        yield from real(*args, **kwargs)

    monkeypatch.setattr(findbar, "iter_matches", recording)
    pair = load_pair_files(DATA / "book-slice.ru.txt", DATA / "book-slice.en.txt")
    window.open_documents(pair)
    bar, dock = window.find_bar, window.find_results
    window.action_map["find"].trigger()
    added = []
    bar.results_added.connect(added.append)
    bar.edit.setText("Левин")
    assert bar.matches == [] and bar.is_searching()  # typing never waits for the search
    qtbot.waitUntil(lambda: not bar.is_searching(), timeout=20000)
    expected = find_matches(pair.ru, "ru", "Левин")
    assert len(expected) > 20
    assert bar.matches == expected  # "Both texts": the English side has no Cyrillic name
    assert searched_on and threading.get_ident() not in searched_on
    assert added and added[0] == 0
    assert bar.current == 0 and window.pair_view.view("ru").highlights("find_current")[0].paragraph == expected[0].paragraph

    window.find_results.show()
    bar.list_button.isChecked() or qtbot.waitUntil(bar.list_button.isChecked)
    model = dock.model
    assert model.rowCount() == len(expected)
    last = len(expected) - 1
    target = expected[last]
    assert model.index(last, 0).data() == str(target.paragraph + 1)  # numbered from 1, as a reader counts
    assert model.index(last, 1).data() == "Russian"
    before, found, after = snippet(pair.ru.paragraphs[target.paragraph].text, target.start, target.end)
    assert model.index(last, 2).data() == before + found + after and found.lower() == "левин"
    ru_view = window.pair_view.view("ru")
    assert not ru_view.is_paragraph_visible(target.paragraph)
    dock.view.scrollTo(model.index(last, 0))
    rect = dock.view.visualRect(model.index(last, 2))
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert bar.current == last
    assert ru_view.highlights("find_current")[0].paragraph == target.paragraph
    assert ru_view.is_paragraph_visible(target.paragraph)
    assert bar.count.text() == f"{last + 1} of {len(expected)}"
    window.action_map["find_next"].trigger()  # wraps to the first; the list follows
    assert bar.current == 0 and dock.view.currentIndex().row() == 0


def search_slice(qtbot, window, *queries: str):
    """Open the novel's slice, type each of ``queries`` in turn and wait for the last search; the pair."""
    pair = load_pair_files(DATA / "book-slice.ru.txt", DATA / "book-slice.en.txt")
    window.open_documents(pair)
    bar = window.find_bar
    window.action_map["find"].trigger()
    for query in queries:
        bar.edit.setText(query)
    qtbot.waitUntil(lambda: not bar.is_searching(), timeout=20000)
    return pair


def test_a_new_query_drops_the_old_search(qtbot, window):
    pair = search_slice(qtbot, window, "Левин", "Stepan")
    bar = window.find_bar
    assert bar.matches == find_matches(pair.en, "en", "Stepan") and bar.matches
    assert window.find_results.model.rowCount() == len(bar.matches)


def test_snippet_keeps_words_whole():
    text = "Hello there my dear friend, how are you doing today in this fine weather and the rest of it"
    before, found, after = snippet(text, 28, 31, 15)
    assert found == "how"
    assert before == "…dear friend, " and after == " are you doing…"  # the cut "y" of "my" left out


def test_find_highlights_take_the_new_theme(qtbot, window):
    search_slice(qtbot, window, "Stepan")
    en_view = window.pair_view.view("en")
    window.set_theme("dark")
    colors = window.pair_view.colors
    assert colors.dark
    assert {h.format.background().color().name() for h in en_view.highlights("find")} == {colors.find.name()}
    assert en_view.highlights("find_current")[0].format.background().color() == colors.find_current
    window.set_theme("light")
