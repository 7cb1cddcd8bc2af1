"""Background work: a QRunnable that reports through its own small signal carrier (git-cola style).

The work function gets ``progress(done, total)`` and ``cancelled()`` callables and runs on a
QThreadPool thread; results reach the UI thread through queued signals. Whoever starts a task
keeps a token and drops results of tasks that are no longer current.
"""

from __future__ import annotations

import threading
import traceback
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from reader.core.errors import ReaderError

WorkFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class TaskSignals(QObject):
    """Signals of one task, emitted from the worker thread, received in the UI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    #: a ReaderError (shown to the person) or another exception (a bug: message with traceback)
    failed = Signal(object)


class Task(QRunnable):
    """Run ``work(progress, cancelled)`` on a pool thread; emit its result unless cancelled."""

    def __init__(self, work: WorkFunction):
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop; its result (if any) is not emitted."""
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        signals = self.signals
        try:
            result = self.work(self._emit_progress, self._cancelled.is_set)
        except ReaderError as error:
            if not self._cancelled.is_set():
                signals.failed.emit(error)
            return
        except Exception as error:  # noqa: BLE001 - a bug in the work: report it instead of killing the thread
            if not self._cancelled.is_set():
                vars(error)["details"] = traceback.format_exc()  # shown by dialogs.error_box
                signals.failed.emit(error)
            return
        if not self._cancelled.is_set():
            signals.finished.emit(result)

    def _emit_progress(self, done: int, total: int) -> None:
        if not self._cancelled.is_set():
            try:
                self.signals.progress.emit(done, total)
            except RuntimeError:  # the receiver side is gone (the window closed): stop quietly
                self._cancelled.set()
