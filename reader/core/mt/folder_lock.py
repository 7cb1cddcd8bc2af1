"""One lock for changes to the package folder: across this program's threads and processes.

argostranslate guards its package folder with an in-process lock (``argostranslate.package.package_lock``);
when that module is loaded in this process, it is held too, so both never change the folder at once.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

if sys.platform != "win32":  # POSIX: a file lock across processes; on Windows the in-process lock alone
    import fcntl

_THREADS = threading.Lock()


@contextlib.contextmanager
def package_folder_lock(packages_dir: Path) -> Iterator[None]:
    """Hold the package folder's lock: this process's threads, other processes of this program, argostranslate."""
    with _THREADS, contextlib.ExitStack() as stack:
        argos = sys.modules.get("argostranslate.package")
        argos_lock = getattr(argos, "package_lock", None)
        if argos_lock is not None:
            stack.enter_context(argos_lock)
        if sys.platform != "win32":
            packages_dir.parent.mkdir(parents=True, exist_ok=True)
            handle = os.open(packages_dir.parent / f".{packages_dir.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
            stack.callback(os.close, handle)
            fcntl.flock(handle, fcntl.LOCK_EX)
            stack.callback(fcntl.flock, handle, fcntl.LOCK_UN)
        yield
