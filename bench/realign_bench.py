"""Benchmark: make a hand edit in a 2,000 × 2,000 paragraph pair and re-align the part after it.

The pair is built by concatenating documents of bench/data/align-dev.jsonl (all variants, in
file order) until each side has 2,000 paragraphs. The aligner's per-pair context is built once;
each figure is the median of several runs of a ``Realign`` command pushed on a ``CommandStack``
(plan + apply), then undone. The last figures follow the window: the first alignment
(``align_documents``), then the first re-alignment of a gap, once with the context the alignment handed
over (``prepared=``, kept in the reading session) and once with a context built again for it.

    python bench/realign_bench.py [--paragraphs 2000] [--gap 100] [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.align import AlignContext, Alignment, align_documents, align_spans
from reader.core.align.editing.edit import LinkParagraphs
from reader.core.align.editing.realign import Realign, whole_window, window_for
from reader.core.commands import CommandStack
from reader.core.segment import make_document

DATA = Path(__file__).resolve().parent / "data" / "align-dev.jsonl"


def build_pair(size: int):
    """Two documents of ``size`` paragraphs each, concatenated from the dev set."""
    ru, en = [], []
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    while len(ru) < size or len(en) < size:
        for row in rows:
            ru += row["ru"]
            en += row["en"]
    return {"ru": make_document(ru[:size], "ru"), "en": make_document(en[:size], "en")}


def timed(stack: CommandStack, command, repeat: int, make) -> float:
    """Median milliseconds of pushing a fresh command from ``make()`` (undone after each run)."""
    runs = []
    for _ in range(repeat):
        command = make()
        start = time.perf_counter()
        stack.push(command)
        runs.append((time.perf_counter() - start) * 1000)
        stack.undo()
    return statistics.median(runs)


def first_realign(documents, gap: int) -> tuple[float, float, float, int]:
    """The window's path: align the pair, then re-align a gap after a hand edit, with the context the alignment
    handed over and with one built again. Returns (alignment ms, kept-context ms, built-again ms, links that
    differ between the two results)."""
    kept: list[AlignContext] = []
    start = time.perf_counter()
    alignment = align_documents(documents["ru"], documents["en"], prepared=kept.append)
    align_ms = (time.perf_counter() - start) * 1000
    middle = len(documents["ru"]) // 2
    counterpart = alignment.link_of("ru", middle)
    stack = CommandStack()
    stack.push(LinkParagraphs(alignment, documents, ru=[middle], en=counterpart.en if counterpart else [middle]))
    window = window_for(alignment, documents, "ru", middle + 1, middle + gap)
    results = {}
    for name, context in (("kept", lambda: kept[0]), ("built", lambda: AlignContext.build(documents["ru"],
                                                                                           documents["en"]))):
        start = time.perf_counter()
        stack.push(Realign(alignment, documents, window, context()))
        results[name] = ((time.perf_counter() - start) * 1000,
                         {(tuple(link.ru), tuple(link.en)) for link in alignment.links})
        stack.undo()
    differ = len(results["kept"][1] ^ results["built"][1])
    return align_ms, results["kept"][0], results["built"][0], differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--gap", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    documents = build_pair(args.paragraphs)
    start = time.perf_counter()
    context = AlignContext.build(documents["ru"], documents["en"])
    context_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    alignment = Alignment(links=align_spans(documents["ru"], documents["en"], documents["ru"].alignable_indices(),
                                            documents["en"].alignable_indices(), context=context))
    align_ms = (time.perf_counter() - start) * 1000

    stack = CommandStack()
    middle = args.paragraphs // 2
    counterpart = alignment.link_of("ru", middle)
    en = counterpart.en if counterpart else [middle]
    start = time.perf_counter()
    stack.push(LinkParagraphs(alignment, documents, ru=[middle], en=en))  # the hand edit (an anchor)
    edit_ms = (time.perf_counter() - start) * 1000

    gap = window_for(alignment, documents, "ru", middle + 1, middle + args.gap)
    gap_ms = timed(stack, None, args.repeat, lambda: Realign(alignment, documents, gap, context))
    free = {side: [i for i in range(*gap.side(side)) if alignment.link_of(side, i) is None or
                   not alignment.link_of(side, i).fixed] for side in ("ru", "en")}
    spans_ms = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        align_spans(documents["ru"], documents["en"], free["ru"], free["en"], context=context)
        spans_ms.append((time.perf_counter() - start) * 1000)
    rest = window_for(alignment, documents, "ru", middle + 1)
    rest_ms = timed(stack, None, max(1, args.repeat // 2), lambda: Realign(alignment, documents, rest, context))
    whole_ms = timed(stack, None, max(1, args.repeat // 2),
                     lambda: Realign(alignment, documents, whole_window(documents), context))

    print(f"pair: {args.paragraphs} × {args.paragraphs} paragraphs, {len(alignment.links)} links")
    print(f"context build (once per pair):         {context_ms:8.1f} ms")
    print(f"first alignment with that context:     {align_ms:8.1f} ms")
    print(f"hand edit (link, one command):         {edit_ms:8.1f} ms")
    print(f"re-align a gap of {args.gap} paragraphs:     {gap_ms:8.1f} ms   (ru {gap.ru}, en {gap.en}; target < 200 ms)")
    print(f"  of which the aligner (align_spans):  {statistics.median(spans_ms):8.1f} ms")
    print(f"re-align from the edit to the end:     {rest_ms:8.1f} ms   (ru {rest.ru}, en {rest.en})")
    print(f"re-align the whole pair around anchor: {whole_ms:8.1f} ms")
    first_ms, kept_ms, built_ms, differ = first_realign(documents, args.gap)
    print(f"the window's first alignment:          {first_ms:8.1f} ms")
    print(f"then the first re-align of the gap, with the context the alignment handed over: {kept_ms:8.1f} ms")
    print(f"  with a context built again (as the window did before):                       {built_ms:8.1f} ms")
    print(f"  links that differ between the two: {differ}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
