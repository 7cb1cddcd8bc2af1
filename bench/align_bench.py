"""Speed and memory of the aligner on long pairs built by concatenating development documents.

    python bench/align_bench.py [--sizes 250 500 1000 2000 4000] [--variant comparable]

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
    from reader.core.align.lexicon import default_lexicon

    default_lexicon()
    lexicon_seconds = time.perf_counter() - started
    from reader.core.align.aligner import align_documents
    from reader.core.segment import make_document

    ru, en = make_document(texts.ru, "ru"), make_document(texts.en, "en")
    documents_done = time.perf_counter()
    alignment = align_documents(ru, en)
    finished, cpu = time.perf_counter(), time.process_time() - cpu_started
    edge_f1 = texts.edge_f1([{"ru": link.ru, "en": link.en} for link in alignment.links])
    return {"edge_f1": edge_f1, "cpu_seconds": cpu, "size": size, "seconds": finished - started, "align_seconds": finished - documents_done,
            "lexicon_seconds": lexicon_seconds, "links": len(alignment.links),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000, 4000])
    parser.add_argument("--variant", default="comparable", choices=["parallel", "comparable", "retold"])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
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
