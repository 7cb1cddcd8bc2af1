"""The window case of ``bench/words_bench.py --window``: hover → highlight on the novel, offscreen."""

from __future__ import annotations

import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"{name}: n={len(times)} median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {max(times):.2f} ms"


def window_case(book: Path, links: int, words: int, seed: int, profile: bool) -> int:
    from PySide6.QtCore import QEvent, QEventLoop, QPointF, QSettings, Qt, QTimer
    from PySide6.QtGui import QMouseEvent, QTextCursor
    from PySide6.QtWidgets import QApplication

    from reader.ui.base.context import Context
    from reader.ui.mainwindow import MainWindow
    from reader.ui.base.settings import Settings
    from reader.ui.words.answers import LAYER

    app = QApplication([sys.argv[0]])
    folder = tempfile.mkdtemp(prefix="words-bench-")
    settings = Settings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Context(settings))
    window.resize(1400, 900)
    window.show()
    start = time.perf_counter()
    window.open_pair(book / "anna-karenina.parts1-4.ru.txt", book / "anna-karenina.parts1-4.en.txt")
    loop, timer = QEventLoop(), QTimer()
    context = window.context
    timer.timeout.connect(lambda: loop.quit() if context.alignment is not None and not context.aligning else None)
    timer.start(5)
    loop.exec()
    timer.stop()
    app.processEvents()
    print(f"window: novel read and aligned in {time.perf_counter() - start:.1f} s, {len(context.alignment.links)} links")
    rng = random.Random(seed)
    chosen = rng.sample(context.alignment.sorted_links(), min(links, len(context.alignment.links)))
    views = window.pair_view.views
    rss_before, peak_before, cpu_before = _rss_mb(), _peak_mb(), _cpu()

    def hover(view, pos) -> None:
        viewport = view.viewport()
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                            Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)

    cold, warm, marked, pointed = [], [], 0, 0
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    for link in chosen:
        side = rng.choice(("ru", "en"))
        paragraph = rng.choice(link.side(side))
        view = views[side]
        view.scroll_to_paragraphs([paragraph], force=True)
        for view_ in views.values():
            view_.viewport().repaint()
        linker = window.words.linker()
        pw = linker.words(side, paragraph)
        if not len(pw):
            continue
        block = view.block(paragraph)
        first = True
        for k in sorted(rng.sample(range(len(pw)), min(words, len(pw)))):
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + pw.starts[k])
            rect = view.cursorRect(cursor)
            if not 0 <= rect.center().y() < view.viewport().height():
                continue
            pos = rect.center()
            pos.setX(rect.left() + 3)
            t0 = time.perf_counter()
            hover(view, pos)
            for view_ in views.values():
                view_.viewport().repaint()
            elapsed = (time.perf_counter() - t0) * 1000
            (cold if first else warm).append(elapsed)
            first = False
            pointed += bool(view.highlights(LAYER))
            marked += bool(window.pair_view.view("en" if side == "ru" else "ru").highlights(LAYER))
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    cpu = _cpu() - cpu_before
    every = cold + warm
    print(_summary("hover -> highlight, all", every))
    print(_summary("  first word of its link (matches computed)", cold))
    print(_summary("  link cached", warm))
    print(f"  {pointed} of {len(every)} hovered words marked, {marked} with counterpart words; CPU {cpu:.1f} s for "
          f"{sum(every) / 1000:.1f} s of hovering")
    print(f"memory: resident {rss_before:.0f} -> {_rss_mb():.0f} MB, peak {peak_before:.0f} -> {_peak_mb():.0f} MB")
    window.close()
    return 0
