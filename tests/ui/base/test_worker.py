"""Background tasks: progress by percentage, results so far and the result reach the UI thread."""

from __future__ import annotations

import threading

from reader.ui.base.worker import Task


def test_progress_results_so_far_and_the_result_arrive_on_the_ui_thread(qtbot, qapp):
    from PySide6.QtCore import QThreadPool

    ran_on = []

    def work(progress, cancelled):
        ran_on.append(threading.get_ident())
        for done in range(1001):  # a thousand steps: ten reports per percent
            progress(done, 1000)
            if done in (250, 750):
                task.report(done)
        return "done"

    task = Task(work)
    progress, partial, seen_on = [], [], set()
    task.signals.progress.connect(lambda done, total: (progress.append(done), seen_on.add(threading.get_ident())))
    task.signals.partial.connect(lambda value: (partial.append(value), seen_on.add(threading.get_ident())))
    with qtbot.waitSignal(task.signals.finished, timeout=10000) as finished:
        QThreadPool.globalInstance().start(task)
    assert finished.args == ["done"]
    assert ran_on and ran_on[0] != threading.get_ident() and seen_on == {threading.get_ident()}
    qtbot.waitUntil(lambda: progress and progress[-1] == 1000)
    assert partial == [250, 750]
    percents = [done * 100 // 1000 for done in progress]
    assert percents == sorted(set(percents)) and len(percents) == 101  # once per percent, the end included


def test_a_cancelled_task_reports_nothing_more(qtbot, qapp):
    from PySide6.QtCore import QThreadPool

    started, release = threading.Event(), threading.Event()

    def work(progress, cancelled):
        started.set()
        release.wait(5)
        task.report("late")
        progress(1, 1)
        return "late"

    task = Task(work)
    heard = []
    for signal in (task.signals.partial, task.signals.progress, task.signals.finished):
        signal.connect(lambda *args: heard.append(args))
    QThreadPool.globalInstance().start(task)
    assert started.wait(5)
    task.cancel()
    release.set()
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert heard == []


# -- TaskSlot: one running task of a job; stale results never reach the handlers -------------------------


def _finished_before_delivery(slot, value):
    """Start a task in ``slot`` and let it finish and emit while the UI thread does not run its event loop:
    its result is then queued, on its way to the handlers. Returns the task and what the raw signal heard."""
    heard = []
    task = Task(lambda progress, cancelled: value)
    task.signals.finished.connect(heard.append)  # a plain listener: proves the result was really emitted
    slot.start(task, finished=lambda result: heard.append(("handler", result)))
    assert slot.thread_pool.waitForDone(5000)  # finished and emitted; not delivered yet (no event loop ran)
    assert heard == [] and slot.busy()
    return task, heard


def test_a_replaced_tasks_result_never_reaches_its_handler(qtbot, qapp):
    from reader.ui.base.worker import TaskSlot

    slot = TaskSlot()
    old, heard = _finished_before_delivery(slot, "old")
    results = []
    new = slot.start(lambda progress, cancelled: "new", finished=results.append)
    assert old.is_cancelled() and slot.task is new
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    qtbot.wait(50)
    assert heard == ["old"]  # the old result arrived in the UI thread, and its handler was not called
    assert not slot.busy() and slot.task is None


def test_a_cancelled_tasks_result_never_reaches_its_handler(qtbot, qapp):
    from reader.ui.base.worker import TaskSlot

    slot = TaskSlot()
    task, heard = _finished_before_delivery(slot, "late")
    assert slot.cancel() is True and task.is_cancelled()
    assert not slot.busy() and slot.cancel() is False  # nothing left to cancel
    qtbot.waitUntil(lambda: heard == ["late"], timeout=5000)
    qtbot.wait(50)
    assert heard == ["late"]


def test_a_slot_delivers_progress_reports_and_the_result_on_the_ui_thread_then_is_free(qtbot, qapp):
    from reader.ui.base.worker import TaskSlot

    seen, threads, busy_at_end = [], set(), []
    slot = TaskSlot()

    def work(progress, cancelled):
        progress(1, 2)
        task.report("half")
        progress(2, 2)
        return "all"

    def note(*args):
        seen.append(args)
        threads.add(threading.get_ident())

    def finished(result):
        note("finished", result)
        busy_at_end.append(slot.busy())

    task = Task(work)
    slot.start(task, progress=lambda done, total: note(done, total), partial=lambda value: note("partial", value),
               finished=finished)
    assert slot.busy()
    qtbot.waitUntil(lambda: bool(busy_at_end), timeout=5000)
    assert seen == [(1, 2), ("partial", "half"), (2, 2), ("finished", "all")]
    assert threads == {threading.get_ident()} and busy_at_end == [False]


def test_a_failure_reaches_the_failed_handler_and_a_handler_may_start_the_next_task(qtbot, qapp):
    from reader.core.errors import ReaderError
    from reader.ui.base.worker import TaskSlot

    slot, errors, results = TaskSlot(), [], []

    def broken(progress, cancelled):
        raise ReaderError("cannot read")

    def failed(error):
        errors.append(str(error))
        slot.start(lambda progress, cancelled: "again", finished=results.append)

    slot.start(broken, finished=results.append, failed=failed)
    qtbot.waitUntil(lambda: results == ["again"], timeout=5000)
    assert errors == ["cannot read"] and not slot.busy()
