"""The export dialog speaks the interface language and shows the whole path."""

from __future__ import annotations

import re

from reader.core.export.formats import FORMATS
from reader.ui.export_dialog import FORMAT_DESCRIPTIONS, ExportDialog
from reader.ui.i18n import install_translations


def test_every_format_description_is_marked_for_translation():
    assert sorted(FORMAT_DESCRIPTIONS) == sorted(description for _f, _s, description in FORMATS.values())


def test_formats_in_the_russian_interface(qtbot, qapp):
    translators = install_translations(qapp, "ru")
    try:
        dialog = ExportDialog(None, "/home/reader/Documents/a long folder name/story.pdf")
        qtbot.addWidget(dialog)
        labels = [dialog.format_box.itemText(i) for i in range(dialog.format_box.count())]
        leftovers = [label for label in labels
                     if set(re.findall(r"[A-Za-z]{2,}", label)) - {"PDF", "TMX", "TSV", "HTML"}]
        assert leftovers == []
        assert dialog.width() >= 600
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
