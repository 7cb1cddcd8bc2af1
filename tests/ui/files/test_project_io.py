"""Projects in the window: save and reopen, autosave and recovery, a changed source, export in the background."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from pairs import RU, write_texts
from reader.core.export.common import ExportOptions
from reader.core.project.recovery import find_recoverable, recovery_dir
from reader.core.project.storage import load_project
from reader.ui.files.loader import load_pair_files

from ..helpers import wait_aligned


def _clear_recovery():
    if recovery_dir().is_dir():
        for file in recovery_dir().glob("*.json"):
            file.unlink()


def open_files(qtbot, window, folder: Path):
    ru_path, en_path = write_texts(folder)
    window.context.set_pair(load_pair_files(ru_path, en_path))
    wait_aligned(qtbot, window.context)
    return ru_path, en_path


def highlight(window, side: str, paragraph: int, start: int, end: int, note: str = ""):
    window.pair_view.view(side).select_text(paragraph, start, end)
    return window.annotations.highlight_selection(note)


def reopen(qtbot, window, path):
    with qtbot.waitSignal(window.projects.project_opened, timeout=30000) as opened:
        window.projects.open_path(path)
    return opened.args[0]


def test_save_and_reopen(qtbot, window, tmp_path):
    _clear_recovery()
    open_files(qtbot, window, tmp_path)
    highlight(window, "ru", 1, 0, 9, "Кто?")
    projects = window.projects
    assert projects.dirty()
    path = tmp_path / "reading.preader"
    projects.ask_save_path = lambda: str(path)
    projects.actions["save"].trigger()  # first save asks for a name
    assert path.exists() and not projects.dirty()
    assert window.windowTitle().startswith("reading.preader")
    saved = load_project(path)
    assert [a.note for a in saved.annotations] == ["Кто?"] and saved.alignment.links
    assert saved.original.path == "pair.ru.txt"

    (tmp_path / "other").mkdir()
    window.open_pair(*write_texts(tmp_path / "other"))
    wait_aligned(qtbot, window.context)
    assert len(window.annotations.annotations) == 0
    reopen(qtbot, window, path)
    (annotation,) = window.annotations.annotations
    assert annotation.note == "Кто?"
    assert [(h.paragraph, h.start, h.end) for h in window.pair_view.view("ru").highlights("annotations")] == [(1, 0, 9)]
    assert window.context.alignment.links == saved.alignment.links
    assert not projects.dirty()
    highlight(window, "en", 2, 0, 3)
    projects.actions["save"].trigger()  # saves in place, keeps a backup
    assert len(load_project(path).annotations) == 2 and Path(str(path) + ".bak").exists()


def test_autosave_and_recovery(qtbot, shell, tmp_path):
    _clear_recovery()
    open_files(qtbot, shell, tmp_path)
    projects = shell.projects
    assert projects.autosave_now() is None  # nothing unsaved yet
    highlight(shell, "ru", 3, 0, 11, "не сохранено")
    file = projects.autosave_now()
    assert file is not None and file.exists()
    (state,) = find_recoverable()
    assert [a.note for a in state.project.annotations] == ["не сохранено"]

    shell.context.set_pair(load_pair_files(*write_texts(tmp_path)))  # as if a new session started
    wait_aligned(qtbot, shell.context)
    asked = []
    projects.ask_recover = lambda found: asked.append(found) or True
    with qtbot.waitSignal(projects.project_opened, timeout=30000):
        assert projects.offer_recovery()
    assert asked[0].file == file
    assert [a.note for a in shell.annotations.annotations] == ["не сохранено"]
    assert projects.dirty()  # recovered work is not saved yet
    path = tmp_path / "recovered.preader"
    projects.ask_save_path = lambda: str(path)
    assert projects.save()
    assert not file.exists() and find_recoverable() == []


def test_declined_recovery_is_discarded(qtbot, shell, tmp_path):
    _clear_recovery()
    open_files(qtbot, shell, tmp_path)
    highlight(shell, "ru", 2, 0, 8)
    shell.projects.autosave_now()
    shell.projects.ask_recover = lambda state: False
    assert not shell.projects.offer_recovery()
    assert find_recoverable() == []


def test_changed_source_lists_unplaced(qtbot, shell, tmp_path):
    _clear_recovery()
    open_files(qtbot, shell, tmp_path)
    start = RU[4].index("оригинале")
    highlight(shell, "ru", 4, start, start + 9, "исчезнет")
    highlight(shell, "ru", 3, 0, 11, "переедет")
    path = tmp_path / "p.preader"
    shell.projects.ask_save_path = lambda: str(path)
    shell.projects.save()
    write_texts(tmp_path, [RU[0], "Новый абзац.", *RU[1:4]])
    opened = reopen(qtbot, shell, path)
    assert [a.note for a in opened.anchoring.unplaced] == ["исчезнет"]
    notes = {a.note: a for a in shell.annotations.annotations}
    assert notes["переедет"].paragraph == 4 and notes["исчезнет"].unplaced
    assert shell.annotations.panel.isVisible()
    assert shell.projects.dirty()  # the re-anchored state is not in the file yet
    assert "1 annotation(s) could not be found" in shell.statusBar().currentMessage()
    panel = shell.annotations.panel
    assert "1 not placed" in panel.summary.text()
    panel.select_id(notes["исчезнет"].id)
    assert panel.place_button.isEnabled()
    shell.pair_view.view("ru").select_text(2, 0, 8)
    panel.place_button.click()
    placed = shell.annotations.annotations.get(notes["исчезнет"].id)
    assert (placed.unplaced, placed.paragraph, placed.start, placed.end) == (False, 2, 0, 8)
    assert placed.quote == shell.context.pair.ru.paragraphs[2].text[:8] and placed.note == "исчезнет"
    assert "not placed" not in panel.summary.text()
    shell.context.commands.undo()
    assert shell.annotations.annotations.get(notes["исчезнет"].id).unplaced


def test_export_in_background(qtbot, shell, tmp_path):
    open_files(qtbot, shell, tmp_path)
    highlight(shell, "en", 1, 4, 20, "exported note")
    out = tmp_path / "export.pdf"
    with qtbot.waitSignal(shell.exports.exported, timeout=30000) as done:
        shell.exports.start("pdf", str(out), ExportOptions())
    assert done.args == [str(out)]
    page = PdfReader(out).pages[0]
    assert "exported note" in {a.get_object()["/Contents"] for a in page["/Annots"]}
    assert "Exported to" in shell.statusBar().currentMessage()


def test_project_file_on_the_command_line():
    from reader.cli.window import parse_args

    assert parse_args(["reading.preader"]).files == ["reading.preader"]
    for bad in (["reading.txt"], ["reading.preader", "--screenshot", "out.png"]):
        with pytest.raises(SystemExit):
            parse_args(bad)


def test_a_second_project_opened_while_the_first_loads_is_the_only_one_shown(qtbot, shell, tmp_path):
    from reader.core.project.session import new_project
    from reader.core.project.storage import save_project

    paths = []
    for name in ("first", "second"):
        (tmp_path / name).mkdir()
        project = new_project(*write_texts(tmp_path / name))
        paths.append(save_project(project, tmp_path / name / f"{name}.preader"))
    opened = []
    shell.projects.project_opened.connect(lambda result: opened.append(result.project.path.name))
    shell.projects.open_path(paths[0])
    shell.projects.open_path(paths[1])  # before the first one's result is delivered: it is dropped
    qtbot.waitUntil(lambda: bool(opened), timeout=30000)
    shell.context.thread_pool.waitForDone(10000)
    qtbot.wait(50)
    assert opened == ["second.preader"]
    assert shell.projects.project.path.name == "second.preader"
    assert Path(shell.context.pair.paths[0]).parent.name == "second"


def test_a_project_replaced_while_it_loads_reports_no_error(qtbot, shell, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from reader.core.project.session import new_project
    from reader.core.project.storage import save_project

    boxes = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or QMessageBox.StandardButton.Ok)
    broken = tmp_path / "broken.preader"
    broken.write_text("{ not a project", encoding="utf-8")
    good = save_project(new_project(*write_texts(tmp_path)), tmp_path / "good.preader")
    shell.projects.open_path(broken)
    with qtbot.waitSignal(shell.projects.project_opened, timeout=30000):
        shell.projects.open_path(good)  # the broken one's failure is no longer wanted
    shell.context.thread_pool.waitForDone(10000)
    qtbot.wait(50)
    assert boxes == [] and shell.projects.project.path.name == "good.preader"
    shell.projects.open_path(broken)  # alone, it is reported
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=30000)
    assert "broken.preader" in boxes[0]
