"""Background machine-translation jobs for the window, one at a time, with progress and cancel.

A job runs on the context's thread pool (a :class:`reader.ui.base.worker.Task`) and hands each
paragraph's translation to the UI thread as soon as it is ready, through its own signal carrier.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader.ui.base.worker import Task, TaskSlot


class ResultCarrier(QObject):
    """Carries one job's per-paragraph results from the worker thread to the UI thread."""

    #: (side, paragraph index, MachineTranslation)
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


class JobRunner(QObject):
    """Runs queued jobs one after another and reports results, progress and failures."""

    #: (side, paragraph index, MachineTranslation) of the running job
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
        self._task = TaskSlot(thread_pool, self)

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
        self._task.cancel()
        self.current = None
        self.progress.emit("", 0, 0)

    def _start_next(self) -> None:
        if not self.queue:
            self.progress.emit("", 0, 0)
            return
        job = self.current = self.queue.pop(0)
        carrier = ResultCarrier()  # kept alive by the task's work, which emits through it
        task = Task(lambda progress, cancelled: job.work(progress, cancelled, carrier.result.emit))
        carrier.result.connect(lambda side, index, translation: self._on_result(task, side, index, translation))
        self._task.start(task, progress=lambda done, total: self.progress.emit(job.title, done, total),
                         finished=lambda result: self._on_finished(job, result), failed=self._on_failed)
        self.progress.emit(job.title, 0, 1)

    def _on_result(self, task: Task, side: str, index: int, translation) -> None:
        if self._task.is_current(task):  # results of a cancelled job are dropped, even those on their way
            self.result.emit(side, index, translation)

    def _on_finished(self, job: Job, result) -> None:
        self.current = None
        if job.done is not None:
            job.done(result)
        self._start_next()

    def _on_failed(self, error) -> None:
        self.current = None
        self.queue.clear()
        self.progress.emit("", 0, 0)
        self.failed.emit(error)
