"""Nothing is lost: a process killed (SIGKILL) while it saves a project, autosaves or exports never leaves a
truncated file in place, and a write that fails (a full disk, a folder one may not write to) keeps the old file
and says so. Real child processes do the writing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import REPO
from reader.core.project.annotations import Annotation
from reader.core.project.project import Project, SourceRef
from reader.core.project.storage import load_project, read_project_data, save_project

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and resource limits")

#: a child that writes the same target over and over, alternating two complete versions, until it is killed
_WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {repo!r})
    from pathlib import Path
    from reader.core.align.model import Alignment, Link
    from reader.core.session import ReadingSession
    from reader.core.export.formats import export
    from reader.core.project.annotations import Annotation
    from reader.core.project.project import Project, SourceRef
    from reader.core.project.recovery import autosave
    from reader.core.project.storage import save_project
    from reader.core.segment import make_document
    what, target = sys.argv[1], Path(sys.argv[2])
    project = Project(SourceRef("a.ru.txt"), SourceRef("a.en.txt"), path=target)
    for n in range(40):
        project.annotations.add(Annotation("ru", n, 0, 3, note=("x" * 99_000), id=f"a{{n}}"))
    data = None
    if what == "export":
        ru = make_document([f"Абзац {{i}} " + "слово " * 100 for i in range(3000)], "ru")
        en = make_document([f"Paragraph {{i}} " + "word " * 100 for i in range(3000)], "en")
        data = ReadingSession(ru, en, Alignment([Link([i], [i]) for i in range(3000)]))
    round = 0
    while True:
        round += 1
        mark = "A" if round % 2 else "B"
        for annotation in project.annotations:
            annotation.note = mark * 99_000
        if what == "save":
            save_project(project)
        elif what == "autosave":
            autosave(project, "killed-session")
        else:
            data.ru.paragraphs[0].text = "Абзац " + mark
            export("tsv", data, target)
        print("wrote", flush=True)
""")


def _kill_while_writing(what: str, target, rounds: int = 4):
    """Start the writer, SIGKILL it at a random moment after its first complete write, ``rounds`` times; yield
    the target after each kill."""
    rng = random.Random(18)
    for _ in range(rounds):
        child = subprocess.Popen([sys.executable, "-c", _WRITER.format(repo=str(REPO)), what, str(target)],
                                 stdout=subprocess.PIPE, text=True)
        try:
            assert child.stdout.readline().strip() == "wrote"  # one whole version is in place
            time.sleep(rng.uniform(0.0, 0.4))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        yield target


@posix
def test_kill_during_a_project_save_leaves_a_whole_project(tmp_path):
    path = tmp_path / "p.preader"
    for target in _kill_while_writing("save", path):
        project = load_project(target)  # parses: never half written
        notes = {a.note for a in project.annotations}
        assert notes in ({"A" * 99_000}, {"B" * 99_000})
        backup = load_project(target.with_name(target.name + ".bak"))
        assert len(backup.annotations) == 40


@posix
def test_kill_during_an_autosave_leaves_a_whole_recovery_file(tmp_path):
    from reader.core.project.recovery import recovery_dir, recovery_key

    project_path = tmp_path / "unsaved.preader"
    key = recovery_key(Project(SourceRef("a"), SourceRef("b"), path=project_path), "killed-session")
    target = recovery_dir() / f"{key}.json"
    assert str(target).startswith(os.environ["XDG_DATA_HOME"])  # the tests' own folder, as the child's
    for _ in _kill_while_writing("autosave", project_path):
        data = read_project_data(target)
        assert data["format"] == "parallel-reader-recovery"
        assert len(data["project"]["annotations"]) == 40
    target.unlink()


@posix
def test_kill_during_an_export_leaves_a_whole_file(tmp_path):
    out = tmp_path / "pair.tsv"
    for target in _kill_while_writing("export", out):
        lines = target.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 3001 and lines[-1].startswith("2999\t2999\t")


def _project(note: str) -> Project:
    project = Project(SourceRef("a.ru.txt"), SourceRef("a.en.txt"))
    for n in range(5):
        project.annotations.add(Annotation("ru", n, 0, 3, note=note, id=f"a{n}"))
    return project


_LIMITED_SAVE = textwrap.dedent("""
    import resource, signal, sys
    sys.path.insert(0, {repo!r})
    from reader.core.errors import ProjectError
    from reader.core.project.storage import load_project, save_project
    project = load_project({path!r})
    {prepare}
    for annotation in project.annotations:
        annotation.note = "new " * 20_000
    try:
        save_project(project)
    except ProjectError as error:
        print(error)
        sys.exit(3)
""")


@posix
def test_a_full_disk_keeps_the_old_file_and_says_so(tmp_path):
    path = tmp_path / "p.preader"
    save_project(_project("old"), path)
    before = path.read_bytes()
    # the child may write no file larger than 64 KB: the write fails as on a full disk (EFBIG, not a signal)
    prepare = ("signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
               "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))")
    result = subprocess.run([sys.executable, "-c", _LIMITED_SAVE.format(repo=str(REPO), path=str(path),
                                                                        prepare=prepare)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 3, result.stderr
    assert "could not be saved" in result.stdout and "previous file is unchanged" in result.stdout
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@posix
def test_a_folder_one_may_not_write_keeps_the_old_file_and_says_so(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "p.preader"
    save_project(_project("old"), path)
    before = path.read_bytes()
    if os.geteuid() == 0:  # root may write anywhere: the child gives up root first
        os.chmod(tmp_path, 0o755)
        os.chmod(path, 0o644)
        prepare = "import os; os.setgid(65534); os.setuid(65534)"
    else:
        os.chmod(folder, 0o555)
        prepare = ""
    try:
        result = subprocess.run([sys.executable, "-c", _LIMITED_SAVE.format(repo=str(REPO), path=str(path),
                                                                            prepare=prepare)],
                                capture_output=True, text=True, timeout=120)
    finally:
        os.chmod(folder, 0o755)
    assert result.returncode == 3, result.stderr
    assert "cannot be saved here" in result.stdout and "Permission denied" in result.stdout
    assert path.read_bytes() == before
    assert json.loads(before)["annotations"][0]["note"] == "old"
