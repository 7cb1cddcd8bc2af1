"""How soon the aligner's first partial result covers the chapter on screen (the window's wait).

    python bench/first_partial.py [RU_FILE EN_FILE] [--first 3000]

Reads the pair (the development novel in ``bench/data/book-dev`` by default; not timed), then calls
``align_documents(..., partial=..., first=FIRST)`` as the window does and prints, from the call: the
time of the first partial result, of the first one linking a paragraph of ``FIRST``'s chapter (the
paragraphs between the headings around it), and of the whole alignment (wall and CPU seconds), with
the load average when measured.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from reader.core.align import align_documents
from reader.core.document import Kind
from reader.core.pair import load_pair

BOOK = Path(__file__).resolve().parent / "data" / "book-dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ru", nargs="?", default=str(BOOK / "anna-karenina.parts1-4.ru.txt"))
    parser.add_argument("en", nargs="?", default=str(BOOK / "anna-karenina.parts1-4.en.txt"))
    parser.add_argument("--first", type=int, default=3000, help="Russian paragraph on screen")
    args = parser.parse_args()
    pair = load_pair(args.ru, args.en)
    headings = [p.index for p in pair.ru.paragraphs if p.kind is Kind.HEADING]
    start_of = max([h for h in headings if h <= args.first], default=0)
    end_of = min([h for h in headings if h > args.first], default=len(pair.ru.paragraphs))
    chapter = set(range(start_of + 1, end_of))
    times: dict[str, tuple[float, float]] = {}
    wall, cpu = time.perf_counter(), time.process_time()

    def now() -> tuple[float, float]:
        return time.perf_counter() - wall, time.process_time() - cpu

    def partial(alignment) -> None:
        times.setdefault("first partial", now())
        if "chapter linked" not in times and any(chapter.intersection(link.ru) for link in alignment.links):
            times["chapter linked"] = now()

    align_documents(pair.ru, pair.en, partial=partial, first=args.first)
    times["whole alignment"] = now()
    print(f"first={args.first} (chapter: ru paragraphs {start_of + 1}-{end_of - 1}), "
          f"load {os.getloadavg()[0]:.2f}")
    for name, (seconds, cpu_seconds) in times.items():
        print(f"  {name:16} {seconds:6.2f} s wall  {cpu_seconds:6.2f} s cpu")
    return 0


if __name__ == "__main__":
    sys.exit(main())
