"""Background work: a QRunnable that reports through its own small signal carrier (git-cola style).

The work function gets ``progress(done, total)`` and ``cancelled()`` callables and runs on a
QThreadPool thread; results reach the UI thread through queued signals. A :class:`TaskSlot` owns
the one task of a job (an alignment, a search, an export…): starting another cancels and forgets
the previous one, and results of a replaced or cancelled task never reach their handlers.
"""

from __future__ import annotations

import threading
import traceback
from typing import Any
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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


class TaskSlot(QObject):
    """At most one running task of one job: ``start`` cancels and forgets the previous task, ``cancel`` stops it.

    The handlers given to ``start`` run in the UI thread, and only while their task is the slot's current
    one: a result, report or progress of a task that was cancelled or replaced is dropped even when it was
    already on its way (queued) when that happened. The slot is free again (``busy()`` false) before the
    ``finished`` or ``failed`` handler runs, so a handler may start the next task.
    """

    def __init__(self, thread_pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.thread_pool = thread_pool or QThreadPool.globalInstance()
        self._task: Task | None = None

    @property
    def task(self) -> Task | None:
        """The running task (None when idle)."""
        return self._task

    def busy(self) -> bool:
        """Whether a task is running (started, neither finished, failed nor cancelled)."""
        return self._task is not None

    def is_current(self, task: Task | None) -> bool:
        """Whether ``task`` is the running one (for results carried by other signals than the task's own)."""
        return task is not None and task is self._task

    def start(self, work: Task | WorkFunction, *, finished: Callable[[Any], None] | None = None,
              failed: Callable[[Exception], None] | None = None,
              progress: Callable[[int, int], None] | None = None,
              partial: Callable[[Any], None] | None = None) -> Task:
        """Cancel the running task, if any, and run ``work`` (a work function, or a Task whose work calls its
        ``report``) on the pool; returns the task."""
        self.cancel()
        task = work if isinstance(work, Task) else Task(work)
        signals = task.signals
        if progress is not None:
            signals.progress.connect(lambda done, total: self._deliver(task, progress, done, total))
        if partial is not None:
            signals.partial.connect(lambda value: self._deliver(task, partial, value))
        signals.finished.connect(lambda result: self._end(task, finished, result))
        signals.failed.connect(lambda error: self._end(task, failed, error))
        self._task = task
        self.thread_pool.start(task)
        return task

    def cancel(self) -> bool:
        """Stop the running task and forget it (nothing more of it is delivered); whether one was running."""
        task, self._task = self._task, None
        if task is None:
            return False
        task.cancel()
        return True

    def _deliver(self, task: Task, handler: Callable[..., None], *args: Any) -> None:
        if task is self._task:
            handler(*args)

    def _end(self, task: Task, handler: Callable[[Any], None] | None, value: Any) -> None:
        if task is not self._task:
            return  # a stale result of a cancelled or replaced task
        self._task = None
        if handler is not None:
            handler(value)


def _emit_quietly(signal, value: Any) -> None:
    """Emit ``signal`` unless its QObject is gone (the window closed while the work ran)."""
    try:
        signal.emit(value)
    except RuntimeError:
        pass
