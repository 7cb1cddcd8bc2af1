"""The link-editing actions in the Russian interface."""

from __future__ import annotations

import re


def test_link_actions_speak_russian(qtbot, qapp, context):
    from reader.ui.base.i18n import install_translations
    from reader.ui.mainwindow import MainWindow

    translators = install_translations(qapp, "ru")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        texts = [action.text() for action in window.link_editor.actions.values()] + [window.menus["links"].title()]
        assert all(re.search("[а-яё]", text.lower()) for text in texts), texts
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def refused_merge_message(qtbot, window) -> str:
    """Merge the last Russian paragraph (refused: nothing follows it); the status bar's message."""
    from reader.core.align.model import Link
    from reader.core.session import ReadingSession

    from ..helpers import click_paragraph, fixed_aligner, make_pair_docs, wait_aligned

    ru, en = make_pair_docs(12, 10)
    window.context.aligner = fixed_aligner([Link([0], [0]), Link([11], [9])])
    window.open_documents(ReadingSession(ru, en))
    wait_aligned(qtbot, window.context)
    click_paragraph(qtbot, window.pair_view.view("ru"), 11)
    window.link_editor.actions["merge"].trigger()
    assert not window.context.commands.can_undo()
    return window.statusBar().currentMessage()


def test_a_refused_edit_is_explained_in_russian(qtbot, qapp, context):
    from reader.ui.base.i18n import install_translations
    from reader.ui.mainwindow import MainWindow

    translators = install_translations(qapp, "ru")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1300, 860)
        window.show()
        qtbot.waitExposed(window)
        assert refused_merge_message(qtbot, window) == "Русский абзац 11 — последний; его не с чем объединить."
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_refused_edit_is_explained_in_english(qtbot, window):
    assert refused_merge_message(qtbot, window) == "Russian paragraph 11 is the last one; there is nothing to merge it with."
