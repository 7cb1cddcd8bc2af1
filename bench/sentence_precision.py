"""Precision and recall of the sentence links the window highlights, on the development set.

    python bench/sentence_precision.py [--variant parallel]

Sentence gold comes from the ``parallel`` pairs: WMT segments are 1:1 inside each paragraph, so where
the segmenter cuts a parallel paragraph into as many Russian as English sentences, sentence k
corresponds to sentence k. The ``comparable`` and ``retold`` pairs reuse those sentences verbatim
(their paragraphs are cut, merged and padded from the same segments), so each of their sentences is
found in the parallel pair of the same document by its text, and two of them correspond when they
stand for the same parallel sentence pair. Sentences not found that way (background from other
stories, a sentence split differently, a text that occurs twice) are left out of the count.

For every variant prints precision and recall over sentence edges (a Russian and an English
sentence in one sentence link), of the default aligner (what the window highlights), of the
paragraph search's sentence links alone (``follow_sentences`` off) and of the sentence-first pass
run on every pair.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.align import AlignContext, AlignOptions, align_documents
from reader.core.align.evaluation.gold import plain_document
from reader.core.align.evaluation.metrics import Counts
from reader.core.align.engine.sentence_first import align_by_sentences

DEV = Path(__file__).resolve().parent / "data" / "align-dev.jsonl"


def _sentences(document) -> dict[tuple[int, int], str]:
    return {(p.index, k): text.strip() for p in document.paragraphs for k, text in enumerate(p.sentence_texts())}


def gold_keys(parallel: dict) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """Sentence text → (paragraph, sentence) of the parallel pair, each side, for the paragraphs cut into
    as many sentences on both sides (texts found twice are left out)."""
    ru, en = plain_document(parallel["ru"], "ru"), plain_document(parallel["en"], "en")
    keys = []
    for document in (ru, en):
        counts = Counter(_sentences(document).values())
        keys.append({text: place for place, text in _sentences(document).items() if counts[text] == 1})
    even = {p.index for p, q in zip(ru.paragraphs, en.paragraphs, strict=True) if len(p.sentences) == len(q.sentences)}
    return tuple({text: place for text, place in side.items() if place[0] in even} for side in keys)


def known(row: dict, keys) -> tuple[dict[tuple[int, int], tuple[int, int]], dict[tuple[int, int], tuple[int, int]]]:
    """Each side's sentences of ``row`` found in the parallel pair: (paragraph, sentence) → its place there."""
    ru, en = plain_document(row["ru"], "ru"), plain_document(row["en"], "en")
    return tuple({place: side_keys[text] for place, text in _sentences(document).items() if text in side_keys}
                 for document, side_keys in ((ru, keys[0]), (en, keys[1])))


def score(edges: set, ru_known: dict, en_known: dict, counts: Counts) -> None:
    """Add one pair's predicted sentence edges (between known sentences) to ``counts``."""
    predicted = {(r, e) for r, e in edges if r in ru_known and e in en_known}
    en_at = {}
    for place, origin in en_known.items():
        en_at[origin] = place
    gold = {(r, en_at[origin]) for r, origin in ru_known.items() if origin in en_at}
    counts.add(predicted, gold)


def link_edges(links) -> set:
    return {(tuple(r), tuple(e)) for link in links for s in link.sentences for r in s.ru for e in s.en}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", default=None, help="only this variant")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    parallel = {row["id"]: row for row in rows if row["variant"] == "parallel"}
    table: dict[tuple[str, str], Counts] = {}
    for row in rows:
        if args.variant and row["variant"] != args.variant:
            continue
        ru_known, en_known = known(row, gold_keys(parallel[row["id"]]))
        ru, en = plain_document(row["ru"], "ru"), plain_document(row["en"], "en")
        for name, options in (("default", AlignOptions()), ("search only", AlignOptions(follow_sentences=False))):
            links = align_documents(ru, en, options).links
            score(link_edges(links), ru_known, en_known, table.setdefault((row["variant"], name), Counts()))
        context = AlignContext.build(ru, en)
        found = align_by_sentences(context, list(range(len(row["ru"]))), list(range(len(row["en"]))))
        edges = {(r, e) for link in found.links for rs, es in link.pairs for r in rs for e in es}
        score(edges, ru_known, en_known, table.setdefault((row["variant"], "sentence-first"), Counts()))
    print(f"{'variant':<12}{'links from':<16}{'precision':>10}{'recall':>8}{'hits':>7}{'pred':>7}{'gold':>7}")
    for (variant, name), counts in sorted(table.items()):
        print(f"{variant:<12}{name:<16}{counts.precision:>10.3f}{counts.recall:>8.3f}{counts.hits:>7}"
              f"{counts.predicted:>7}{counts.gold:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
