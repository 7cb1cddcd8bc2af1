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
    #: a result so far (e.g. the links found before the whole alignment is done), see Task.report
    partial = Signal(object)
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
        self._reported = -1  # the percentage of the last progress report

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
                _emit_quietly(signals.failed, error)
            return
        except Exception as error:  # noqa: BLE001 - a bug in the work: reported instead of killing the thread
            if not self._cancelled.is_set():
                error.details = traceback.format_exc()  # type: ignore[attr-defined]  # read by the error box
                _emit_quietly(signals.failed, error)
            return
        if not self._cancelled.is_set():
            _emit_quietly(signals.finished, result)

    def report(self, value: Any) -> None:
        """Hand a result so far to the UI thread (``signals.partial``); called by the work on its thread."""
        if not self._cancelled.is_set():
            try:
                self.signals.partial.emit(value)
            except RuntimeError:  # the receiver side is gone (the window closed): stop quietly
                self._cancelled.set()

    def _emit_progress(self, done: int, total: int) -> None:
        """Report progress when the percentage moved on (the end always): each report makes the UI thread
        repaint, and it shares the interpreter with the work."""
        percent = done * 100 // total if total > 0 else 0
        if done < total and percent == self._reported:
            return
        self._reported = percent
        if not self._cancelled.is_set():
            try:
                self.signals.progress.emit(done, total)
            except RuntimeError:  # the receiver side is gone (the window closed): stop quietly
                self._cancelled.set()


def _emit_quietly(signal, value: Any) -> None:
    """Emit ``signal`` unless its QObject is gone (the window closed while the work ran)."""
    try:
        signal.emit(value)
    except RuntimeError:
        pass
