"""Links fixed by hand are saved in the project and come back when it is reopened."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from pairs import write_texts
from reader.core.align.validate import check_alignment

from ..helpers import click_paragraph, wait_aligned


def hand_state(context):
    alignment = context.alignment
    return (sorted((link.ru, link.en, link.origin.value, link.ru_sentences, link.en_sentences) for link in alignment.links),
            alignment.no_counterpart, alignment.units)


def test_save_and_reopen_keeps_the_edits(qtbot, window, tmp_path):
    assert window.open_pair(*write_texts(tmp_path))
    context, editor = window.context, window.link_editor
    wait_aligned(qtbot, context)
    ru_view, en_view = window.pair_view.view("ru"), window.pair_view.view("en")
    click_paragraph(qtbot, ru_view, 4)  # the Russian paragraph without counterpart
    editor.actions["no_counterpart"].trigger()
    click_paragraph(qtbot, ru_view, 1)
    editor.actions["confirm"].trigger()
    click_paragraph(qtbot, ru_view, 2)
    cursor = ru_view.textCursor()
    cursor.setPosition(ru_view.block(2).position() + context.documents()["ru"].paragraphs[2].sentences[1].start + 1)
    second_sentence = ru_view.cursorRect(cursor).center()
    qtbot.mouseClick(ru_view.viewport(), Qt.MouseButton.LeftButton, pos=second_sentence)
    editor.actions["split"].trigger()
    click_paragraph(qtbot, en_view, 3)
    qtbot.mouseClick(ru_view.viewport(), Qt.MouseButton.LeftButton, pos=second_sentence)
    editor.actions["link"].trigger()  # "Он открыт для подписания." ↔ "It is open for signature."
    click_paragraph(qtbot, en_view, 0)
    editor.actions["merge"].trigger()
    click_paragraph(qtbot, ru_view, 3)
    editor.actions["confirm"].trigger()
    check_alignment(context.alignment, context.documents())
    edited = hand_state(context)
    assert ([2], [3], "manual", {2: [1]}, {}) in edited[0]
    assert edited[1]["ru"] == {4} and edited[2]["ru"].split == {2: [1]} and edited[2]["en"].merged == [[0, 1]]

    path = tmp_path / "reading.preader"
    window.projects.ask_save_path = lambda: str(path)
    window.projects.actions["save"].trigger()
    assert path.exists()
    saved = json.loads(path.read_text(encoding="utf-8"))["links"]
    origins = {(tuple(link["ru"]), tuple(link["en"])): link["origin"] for link in saved}
    assert origins == {(tuple(link.ru), tuple(link.en)): link.origin.value for link in context.alignment.links}
    assert origins[((2,), (3,))] == "manual" and origins[((3,), (4,))] == "confirmed"
    (tmp_path / "other").mkdir()
    window.open_pair(*write_texts(tmp_path / "other"))
    wait_aligned(qtbot, context)
    assert hand_state(context) != edited
    with qtbot.waitSignal(window.projects.project_opened, timeout=30000):
        window.projects.open_path(path)
    assert hand_state(context) == edited
    assert context.links.link_of("en", 3).origin.value == "manual"
