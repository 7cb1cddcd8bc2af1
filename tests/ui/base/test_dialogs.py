"""Small dialogs: open pair, go to paragraph, error box, About."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from reader.core.errors import DecodingError
from reader.ui.base.dialogs import OpenPairDialog, about_text, error_box
from reader.ui.view.gotobar import GoToBar


def test_open_pair_dialog_needs_two_files(qtbot):
    dialog = OpenPairDialog()
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled()
    dialog.first.setText("/tmp/a.txt")
    assert not open_button.isEnabled()
    dialog.second.setText(" /tmp/b.txt ")
    assert open_button.isEnabled()
    assert dialog.paths() == ("/tmp/a.txt", "/tmp/b.txt")


def test_go_to_bar_limits_the_number_to_the_side(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()  # the bar lives in the main window
    qtbot.addWidget(window)
    dialog = GoToBar(window)
    dialog.open_at("en", 3, {"ru": 10, "en": 5})
    assert dialog.target() == ("en", 3)
    assert dialog.number.value() == 4  # a reader counts from 1: index 3 is the fourth paragraph
    assert (dialog.number.minimum(), dialog.number.maximum()) == (1, 5)
    dialog.side.setCurrentIndex(0)
    assert dialog.number.maximum() == 10
    dialog.number.setValue(9)
    assert dialog.target() == ("ru", 8)
    with qtbot.waitSignal(dialog.go) as went:
        dialog.accept()
    assert went.args == ["ru", 8] and dialog.isHidden()


def test_error_box_shows_message_and_hint(qtbot):
    box = error_box(None, "Cannot Open the Pair", DecodingError("cannot decode", path="/x/y.txt"))
    qtbot.addWidget(box)
    assert box.text() == "/x/y.txt: cannot decode"
    assert box.informativeText() == DecodingError.hint


def test_about_names_version_and_licences():
    from reader import __version__

    text = about_text()
    assert __version__ in text
    for licence in ("GPL-3.0-or-later", "mueller7", "GPL version 2 or later", "DejaVu"):
        assert licence in text


def test_about_names_the_source_of_the_sample_pair(qapp):
    from reader.ui.base.i18n import install_translations

    for source in ("RIA Novosti", "Sputnik International", "25 October 2025"):
        assert source in about_text()
    translators = install_translations(qapp, "ru")
    try:
        assert "РИА Новости" in about_text() and "Sputnik International" in about_text()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
