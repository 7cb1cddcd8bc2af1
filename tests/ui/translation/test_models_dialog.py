"""The translation models dialog in the Russian interface."""

from __future__ import annotations

import re

from reader.ui.base.i18n import install_translations
from reader.ui.translation.models_dialog import ModelsDialog


def test_column_titles_are_translated(qtbot, qapp, context):
    translators = install_translations(qapp, "ru")
    try:
        dialog = ModelsDialog(context.thread_pool)
        qtbot.addWidget(dialog)
        titles = [dialog.table.horizontalHeaderItem(i).text() for i in range(dialog.table.columnCount())]
        assert [t for t in titles if re.search(r"[A-Za-z]{2,}", t)] == []
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
