"""The link-editing actions in the Russian interface."""

from __future__ import annotations

import re


def test_link_actions_speak_russian(qtbot, qapp, context):
    from reader.ui.i18n import install_translations
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
