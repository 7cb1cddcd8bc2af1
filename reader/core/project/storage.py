"""Reading and writing project files safely.

A save never leaves a half-written project: the JSON goes to a temporary file in the same folder,
is flushed to disk, the previous version is kept as ``NAME.bak``, and the new file is renamed into
place. A load that fails (corrupt JSON, another format, a newer version) raises ProjectError and
leaves the file as it was.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from pathlib import Path
from typing import Any
from collections.abc import Callable

from reader.core.errors import InputError, ProjectError
from reader.core.formats.files import read_regular
from reader.core.project.project import Project, project_from_dict, project_to_dict
from reader.core.safewrite import put_in_place, temp_beside
from reader.core.sizes import format_size

#: the largest project file read (a project of a long book with many annotations is a few MB)
MAX_PROJECT_BYTES = 64 * 1024 * 1024


def backup_path(path: Path) -> Path:
    """Where the previous version of a project file is kept."""
    return path.with_name(path.name + ".bak")


def read_project_data(path: str | Path) -> Any:
    """The parsed JSON of a project (or recovery) file; ProjectError if it cannot be read or parsed."""
    path = Path(path)

    def too_large(size: int) -> ProjectError:
        return ProjectError(f"The file is {format_size(size)}, too large to be a Parallel Reader project "
                            f"(at most {format_size(MAX_PROJECT_BYTES)}).", path=str(path))

    try:
        raw = read_regular(path, MAX_PROJECT_BYTES, too_large)
    except InputError as error:
        message = str(error).removeprefix(f"{path}: ")
        if message == "no such file":
            message = "The project file does not exist"
        elif message == "this is a folder, not a file":
            message = "This is a folder, not a project file"
        raise ProjectError(message[:1].upper() + message[1:] + ".", path=str(path)) from None
    hint = f"The file was left untouched. A previous version may be in {backup_path(path).name}."
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ProjectError(f"The project file is damaged: it is not valid JSON ({error}).", path=str(path),
                           hint=hint) from None
    except RecursionError:
        raise ProjectError("The project file is not valid: it is nested too deeply to be a project.",
                           path=str(path), hint=hint) from None


def load_project(path: str | Path) -> Project:
    """Read a project file (without opening its documents). The file is never modified.

    A file that cannot be used raises ProjectError; when its previous version (``NAME.bak``) reads
    cleanly, the error's ``backup`` names it so that it can be offered instead.
    """
    path = Path(path)
    try:
        return project_from_dict(read_project_data(path), path)
    except ProjectError as error:
        error.path = error.path or str(path)
        backup = backup_path(path)
        if not path.name.endswith(".bak") and _usable(backup):
            error.backup = str(backup)
            error.hint = f"The previous version, {backup.name}, can be opened instead."
        raise


def _usable(backup: Path) -> bool:
    """Whether a backup exists and reads as a project."""
    try:
        project_from_dict(read_project_data(backup), backup)
    except ProjectError:
        return False
    return True


def project_json(project: Project) -> str:
    """The text of the project file."""
    return json.dumps(project_to_dict(project), ensure_ascii=False, indent=1) + "\n"


def atomic_write_text(path: Path, text: str, *, keep_backup: bool = True,
                      _before_replace: Callable[[Path], None] | None = None) -> None:
    """Write ``text`` to ``path`` through a synced temporary file in the same folder, then rename it into place
    (a replaced file keeps its permissions, see :mod:`reader.core.safewrite`).

    With ``keep_backup`` the file that was there stays as ``NAME.bak``. ``_before_replace`` is a test hook
    called with the temporary file just before the rename.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = temp_beside(path)
    except OSError as error:
        raise ProjectError(f"The project cannot be saved here ({error.strerror or error}).", path=str(path)) from None
    try:
        with open(temp, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        if _before_replace is not None:
            _before_replace(temp)
        if keep_backup and path.exists():
            _keep_backup(path)
        put_in_place(temp, path)
    except OSError as error:
        raise ProjectError(f"The project could not be saved ({error.strerror or error}); "
                           f"the previous file is unchanged.", path=str(path)) from None
    finally:
        temp.unlink(missing_ok=True)


def _keep_backup(path: Path) -> None:
    """Keep the current ``path`` as ``NAME.bak`` (the file itself stays in place until it is replaced).

    The new backup is made under a temporary name and renamed over the old one, so that a crash at any
    moment leaves a whole backup (the old one or the new one), never none.
    """
    backup = backup_path(path)
    temp = backup.with_name(f".{backup.name}.{secrets.token_hex(4)}.tmp")
    try:
        try:
            os.link(path, temp)
        except OSError:
            shutil.copy2(path, temp)
        os.replace(temp, backup)
    finally:
        temp.unlink(missing_ok=True)


def save_project(project: Project, path: str | Path | None = None) -> Path:
    """Save ``project`` (to ``path``: Save As, source paths rewritten relative to it); return where it went."""
    if path is not None:
        project.relocate(Path(path))
    if project.path is None:
        raise ProjectError("The project has no file name yet.", hint="Use Save As.")
    text = project_json(project)  # serialise fully before touching the disk
    atomic_write_text(project.path, text)
    return project.path
