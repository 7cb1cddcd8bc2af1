"""Background tasks: progress by percentage, results so far and the result reach the UI thread."""

from __future__ import annotations

import threading

from reader.ui.worker import Task


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
