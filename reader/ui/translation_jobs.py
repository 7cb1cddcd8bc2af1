"""Background machine-translation jobs for the window, one at a time, with progress and cancel.

A job runs on the context's thread pool (a :class:`reader.ui.worker.Task`) and hands each
paragraph's translation to the UI thread as soon as it is ready, through its own signal carrier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from reader.ui.worker import Task


class ResultCarrier(QObject):
    """Carries one job's per-paragraph results from the worker thread to the UI thread."""

    #: (side, paragraph index, Translation)
    result = Signal(str, int, object)


@dataclass
class Job:
    """What to run: ``work(progress, cancelled, emit)``, where ``emit(side, index, translation)`` reports a result.

    ``done(result)`` runs in the UI thread when the work finishes (not when it was cancelled).
    """

    title: str  # shown in the status bar, e.g. "Translating 3 paragraphs…"
    work: Callable
    done: Callable[[Any], None] | None = None  # given what ``work`` returned
    owner: object = None  # the pair the job belongs to: results for another pair are dropped
    size: int = 1  # how many paragraphs it translates
    task: Task | None = field(default=None, repr=False)


class JobRunner(QObject):
    """Runs queued jobs one after another and reports results, progress and failures."""

    #: (side, paragraph index, Translation) of the running job
    result = Signal(str, int, object)
    #: (title, done, total) while a job runs; ("", 0, 0) when idle
    progress = Signal(str, int, int)
    #: a job failed with this error
    failed = Signal(object)

    def __init__(self, thread_pool, parent: QObject | None = None):
        super().__init__(parent)
        self.thread_pool = thread_pool
        self.queue: list[Job] = []
        self.current: Job | None = None
        self._carrier: ResultCarrier | None = None

    @property
    def busy(self) -> bool:
        return self.current is not None

    def submit(self, job: Job) -> None:
        """Run ``job`` after the ones already queued."""
        self.queue.append(job)
        if self.current is None:
            self._start_next()

    def cancel_all(self) -> None:
        """Drop the queue and stop the running job (its further results are dropped)."""
        self.queue.clear()
        if self.current is not None and self.current.task is not None:
            self.current.task.cancel()
        self.current = None
        self._carrier = None
        self.progress.emit("", 0, 0)

    def _start_next(self) -> None:
        if not self.queue:
            self.progress.emit("", 0, 0)
            return
        job = self.current = self.queue.pop(0)
        carrier = self._carrier = ResultCarrier()
        carrier.result.connect(self._on_result)
        task = job.task = Task(lambda progress, cancelled: job.work(progress, cancelled, carrier.result.emit))
        task.signals.progress.connect(self._on_progress)
        task.signals.finished.connect(self._on_finished)
        task.signals.failed.connect(self._on_failed)
        self.progress.emit(job.title, 0, 1)
        self.thread_pool.start(task)

    def _is_current(self, signals) -> bool:
        job = self.current
        return job is not None and job.task is not None and signals is job.task.signals

    @Slot(str, int, object)
    def _on_result(self, side: str, index: int, translation) -> None:
        if self.current is not None and self.sender() is self._carrier:
            self.result.emit(side, index, translation)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        job = self.current
        if job is not None and self._is_current(self.sender()):
            self.progress.emit(job.title, done, total)

    @Slot(object)
    def _on_finished(self, result) -> None:
        if not self._is_current(self.sender()):
            return
        job, self.current, self._carrier = self.current, None, None
        if job is not None and job.done is not None:
            job.done(result)
        self._start_next()

    @Slot(object)
    def _on_failed(self, error) -> None:
        if not self._is_current(self.sender()):
            return
        self.current, self._carrier = None, None
        self.queue.clear()
        self.progress.emit("", 0, 0)
        self.failed.emit(error)
