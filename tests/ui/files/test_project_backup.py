"""A project file that cannot be used: the window offers its previous version (NAME.bak) and opens it."""

from __future__ import annotations

from reader.core.project.storage import backup_path, load_project

from ..helpers import wait_aligned
from .test_project_io import highlight, open_files


def test_a_broken_project_offers_its_backup(qtbot, shell, tmp_path):
    open_files(qtbot, shell, tmp_path)
    highlight(shell, "ru", 1, 0, 9, "Кто?")
    projects = shell.projects
    path = tmp_path / "reading.preader"
    projects.ask_save_path = lambda: str(path)
    projects.actions["save"].trigger()
    projects.actions["save"].trigger()  # the first version is now NAME.bak too
    assert backup_path(path).exists()
    path.write_text(path.read_text(encoding="utf-8").replace('"paragraph": 1', '"paragraph": "one"'),
                    encoding="utf-8")
    asked = []

    def answer(error):
        asked.append(error)
        return True

    projects.ask_open_backup = answer
    with qtbot.waitSignal(projects.project_opened, timeout=30000):
        projects.open_path(path)
    wait_aligned(qtbot, shell.context)
    (error,) = asked
    assert "annotations[0].paragraph must be a whole number" in str(error)
    assert error.backup == str(backup_path(path))
    assert [a.note for a in shell.annotations.annotations] == ["Кто?"]
    assert projects.project.path == path  # Save goes to the broken file's place, not to the backup
    projects.actions["save"].trigger()
    assert [a.note for a in load_project(path).annotations] == ["Кто?"]
