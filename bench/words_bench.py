"""Word counterparts and dictionary cards: quality on the hand-made gold, look-up time and memory on the novel.

    python bench/words_bench.py [--links 400] [--words 8] [--seed 1] [--misses]
    python bench/words_bench.py --window [--links 150] [--words 8] [--profile]
    python bench/words_bench.py --html

1. Quality: precision and recall of the word matcher against ``tests/data/word-gold.jsonl`` (30 WMT
   sentence pairs; precision over sure and possible links, recall over the sure ones and over all),
   with the wrong links and, with ``--misses``, the sure links missed.
2. Speed and memory on the novel (``bench/data/book-dev``): reads and aligns it, then hovers
   ``--words`` words in each of ``--links`` random links the way a reader's pointer does (the
   first look-up of a link computes its matches: *cold*; the others find them cached: *warm*),
   and prints the median, 95th percentile and maximum time per look-up, and the memory the
   look-ups add: resident memory before and after, the peak (``ru_maxrss``) before and after, and
   the Python allocations of the look-ups at their peak (tracemalloc, in a second pass, since it
   slows the code it measures). Then the dictionary data: the senses file's size, its loading
   time and memory, and the time of a card.
3. ``--window`` (in a process of its own): the reader window offscreen on the novel, read and aligned
   as the window does it; then the pointer crosses ``--words`` words in each of ``--links`` random
   links, each move a real mouse-move event on a column's viewport: *hover → highlight* is the time
   from the event to both columns repainted with the word and its counterparts marked (look-up,
   highlight layers, repaint), split into the first word of a link (its matches computed) and the
   others; with the resident and peak memory the hovering adds, and the process's CPU time.
   ``--profile`` runs the hovering under pyinstrument and prints where the time went.
4. ``--html``: the novel's HTML export without and with word correspondences (each row's word
   matches computed as it is written): time, CPU time, the page's size and the peak memory.
The machine may be shared: the load average is printed; repeat runs.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.core.align import align_documents  # noqa: E402
from reader.core.pair import load_pair  # noqa: E402
from reader.core.resources import resource_path  # noqa: E402
from reader.core.words.card import word_card  # noqa: E402
from reader.core.words.evaluation import evaluate, read_gold  # noqa: E402
from reader.core.words.linker import WordLinker  # noqa: E402
from reader.core.words.senses import SENSES_FILE, Senses  # noqa: E402

BOOK = REPO / "bench" / "data" / "book-dev"
GOLD = REPO / "tests" / "data" / "word-gold.jsonl"


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def quality(show_misses: bool) -> None:
    scores = evaluate(read_gold(GOLD))
    print(f"gold: {scores.predicted} links predicted, {scores.sure} sure gold links ({scores.all_gold} with possible)")
    print(f"  precision {scores.precision:.3f}  recall (sure) {scores.recall:.3f}  recall (all) {scores.recall_all:.3f}")
    for pair_id, ru, en in scores.wrong:
        print(f"  wrong: {ru} = {en}   ({pair_id})")
    if show_misses:
        for pair_id, ru, en in scores.missed:
            print(f"  missed: {ru} = {en}   ({pair_id})")


def hovers(linker: WordLinker, links, words_per_link: int, rng: random.Random) -> tuple[list[float], list[float]]:
    """Look up ``words_per_link`` words of each link, like a pointer crossing its paragraphs."""
    cold, warm = [], []
    for link in links:
        first = True
        for _ in range(words_per_link):
            side = rng.choice(("ru", "en"))
            paragraph = rng.choice(link.side(side))
            text = linker.documents[side].paragraphs[paragraph].text
            offset = rng.randrange(max(1, len(text)))
            start = time.perf_counter()
            linker.counterpart(link, side, paragraph, offset)
            (cold if first else warm).append((time.perf_counter() - start) * 1000)
            first = False
    return cold, warm


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"{name}: n={len(times)} median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {max(times):.2f} ms"


def html_case() -> int:
    """The novel's HTML export without and with word correspondences."""
    import tempfile

    from reader.core.export.common import ExportOptions

    from reader.core.session import ReadingSession
    from reader.core.export.html import export_html

    pair = load_pair(BOOK / "anna-karenina.parts1-4.ru.txt", BOOK / "anna-karenina.parts1-4.en.txt")
    data = ReadingSession(pair.ru, pair.en, align_documents(pair.ru, pair.en))
    folder = Path(tempfile.mkdtemp(prefix="words-html-"))
    for name, options in (("without word links", ExportOptions()), ("with word links", ExportOptions(word_links=True))):
        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        path = export_html(data, folder / "novel.html", options)
        after = resource.getrusage(resource.RUSAGE_SELF)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        print(f"html {name}: {time.perf_counter() - start:.2f} s (CPU {cpu:.2f} s), {path.stat().st_size / 1e6:.2f} MB, "
              f"peak {peak_mb():.0f} MB")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=400)
    parser.add_argument("--words", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--misses", action="store_true", help="list the sure gold links the matcher misses")
    parser.add_argument("--window", action="store_true", help="hover words in the reader window (offscreen)")
    parser.add_argument("--profile", action="store_true", help="with --window: profile the hovering")
    parser.add_argument("--html", action="store_true", help="the novel's HTML export with and without word links")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    if args.html:
        return html_case()
    if args.window:
        from words_window_bench import window_case

        return window_case(BOOK, args.links if args.links != 400 else 150, args.words, args.seed, args.profile)
    quality(args.misses)

    start = time.perf_counter()
    pair = load_pair(BOOK / "anna-karenina.parts1-4.ru.txt", BOOK / "anna-karenina.parts1-4.en.txt")
    alignment = align_documents(pair.ru, pair.en)
    print(f"novel: {len(pair.ru)} x {len(pair.en)} paragraphs, {len(alignment.links)} links, read and aligned in "
          f"{time.perf_counter() - start:.1f} s")
    rng = random.Random(args.seed)
    links = rng.sample(alignment.sorted_links(), min(args.links, len(alignment.links)))
    rss_before, peak_before = rss_mb(), peak_mb()
    linker = WordLinker(pair.ru, pair.en)
    cold, warm = hovers(linker, links, args.words, rng)
    print(summary("look-up, all", cold + warm))
    print(summary("  first in its link (computes the link)", cold))
    print(summary("  link cached", warm))
    print(f"memory: resident {rss_before:.0f} -> {rss_mb():.0f} MB, peak {peak_before:.0f} -> {peak_mb():.0f} MB")
    tracemalloc.start()
    linker = WordLinker(pair.ru, pair.en)
    hovers(linker, links, args.words, random.Random(args.seed + 1))
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  allocations of the look-ups (tracemalloc): {current / 1e6:.1f} MB held, {peak / 1e6:.1f} MB at peak "
          f"({len(linker._links)} links and {len(linker._paragraphs)} paragraphs cached)")

    path = resource_path(*SENSES_FILE)
    start = time.perf_counter()
    tracemalloc.start()
    senses = Senses.read(path)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    print(f"senses: {path.stat().st_size / 1e6:.2f} MB on disk, {len(senses):,} lines, read in "
          f"{time.perf_counter() - start:.2f} s (with tracemalloc) into {held / 1e6:.1f} MB")
    word_card("домов", "ru", ["houses"], senses)  # pymorphy3 loads here
    times = []
    for word, language in (("стали", "ru"), ("замка", "ru"), ("мира", "ru"), ("пришла", "ru"), ("became", "en"),
                           ("peace", "en")):
        start = time.perf_counter()
        word_card(word, language, (), senses)
        times.append((time.perf_counter() - start) * 1000)
    print(f"card: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (pymorphy3 loaded)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
