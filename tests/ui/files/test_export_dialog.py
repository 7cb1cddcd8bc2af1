"""The export dialog speaks the interface language and shows the whole path; an export of a book runs off
the UI thread with a percentage, and Cancel in the progress dialog stops it with nothing written."""

from __future__ import annotations

import os
import re
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRunnable, QThreadPool, QTimer, Qt
from PySide6.QtWidgets import QPushButton

from reader.core.export.common import ExportOptions
from reader.core.export.formats import FORMATS
from reader.ui.files.export_dialog import FORMAT_DESCRIPTIONS, ExportDialog
from reader.ui.base.i18n import install_translations
from small_book import write_txt

from ..helpers import controller_shell, wait_aligned


def test_every_format_description_is_marked_for_translation():
    assert sorted(FORMAT_DESCRIPTIONS) == sorted(description for _f, _s, description in FORMATS.values())


def test_formats_in_the_russian_interface(qtbot, qapp):
    translators = install_translations(qapp, "ru")
    try:
        dialog = ExportDialog(None, "/home/reader/Documents/a long folder name/story.pdf")
        qtbot.addWidget(dialog)
        labels = [dialog.format_box.itemText(i) for i in range(dialog.format_box.count())]
        leftovers = [label for label in labels
                     if set(re.findall(r"[A-Za-z]{2,}", label)) - {"PDF", "TMX", "TSV", "HTML"}]
        assert leftovers == []
        assert dialog.width() >= 600
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


class _Gate(QRunnable):
    """Holds the pool's only thread until released, so a test can connect to a task before it runs."""

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def run(self) -> None:
        self.release.wait(30)


@pytest.fixture
def book_window(qtbot, settings, tmp_path):
    """The export controller (``.exports``) over a small shell, not the whole window, with the small test book
    open and aligned, its work on a pool of one thread."""
    from reader.ui.annotations.controller import AnnotationController
    from reader.ui.base.context import Context
    from reader.ui.files.export_dialog import ExportController
    from reader.ui.files.loader import load_pair_files
    from reader.ui.files.project_io import ProjectController

    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    context = Context(settings, thread_pool=pool)
    window = controller_shell(qtbot, context)
    window.resize(1100, 760)
    annotations = AnnotationController(window)
    window.exports = ExportController(window, annotations, ProjectController(window, annotations))
    context.set_pair(load_pair_files(*write_txt(tmp_path, paragraphs=40)))
    wait_aligned(qtbot, context)
    yield window
    context.cancel_alignment()
    pool.waitForDone(30000)


def _start_held(window, path):
    """Start an export whose task cannot run before the test has connected to it; return (task, gate)."""
    gate = _Gate()
    window.context.thread_pool.start(gate)
    task = window.exports.start("pdf", str(path), ExportOptions())
    return task, gate


def test_export_runs_off_the_ui_thread_with_a_percentage(qtbot, book_window, tmp_path):
    window = book_window
    target = tmp_path / "book.pdf"
    task, gate = _start_held(window, target)
    threads, shown = [], []
    task.signals.progress.connect(lambda done, total: threads.append(threading.current_thread()),
                                  Qt.ConnectionType.DirectConnection)
    task.signals.progress.connect(lambda done, total: window.exports.progress
                                  and shown.append(window.exports.progress.value()))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(task is not None))
    timer.start(5)
    with qtbot.waitSignal(window.exports.exported, timeout=60000) as done:
        gate.release.set()
    timer.stop()
    assert done.args == [str(target)]
    assert threads and threading.main_thread() not in threads
    assert ticks  # the window's event loop kept running during the export
    # the dialog's percentage went up to the end (where it resets itself to -1)
    assert shown[:-1] == sorted(shown[:-1]) and shown[-2] >= 90 and shown[-1] in (100, -1) and len(set(shown)) >= 5
    assert window.exports.progress is None  # the progress dialog is gone
    reader = PdfReader(target)
    assert [entry.title for entry in reader.outline if not isinstance(entry, list)][-2:] == [
        "ЧАСТЬ ПЕРВАЯ — PART ONE", "ЧАСТЬ ВТОРАЯ — PART TWO"]


def test_cancel_in_the_progress_dialog_stops_the_export(qtbot, book_window, tmp_path):
    window = book_window
    target = tmp_path / "out" / "book.pdf"
    task, gate = _start_held(window, target)
    paused, resume = threading.Event(), threading.Event()

    def hold(done: int, total: int) -> None:  # runs in the export's thread: stop there at a third
        if done >= total / 3 and not paused.is_set():
            paused.set()
            resume.wait(30)

    task.signals.progress.connect(hold, Qt.ConnectionType.DirectConnection)
    finished = []
    window.exports.exported.connect(finished.append)
    gate.release.set()
    qtbot.waitUntil(lambda: paused.is_set() and window.exports.progress is not None
                    and window.exports.progress.isVisible() and window.exports.progress.value() >= 30, timeout=30000)
    dialog = window.exports.progress
    picture = os.environ.get("EXPORT_PROGRESS_PNG")  # to look at it: EXPORT_PROGRESS_PNG=progress.png pytest ...
    if picture:
        window.grab().save(picture.replace(".png", "-window.png"))
        dialog.grab().save(picture)
    (cancel,) = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    resume.set()
    assert window.context.thread_pool.waitForDone(30000)
    qtbot.wait(50)  # queued signals, if any, arrive
    assert task.is_cancelled() and finished == [] and window.exports.progress is None
    assert not target.parent.exists() or list(target.parent.iterdir()) == []  # nothing written, no temporary file
    assert window.statusBar().currentMessage() == "Export cancelled."


def test_an_export_cancelled_while_its_result_is_on_the_way_reports_nothing(qtbot, book_window, tmp_path):
    """The export's result was already sent to the UI thread when Cancel came: it no longer reports success."""
    window = book_window
    task = window.exports.start("tsv", str(tmp_path / "book.tsv"), ExportOptions())
    heard, finished = [], []
    task.signals.finished.connect(heard.append)
    window.exports.exported.connect(finished.append)
    assert window.context.thread_pool.waitForDone(30000)  # done and emitted; the event loop has not run yet
    window.exports.cancel()
    qtbot.waitUntil(lambda: heard != [], timeout=5000)  # the result did arrive in the UI thread...
    qtbot.wait(50)
    assert finished == [] and window.exports.progress is None  # ...and was dropped
    assert window.statusBar().currentMessage() == "Export cancelled."
