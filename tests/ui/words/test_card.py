"""The dictionary card in the window: looked up with Ctrl+D or the context menu, copied, added to notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from faithful_pair import EN_PARAGRAPH
from reader.core.align import Link

from .pointing import hover, offset_of, open_faithful, open_texts, point_at

RU = "Мы увидели много домов, и они стали нашими друзьями."
EN = "We saw many houses, and they became our friends."


def _open(qtbot, window):
    open_texts(qtbot, window, [RU], [EN], [Link([0], [0])])
    return window.pair_view.view("ru"), window.pair_view.view("en")


def _click(qtbot, view, text, word):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_at(view, 0, offset_of(text, word)))


def test_ctrl_d_shows_the_grammar_of_a_form_and_the_sense_used_first(qtbot, shell):
    ru, _ = _open(qtbot, shell)
    panel = shell.words.dictionary.panel
    assert not panel.isVisible()
    for word, heading, form, used in (("домов", "дом (noun, inanimate, masculine)", "genitive plural", "house"),
                                      ("друзьями", "друг (noun, animate, masculine)", "instrumental plural", "friend"),
                                      ("увидели", "уви́деть (verb, perfective, transitive)", "plural, past tense", "see"),
                                      ("стали", "стать (verb, perfective, intransitive)", "plural, past tense",
                                       None)):
        _click(qtbot, ru, RU, word)
        ru.setFocus()
        qtbot.keyClick(ru, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert panel.isVisible()
        text = panel.browser.toPlainText()
        assert text.startswith(word) and f"{heading} — {form}" in text, text
        first_sense = text.split("\n")[2]
        if used:  # the counterpart's sense comes first, marked
            assert first_sense.startswith(used) and first_sense.endswith("← used here"), text
        else:  # a function word has no counterpart: the dictionary's order, nothing marked
            assert "used here" not in text and first_sense.startswith("become")
    # стали: pymorphy3 also reads it as сталь (steel), listed after стать
    assert text.index("стать") < text.index("сталь")


def test_an_english_word_gives_its_russian_headwords(qtbot, shell):
    _, en = _open(qtbot, shell)
    _click(qtbot, en, EN, "houses")
    shell.words.dictionary.actions["look_up"].trigger()
    text = shell.words.dictionary.panel.browser.toPlainText()
    assert text.startswith("houses") and "house" in text and "дом ← used here" in text, text


def test_copy_and_add_to_notes_which_undo_takes_back(qtbot, window):
    ru, _ = _open(qtbot, window)
    _click(qtbot, ru, RU, "домов")
    card = window.words.dictionary.look_up_current()
    assert card is not None
    window.words.dictionary.panel.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith("домов\nдом (noun, inanimate, masculine) — genitive plural") and "house" in copied
    annotations = window.annotations.annotations
    assert len(annotations) == 0
    window.words.dictionary.panel.note_button.click()
    [note] = list(annotations)
    assert (note.side, note.paragraph, RU[note.start:note.end]) == ("ru", 0, "домов")
    assert note.note == "домов — дом: house (houses)" and note.kind == "highlight"
    assert "домов" in [h.tooltip and RU[h.start:h.end] for h in ru.highlights("annotations")]
    assert "Add word to notes" in window.action_map["undo"].text().replace("&", "")
    window.action_map["undo"].trigger()
    assert len(annotations) == 0 and ru.highlights("annotations") == []
    window.action_map["redo"].trigger()
    assert [a.note for a in annotations] == ["домов — дом: house (houses)"]


def test_the_context_menu_looks_up_the_word_under_the_pointer(qtbot, shell, monkeypatch):
    open_faithful(qtbot, shell)
    en = shell.pair_view.view("en")
    menus = []
    monkeypatch.setattr(en, "popup_menu", lambda menu, global_pos: menus.append(menu))  # only the modal exec
    pos = point_at(en, 0, offset_of(EN_PARAGRAPH, "Hanoi"))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, en.viewport().mapToGlobal(pos))
    QApplication.sendEvent(en.viewport(), event)
    [menu] = menus
    [action] = [a for a in menu.actions() if a.objectName() == "action_look_up_here"]
    assert action.text() == "Look Up “Hanoi”"
    action.trigger()
    text = shell.words.dictionary.panel.browser.toPlainText()
    assert text.startswith("Hanoi") and "Ханое" in text and "Counterpart: Ханое" in text, text
    # off a word the menu has no look-up
    pos = point_at(en, 0, offset_of(EN_PARAGRAPH, "\"This"))
    QApplication.sendEvent(en.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                            en.viewport().mapToGlobal(pos)))
    assert not [a for a in menus[-1].actions() if a.objectName() == "action_look_up_here"]
    for menu in menus:
        menu.deleteLater()


def test_words_of_a_machine_translation_cannot_carry_notes(qtbot, shell):
    from .test_translation_words import open_with_translation, translation_point

    open_with_translation(qtbot, shell)
    en = shell.pair_view.view("en")
    qtbot.mouseClick(en.viewport(), Qt.MouseButton.LeftButton, pos=translation_point(en, "capital"))
    shell.words.dictionary.look_up_current()
    assert shell.words.dictionary.panel.browser.toPlainText().startswith("capital")
    assert not shell.words.dictionary.panel.note_button.isEnabled()
    assert "machine translation" in shell.words.dictionary.panel.hint.text()


def test_look_up_takes_the_word_that_moved_last(qtbot, shell):
    ru, _ = _open(qtbot, shell)
    _click(qtbot, ru, RU, "домов")
    hover(ru, point_at(ru, 0, offset_of(RU, "друзьями")))  # then the pointer rests on another word
    assert shell.words.dictionary.look_up_current().word == "друзьями"
    ru.setFocus()
    qtbot.keyClick(ru, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shell.words.dictionary.look_up_current().word == "и"  # the word cursor moved on from домов: it wins now


def test_a_word_of_a_machine_translation_is_kept_but_not_jumped_to(qtbot, shell):
    from reader.ui.words.vocabulary_model import ID_ROLE

    from .test_translation_words import open_with_translation, translation_point

    open_with_translation(qtbot, shell)
    en = shell.pair_view.view("en")
    qtbot.mouseClick(en.viewport(), Qt.MouseButton.LeftButton, pos=translation_point(en, "capital"))
    shell.words.dictionary.look_up_current()
    model = shell.words.vocabulary.model
    assert model.rowCount() == 1 and model.data(model.index(0, 0)) == "capital"
    assert model.data(model.index(0, 2)) == "столи́ца"  # the sense: its Russian word, with stress
    shell.pair_view.select("ru", 0)
    shell.words.vocabulary.panel.activated.emit(model.data(model.index(0, 0), ID_ROLE))
    assert shell.pair_view.selected() == ("ru", 0)  # nothing else selected: the word is no text of the pair
    assert "not in the text" in shell.statusBar().currentMessage()
