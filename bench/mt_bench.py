"""Benchmark of offline machine translation with the synthetic Argos package (random weights).

Reports the overhead of the program's pipeline (sentence splitting, batching, the on-disk cache)
over bare tokenize + ``translate_batch`` + detokenize on the same sentences, in the same batches,
with the same options and the same loaded model, the two run back to back in every repeat; the
time each spent inside ``translate_batch`` (equal when nothing else competes for the cores); one
single bare call over all sentences for reference; sentences per second; the time to the first
translated paragraph and to show cached translations again; and how busy other processes kept
the cores meanwhile. Every figure is the median (and range) of the repeats. Absolute speeds say
little about a real model (the synthetic one is tiny).

    python bench/mt_bench.py [--paragraphs 300] [--repeat 7] [--window] [--align-dev [--real]]
    python bench/mt_bench.py --install

``--install`` measures instead a fresh virtual environment for ``.``, ``.[mt]`` and ``-e .[test]``
(size and install time, bench/install_figures.py).

``--window`` times "Translate" in the window (offscreen, 200 and 2,000 paragraphs a side);
``--align-dev`` aligns bench/data/align-dev.jsonl without and with machine translations of the
Russian side (slow with the synthetic model: it writes long nonsense); ``--real`` uses the ru→en
package installed for this user instead, which is how to measure what MT brings to the aligner.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "bench")]

WORDS = (["Я", "Он", "Она", "Мы", "Они", "Кошка", "Учитель", "Ребёнок"],
         ["читает", "пишет", "видит", "любит", "знает"],
         ["книгу", "письмо", "дом", "город", "новости", "конвенцию"],
         ["сегодня.", "вчера.", "утром.", "с радостью."])


def make_paragraphs(count: int, seed: int = 1) -> list[str]:
    """Russian paragraphs of 1–5 sentences from the synthetic model's vocabulary."""
    rng = random.Random(seed)
    return [" ".join(" ".join(rng.choice(part) for part in WORDS) for _ in range(rng.randint(1, 5)))
            for _ in range(count)]


class Recorded:
    """Wraps the real CTranslate2 translator: adds up the time inside ``translate_batch`` and keeps its inputs."""

    def __init__(self, model):
        self.model, self.seconds, self.calls = model, 0.0, []

    def translate_batch(self, tokens, **options):
        self.calls.append((tokens, options))
        start = time.perf_counter()
        try:
            return self.model.translate_batch(tokens, **options)
        finally:
            self.seconds += time.perf_counter() - start


def spread(values: list[float], scale: float = 1.0, unit: str = "s", digits: int = 3) -> str:
    """Median and range of repeated measurements, e.g. ``0.412 s (0.401–0.455)``."""
    ordered = sorted(v * scale for v in values)
    return (f"{statistics.median(ordered):.{digits}f} {unit} "
            f"({ordered[0]:.{digits}f}–{ordered[-1]:.{digits}f})")


class OtherLoad:
    """The share of the machine's cores that other processes kept busy since it was made (Linux; else 0)."""

    def __init__(self):
        self.start = self._sample()

    @staticmethod
    def _sample() -> tuple[float, float, float]:
        times = os.times()
        try:
            with open("/proc/stat", encoding="ascii") as stat:
                fields = [int(v) for v in stat.readline().split()[1:]]
        except OSError:
            fields = []
        busy = (sum(fields) - sum(fields[3:5])) / os.sysconf("SC_CLK_TCK") if fields else 0.0  # less idle, iowait
        return time.perf_counter(), busy, times.user + times.system

    def share(self) -> float:
        (wall0, busy0, own0), (wall1, busy1, own1) = self.start, self._sample()
        if not busy1:
            return 0.0
        return max(0.0, (busy1 - busy0) - (own1 - own0)) / ((wall1 - wall0) * (os.cpu_count() or 1))


def pipeline(args, home: Path, package) -> None:
    """Our pipeline against bare tokenize + translate_batch + detokenize on the same sentences.

    The bare side replays exactly the batches and options the pipeline handed to CTranslate2, on
    the same loaded model; the two run back to back in each repeat, which goes first alternating,
    so both see the same machine, and every figure shows its median and range over the repeats.
    """
    from reader.core.mt import engine, service
    from reader.core.mt.cache import TranslationCache

    translator = engine.get_translator(package)
    real_model = translator.model
    tokenizer = translator._tokenizer
    paragraphs = make_paragraphs(args.paragraphs)
    sentences = [s for p in paragraphs for s in service.split_for_translation(p, "ru")]
    print(f"{len(paragraphs)} paragraphs, {len(sentences)} sentences, batches of ~{service.BATCH_SENTENCES} "
          f"sentences; CTranslate2 with {translator.intra_threads} thread(s) on {engine.usable_cores()} core(s), "
          f"{args.repeat} repeats")
    others = OtherLoad()
    translator.translate_sentences(sentences[:8])  # warm up

    def run_pipeline(run: int) -> dict[str, float]:
        recorded = translator.model = Recorded(real_model)
        cache = TranslationCache(home / f"cache-{run}.sqlite3")
        first = []
        try:
            start = time.perf_counter()
            service.translate_paragraphs(paragraphs, "ru", "en", cache=cache,
                                         on_result=lambda i, r: first or first.append(time.perf_counter() - start))
            seconds = time.perf_counter() - start
            start = time.perf_counter()
            again = service.translate_paragraphs(paragraphs, "ru", "en", cache=cache)
            cached = time.perf_counter() - start
        finally:
            translator.model = real_model
        assert all(r.cached for r in again)
        calls.append(recorded.calls)
        return {"pipeline": seconds, "pipeline inside": recorded.seconds, "first": first[0], "cached": cached}

    def run_bare() -> dict[str, float]:
        # the same sentences, the same batches and options as the pipeline's last run, the same model
        inside = 0.0
        start = time.perf_counter()
        [tokenizer.encode(s) for s in sentences]
        for tokens, options in calls[-1]:
            begin = time.perf_counter()
            output = real_model.translate_batch(tokens, **options)
            inside += time.perf_counter() - begin
            [tokenizer.decode(r.hypotheses[0]) for r in output]
        return {"bare": time.perf_counter() - start, "bare inside": inside}

    def run_single() -> dict[str, float]:
        # for reference: one single call over all sentences
        start = time.perf_counter()
        tokens = [tokenizer.encode(s) for s in sentences]
        options = dict(calls[-1][-1][1], max_decoding_length=min(512, 2 * max(map(len, tokens)) + 16))
        [tokenizer.decode(r.hypotheses[0]) for r in real_model.translate_batch(tokens, **options)]
        return {"single": time.perf_counter() - start}

    calls: list[list] = []
    runs: dict[str, list[float]] = {}
    for run in range(args.repeat):
        if run % 2 == 0:
            figures = run_pipeline(run)
            figures.update(run_bare())
        else:  # bare first (on the batches of the run before: they are the same every run, checked below)
            figures = run_bare()
            figures.update(run_pipeline(run))
        figures.update(run_single())
        for key, value in figures.items():
            runs.setdefault(key, []).append(value)
    assert all(c == calls[-1] for c in calls), "the pipeline's batches or options differ from run to run"
    ratios = [p / b - 1 for p, b in zip(runs["pipeline"], runs["bare"], strict=True)]
    inside = [p / b - 1 for p, b in zip(runs["pipeline inside"], runs["bare inside"], strict=True)]

    n = len(sentences)
    median = statistics.median
    print(f"pipeline, empty cache:        {spread(runs['pipeline'])}  "
          f"({n / median(runs['pipeline']):.0f} sentences/s), first paragraph after {spread(runs['first'], 1000, 'ms', 1)}")
    print(f"bare, same batches & options: {spread(runs['bare'])}  ({n / median(runs['bare']):.0f} sentences/s)")
    print(f"  pipeline vs bare:           {100 * median(ratios):+.1f}% median of {len(ratios)} paired runs "
          f"(range {100 * min(ratios):+.1f}% to {100 * max(ratios):+.1f}%; target <= +5%)")
    print(f"  inside translate_batch:     pipeline {spread(runs['pipeline inside'])}, bare {spread(runs['bare inside'])}: "
          f"{100 * median(inside):+.1f}% (same calls: should be ~0)")
    print(f"bare, one call over all:      {spread(runs['single'])}  ({n / median(runs['single']):.0f} sentences/s)")
    print(f"pipeline, everything cached:  {spread(runs['cached'], 1000, 'ms', 1)} for {len(paragraphs)} paragraphs")
    print(f"other processes used {others.share():.0%} of the cores meanwhile (more than a few %: noisy figures)")


def align_dev(package) -> None:
    """Dev-set scores of the aligner without and with machine translations of the Russian paragraphs."""
    from reader.core.align import AlignOptions, align_documents
    from reader.core.align.evaluation.gold import plain_document, read_set
    from reader.core.align.evaluation.metrics import Scores
    from reader.core.mt.alignment import ru_translations

    rows = list(read_set(REPO / "bench" / "data" / "align-dev.jsonl"))
    scores = {"without MT": {}, f"with MT ({package.label})": {}}
    seconds = {name: 0.0 for name in scores}
    translating = 0.0
    for row in rows:
        ru, en = plain_document(row["ru"], "ru"), plain_document(row["en"], "en")
        start = time.perf_counter()
        translations = ru_translations(ru, include_all_kinds=True)
        translating += time.perf_counter() - start
        for name, options in zip(scores, (AlignOptions(), AlignOptions(ru_translations=translations)), strict=True):
            start = time.perf_counter()
            alignment = align_documents(ru, en, options)
            seconds[name] += time.perf_counter() - start
            links = [{"ru": link.ru, "en": link.en} for link in alignment.sorted_links()]
            variant = row.get("variant", "all")
            scores[name].setdefault(variant, Scores.empty()).add(links, row["links"], len(row["ru"]))
    print(f"dev set: {len(rows)} pairs; translating the Russian side took {translating:.1f} s")
    for name, by_variant in scores.items():
        print(f"  {name}: aligned in {seconds[name]:.1f} s")
        for variant, variant_scores in sorted(by_variant.items()):
            f1 = {measure: f for measure, _p, _r, f in variant_scores.rows()}
            print(f"    {variant:<11}" + "  ".join(f"{m} F1 {v:.3f}" for m, v in f1.items()))


def window_timings(package, home: Path, paragraphs: int = 2000, gaps_every: int = 10) -> None:
    """Offscreen window: time from "Translate" to the translation on screen; Translate all; cached reopen."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.core.align import Alignment, Link
    from reader.core.segment import make_document
    from reader.core.session import ReadingSession
    from reader.ui.base.context import Context
    from reader.ui.mainwindow import MainWindow
    from reader.ui.base.settings import Settings

    def wait_until(condition, timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError
            QTest.qWait(1)

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 - must exist
    settings_dir = tempfile.mkdtemp(prefix="settings-", dir=home)
    context = Context(Settings(QSettings(os.path.join(settings_dir, "s.ini"), QSettings.Format.IniFormat)))
    gaps = list(range(5, paragraphs, gaps_every))
    linked = [i for i in range(paragraphs) if i not in set(gaps)]
    context.aligner = lambda ru, en, options=None, **kw: Alignment([Link([i], [k]) for k, i in enumerate(linked)])
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    texts = make_paragraphs(paragraphs, seed=paragraphs)  # not in the cache of another run
    english = [f"Paragraph {i}. The teacher reads the news today." for i in range(len(linked))]

    def open_pair() -> None:
        window.open_documents(ReadingSession(make_document(texts, "ru"), make_document(english, "en")))
        wait_until(lambda: context.alignment is not None and not context.aligning)

    open_pair()
    controller, view = window.translation, window.pair_view.view("en")
    timings = []
    for index in gaps[:10]:
        window.pair_view.select("ru", index)
        start = time.perf_counter()
        controller.actions["translate"].trigger()
        wait_until(lambda shown=f"mt:ru:{index}": shown in view.extra_paragraphs())
        timings.append(time.perf_counter() - start)
    timings.sort()
    print(f"window, {paragraphs} + {len(linked)} paragraphs: Translate → translation on screen "
          f"median {timings[len(timings) // 2] * 1000:.0f} ms, max {timings[-1] * 1000:.0f} ms")
    stalls, last = [], [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    start = time.perf_counter()
    controller.actions["translate_all"].trigger()
    wait_until(lambda: len(view.extra_paragraphs()) == len(gaps) and not controller.runner.busy)
    timer.stop()
    print(f"  Translate all ({len(gaps)} paragraphs): {time.perf_counter() - start:.1f} s, longest event-loop "
          f"stall {max(stalls) * 1000:.0f} ms (UI stays responsive when this is small)")
    start = time.perf_counter()
    open_pair()
    wait_until(lambda: len(view.extra_paragraphs()) == len(gaps))
    print(f"  reopening the pair: {len(gaps)} cached translations on screen "
          f"{time.perf_counter() - start:.2f} s after opening (alignment included)")
    window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--align-dev", action="store_true",
                        help="also align the dev set with and without machine translations of the Russian side")
    parser.add_argument("--real", action="store_true",
                        help="with --align-dev: use the ru→en package installed for this user instead of the synthetic one")
    parser.add_argument("--window", action="store_true", help="also time Translate in the window (offscreen)")
    parser.add_argument("--install", action="store_true",
                        help="measure fresh venvs for '.', '.[mt]' and '-e .[test]' instead (size, time)")
    args = parser.parse_args()
    if args.install:
        from install_figures import install_figures

        install_figures(REPO)
        return
    home = Path(tempfile.mkdtemp(prefix="mt-bench-"))
    if not args.real:
        os.environ.update(ARGOS_PACKAGES_DIR=str(home / "packages"), XDG_DATA_HOME=str(home / "data"),
                          XDG_CONFIG_HOME=str(home / "config"))
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    try:
        run(args, home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run(args, home: Path) -> None:
    """The measurements ``args`` ask for, with packages, cache and settings under ``home``."""
    from argos_model import build_package
    from reader.core.mt.packages import find_package, install_package_file

    if args.real:
        package = find_package("ru", "en")
        if package is None:
            sys.exit("no ru→en package is installed (python -m reader models download)")
    else:
        start = time.perf_counter()
        package = install_package_file(build_package(home / "build"))
        print(f"synthetic package built and installed in {time.perf_counter() - start:.2f} s")
        pipeline(args, home, package)
    if args.align_dev:
        align_dev(package)
    if args.window:
        for size in (200, 2000):
            window_timings(package, home, size)


if __name__ == "__main__":
    main()
