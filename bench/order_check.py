"""Check that the order a book's chapters are aligned in does not change its links.

    python bench/order_check.py [RU_FILE EN_FILE] [--first 3000 --first 100 ...]

Aligns the pair (the development novel in ``bench/data/book-dev`` by default) once in reading order
and once for each ``--first`` paragraph (its chapter first, as the window asks), and prints how many
links each gives and the links that differ from reading order; exit 1 if any do.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from reader.core.align import align_documents
from reader.core.pair import load_pair

BOOK = Path(__file__).resolve().parent / "data" / "book-dev"


def _links(alignment) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(tuple(link.ru), tuple(link.en)) for link in alignment.links}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ru", nargs="?", default=str(BOOK / "anna-karenina.parts1-4.ru.txt"))
    parser.add_argument("en", nargs="?", default=str(BOOK / "anna-karenina.parts1-4.en.txt"))
    parser.add_argument("--first", type=int, action="append", help="Russian paragraph aligned first")
    args = parser.parse_args()
    pair = load_pair(args.ru, args.en)
    reference = _links(align_documents(pair.ru, pair.en))
    print(f"reading order: {len(reference)} links")
    differs = 0
    for first in args.first or [3000, len(pair.ru.paragraphs) // 2, 100]:
        start = time.process_time()
        found = _links(align_documents(pair.ru, pair.en, first=first))
        extra, missing = sorted(found - reference), sorted(reference - found)
        print(f"first={first}: {len(found)} links, {len(extra)} not in reading order, {len(missing)} missing "
              f"({time.process_time() - start:.2f} s cpu)")
        for link in extra[:5]:
            print(f"  + {link}")
        for link in missing[:5]:
            print(f"  - {link}")
        differs += bool(extra or missing)
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
