"""Autosave and crash recovery.

While a person reads, the window writes the current project state to a recovery file now and then
(not the project file itself). A clean save or a clean exit discards it; if the program died, the
next start finds it with :func:`find_recoverable` and offers it back.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import ProjectError
from reader.core.project.project import Project, project_from_dict, project_to_dict
from reader.core.project.storage import atomic_write_text, read_project_data
from reader.core.userdirs import user_data_dir

RECOVERY_FORMAT = "parallel-reader-recovery"


def recovery_dir() -> Path:
    """Where recovery files are written."""
    return user_data_dir() / "recovery"


def new_session_id() -> str:
    """An id for a window session whose project has no file yet."""
    return uuid.uuid4().hex[:16]


def recovery_key(project: Project, session_id: str) -> str:
    """The recovery file's name: keyed by the project file's path, or by the session for an unsaved project."""
    if project.path is not None:
        return "project-" + hashlib.sha1(str(Path(project.path).absolute()).encode("utf-8")).hexdigest()[:20]
    return "session-" + session_id


@dataclass
class RecoveryState:
    """A recovered, unsaved project state found at start-up."""

    file: Path
    project: Project
    saved_at: str
    #: the project file it belongs to (None for a project that was never saved)
    project_path: Path | None

    def discard(self) -> None:
        """Delete the recovery file."""
        self.file.unlink(missing_ok=True)


def autosave(project: Project, session_id: str) -> Path:
    """Write the project's current state to its recovery file; return that file."""
    target = recovery_dir() / (recovery_key(project, session_id) + ".json")
    data = {"format": RECOVERY_FORMAT, "saved_at": datetime.datetime.now(datetime.timezone.utc).isoformat(),
            "project_path": str(project.path) if project.path is not None else None,
            "pid": os.getpid(), "project": project_to_dict(project)}
    atomic_write_text(target, json.dumps(data, ensure_ascii=False) + "\n", keep_backup=False)
    return target


def discard_recovery(project: Project, session_id: str) -> None:
    """Delete the recovery file of this project (after a clean save or a clean close)."""
    (recovery_dir() / (recovery_key(project, session_id) + ".json")).unlink(missing_ok=True)


def process_running(pid: int) -> bool:
    """Whether a process with this id runs now (another window of the program still at work)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def find_recoverable() -> list[RecoveryState]:
    """Recovery files left behind by sessions that did not end cleanly, newest first.

    Unreadable recovery files are skipped (and kept, so nothing is deleted behind a person's back), and so
    are the files of another window of the program that is still running (its autosave, not a crash).
    """
    states = []
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    for file in folder.glob("*.json"):
        try:
            data = read_project_data(file)  # the same size limit and checks as a project file
            if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
                continue
            pid = data.get("pid")
            if isinstance(pid, int) and pid != os.getpid() and process_running(pid):
                continue
            project_path = data.get("project_path")
            if project_path is not None and (not isinstance(project_path, str) or "\x00" in project_path):
                continue
            project_path = Path(project_path) if project_path else None
            project = project_from_dict(data.get("project"), project_path)  # the project schema
        except (OSError, ValueError, ProjectError):
            continue
        states.append(RecoveryState(file=file, project=project, saved_at=str(data.get("saved_at", ""))[:64],
                                    project_path=project_path))
    return sorted(states, key=lambda s: s.saved_at, reverse=True)
