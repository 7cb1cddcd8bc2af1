"""Annotating in the window: highlight a selection, notes on highlights, paragraphs and links, the panel,
undo/redo, and highlights that survive re-alignment."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.core.align.model import Link
from reader.ui.annotations.controller import LAYER
from reader.core.session import ReadingSession

from ..helpers import fixed_aligner, make_pair_docs, wait_aligned

LINKS = [Link([i], [i]) for i in range(10)]


@pytest.fixture
def shell(shell):
    """The small shell (not the whole window) with an AnnotationController as ``shell.annotations``."""
    from reader.ui.annotations.controller import AnnotationController

    shell.annotations = AnnotationController(shell)
    return shell


def open_docs(qtbot, window):
    ru, en = make_pair_docs()
    window.context.aligner = fixed_aligner(LINKS)
    window.context.set_pair(ReadingSession(ru, en))
    wait_aligned(qtbot, window.context)
    return ru, en


def layer(window, side):
    return [(h.paragraph, h.start, h.end) for h in window.pair_view.view(side).highlights(LAYER)]


def test_highlight_selection_and_undo_redo(qtbot, window):
    ru, _ = open_docs(qtbot, window)
    controller = window.annotations
    view = window.pair_view.view("ru")
    view.select_text(3, 0, 5)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # Ctrl+H
    (annotation,) = controller.annotations
    assert (annotation.side, annotation.paragraph, annotation.start, annotation.end) == ("ru", 3, 0, 5)
    assert annotation.quote == ru.paragraphs[3].text[:5]
    assert layer(window, "ru") == [(3, 0, 5)]
    assert window.action_map["undo"].isEnabled()
    window.action_map["undo"].trigger()
    assert len(controller.annotations) == 0 and layer(window, "ru") == []
    window.action_map["redo"].trigger()
    assert layer(window, "ru") == [(3, 0, 5)]


def test_notes_on_highlight_paragraph_and_link(qtbot, shell):
    open_docs(qtbot, shell)
    controller = shell.annotations
    answers = iter(["on the words", "on the paragraph", "on the link"])
    controller.ask_note = lambda title, text: next(answers)
    shell.pair_view.view("en").select_text(2, 4, 12)
    controller.actions["note"].trigger()
    shell.pair_view.view("en").setTextCursor(shell.pair_view.view("en").cursorForPosition(
        shell.pair_view.view("en").viewport().rect().topLeft()))  # no text selected any more
    shell.pair_view.select("ru", 5)
    controller.add_note()
    controller.actions["link_note"].trigger()
    kinds = {a.note: (a.kind, a.side, a.paragraph) for a in controller.annotations}
    assert kinds == {"on the words": ("highlight", "en", 2), "on the paragraph": ("paragraph", "ru", 5),
                     "on the link": ("link", "link", 5)}
    link_note = next(a for a in controller.annotations if a.kind == "link")
    assert link_note.counterpart == 5
    tooltips = {h.tooltip for h in shell.pair_view.view("en").highlights(LAYER)}
    assert "on the words" in tooltips


def test_a_note_on_highlighted_text_goes_on_the_highlight(qtbot, shell):
    """Ctrl+Shift+N on text inside (or exactly on) a highlight notes that highlight; beyond it, a new one."""
    open_docs(qtbot, shell)
    controller = shell.annotations
    asked = []

    def answer(title, text):
        asked.append((title, text))
        return f"note {len(asked)}"

    controller.ask_note = answer
    view = shell.pair_view.view("ru")
    view.select_text(3, 2, 12)
    controller.actions["highlight"].trigger()
    (highlight,) = controller.annotations
    view.select_text(3, 4, 8)  # inside the highlight
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [(a.id, a.start, a.end, a.note) for a in controller.annotations] == [(highlight.id, 2, 12, "note 1")]
    assert asked == [("Note on the Highlight", "")]
    view.select_text(3, 2, 12)  # exactly the highlight: its note is offered for editing
    controller.actions["note"].trigger()
    assert asked[-1] == ("Edit Note", "note 1")
    assert [(a.id, a.note) for a in controller.annotations] == [(highlight.id, "note 2")]
    assert shell.context.commands.undo_text() == "Edit note"
    shell.context.commands.undo()
    shell.context.commands.undo()
    assert [(a.id, a.note) for a in controller.annotations] == [(highlight.id, "")]
    shell.context.commands.redo()
    assert [(a.id, a.note) for a in controller.annotations] == [(highlight.id, "note 1")]
    view.select_text(3, 8, 20)  # runs beyond the highlight: a highlight of its own
    controller.actions["note"].trigger()
    assert sorted((a.start, a.end, a.note) for a in controller.annotations) == [(2, 12, "note 1"), (8, 20, "note 3")]
    controller.ask_note = lambda title, text: None  # cancelled: nothing changes
    view.select_text(3, 4, 8)
    assert controller.add_note() is None
    assert sorted((a.start, a.end, a.note) for a in controller.annotations) == [(2, 12, "note 1"), (8, 20, "note 3")]


def test_panel_lists_jumps_edits_deletes(qtbot, shell):
    open_docs(qtbot, shell)
    controller = shell.annotations
    for paragraph in (7, 1):
        shell.pair_view.view("ru").select_text(paragraph, 0, 6)
        controller.highlight_selection()
    panel = controller.panel
    controller.actions["panel"].trigger()
    assert panel.isVisible()
    model = panel.model
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["RU ¶2", "RU ¶8"]  # from 1
    index = model.index(1, 1)
    panel.table.scrollTo(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(index).center())
    assert shell.pair_view.selected() == ("ru", 7)
    assert shell.pair_view.view("ru").selection_range() == ("ru", 7, 0, 6)
    controller.ask_note = lambda title, text: "edited"
    panel.edit_button.click()
    assert controller.annotations.get(panel.current_id()).note == "edited"
    assert model.data(model.index(1, 2)) == "edited"
    panel.delete_button.click()
    assert [a.paragraph for a in controller.annotations] == [1]
    shell.context.commands.undo()  # the delete
    shell.context.commands.undo()  # the edit
    assert {a.paragraph: a.note for a in controller.annotations} == {7: "", 1: ""}


def test_highlights_survive_realignment_and_new_pair_clears(qtbot, shell):
    open_docs(qtbot, shell)
    controller = shell.annotations
    shell.pair_view.view("en").select_text(4, 0, 9)
    controller.highlight_selection()
    shell.context.aligner = fixed_aligner([Link([0], [1]), Link([1, 2], [0])])
    shell.context.start_alignment()
    wait_aligned(qtbot, shell.context)
    assert shell.context.links.link_of("en", 0).ru == [1, 2]
    assert layer(shell, "en") == [(4, 0, 9)]
    ru, en = make_pair_docs()
    shell.context.set_pair(ReadingSession(ru, en))
    assert len(controller.annotations) == 0 and layer(shell, "en") == []


def test_nothing_selected_gives_a_message(qtbot, shell):
    open_docs(qtbot, shell)
    assert shell.annotations.highlight_selection() is None
    assert "Select some text" in shell.statusBar().currentMessage()


def test_context_menu_offers_notes(qtbot, shell):
    from PySide6.QtCore import QPoint

    open_docs(qtbot, shell)
    view = shell.pair_view.view("ru")
    view.scroll_to_paragraphs([4])
    rect = view.paragraph_rect(4)
    menu = view.build_context_menu(QPoint(int(rect.left() + 10), int(view.to_viewport_y(rect.top()) + 5)))
    entries = {action.text(): action for action in menu.actions()}
    assert {"&Highlight Selection", "Note on This Paragraph…", "Note on This Link…"} <= set(entries)
    shell.annotations.ask_note = lambda title, text: "from the menu"
    entries["Note on This Link…"].trigger()
    (note,) = shell.annotations.annotations
    assert (note.kind, note.paragraph, note.note) == ("link", 4, "from the menu")
    menu.deleteLater()


def test_highlighting_highlighted_text_again_adds_nothing_or_recolours(qtbot, shell):
    from reader.core.project.annotations import COLORS

    open_docs(qtbot, shell)
    controller = shell.annotations
    view = shell.pair_view.view("ru")
    view.select_text(3, 0, 5)
    first = controller.highlight_selection()
    assert controller.highlight_selection() is first  # same words, same colour: nothing stacked
    assert len(controller.annotations) == 1 and "already highlighted" in shell.statusBar().currentMessage()
    view.select_text(3, 1, 4)
    assert controller.highlight_selection() is first  # inside it, same colour
    other = next(color for color in COLORS.values() if color != controller.color)
    controller.color = other
    view.select_text(3, 0, 5)
    recoloured = controller.highlight_selection()  # the same words in another colour: recoloured, undoably
    assert recoloured.id == first.id and recoloured.color == other and len(controller.annotations) == 1
    view.select_text(3, 1, 4)
    controller.color = first.color
    nested = controller.highlight_selection()  # part of it in another colour: a highlight of its own
    assert nested.id != first.id and len(controller.annotations) == 2
    shell.context.commands.undo()
    shell.context.commands.undo()
    assert [a.color for a in controller.annotations] == [first.color]
