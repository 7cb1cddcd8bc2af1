"""The vocabulary in the window: words looked up are kept, listed, removed (undoable), exported for Anki and
saved in the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from pairs import RU, write_texts
from reader.core.align import Link
from reader.core.project.storage import load_project
from reader.core.words.vocabulary import COLUMNS, read_export
from reader.ui.words.vocabulary_model import ID_ROLE

from ..helpers import wait_aligned
from .pointing import offset_of, open_texts, point_at

RU_TEXT = "Мы увидели много домов, и они стали нашими друзьями."
EN_TEXT = "We saw many houses, and they became our friends."


def _look_up(qtbot, window, side: str, paragraph: int, text: str, word: str):
    view = window.pair_view.view(side)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_at(view, paragraph, offset_of(text, word)))
    return window.words.dictionary.look_up_current()


def _open(qtbot, window):
    open_texts(qtbot, window, [RU_TEXT], [EN_TEXT], [Link([0], [0])])


def test_looked_up_words_are_kept_once_and_listed(qtbot, window):
    _open(qtbot, window)
    vocabulary = window.words.vocabulary
    model = vocabulary.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for word in ("домов", "друзьями", "домов"):  # the second домов is the same lemma and sense
        _look_up(qtbot, window, "ru", 0, RU_TEXT, word)
    _look_up(qtbot, window, "en", 0, EN_TEXT, "houses")
    assert model.rowCount() == 3
    rows = [[model.data(model.index(r, c)) for c in range(3)] for r in range(3)]
    assert rows == [["домов", "дом", "house"], ["друзьями", "друг", "friend"], ["houses", "house", "дом"]]
    assert model.data(model.index(0, 3)) == RU_TEXT
    assert EN_TEXT in model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Sense"
    assert "Add word to vocabulary" in window.action_map["undo"].text().replace("&", "")


def test_removing_words_is_undoable(qtbot, shell):
    _open(qtbot, shell)
    for word in ("домов", "друзьями", "увидели"):
        _look_up(qtbot, shell, "ru", 0, RU_TEXT, word)
    panel = shell.words.vocabulary.panel
    model = panel.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    panel.show()
    assert not panel.remove_button.isEnabled()
    panel.table.selectRow(1)
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["домов", "увидели"]
    assert panel.summary.text() == "2 word(s)"
    shell.context.commands.undo()
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["домов", "друзьями", "увидели"]
    shell.context.commands.redo()
    assert model.rowCount() == 2
    # a click on an entry selects its word in the text
    panel.activated.emit(model.data(model.index(1, 0), ID_ROLE))
    assert shell.pair_view.view("ru").selection_range() == ("ru", 0, RU_TEXT.index("увидели"),
                                                             RU_TEXT.index("увидели") + len("увидели"))


def test_export_for_anki_read_back(qtbot, shell, tmp_path, monkeypatch):
    _open(qtbot, shell)
    controller = shell.words.vocabulary
    assert controller.export() is None and "empty" in shell.statusBar().currentMessage()
    for word in ("домов", "друзьями"):
        _look_up(qtbot, shell, "ru", 0, RU_TEXT, word)
    asked = []
    for fmt in ("tsv", "csv"):
        path = tmp_path / f"words.{fmt}"
        controller.ask_export_path = lambda start, chosen, path=path, fmt=fmt: asked.append((start, chosen)) or (
            str(path), fmt)
        controller.actions["export_vocabulary"].trigger()
        text = path.read_text(encoding="utf-8")
        assert text.startswith("#separator:" + ("tab" if fmt == "tsv" else "comma"))
        rows = read_export(text)
        assert [(r["word"], r["lemma"], r["sense"], r["counterpart"]) for r in rows] == [
            ("домов", "дом", "house", "houses"), ("друзьями", "друг", "friend", "friends")]
        assert rows[0]["sentence"] == RU_TEXT and rows[0]["counterpart_sentence"] == EN_TEXT
        assert list(rows[0]) == list(COLUMNS) and rows[0]["tags"] == "parallel-reader ru"
    assert asked[1][1] == "tsv" and shell.context.settings.vocabulary_format == "csv"  # the last format is kept
    # an export that cannot be written says so (only the message box's modal call is replaced)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())))
    blocked = tmp_path / "file"
    blocked.write_text("x")
    controller.ask_export_path = lambda start, chosen: (str(blocked / "words.tsv"), "tsv")
    assert controller.export() is None
    assert [title for title, _ in shown] == ["Cannot Export the Vocabulary"] and shown[0][1]
    assert blocked.read_text() == "x"


def test_the_vocabulary_is_saved_in_the_project(qtbot, window, tmp_path):
    ru_path, en_path = write_texts(tmp_path)
    assert window.open_pair(ru_path, en_path)
    wait_aligned(qtbot, window.context)
    text = RU[2]
    _look_up(qtbot, window, "ru", 2, text, "Ассамблеей")
    assert len(window.words.vocabulary.vocabulary) == 1
    path = tmp_path / "reading.preader"
    window.projects.ask_save_path = lambda: str(path)
    assert window.projects.dirty()
    window.projects.actions["save"].trigger()
    [saved] = list(load_project(path).vocabulary)
    assert (saved.word, saved.lemma, saved.side, saved.paragraph) == ("Ассамблеей", "ассамбле́я", "ru", 2)
    (tmp_path / "other").mkdir()
    window.open_pair(*write_texts(tmp_path / "other"))
    wait_aligned(qtbot, window.context)
    assert len(window.words.vocabulary.vocabulary) == 0  # another pair: its own vocabulary
    with qtbot.waitSignal(window.projects.project_opened, timeout=30000):
        window.projects.open_path(path)
    model = window.words.vocabulary.model
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "Ассамблеей"
    assert Path(path).exists() and not window.projects.dirty()


def test_the_vocabulary_edits_have_listed_names():
    from reader.core.words.vocabulary import Vocabulary
    from reader.core.words.vocabulary_commands import COMMAND_TEXTS, RemoveWords
    from reader.ui.base.command_names import COMMAND_NAMES

    texts = set(COMMAND_TEXTS) | {RemoveWords(Vocabulary(), ids).text for ids in (["a"], ["a", "b"])}
    assert texts <= set(COMMAND_NAMES), sorted(texts - set(COMMAND_NAMES))
