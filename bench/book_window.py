"""The ``--book`` case of bench/window_bench.py: the novel in the window (see that script's docstring).

Each phase runs in a fresh process (so peak memory is the phase's own) and prints one JSON line;
the parent prints the table.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BOOK = Path(__file__).resolve().parent / "data" / "book-dev"
RU, EN = BOOK / "anna-karenina.parts1-4.ru.txt", BOOK / "anna-karenina.parts1-4.en.txt"


def run_book(args) -> int:
    """Run the phases in child processes and print their figures."""
    if args.phase:
        return _phase(args)
    with tempfile.TemporaryDirectory() as work:
        project = os.path.join(work, "book.preader")
        base = [sys.executable, os.path.abspath(sys.argv[0]), "--book", "--at", str(args.at),
                "--query", args.query, "--project", project]
        opened = _child(base + ["--phase", "open"])
        reopened = _child(base + ["--phase", "reopen"])
    load = os.getloadavg()
    print(f"book-dev: {opened['paragraphs']} paragraphs, {opened['links']} links; Russian column at paragraph "
          f"{args.at}; load {load[0]:.1f} {load[1]:.1f}")
    rows = [
        ("first paint with text", opened["first_paint"]),
        ("links of the paragraphs on screen", opened["screen_links"]),
        ("all links", opened["all_links"]),
        ("longest UI stall while opening", opened["stall"]),
        ("Find: UI blocked", opened["find_blocked"]),
        ("Find: first result shown", opened["find_first"]),
        ("Find: all results", opened["find_all"]),
        ("reopen project: first paint with text", reopened["first_paint"]),
        ("reopen project: links shown", reopened["all_links"]),
        ("reopen project: longest UI stall", reopened["stall"]),
    ]
    for name, seconds in rows:
        print(f"{name + ':':42s} {seconds:7.2f} s")
    print(f"{'Find matches:':42s} {opened['find_matches']:7d}")
    print(f"{'peak memory (open, aligned, Find):':42s} {opened['peak_mb']:7.0f} MB   "
          f"(user CPU {opened['user_cpu']:.1f} s, wall {opened['wall']:.1f} s)")
    print(f"{'peak memory (reopen):':42s} {reopened['peak_mb']:7.0f} MB   "
          f"(user CPU {reopened['user_cpu']:.1f} s, wall {reopened['wall']:.1f} s)")
    return 0


def _child(command: list[str]) -> dict:
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        sys.stderr.write(out.stderr)
        raise SystemExit("a phase printed no figures")
    return json.loads(lines[-1])


class Watch:
    """Records (time, what) while the event loop runs: paints with text, alignment changes, UI stalls."""

    def __init__(self, window, start: float):
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.window, self.start = window, start
        self.first_paint: float | None = None
        self.snapshots: list[tuple[float, set[int], set[int]]] = []  # (time, ru on screen, ru linked there)
        self.complete: float | None = None  # when the whole alignment was shown
        self.stall = 0.0
        self._last_tick = time.perf_counter()
        view = window.pair_view.view("ru")
        watch = self

        class Painted(QObject):
            def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
                if (event.type() == QEvent.Type.Paint and watch.first_paint is None
                        and view.document_model is not None and view.document().characterCount() > 1):
                    watch.first_paint = time.perf_counter() - start
                return False

        self._filter = Painted()
        view.viewport().installEventFilter(self._filter)
        window.context.alignment_changed.connect(self._snapshot)
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.stall = max(self.stall, now - self._last_tick)
        self._last_tick = now

    def _snapshot(self) -> None:
        context = self.window.context
        if context.alignment is not None and not context.aligning and self.complete is None:
            self.complete = time.perf_counter() - self.start
        view = self.window.pair_view.view("ru")
        shown = view.visible_range() if view.document_model is not None else None
        if shown is None or context.alignment is None:
            return
        on_screen = set(range(shown[0], shown[1] + 1))
        linked = {i for i in on_screen if i in context.links.by_side["ru"]}
        self.snapshots.append((time.perf_counter() - self.start, on_screen, linked))

    def screen_links(self) -> float:
        """When every paragraph on screen that the final alignment links was linked."""
        final = set(self.window.context.links.by_side["ru"])
        for at, on_screen, linked in self.snapshots:
            wanted = on_screen & final
            if wanted and wanted <= linked:
                return at
        return float("nan")


def _wait(condition, timeout_s: float = 600) -> None:
    """Run the event loop until ``condition()`` holds (checked every 20 ms: the times come from signals)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, timer = QEventLoop(), QTimer()
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start(20)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    timer.stop()


def _phase(args) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from reader.ui.base.context import Context
    from reader.ui.mainwindow import MainWindow
    from reader.ui.base.settings import Settings

    settings_dir = tempfile.TemporaryDirectory()
    context = Context(Settings(QSettings(os.path.join(settings_dir.name, "s.ini"), QSettings.Format.IniFormat)))
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    _wait(lambda: window.isVisible(), 2)
    ru_view = window.pair_view.view("ru")
    if args.at:
        def remembered() -> None:
            if context.pair is not None and args.at < len(context.pair.ru):
                ru_view.scroll_to_paragraphs([args.at], force=True)
        context.pair_opened.connect(remembered)
    t_wall, cpu = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_utime
    start = time.perf_counter()
    watch = Watch(window, start)
    if args.phase == "open":
        window.open_pair_in_background(str(RU), str(EN))
    else:
        window.projects.open_path(args.project)
    _wait(lambda: context.alignment is not None and not context.aligning and watch.first_paint is not None)
    all_links = watch.complete if watch.complete is not None else time.perf_counter() - start
    stall = watch.stall
    result = {"first_paint": watch.first_paint, "all_links": all_links, "stall": stall,
              "screen_links": watch.screen_links(), "links": len(context.alignment.links),
              "paragraphs": f"{len(context.pair.ru)} × {len(context.pair.en)}"}
    if args.phase == "open":
        result.update(_find(window, args.query))
        window.projects._save(Path(args.project))  # the bench saves without the dialog
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["user_cpu"] = resource.getrusage(resource.RUSAGE_SELF).ru_utime - cpu
    result["wall"] = time.perf_counter() - t_wall
    print(json.dumps(result))
    context.cancel_alignment()
    context.thread_pool.waitForDone(10000)
    window.close()
    app.processEvents()
    settings_dir.cleanup()
    return 0


def _find(window, query: str) -> dict:
    """Type ``query`` into the find bar: how long the UI thread is blocked, when results are shown.

    Waits first until the thread pool is idle (after an alignment the window prepares the aligner's
    context for link editing in the background), so the figure is Find's own."""
    _wait(lambda: window.context.thread_pool.activeThreadCount() == 0, 60)
    bar = window.find_bar
    bar.open_bar()
    searching = getattr(bar, "is_searching", lambda: False)
    times: dict[str, float] = {}
    if hasattr(bar, "results_added"):
        bar.results_added.connect(lambda _start: times.setdefault("first", time.perf_counter()))
        bar.search_finished.connect(lambda: times.setdefault("all", time.perf_counter()))
    t0 = time.perf_counter()
    bar.edit.setText(query)
    blocked = time.perf_counter() - t0
    if bar.matches:  # found before setText returned: the UI thread did it all
        times = {"first": t0 + blocked, "all": t0 + blocked}
    _wait(lambda: not searching() and "all" in times if times or searching() else True, 120)
    return {"find_blocked": blocked, "find_first": times.get("first", t0) - t0, "find_all": times.get("all", t0) - t0,
            "find_matches": len(bar.matches)}
