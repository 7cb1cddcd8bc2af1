"""The program's log: a file in the user data folder that a bug report can attach.

The window calls :func:`start_logging` once at start; the command line and the tests do not (they
keep stderr only). Records of the ``reader`` loggers at INFO and above go to ``parallel-reader.log``
in :func:`reader.core.userdirs.user_data_dir` (``PARALLEL_READER_LOG`` names another file), rotated at
1 MB with two old files kept, so the log never grows without bound. A log that cannot be written
(read-only home, full disk) never stops the program: logging then goes to stderr only.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
from pathlib import Path

from reader.core.userdirs import user_data_dir

LOG_NAME = "parallel-reader.log"
MAX_BYTES = 1_000_000
BACKUPS = 2
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

#: the program's root logger; modules log through ``logging.getLogger(__name__)`` below it
logger = logging.getLogger("reader")


def log_path() -> Path:
    """Where the log file is (``PARALLEL_READER_LOG`` if set, else the user data folder)."""
    override = os.environ.get("PARALLEL_READER_LOG")
    return Path(override) if override else user_data_dir() / LOG_NAME


class _LogFile(logging.handlers.RotatingFileHandler):
    """The handler of the program's log file (its class tells it from any other handler)."""


def _log_files() -> list[_LogFile]:
    return [h for h in logger.handlers if isinstance(h, _LogFile)]


def _file_handler(path: Path, max_bytes: int) -> _LogFile | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(path, maxBytes=max_bytes, backupCount=BACKUPS, encoding="utf-8", delay=False)
    except OSError as error:
        print(f"warning: the log file {path} cannot be written ({error.strerror or error}); "
              f"logging to the terminal only", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def start_logging(version: str, path: Path | None = None, max_bytes: int = MAX_BYTES) -> Path | None:
    """Send the program's log records to the log file (once; again only after :func:`stop_logging`).

    Returns the file's path, or None if it cannot be written. The first record names the version,
    Python, the platform and the Qt platform plugin asked for, which a bug report needs first.
    """
    if _log_files():
        return Path(_log_files()[0].baseFilename)
    path = path or log_path()
    handler = _file_handler(path, max_bytes)
    if handler is None:
        return None
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("Parallel Reader %s started: Python %s on %s, QT_QPA_PLATFORM=%s", version,
                platform.python_version(), platform.platform(), os.environ.get("QT_QPA_PLATFORM", "(default)"))
    return path


def stop_logging() -> None:
    """Close the log file (at exit; the tests call it to start again with another file)."""
    for handler in _log_files():
        logger.info("Parallel Reader stopped")
        logger.removeHandler(handler)
        handler.close()


def log_exception(kind, value, tb) -> None:
    """Write an uncaught exception with its traceback to the log (the window's excepthook calls it)."""
    logger.error("uncaught %s: %s", kind.__name__, value, exc_info=(kind, value, tb))
