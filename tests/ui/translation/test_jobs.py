"""The window's machine-translation jobs run one after another; a cancelled job's results never arrive."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from reader.ui.translation.jobs import Job, JobRunner


def _job(title, results, done=None, gate=None):
    def work(progress, cancelled, emit):
        if gate is not None:
            assert gate.wait(5)
        for index, text in enumerate(results):
            emit("ru", index, text)
            progress(index + 1, len(results))
        return title

    return Job(title, work, done)


def test_jobs_run_in_turn_and_report_results_progress_and_done(qtbot, qapp):
    runner, results, progress, done = JobRunner(QThreadPool.globalInstance()), [], [], []
    runner.result.connect(lambda side, index, text: results.append((side, index, text)))
    runner.progress.connect(lambda title, at, total: progress.append((title, at, total)))
    runner.submit(_job("first", ["a", "b"], done.append))
    runner.submit(_job("second", ["c"], done.append))
    assert runner.busy
    qtbot.waitUntil(lambda: done == ["first", "second"], timeout=5000)
    assert results == [("ru", 0, "a"), ("ru", 1, "b"), ("ru", 0, "c")]
    assert progress[0] == ("first", 0, 1) and ("first", 2, 2) in progress and progress[-1] == ("", 0, 0)
    assert progress.index(("first", 2, 2)) < progress.index(("second", 0, 1))
    assert not runner.busy


def test_a_cancelled_jobs_results_never_arrive_even_those_on_their_way(qtbot, qapp):
    pool = QThreadPool()
    runner, results, done = JobRunner(pool), [], []
    runner.result.connect(lambda side, index, text: results.append(text))
    gate = threading.Event()
    runner.submit(_job("cancelled", ["x", "y"], done.append, gate))
    runner.submit(_job("queued", ["z"], done.append))
    gate.set()
    assert pool.waitForDone(5000)  # the first job emitted its results and its end; none delivered yet
    runner.cancel_all()
    qtbot.wait(100)
    assert results == [] and done == [] and not runner.busy  # the queued job was dropped too
