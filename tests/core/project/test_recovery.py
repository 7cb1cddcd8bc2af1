"""Autosave to a recovery file, finding it at start-up, discarding it after a clean save."""

from __future__ import annotations

import os

from reader.core.project.annotations import Annotation
from reader.core.project.project import Project, SourceRef
from reader.core.project.recovery import (autosave, discard_recovery, find_recoverable, new_session_id,
                                          recovery_dir)
from reader.core.project.storage import save_project


def _clear():
    for file in recovery_dir().glob("*.json") if recovery_dir().is_dir() else ():
        file.unlink()


def test_autosave_then_recover_saved_project(tmp_path):
    _clear()
    session = new_session_id()
    project = Project(SourceRef(str(tmp_path / "a.ru.txt")), SourceRef(str(tmp_path / "a.en.txt")))
    save_project(project, tmp_path / "p.preader")
    project.annotations.add(Annotation("ru", 3, 1, 4, note="not saved yet"))
    autosave(project, session)
    autosave(project, session)  # the same file is rewritten, not a second one
    (state,) = find_recoverable()
    assert state.project_path == tmp_path / "p.preader"
    assert [a.note for a in state.project.annotations] == ["not saved yet"]
    assert state.project.source_paths()[0] == (tmp_path / "a.ru.txt").resolve()
    assert recovery_dir().is_relative_to(os.environ["XDG_DATA_HOME"])  # never the real user folder
    discard_recovery(project, session)
    assert find_recoverable() == []


def test_unsaved_project_is_keyed_by_session(tmp_path):
    _clear()
    project = Project(SourceRef(str(tmp_path / "a.ru.txt")), SourceRef(str(tmp_path / "a.en.txt")))
    autosave(project, "one")
    autosave(project, "two")
    states = find_recoverable()
    assert len(states) == 2 and all(s.project_path is None for s in states)
    states[0].discard()
    assert len(find_recoverable()) == 1
    _clear()


def test_broken_recovery_file_is_skipped_and_kept():
    _clear()
    recovery_dir().mkdir(parents=True, exist_ok=True)
    broken = recovery_dir() / "project-broken.json"
    broken.write_text("{half", encoding="utf-8")
    assert find_recoverable() == []
    assert broken.exists()
    broken.unlink()


def test_the_autosave_of_a_session_still_running_is_not_offered(tmp_path):
    """Another window of the program still at work has not crashed: its autosave is not recovery."""
    import json
    import subprocess
    import sys

    _clear()
    project = Project(SourceRef(str(tmp_path / "a.ru.txt")), SourceRef(str(tmp_path / "a.en.txt")))
    file = autosave(project, new_session_id())
    data = json.loads(file.read_text(encoding="utf-8"))
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        file.write_text(json.dumps(dict(data, pid=running.pid)), encoding="utf-8")
        assert find_recoverable() == []
    finally:
        running.kill()
        running.wait()
    assert [state.file for state in find_recoverable()] == [file]  # that session ended without a clean exit
    file.unlink()
