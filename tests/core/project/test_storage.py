"""Saving never loses the previous file: temp file + fsync + backup + rename, also when the save dies midway."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap

import pytest

from conftest import REPO
from reader.core.errors import ProjectError
from reader.core.project.annotations import Annotation
from reader.core.project.project import Project, SourceRef
from reader.core.project.storage import atomic_write_text, backup_path, load_project, project_json, save_project


def _project(note: str) -> Project:
    project = Project(SourceRef("/data/a.ru.txt"), SourceRef("/data/a.en.txt"))
    project.annotations.add(Annotation("ru", 0, 0, 3, note=note, id="a1"))
    return project


def test_backup_keeps_previous_version(tmp_path):
    path = tmp_path / "p.preader"
    project = _project("first")
    save_project(project, path)
    project.annotations.add(Annotation("en", 1, 0, 2, note="second"))
    save_project(project)
    assert len(load_project(path).annotations) == 2
    assert len(load_project(backup_path(path)).annotations) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.preader", "p.preader.bak"]


def test_failure_before_rename_leaves_old_file(tmp_path):
    path = tmp_path / "p.preader"
    save_project(_project("old"), path)
    before = path.read_bytes()

    def crash(temp):
        assert temp.read_text(encoding="utf-8").startswith("{")  # the new text was fully written to the temp file
        raise OSError(28, "No space left on device")

    with pytest.raises(ProjectError, match="previous file is unchanged"):
        atomic_write_text(path, project_json(_project("new")), _before_replace=crash)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.preader"]  # no temp file left behind


def test_serialisation_failure_touches_nothing(tmp_path):
    path = tmp_path / "p.preader"
    save_project(_project("old"), path)
    before = path.read_bytes()
    broken = load_project(path)
    broken.settings["window"] = object()  # cannot be written as JSON
    with pytest.raises(TypeError):
        save_project(broken)
    assert path.read_bytes() == before


def test_process_killed_during_save(tmp_path):
    """A real process dies (os._exit) after writing the temp file, before the rename: the old file survives."""
    path = tmp_path / "p.preader"
    save_project(_project("old"), path)
    before = path.read_bytes()
    code = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(REPO)!r})
        from reader.core.project.storage import load_project, save_project
        from reader.core.project import storage
        project = load_project({str(path)!r})
        project.annotations.get("a1").note = "new" * 10000
        real = storage.atomic_write_text
        storage.atomic_write_text = lambda p, t: real(p, t, _before_replace=lambda temp: os._exit(9))
        save_project(project)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 9, result.stderr
    assert path.read_bytes() == before
    assert load_project(path).annotations.get("a1").note == "old"


def test_unwritable_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ProjectError, match="cannot be saved"):
        save_project(_project("x"), blocker / "p.preader")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_a_new_project_file_gets_what_the_umask_allows_and_a_saved_one_keeps_its_mode(tmp_path, umask):
    umask(0o022)
    path = tmp_path / "p.preader"
    project = _project("first")
    save_project(project, path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o644
    os.chmod(path, 0o600)  # the reader made it private
    save_project(project)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(backup_path(path)).st_mode) == 0o600
