"""Start-up: arguments, translations (--lang ru), the sample pair, and --screenshot in a subprocess."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from conftest import REPO, run_module
from reader.cli.window import parse_args
from reader.ui.base.i18n import choose_language, install_translations
from reader.ui.base.sample import SAMPLE_NAMES, sample_pair


def test_parse_args():
    args = parse_args(["a.txt", "b.txt", "--select", "en:3", "--lang", "ru"])
    assert args.files == ["a.txt", "b.txt"] and args.select == ("en", 3) and args.lang == "ru"
    assert parse_args(["--size", "800x600"]).size == (1200, 800)  # at least a desktop size
    for bad in (["only-one.txt"], ["--select", "de:1"], ["--select", "ru:x"]):
        with pytest.raises(SystemExit):
            parse_args(bad)


def test_start_without_files_reopens_the_last_pair_else_the_sample(qtbot, window, tmp_path):
    from pairs import write_texts
    from reader.ui.app import open_at_start

    sample = tuple(str(p) for p in sample_pair())
    open_at_start(window, [])  # first start: the built-in sample
    assert window.context.pair.paths == sample
    pair = tuple(str(p) for p in write_texts(tmp_path))
    window.context.settings.add_recent_pair(*pair)
    open_at_start(window, [])  # later: the pair read last
    assert window.context.pair.paths == pair
    Path(pair[1]).unlink()
    open_at_start(window, [])  # the last pair is gone: the sample again, no error box
    assert window.context.pair.paths == sample
    (tmp_path / "other").mkdir()
    other = tuple(str(p) for p in write_texts(tmp_path / "other"))
    open_at_start(window, list(other))  # files on the command line win
    assert window.context.pair.paths == other


def test_language_choice():
    assert choose_language("ru") == "ru"
    assert choose_language("en") == "en"
    assert choose_language("") in ("en", "ru")


def test_russian_interface(qtbot, qapp, context):
    from reader.ui.mainwindow import MainWindow

    translators = install_translations(qapp, choose_language(parse_args(["--lang", "ru"]).lang))
    try:
        assert translators, "reader_ru.qm did not load"
        window = MainWindow(context)
        qtbot.addWidget(window)
        titles = [menu.title() for menu in window.menuBar().findChildren(type(window.menus["file"]))
                  if menu in window.menus.values()]
        assert "&Файл" in titles and "&Вид" in titles and "&Справка" in titles
        assert window.action_map["open_pair"].text() == "&Открыть пару…"
        assert "Пара не открыта" == window.status.text()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_every_interface_text_is_translated():
    root = ET.parse(REPO / "resources" / "i18n" / "reader_ru.ts").getroot()
    messages = root.findall("context/message")
    assert len(messages) > 50
    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []
    assert (REPO / "resources" / "i18n" / "reader_ru.qm").stat().st_size > 1000


def test_sample_pair_ships_as_resource():
    paths = sample_pair()
    assert paths is not None and [p.name for p in paths] == list(SAMPLE_NAMES)
    for name in SAMPLE_NAMES:  # the copy in resources/ (shipped in the wheel) equals seeds/
        assert (REPO / "resources" / "seeds" / name).read_bytes() == (REPO / "seeds" / name).read_bytes()


def test_screenshot_command(tmp_path, seed_paths):
    out = tmp_path / "shot.png"
    result = run_module(str(seed_paths[0]), str(seed_paths[1]), "--screenshot", str(out), "--select", "ru:4",
                        "--lang", "ru", timeout=120)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 800


def test_screenshot_of_bad_file_fails_cleanly(tmp_path, seed_paths):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = run_module(str(bad), str(seed_paths[1]), "--screenshot", str(tmp_path / "x.png"), timeout=120)
    assert result.returncode == 1
    assert "bad.txt" in result.stderr and "Traceback" not in result.stderr


def test_unexpected_errors_are_shown_not_fatal(qtbot, window, monkeypatch, capsys):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from reader.ui.app import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    shown = []
    monkeypatch.setattr(QMessageBox, "show", lambda box: shown.append(box))  # only the showing is replaced
    install_excepthook(window)
    try:
        raise ValueError("boom")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    [box] = shown
    assert box.parent() is window
    assert box.text() == "ValueError: boom" and "Traceback" in box.detailedText()
    assert "ValueError: boom" in capsys.readouterr().err
