"""Word links in the window: the word under the pointer or clicked shows its counterpart words, both ways;
a word without counterpart says so; the keyboard word cursor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from faithful_pair import EN_PARAGRAPH, RU_PARAGRAPH
from reader.core.align import Link

from .pointing import hover, marked, offset_of, open_faithful, open_texts, point_at

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def test_pointing_at_a_russian_word_highlights_its_english_counterpart(qtbot, shell):
    open_faithful(qtbot, shell)
    ru, en = shell.pair_view.view("ru"), shell.pair_view.view("en")
    for ru_word, en_word in (("Гуцан", "Gutsan"), ("Ханое", "Hanoi"), ("историческое", "historic"),
                             ("генпрокурор", "Prosecutor General")):
        hover(ru, point_at(ru, 0, offset_of(RU_PARAGRAPH, ru_word)))
        assert marked(ru) == [ru_word]
        assert " ".join(marked(en)) == en_word, ru_word
        assert ru_word in shell.statusBar().currentMessage() and en_word in shell.statusBar().currentMessage()
    # a number takes the count word after it along
    hover(ru, point_at(ru, 0, offset_of(RU_PARAGRAPH, "2019")))
    assert marked(ru) == ["2019"] and marked(en) == ["2019"]


def test_and_the_reverse_direction(qtbot, shell):
    open_faithful(qtbot, shell)
    ru, en = shell.pair_view.view("ru"), shell.pair_view.view("en")
    for en_word, ru_words in (("Gutsan", ["Гуцан"]), ("Hanoi", ["Ханое"]), ("2019", ["2019", "году"]),
                              ("signing", ["подписания"])):
        hover(en, point_at(en, 0, offset_of(EN_PARAGRAPH, en_word)))
        assert marked(en) == [en_word]
        assert sorted(marked(ru)) == sorted(ru_words), en_word


def test_a_word_without_counterpart_says_so(qtbot, shell):
    open_texts(qtbot, shell, ["Вчера Гуцан подписал конвенцию в Ханое."], ["The convention was signed yesterday."],
               [Link([0], [0])])
    ru, en = shell.pair_view.view("ru"), shell.pair_view.view("en")
    text = shell.context.pair.ru.paragraphs[0].text
    hover(ru, point_at(ru, 0, offset_of(text, "Гуцан")))
    assert marked(ru) == ["Гуцан"] and marked(en) == []
    message = shell.statusBar().currentMessage()
    assert "Гуцан" in message and "no counterpart" in message
    hover(ru, point_at(ru, 0, offset_of(text, "конвенцию")))
    assert marked(en) == ["convention"]
    hover(ru, point_at(ru, 0, offset_of(text, " в ") + 1))  # a function word
    assert marked(en) == [] and "function word" in shell.statusBar().currentMessage()


def test_off_a_word_leaving_and_turning_it_off(qtbot, shell):
    open_faithful(qtbot, shell)
    ru, en = shell.pair_view.view("ru"), shell.pair_view.view("en")
    hover(ru, point_at(ru, 0, offset_of(RU_PARAGRAPH, "Гуцан")))
    assert marked(en) == ["Gutsan"]
    hover(ru, point_at(ru, 0, offset_of(RU_PARAGRAPH, "«")))  # punctuation is no word
    assert marked(ru) == [] and marked(en) == []
    hover(ru, point_at(ru, 0, offset_of(RU_PARAGRAPH, "Гуцан")))
    QApplication.sendEvent(ru.viewport(), QEvent(QEvent.Type.Leave))
    assert marked(en) == []
    shell.words.actions["word_hover"].setChecked(False)
    assert shell.context.settings.word_hover is False
    hover(ru, point_at(ru, 0, offset_of(RU_PARAGRAPH, "Гуцан")))
    assert marked(en) == []


def test_a_clicked_word_stays_marked_and_the_keyboard_moves_on(qtbot, shell):
    open_faithful(qtbot, shell)
    ru, en = shell.pair_view.view("ru"), shell.pair_view.view("en")
    qtbot.mouseClick(ru.viewport(), Qt.MouseButton.LeftButton, pos=point_at(ru, 0, offset_of(RU_PARAGRAPH, "Александр")))
    assert shell.pair_view.selected() == ("ru", 0)
    assert marked(ru) == ["Александр"] and marked(en) == ["Alexander"]
    QApplication.sendEvent(ru.viewport(), QEvent(QEvent.Type.Leave))  # the pointer leaves: the clicked word stays
    assert marked(en) == ["Alexander"]
    ru.setFocus()
    qtbot.keyClick(ru, Qt.Key.Key_Right, ALT_SHIFT)
    assert marked(ru) == ["Гуцан"] and marked(en) == ["Gutsan"]
    qtbot.keyClick(ru, Qt.Key.Key_Right, ALT_SHIFT)  # на: a function word
    assert marked(ru) == ["на"]
    qtbot.keyClick(ru, Qt.Key.Key_Left, ALT_SHIFT)
    qtbot.keyClick(ru, Qt.Key.Key_Left, ALT_SHIFT)
    assert marked(ru) == ["Александр"]
    # in the English column the cursor starts at the selected paragraph's first word
    en.setFocus()
    shell.pair_view.select("en", 0)
    qtbot.keyClick(en, Qt.Key.Key_Right, ALT_SHIFT)
    assert marked(en) == ["This"]
    qtbot.keyClick(en, Qt.Key.Key_Right, ALT_SHIFT)
    assert marked(en) == ["historic"] and marked(ru) == ["историческое"]


def test_the_word_cursor_crosses_paragraphs_and_selects_them(qtbot, shell):
    open_texts(qtbot, shell, ["Первый абзац.", "Второй абзац."], ["First paragraph.", "Second paragraph."],
               [Link([0], [0]), Link([1], [1])])
    ru = shell.pair_view.view("ru")
    shell.pair_view.select("ru", 0)
    ru.setFocus()
    for expected in ("Первый", "абзац", "Второй"):
        qtbot.keyClick(ru, Qt.Key.Key_Right, ALT_SHIFT)
        assert marked(ru) == [expected]
    assert shell.pair_view.selected() == ("ru", 1)
    qtbot.keyClick(ru, Qt.Key.Key_Right, ALT_SHIFT)
    qtbot.keyClick(ru, Qt.Key.Key_Right, ALT_SHIFT)  # the end of the column: stays
    assert marked(ru) == ["абзац"] and "No more words" in shell.statusBar().currentMessage()
    shell.pair_view.select("ru", 0)  # the selection moved elsewhere: the cursor goes
    assert marked(ru) == []


def test_before_the_alignment_arrives_the_status_bar_says_so(qtbot, shell):
    import threading

    from reader.core.align import Alignment
    from reader.core.segment import make_document
    from reader.core.session import ReadingSession

    from ..helpers import wait_aligned

    release = threading.Event()

    def slow(ru, en, options=None, *, progress=None, cancelled=None):
        release.wait(30)
        return Alignment(links=[Link([0], [0])])

    shell.context.aligner = slow
    shell.context.set_pair(ReadingSession(make_document([RU_PARAGRAPH], "ru"), make_document([EN_PARAGRAPH], "en")))
    ru, en = shell.pair_view.view("ru"), shell.pair_view.view("en")
    try:
        hover(ru, point_at(ru, 0, offset_of(RU_PARAGRAPH, "Гуцан")))
        assert marked(ru) == ["Гуцан"] and marked(en) == []
        assert "when the alignment is done" in shell.statusBar().currentMessage()
    finally:
        release.set()
    wait_aligned(qtbot, shell.context)
    hover(ru, point_at(ru, 0, offset_of(RU_PARAGRAPH, "Ханое")))
    assert marked(en) == ["Hanoi"]
