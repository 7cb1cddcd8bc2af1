"""Writing a file so that it is either the old one or the complete new one, never half of each.

The new content goes to a temporary file in the target's folder, is synced to disk and renamed over
the target. A new file gets the permissions a plain ``open`` would give it (what the umask allows,
as a rule 0644); a replaced file keeps its own (a private 0600 file stays private, a shared 0664 one
stays shared). Callers turn the ``OSError`` these functions raise into their own messages.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

_ATTEMPTS = 100


def temp_beside(path: str | Path) -> Path:
    """Create an empty temporary file next to ``path`` (in its folder, which must exist) and return it.

    Others never get more access to it than to the final file: a new file's temporary gets what the
    umask allows, a replacement's the old file's permissions (plus reading and writing for the owner,
    who is writing it; :func:`put_in_place` sets the exact permissions).
    """
    path = Path(path)
    mode = _mode_of(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temp, flags, 0o666 if mode is None else mode & 0o777 | 0o600))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(f"no free temporary name beside {path}")


def put_in_place(temp: str | Path, path: str | Path) -> None:
    """Sync the finished ``temp`` to disk, give it the permissions of the ``path`` it replaces, and rename
    it to ``path`` (an atomic step: a reader sees the old file or the new one)."""
    temp, path = Path(temp), Path(path)
    fd = os.open(temp, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    mode = _mode_of(path)
    if mode is not None:
        os.chmod(temp, mode)
    os.replace(temp, path)
    _sync_folder(temp.parent)


@contextlib.contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """Yield a temporary file to write ``path``'s new content to; put it in place when the block ends.

    If the block (or the write) fails, the temporary file is removed and ``path`` is left as it was.
    """
    temp = temp_beside(path)
    try:
        yield temp
        put_in_place(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def write_text(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` as :func:`replacing` does."""
    with replacing(path) as temp, open(temp, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)


def _mode_of(path: Path) -> int | None:
    """The permission bits of the existing file ``path``, or None when there is none."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except (FileNotFoundError, NotADirectoryError):
        return None


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
