"""Benchmark of offline machine translation with the synthetic Argos package (random weights).

Reports the overhead of the program's pipeline (sentence splitting, batching, the on-disk cache)
over bare tokenize + ``translate_batch`` + detokenize on the same sentences in the same batches,
one single bare call over all sentences for reference, sentences per second, the time to the
first translated paragraph and the time to show cached translations again. Absolute speeds say little about a real model (the synthetic one is
tiny); the overhead is what this measures.

    python bench/mt_bench.py [--paragraphs 300]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="mt-bench-"))
    os.environ.update(ARGOS_PACKAGES_DIR=str(home / "packages"), XDG_CACHE_HOME=str(home / "cache"),
                      XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))

    from argos_model import build_package
    from reader.core.mt import engine, service
    from reader.core.mt.cache import TranslationCache
    from reader.core.mt.packages import install_package_file

    start = time.perf_counter()
    package = install_package_file(build_package(home / "build"))
    print(f"synthetic package built and installed in {time.perf_counter() - start:.2f} s")
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
                           ("bare", bare), ("single", single), ("first", first[0])):
            best[key] = min(best.get(key, value), value)

    n = len(sentences)
    print(f"pipeline, empty cache:        {best['pipeline']:.3f} s  ({n / best['pipeline']:.0f} sentences/s), "
          f"first paragraph after {best['first'] * 1000:.1f} ms")
    print(f"bare, same batches:           {best['bare']:.3f} s  ({n / best['bare']:.0f} sentences/s; "
          f"the pipeline spent {best['inside']:.3f} s inside translate_batch)")
    overhead = (best["pipeline"] - best["bare"]) / best["bare"]
    print(f"  pipeline overhead           {100 * overhead:.1f}% (splitting, batching, cache; target < 10%)")
    print(f"bare, one call over all:      {best['single']:.3f} s  ({n / best['single']:.0f} sentences/s)")
    print(f"pipeline, everything cached:  {best['cached'] * 1000:.1f} ms for {len(paragraphs)} paragraphs")


if __name__ == "__main__":
    main()
