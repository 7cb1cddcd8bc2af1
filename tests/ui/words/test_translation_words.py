"""Word links between a paragraph without counterpart and its machine translation shown in the other column."""

from __future__ import annotations

from PySide6.QtCore import Qt

from faithful_pair import EN_PARAGRAPH, RU_PARAGRAPH
from reader.core.align.model import Link
from reader.core.mt.translation import MachineTranslation
from reader.ui.words.places import extra_block, translation_key

from .pointing import hover, marked, offset_of, open_texts, point_at, point_in_block

ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def open_with_translation(qtbot, window) -> None:
    """Russian paragraph 1 has no counterpart; its machine translation (the faithful one) is shown."""
    open_texts(qtbot, window, ["Первый абзац.", RU_PARAGRAPH], ["First paragraph."], [Link([0], [0])])
    window.context.translations[("ru", 1)] = MachineTranslation(EN_PARAGRAPH, "Argos ru→en 1.9", side="ru")
    window.translation.translations_changed.emit()
    window.translation.refresh_display()


def translation_point(view, word: str):
    block, skip, _ = extra_block(view, translation_key("ru", 1))
    return point_in_block(view, block, skip + offset_of(EN_PARAGRAPH, word))


def test_both_ways_between_a_paragraph_and_its_machine_translation(qtbot, shell):
    open_with_translation(qtbot, shell)
    ru, en = shell.pair_view.view("ru"), shell.pair_view.view("en")
    assert translation_key("ru", 1) in en.extra_paragraphs()
    hover(ru, point_at(ru, 1, offset_of(RU_PARAGRAPH, "Гуцан")))
    assert marked(ru) == ["Гуцан"] and marked(en) == ["Gutsan"]
    assert "machine translation" not in shell.statusBar().currentMessage() or "Gutsan" in shell.statusBar().currentMessage()
    hover(en, translation_point(en, "Hanoi"))
    assert marked(en) == ["Hanoi"] and marked(ru) == ["Ханое"]
    hover(en, point_at(en, 0, offset_of("First paragraph.", "First")))  # the linked paragraph still works
    assert marked(en) == ["First"] and marked(ru) == ["Первый"]


def test_the_word_cursor_steps_into_a_machine_translation(qtbot, shell):
    open_with_translation(qtbot, shell)
    en = shell.pair_view.view("en")
    shell.pair_view.select("en", 0)
    en.setFocus()
    for _ in range(3):  # First, paragraph, then the translation's first word
        qtbot.keyClick(en, Qt.Key.Key_Right, ALT_SHIFT)
    assert marked(en) == ["This"]
    qtbot.keyClick(en, Qt.Key.Key_Right, ALT_SHIFT)
    assert marked(en) == ["historic"] and marked(shell.pair_view.view("ru")) == ["историческое"]
    qtbot.keyClick(en, Qt.Key.Key_Left, ALT_SHIFT)
    qtbot.keyClick(en, Qt.Key.Key_Left, ALT_SHIFT)
    assert marked(en) == ["paragraph"]
