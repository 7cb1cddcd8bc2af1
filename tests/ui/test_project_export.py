"""The File ▸ Export… dialog: format, layout, path."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from reader.core.errors import ExportError
from reader.ui.export_dialog import ExportDialog


def test_dialog_choices(qtbot):
    dialog = ExportDialog(None, "/tmp/reading.pdf")
    qtbot.addWidget(dialog)
    assert dialog.fmt() == "pdf" and dialog.options().layout == "side-by-side"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("tsv"))
    assert dialog.path() == "/tmp/reading.tsv"
    assert not dialog.layout_box.isEnabled()  # layout only matters for PDF and HTML
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("interleaved"))
    dialog.hidden_box.setChecked(True)
    options = dialog.options()
    assert (dialog.fmt(), dialog.path(), options.layout, options.include_hidden) == (
        "html", "/tmp/reading.html", "interleaved", True)
    dialog.path_edit.clear()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_export_needs_an_aligned_pair(qtbot, window):
    with pytest.raises(ExportError, match="Open a pair"):
        window.exports.export_input()
    assert window.findChild(type(window.exports.action), "action_export") is window.exports.action
    assert window.exports.action.shortcut().toString() == "Ctrl+E"
