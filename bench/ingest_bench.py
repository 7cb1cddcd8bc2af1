"""Ingest benchmark: read a generated 5 MB plain-text book and a generated 300-page text PDF.

Each case runs in a fresh subprocess twice: once for wall time and peak resident memory
(ru_maxrss, the honest figure for the whole process), once under tracemalloc for the peak of
Python allocations. Targets: 5 MB text < 2 s, 300-page PDF < 10 s, peak memory < 300 MB.

    python bench/ingest_bench.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TARGETS = {"txt": 2.0, "pdf": 10.0}
MEMORY_TARGET_MB = 300


def _vocabulary(language: str) -> list[str]:
    from reader.core.segment import normalize

    seed = REPO / "seeds" / f"putin-un-cybercrime-convention.{language}.txt"
    words = [w.strip(".,«»\"“”:;()—–") for w in normalize(seed.read_text(encoding="utf-8")).split()]
    return [w for w in words if w.isalpha()]


def _sentence(rng: random.Random, words: list[str]) -> str:
    chosen = rng.choices(words, k=rng.randint(6, 22))
    return " ".join(chosen).capitalize() + rng.choice([".", ".", ".", "?", "!"])


def make_text_book(path: Path, size: int = 5 * 1024 * 1024) -> None:
    """A Russian plain-text book of about ``size`` bytes: chapters, blank-line paragraphs wrapped at 72."""
    import textwrap

    rng = random.Random(1)
    words = _vocabulary("ru")
    parts, total, chapter = [], 0, 0
    while total < size:
        if len(parts) % 40 == 0:
            chapter += 1
            parts.append(f"Глава {chapter}")
        paragraph = " ".join(_sentence(rng, words) for _ in range(rng.randint(2, 7)))
        parts.append(textwrap.fill(paragraph, 72))
        total += len(parts[-1].encode("utf-8")) + 2
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def make_pdf_book(path: Path, pages: int = 300) -> int:
    """An English text PDF of ``pages`` pages with a running header and page numbers; the number of
    paragraphs begun in it."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    rng = random.Random(2)
    words = _vocabulary("en")
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setTitle("Benchmark Book")
    lines: list[tuple[str, float]] = []
    written = 0
    for page in range(1, pages + 1):
        pdf.setFont("Helvetica", 8)
        pdf.drawString(72, 800, "Benchmark Book — a running header")
        pdf.drawCentredString(297, 40, str(page))
        pdf.setFont("Helvetica", 11)
        y = 760.0
        while y > 80:
            if not lines:
                written += 1
                paragraph = " ".join(_sentence(rng, words) for _ in range(rng.randint(2, 7)))
                lines = [(line, 20.0 if i == 0 else 0.0)
                         for i, line in enumerate(simpleSplit(paragraph, "Helvetica", 11, 450))]
            line, indent = lines.pop(0)
            pdf.drawString(72 + indent, y, line)
            y -= 14
        pdf.showPage()
    pdf.save()
    return written


def measure(path: str, trace: bool) -> dict:
    """Read ``path`` once in this process; the figures as a dict."""
    import resource
    import tracemalloc

    from reader.core.formats import load_document

    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    document = load_document(path)
    seconds = time.perf_counter() - start
    result = {"seconds": seconds, "paragraphs": len(document.paragraphs),
              "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
              "baseline_maxrss_mb": baseline}
    if trace:
        result["tracemalloc_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2 ** 20
    return result


def _run(path: Path, trace: bool) -> dict:
    command = [sys.executable, __file__, "--measure", str(path)] + (["--trace"] if trace else [])
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="write the generated files into this folder and keep them")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.trace)))
        return 0
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(args.keep or temp)
        folder.mkdir(parents=True, exist_ok=True)
        cases = {"txt": folder / "book.txt", "pdf": folder / "book.pdf"}
        start = time.perf_counter()
        make_text_book(cases["txt"])
        written = {"pdf": make_pdf_book(cases["pdf"])}
        print(f"generated in {time.perf_counter() - start:.1f} s: "
              + ", ".join(f"{p.name} {p.stat().st_size / 2**20:.1f} MB" for p in cases.values()))
        ok = True
        for name, path in cases.items():
            plain, traced = _run(path, False), _run(path, True)
            good = plain["seconds"] < TARGETS[name] and plain["maxrss_mb"] < MEMORY_TARGET_MB
            ok &= good
            print(f"{name}: {plain['seconds']:.2f} s (target < {TARGETS[name]:.0f} s), "
                  f"{plain['paragraphs']} paragraphs"
                  + (f" ({written[name]} written)" if name in written else "")
                  + f", peak RSS {plain['maxrss_mb']:.0f} MB "
                  f"(interpreter and imports {plain['baseline_maxrss_mb']:.0f} MB), "
                  f"tracemalloc peak {traced['tracemalloc_peak_mb']:.0f} MB "
                  f"(target < {MEMORY_TARGET_MB} MB) {'OK' if good else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
