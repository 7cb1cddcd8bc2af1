"""Benchmark of offline machine translation with the synthetic Argos package (random weights).

Reports the overhead of the program's pipeline (sentence splitting, batching, the on-disk cache)
over the time spent inside ``translate_batch``, bare tokenize + ``translate_batch`` + detokenize on
the same sentences in the same batches, one single bare call over all sentences for reference,
sentences per second, the time to the first translated paragraph and to show cached translations
again. Absolute speeds say little about a real model (the synthetic one is tiny).

    python bench/mt_bench.py [--paragraphs 300] [--window] [--align-dev [--real]]

``--window`` times "Translate" in the window (offscreen, 200 and 2,000 paragraphs a side);
``--align-dev`` aligns bench/data/align-dev.jsonl without and with machine translations of the
Russian side (slow with the synthetic model: it writes long nonsense); ``--real`` uses the ru→en
package installed for this user instead, which is how to measure what MT brings to the aligner.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

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


def pipeline(args, home: Path, package) -> None:
    """Our pipeline against bare translate_batch on the same sentences."""
    from reader.core.mt import engine, service
    from reader.core.mt.cache import TranslationCache

    translator = engine.get_translator(package)
    real_model = translator.model
    tokenizer = translator._tokenizer
    paragraphs = make_paragraphs(args.paragraphs)
    sentences = [s for p in paragraphs for s in service.split_for_translation(p, "ru")]
    print(f"{len(paragraphs)} paragraphs, {len(sentences)} sentences, batches of ~{service.BATCH_SENTENCES} sentences")
    translator.translate_sentences(sentences[:8])  # warm up

    best: dict[str, float] = {}
    for run in range(args.repeat):
        recorded = translator.model = Recorded(real_model)
        cache = TranslationCache(home / f"cache-{run}.sqlite3")
        start = time.perf_counter()
        translate_paragraphs = service.translate_paragraphs
        first = []
        translate_paragraphs(paragraphs, "ru", "en", cache=cache,
                             on_result=lambda i, r: first or first.append(time.perf_counter() - start))
        pipeline = time.perf_counter() - start
        start = time.perf_counter()
        again = translate_paragraphs(paragraphs, "ru", "en", cache=cache)
        cached = time.perf_counter() - start
        assert all(r.cached for r in again)
        translator.model = real_model
        # bare: tokenize the same sentences, run translate_batch on exactly the same batches, detokenize
        start = time.perf_counter()
        [tokenizer.encode(s) for s in sentences]
        for tokens, options in recorded.calls:
            [tokenizer.decode(r.hypotheses[0]) for r in real_model.translate_batch(tokens, **options)]
        bare = time.perf_counter() - start
        # for reference: one single call over all sentences
        start = time.perf_counter()
        tokens = [tokenizer.encode(s) for s in sentences]
        options = dict(recorded.calls[-1][1], max_decoding_length=min(512, 2 * max(map(len, tokens)) + 16))
        [tokenizer.decode(r.hypotheses[0]) for r in real_model.translate_batch(tokens, **options)]
        single = time.perf_counter() - start
        for key, value in (("pipeline", pipeline), ("inside", recorded.seconds), ("cached", cached),
                           ("bare", bare), ("single", single), ("first", first[0]),
                           ("overhead", (pipeline - recorded.seconds) / recorded.seconds)):
            best[key] = min(best.get(key, value), value)

    n = len(sentences)
    print(f"pipeline, empty cache:        {best['pipeline']:.3f} s  ({n / best['pipeline']:.0f} sentences/s), "
          f"first paragraph after {best['first'] * 1000:.1f} ms")
    print(f"bare, same batches:           {best['bare']:.3f} s  ({n / best['bare']:.0f} sentences/s; "
          f"the pipeline spent {best['inside']:.3f} s inside translate_batch)")
    print(f"  pipeline overhead           {100 * best['overhead']:.1f}% of the time inside translate_batch, measured in the "
          "same runs (splitting, tokenizing, batching, cache; target < 10%)")
    print(f"  pipeline vs bare:           {100 * (best['pipeline'] - best['bare']) / best['bare']:+.1f}% "
          "(separate runs: noisy on a busy machine)")
    print(f"bare, one call over all:      {best['single']:.3f} s  ({n / best['single']:.0f} sentences/s)")
    print(f"pipeline, everything cached:  {best['cached'] * 1000:.1f} ms for {len(paragraphs)} paragraphs")


def align_dev(package) -> None:
    """Dev-set scores of the aligner without and with machine translations of the Russian paragraphs."""
    from reader.core.align.aligner import AlignOptions, align_documents
    from reader.core.align.evaluation import plain_document, read_set
    from reader.core.align.metrics import Scores
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
        for name, options in zip(scores, (AlignOptions(), AlignOptions(ru_translations=translations))):
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


def window_timings(package, paragraphs: int = 2000, gaps_every: int = 10) -> None:
    """Offscreen window: time from "Translate" to the translation on screen; Translate all; cached reopen."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.core.align.model import Alignment, Link
    from reader.core.segment import make_document
    from reader.ui.context import Context, OpenPair
    from reader.ui.mainwindow import MainWindow
    from reader.ui.settings import Settings

    def wait_until(condition, timeout: float = 120.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError
            QTest.qWait(1)

    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 - must exist
    settings_dir = tempfile.mkdtemp(prefix="mt-bench-settings-")
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
        window.open_documents(OpenPair(make_document(texts, "ru"), make_document(english, "en")))
        wait_until(lambda: context.alignment is not None and not context.aligning)

    open_pair()
    controller, view = window.translation, window.pair_view.view("en")
    timings = []
    for index in gaps[:10]:
        window.pair_view.select("ru", index)
        start = time.perf_counter()
        controller.actions["translate"].trigger()
        wait_until(lambda: f"mt:ru:{index}" in view.extra_paragraphs())
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
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="mt-bench-"))
    if not args.real:
        os.environ.update(ARGOS_PACKAGES_DIR=str(home / "packages"), XDG_DATA_HOME=str(home / "data"),
                          XDG_CONFIG_HOME=str(home / "config"))
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")

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
            window_timings(package, size)


if __name__ == "__main__":
    main()
