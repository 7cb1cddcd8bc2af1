"""Reading a file from disk: regular files only (also behind a symlink), within a size limit, whole.

A device (``/dev/zero``), a named pipe, a socket or a folder is refused before a byte is read (a pipe
is opened without waiting for a writer), and a file whose size changes while it is read is reported
instead of being read half-written.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator

from reader.core.errors import FileChangedError, InputError, NotRegularFileError

_CHUNK = 1 << 20
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
          (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _refuse(path: str, mode: int) -> NotRegularFileError:
    kind = _kind(mode)
    return NotRegularFileError(f"this is {kind}, not a file" if kind != "not a regular file" else
                               "this is not a regular file", path=path)


@contextlib.contextmanager
def open_regular(path: str | os.PathLike) -> Iterator[tuple[int, os.stat_result]]:
    """Open a regular file for reading; yield its descriptor and status. InputError for anything else.

    The check is made on the opened file itself, so a path swapped for a device after it was looked at
    is refused too.
    """
    name = str(path)
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            raise _refuse(name, status.st_mode)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError("no such file", path=name) from None
    except (ValueError, TypeError):
        raise InputError("the file name holds a character no file name can (a NUL byte)", path=name) from None
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror or error})", path=name) from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise _refuse(name, status.st_mode)
        yield fd, status
    finally:
        os.close(fd)


def _chunks(path: str | os.PathLike, fd: int, size: int) -> Iterator[bytes]:
    """The file's bytes in chunks; FileChangedError at the end if there were not exactly ``size`` of them."""
    total = 0
    try:
        while total <= size and (chunk := os.read(fd, min(_CHUNK, size + 1 - total))):
            total += len(chunk)
            yield chunk
        after = os.fstat(fd).st_size
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror or error})", path=str(path)) from None
    if total != size or after != size:
        raise FileChangedError(f"the file changed while it was read (it was {size:,} bytes, then "
                               f"{max(total, after):,}): another program may be writing it", path=str(path))


def read_regular(path: str | os.PathLike, limit: int, too_large: Callable[[int], Exception]) -> bytes:
    """The bytes of the regular file ``path``; ``too_large(size)`` is raised for a file over ``limit`` bytes.

    FileChangedError if the file grows or shrinks while it is read.
    """
    with open_regular(path) as (fd, status):
        if status.st_size > limit:
            raise too_large(status.st_size)
        return b"".join(_chunks(path, fd, status.st_size))


def hash_regular(path: str | os.PathLike, digest) -> None:
    """Feed the bytes of the regular file ``path`` to ``digest`` (a hashlib object), chunk by chunk."""
    with open_regular(path) as (fd, status):
        for chunk in _chunks(path, fd, status.st_size):
            digest.update(chunk)
