"""Speed and memory of the aligner on long pairs built by concatenating development documents, and on a book.

    python bench/align_bench.py [--sizes 250 500 1000 2000 4000] [--variant comparable]
    python bench/align_bench.py --book [--copies 1 2]

``--book`` reads and aligns the development novel (``bench/data/book-dev``: parts one to four of
Anna Karenina, about 4,200 × 4,150 paragraphs), once as it is and once with each side doubled
(the text twice over, about a novel's worth: growth should be linear), each in a fresh process:
wall and CPU time of reading both files, of the alignment, and in all, and peak resident memory.
A book may be aligned with a helper process on the second core (see
``reader.core.align.engine.book_worker``; ``PARALLEL_READER_ALIGN_PROCESSES=1`` for one process): its CPU time is
shown apart, and the peak memory is the sum of both processes' peaks (at least what they held together
at any moment); "sum seen" is the largest sum of the two sampled every 5 ms while they ran.

Each size runs in a fresh process (so the lexicon load is included and peak memory is that
run's own): the Russian and English sides are concatenations of dev-set documents, cut to
N paragraphs each. Prints wall time of documents + alignment (with lexicon load), the lexicon
load alone (wall and CPU time: the machine may be shared), the edge F1 of the result against the
concatenated gold links (the band must not cost quality), and peak resident memory of the process.

The set has fewer paragraphs than the larger sizes need, so documents repeat (the 84 comparable
documents give 894 Russian and 678 English paragraphs). Repeated documents are identical, and a
link to another copy of the right paragraph cannot be told from a link to the right copy: edges
are therefore scored by content, as (document, paragraph) pairs counted with multiplicity.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "bench" / "data" / "align-dev.jsonl"


@dataclass
class Texts:
    """A long pair built from dev documents: paragraphs, gold links, and where each paragraph came from."""

    ru: list[str]
    en: list[str]
    gold: list[dict]
    #: (document number in the set, paragraph index in that document) of each paragraph
    ru_origin: list[tuple[int, int]]
    en_origin: list[tuple[int, int]]

    def edge_f1(self, links: list[dict]) -> float:
        """Edge F1 of ``links`` against the gold links, edges compared by content (see the module doc)."""
        def content(edges) -> Counter:
            return Counter((self.ru_origin[i], self.en_origin[j]) for i, j in edges)

        predicted = content((i, j) for link in links for i in link["ru"] for j in link["en"])
        gold = content((i, j) for link in self.gold for i in link["ru"] for j in link["en"])
        hits = sum((predicted & gold).values())
        precision = hits / max(1, sum(predicted.values()))
        recall = hits / max(1, sum(gold.values()))
        return 2 * precision * recall / (precision + recall) if hits else 0.0


def build_texts(size: int, variant: str) -> Texts:
    """RU and EN paragraph lists of ``size`` paragraphs each, from dev documents of one variant
    (repeated when the set runs out), with the gold links that fall inside both."""
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if row["variant"] == variant]
    texts = Texts([], [], [], [], [])
    k = 0
    while len(texts.ru) < size or len(texts.en) < size:
        number = k % len(rows)
        row = rows[number]
        texts.gold += [{"ru": [len(texts.ru) + i for i in link["ru"]], "en": [len(texts.en) + j for j in link["en"]]}
                       for link in row["links"]]
        texts.ru += row["ru"]
        texts.en += row["en"]
        texts.ru_origin += [(number, i) for i in range(len(row["ru"]))]
        texts.en_origin += [(number, j) for j in range(len(row["en"]))]
        k += 1
    texts.gold = [link for link in texts.gold if max(link["ru"]) < size and max(link["en"]) < size]
    del texts.ru[size:], texts.en[size:], texts.ru_origin[size:], texts.en_origin[size:]
    return texts


def run_one(size: int, variant: str) -> dict:
    """Align one pair of ``size`` paragraphs a side in this process; timings and peak memory."""
    sys.path.insert(0, str(REPO))
    texts = build_texts(size, variant)
    started, cpu_started = time.perf_counter(), time.process_time()
    from reader.core.align.engine.lexicon import default_lexicon

    default_lexicon()
    lexicon_seconds = time.perf_counter() - started
    from reader.core.align import align_documents
    from reader.core.segment import make_document

    ru, en = make_document(texts.ru, "ru"), make_document(texts.en, "en")
    documents_done = time.perf_counter()
    alignment = align_documents(ru, en)
    finished, cpu = time.perf_counter(), time.process_time() - cpu_started
    edge_f1 = texts.edge_f1([{"ru": link.ru, "en": link.en} for link in alignment.links])
    return {"edge_f1": edge_f1, "cpu_seconds": cpu, "size": size, "seconds": finished - started, "align_seconds": finished - documents_done,
            "lexicon_seconds": lexicon_seconds, "links": len(alignment.links),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


BOOK = REPO / "bench" / "data" / "book-dev"


class MemorySampler:
    """Samples the resident memory of this process and its children (a helper process) every few
    milliseconds, to tell the peak of their sum (``/proc``: Linux only; 0 elsewhere)."""

    def __init__(self, every: float = 0.005) -> None:
        import threading

        self.every, self.peak_mb, self._stop = every, 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def _resident_mb(pid: int | str) -> float:
        try:
            with open(f"/proc/{pid}/statm", encoding="ascii") as stream:
                return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20
        except (OSError, ValueError, IndexError):
            return 0.0

    def _children(self) -> list[str]:
        try:
            with open(f"/proc/self/task/{os.getpid()}/children", encoding="ascii") as stream:
                return stream.read().split()
        except OSError:
            return []

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            total = self._resident_mb("self") + sum(self._resident_mb(pid) for pid in self._children())
            self.peak_mb = max(self.peak_mb, total)

    def stop(self) -> float:
        """Stop sampling; the peak of the sum seen (MB)."""
        self._stop.set()
        self._thread.join()
        return self.peak_mb


def run_book(copies: int) -> dict:
    """Read the development novel (each side ``copies`` times over) and align it in this process."""
    import tempfile

    sys.path.insert(0, str(REPO))
    sampler = MemorySampler()
    paths = []
    with tempfile.TemporaryDirectory() as folder:
        for name in ("anna-karenina.parts1-4.ru.txt", "anna-karenina.parts1-4.en.txt"):
            text = (BOOK / name).read_text(encoding="utf-8")
            path = Path(folder) / name
            path.write_text("\n\n".join([text] * copies), encoding="utf-8")
            paths.append(path)
        started, cpu_started = time.perf_counter(), time.process_time()
        from reader.core.align import align_documents
        from reader.core.pair import load_pair

        pair = load_pair(*paths)
        read, read_cpu = time.perf_counter(), time.process_time()
        alignment = align_documents(pair.ru, pair.en)
        done, cpu = time.perf_counter(), time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the helper process, if the aligner used one
    own_peak, helper_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, children.ru_maxrss / 1024
    return {"copies": copies, "ru": len(pair.ru.paragraphs), "en": len(pair.en.paragraphs),
            "read_seconds": read - started, "read_cpu": read_cpu - cpu_started,
            "align_seconds": done - read, "align_cpu": cpu - read_cpu, "seconds": done - started,
            "cpu_seconds": cpu - cpu_started, "helper_cpu": children.ru_utime + children.ru_stime,
            "links": len(alignment.links), "own_peak_mb": own_peak, "helper_peak_mb": helper_peak,
            "peak_mb": own_peak + helper_peak, "sampled_peak_mb": sampler.stop(), "load": os.getloadavg()[0]}


def main_book(copies: list[int]) -> int:
    """The book case: one line per copy count."""
    print(f"{'copies':>7}{'ru x en':>13}{'read s':>8}{'align s':>9}{'total s':>9}{'cpu s':>7}{'helper':>7}"
          f"{'links':>7}{'peak MB':>9}{'(own':>6}{'+ helper)':>10}{'sum seen':>9}{'load':>6}")
    for count in copies:
        out = subprocess.run([sys.executable, __file__, "--book-one", str(count)], capture_output=True, text=True,
                             check=True).stdout
        r = json.loads(out)
        print(f"{r['copies']:>7}{r['ru']:>7} x {r['en']:<5}{r['read_seconds']:>7.2f}{r['align_seconds']:>9.2f}"
              f"{r['seconds']:>9.2f}{r['cpu_seconds']:>7.2f}{r['helper_cpu']:>7.2f}{r['links']:>7}{r['peak_mb']:>9.0f}"
              f"{r['own_peak_mb']:>6.0f}{r['helper_peak_mb']:>10.0f}{r['sampled_peak_mb']:>9.0f}{r['load']:>6.1f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000, 4000])
    parser.add_argument("--variant", default="comparable", choices=["parallel", "comparable", "retold"])
    parser.add_argument("--book", action="store_true", help="the development novel instead of news")
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 2], help="with --book: each side this many times")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--book-one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.book_one:
        print(json.dumps(run_book(args.book_one)))
        return 0
    if args.book:
        return main_book(args.copies)
    if args.one:
        print(json.dumps(run_one(args.one, args.variant)))
        return 0
    print(f"{'paragraphs/side':>16}{'total s':>9}{'cpu s':>7}{'align s':>9}{'lexicon s':>11}{'links':>7}{'edge F1':>9}"
          f"{'peak MB':>9}")
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--variant", args.variant],
                             capture_output=True, text=True, check=True).stdout
        r = json.loads(out)
        print(f"{r['size']:>16}{r['seconds']:>9.2f}{r['cpu_seconds']:>7.2f}{r['align_seconds']:>9.2f}{r['lexicon_seconds']:>11.3f}"
              f"{r['links']:>7}{r['edge_f1']:>9.3f}{r['peak_mb']:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
