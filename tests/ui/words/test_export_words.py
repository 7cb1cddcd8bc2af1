"""The Export dialog's word correspondences: on for HTML by default and remembered; the page exported from the
window carries them."""

from __future__ import annotations

from reader.ui.files.export_dialog import ExportDialog

from .pointing import open_faithful


def _format(dialog: ExportDialog, fmt: str) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))


def test_the_dialog_offers_word_links_for_html_only(qtbot, window, tmp_path):
    open_faithful(qtbot, window)
    dialog = window.exports.make_dialog()
    qtbot.addWidget(dialog)
    _format(dialog, "html")
    assert dialog.words_box.isEnabled() and dialog.words_box.isChecked() and dialog.options().word_links
    _format(dialog, "pdf")
    assert not dialog.words_box.isEnabled() and not dialog.options().word_links
    _format(dialog, "html")
    dialog.words_box.setChecked(False)
    target = tmp_path / "pair.html"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(window.exports.exported, timeout=60000):
        window.exports.accept_dialog(dialog)
    assert 'class="w ' not in target.read_text(encoding="utf-8")
    assert window.context.settings.export_word_links is False  # remembered for the next export
    again = window.exports.make_dialog()
    qtbot.addWidget(again)
    assert not again.words_box.isChecked()
    again.words_box.setChecked(True)
    _format(again, "html")
    again.path_edit.setText(str(target))
    with qtbot.waitSignal(window.exports.exported, timeout=60000):
        window.exports.accept_dialog(again)
    page = target.read_text(encoding="utf-8")
    assert '<span class="w w' in page and "tbody:has(" in page and "<script" not in page
