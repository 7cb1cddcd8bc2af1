"""The File ▸ Export… dialog: format, layout, path."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from reader.core.errors import ExportError
from pairs import write_texts
from reader.ui.files.export_dialog import ExportDialog
from reader.ui.files.loader import load_pair_files

from ..helpers import wait_aligned


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


def test_export_needs_an_aligned_pair(qtbot, shell):
    with pytest.raises(ExportError, match="Open a pair"):
        shell.exports.export_input()
    assert shell.findChild(type(shell.exports.action), "action_export") is shell.exports.action
    assert shell.exports.action.shortcut().toString() == "Ctrl+E"


def test_dialog_remembers_the_last_choices(qtbot, shell, tmp_path):
    """The next Export… starts from the last export's format, layout and 'include' choice."""
    shell.context.set_pair(load_pair_files(*write_texts(tmp_path)))
    wait_aligned(qtbot, shell.context)
    dialog = shell.exports.make_dialog()
    qtbot.addWidget(dialog)
    assert (dialog.fmt(), dialog.options().layout, dialog.options().include_hidden) == ("pdf", "side-by-side", False)
    assert dialog.path().endswith(".pdf")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    dialog.layout_box.setCurrentIndex(dialog.layout_box.findData("interleaved"))
    dialog.hidden_box.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "pair.html"))
    with qtbot.waitSignal(shell.exports.exported, timeout=30000):
        shell.exports.accept_dialog(dialog)
    assert 'class="interleaved"' in (tmp_path / "pair.html").read_text(encoding="utf-8")
    again = shell.exports.make_dialog()
    qtbot.addWidget(again)
    assert (again.fmt(), again.options().layout, again.options().include_hidden) == ("html", "interleaved", True)
    assert again.path().endswith(".html") and again.layout_box.isEnabled()
    # a saved project keeps the layout, and its layout comes first next time
    shell.projects.ask_save_path = lambda: str(tmp_path / "reading.preader")
    assert shell.projects.save()
    with qtbot.waitSignal(shell.exports.exported, timeout=30000):
        shell.exports.accept_dialog(again)
    assert shell.projects.project.settings["layout"] == "interleaved"
    shell.context.settings.export_layout = "side-by-side"
    third = shell.exports.make_dialog()
    qtbot.addWidget(third)
    assert third.options().layout == "interleaved" and third.path() == str(tmp_path / "reading.html")


def test_replacing_an_existing_file_is_asked(qtbot, tmp_path):
    existing = tmp_path / "reading.pdf"
    existing.write_bytes(b"%PDF-1.4 the person's earlier export")
    dialog = ExportDialog(None, str(existing))
    qtbot.addWidget(dialog)
    asked = []
    dialog.ask_replace = lambda path: asked.append(path) or False
    dialog.accept()
    assert asked == [str(existing)] and dialog.result() != ExportDialog.DialogCode.Accepted
    dialog.ask_replace = lambda path: True
    dialog.accept()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    fresh = ExportDialog(None, str(tmp_path / "new.pdf"))  # a new file: nothing to ask
    qtbot.addWidget(fresh)
    fresh.ask_replace = lambda path: pytest.fail("asked about a new file")
    fresh.accept()
    assert fresh.result() == ExportDialog.DialogCode.Accepted
