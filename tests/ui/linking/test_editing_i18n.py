"""The link-editing actions in the Russian interface."""

from __future__ import annotations

import re


def test_link_actions_speak_russian(qtbot, qapp, context):
    from reader.ui.base.i18n import install_translations
    from reader.ui.linking.editing import LinkEditor

    from ..helpers import controller_shell

    translators = install_translations(qapp, "ru")
    try:
        editor = LinkEditor(controller_shell(qtbot, context))
        texts = [action.text() for action in editor.actions.values()] + [editor.menu.title()]
        assert all(re.search("[а-яё]", text.lower()) for text in texts), texts
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def refused_merge_message(qtbot, shell) -> str:
    """Merge the last Russian paragraph (refused: nothing follows it) with a LinkEditor over a small shell;
    the status bar's message."""
    from reader.core.align.model import Link
    from reader.core.session import ReadingSession
    from reader.ui.linking.editing import LinkEditor

    from ..helpers import click_paragraph, fixed_aligner, make_pair_docs, wait_aligned

    editor = LinkEditor(shell)
    ru, en = make_pair_docs(12, 10)
    shell.context.aligner = fixed_aligner([Link([0], [0]), Link([11], [9])])
    shell.context.set_pair(ReadingSession(ru, en))
    wait_aligned(qtbot, shell.context)
    click_paragraph(qtbot, shell.pair_view.view("ru"), 11)
    editor.actions["merge"].trigger()
    assert not shell.context.commands.can_undo()
    return shell.statusBar().currentMessage()


def test_a_refused_edit_is_explained_in_russian(qtbot, qapp, context):
    from reader.ui.base.i18n import install_translations

    from ..helpers import controller_shell

    translators = install_translations(qapp, "ru")
    try:
        assert refused_merge_message(qtbot, controller_shell(qtbot, context)) == "Русский абзац 11 — последний; его не с чем объединить."
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_refused_edit_is_explained_in_english(qtbot, shell):
    assert refused_merge_message(qtbot, shell) == "Russian paragraph 11 is the last one; there is nothing to merge it with."
