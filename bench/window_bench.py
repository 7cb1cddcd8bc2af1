"""Benchmark: the reader window on a 2,000 × 2,000 paragraph pair, offscreen.

Reports time to first paint (alignment still running), time until the links are shown,
click-to-counterpart latency (mouse click → both columns repainted), scroll-sync latency
(scroll one column → the other moved and repainted) and peak memory.

The pair is built from bench/data/align-dev.jsonl (real Russian/English pairs, repeated) when it
exists, else from generated sentences.

    python bench/window_bench.py [--paragraphs 2000] [--clicks 60]
    python bench/window_bench.py --book [--at 3000]

``--book`` opens bench/data/book-dev (the novel's four parts) as the window opens files: read on the
pool thread, shown, aligned. Each phase runs in a fresh process: *open* (time to the first paint with
text, to links for the paragraphs on screen, to all links; Find latency: how long typing the query
blocks the UI thread and when the first and all results are shown; peak memory), then *reopen* (the
project saved by the first phase opened again: time to text, to links, peak memory). ``--at`` moves
the Russian column to that paragraph as soon as the pair is shown (a remembered reading position).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.segment import make_document

DATA = Path(__file__).resolve().parent / "data" / "align-dev.jsonl"
RU_WORDS = "конвенция президент договор государство сотрудничество безопасность преступление развитие".split()
EN_WORDS = "convention president treaty state cooperation security crime development".split()


def texts(size: int) -> tuple[list[str], list[str]]:
    """``size`` Russian and ``size`` English paragraph texts."""
    ru, en = [], []
    if DATA.exists():
        rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
        while len(ru) < size or len(en) < size:
            for row in rows:
                ru += row["ru"]
                en += row["en"]
        return ru[:size], en[:size]
    rng = random.Random(7)
    for _ in range(size):
        n = rng.randint(20, 90)
        ru.append(" ".join(rng.choice(RU_WORDS) for _ in range(n)).capitalize() + ".")
        en.append(" ".join(rng.choice(EN_WORDS) for _ in range(n)).capitalize() + ".")
    return ru, en


class FirstPaint(QObject):
    """Records when a widget first receives a paint event."""

    def __init__(self, widget):
        super().__init__()
        self.at: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def wait_for(condition, timeout_s: float = 600) -> None:
    """Run the event loop until ``condition()`` holds."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start(1)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    timer.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--clicks", type=int, default=60)
    parser.add_argument("--book", action="store_true", help="the book-dev case (see above)")
    parser.add_argument("--at", type=int, default=3000, help="--book: Russian paragraph shown at opening")
    parser.add_argument("--query", default="Левин", help="--book: the text to find")
    parser.add_argument("--phase", choices=["open", "reopen"], help=argparse.SUPPRESS)
    parser.add_argument("--project", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.book:
        from book_window import run_book

        return run_book(args)
    _app = QApplication([sys.argv[0]])  # kept alive while the window runs
    from reader.core.session import ReadingSession
    from reader.ui.base.context import Context
    from reader.ui.mainwindow import MainWindow
    from reader.ui.base.settings import Settings

    ru_texts, en_texts = texts(args.paragraphs)
    pair = ReadingSession(make_document(ru_texts, "ru", title="ru"), make_document(en_texts, "en", title="en"))
    settings_dir = tempfile.TemporaryDirectory()
    context = Context(Settings(QSettings(os.path.join(settings_dir.name, "s.ini"), QSettings.Format.IniFormat)))
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    wait_for(lambda: window.isExposed() if hasattr(window, "isExposed") else True, 2)
    pane = window.pair_view
    ru_view, en_view = pane.view("ru"), pane.view("en")
    painted = FirstPaint(ru_view.viewport())

    start = time.perf_counter()
    window.open_documents(pair)
    wait_for(lambda: painted.at is not None, 60)
    first_paint = painted.at - start
    still_aligning = context.aligning
    wait_for(lambda: context.alignment is not None and not context.aligning)
    pane.gutter.repaint()
    links_shown = time.perf_counter() - start

    rng = random.Random(1)
    clicks = []
    for index in rng.sample(range(args.paragraphs), min(args.clicks, args.paragraphs)):
        ru_view.scroll_to_paragraphs([index], force=True)
        rect = ru_view.paragraph_rect(index)
        pos = QPoint(int(rect.left() + 10), int(ru_view.to_viewport_y(rect.top()) + 5))
        t0 = time.perf_counter()
        QTest.mouseClick(ru_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        ru_view.viewport().repaint()
        en_view.viewport().repaint()
        pane.gutter.repaint()
        clicks.append((time.perf_counter() - t0) * 1000)
        assert pane.selected() == ("ru", index)

    scrolls = []
    bar = ru_view.verticalScrollBar()
    for _ in range(60):
        value = rng.randint(0, bar.maximum())
        before = en_view.verticalScrollBar().value()
        t0 = time.perf_counter()
        bar.setValue(value)
        en_view.viewport().repaint()
        pane.gutter.repaint()
        scrolls.append((time.perf_counter() - t0) * 1000)
        _ = before
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"pair: {len(pair.ru)} × {len(pair.en)} paragraphs "
          f"({sum(map(len, ru_texts)) // 1000} k + {sum(map(len, en_texts)) // 1000} k characters); "
          f"{len(context.alignment.links)} links")
    print(f"time to first paint:        {first_paint * 1000:8.0f} ms  (alignment still running: {still_aligning})")
    print(f"time until links shown:     {links_shown * 1000:8.0f} ms")
    print(f"click → counterpart:        {statistics.median(clicks):8.1f} ms median, "
          f"{max(clicks):.1f} ms max ({len(clicks)} clicks)")
    print(f"scroll-sync:                {statistics.median(scrolls):8.1f} ms median, {max(scrolls):.1f} ms max")
    print(f"peak memory:                {peak_mb:8.0f} MB")
    context.cancel_alignment()
    context.thread_pool.waitForDone(10000)
    window.close()
    settings_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
