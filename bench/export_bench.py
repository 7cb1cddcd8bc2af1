"""Benchmark: export a generated pair, or the development novel, to PDF (and TMX, TSV, HTML).

``generated`` (the default case): a 2,000 × 2,000 paragraph pair with 200 annotations. Reports the
wall time of each export (target under 15 s for the PDF) and the process's peak memory (target under
500 MB), with the page count and file size.

``book-dev``: the novel in ``bench/data/book-dev`` (parts 1–4 of Anna Karenina), read and aligned
here (timed apart), then exported in a fresh process each format, so its peak memory is the export's
and not the aligner's: time, peak RSS of that process (and its RSS before the export began: the
interpreter, the pair and its links), pages, size, and how often progress was reported.
``--double`` exports the novel twice over (text and links repeated, the parts renamed five to eight),
about the length of the whole novel: the books issue asks for the whole novel's PDF in 15 s or less.

    python bench/export_bench.py [--case generated|book-dev] [--double] [--paragraphs 2000]
                                 [--annotations 200] [--formats pdf,tmx,tsv,html] [--keep OUT.pdf]
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BOOK = REPO / "bench" / "data" / "book-dev"
sys.path.insert(0, str(REPO))

from reader.core.align import Alignment, Link  # noqa: E402
from reader.core.document import Kind  # noqa: E402
from reader.core.session import ReadingSession  # noqa: E402
from reader.core.mt.translation import MachineTranslation  # noqa: E402
from reader.core.export.formats import export  # noqa: E402
from reader.core.project.annotations import Annotation  # noqa: E402
from reader.core.segment import make_document  # noqa: E402

RU_WORDS = ("президент конвенция документ закон государство сотрудничество преступление информация сфера "
            "организация объединённых наций подписал ратификации против международный договор страны "
            "безопасность данные сеть доступ генеральная ассамблея года декабре открыт для подписания").split()
EN_WORDS = ("president convention document law state cooperation crime information sphere organization "
            "united nations signed ratification against international treaty countries security data network "
            "access general assembly year december open for signature").split()


def _paragraph(rng: random.Random, words: list[str], sentences: int) -> str:
    out = []
    for _ in range(sentences):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 22)))
        out.append(sentence[0].upper() + sentence[1:] + ".")
    return " ".join(out)


def build_input(paragraphs: int, annotations: int, seed: int = 7) -> ReadingSession:
    """A pair of ``paragraphs`` per side: mostly 1:1 links, some 1:2, some unpaired, headings every 40."""
    rng = random.Random(seed)
    ru_texts, en_texts, ru_kinds, en_kinds = [], [], [], []
    for i in range(paragraphs):
        heading = i % 40 == 0
        count = 1 if heading else rng.randint(2, 5)
        ru_texts.append(_paragraph(rng, RU_WORDS, count).rstrip(".") if heading else _paragraph(rng, RU_WORDS, count))
        en_texts.append(_paragraph(rng, EN_WORDS, count).rstrip(".") if heading else _paragraph(rng, EN_WORDS, count))
        ru_kinds.append(Kind.HEADING if heading else Kind.BODY)
        en_kinds.append(Kind.HEADING if heading else Kind.BODY)
    ru = make_document(ru_texts, "ru", title="Сгенерированный оригинал", kinds=ru_kinds)
    en = make_document(en_texts, "en", title="Generated counterpart", kinds=en_kinds)
    links, i = [], 0
    while i < paragraphs - 1:
        roll = rng.random()
        if roll < 0.05:  # the Russian paragraph has no counterpart (and the English one neither)
            i += 1
        elif roll < 0.12:  # 1:2
            links.append(Link([i], [i, i + 1], rng.random()))
            i += 2
        else:
            links.append(Link([i], [i], rng.random()))
            i += 1
    translations = {("ru", p): MachineTranslation(_paragraph(rng, EN_WORDS, 2), "translate-ru_en 1.9", side="ru")
                    for p in range(paragraphs) if p % 97 == 3}
    notes = []
    for n in range(annotations):
        side = rng.choice(("ru", "en"))
        document = ru if side == "ru" else en
        p = rng.randrange(paragraphs)
        text = document.paragraphs[p].text
        start = rng.randrange(max(1, len(text) - 40))
        end = min(len(text), start + rng.randint(5, 120))
        if n % 10 == 0:
            notes.append(Annotation("link", links[rng.randrange(len(links))].ru[0], note=f"Link note {n}", color=None))
        else:
            notes.append(Annotation(side, p, start, end, note=f"Note {n}: " + "comment " * rng.randint(1, 12)
                                    if n % 2 else "", quote=text[start:end]))
    return ReadingSession(ru, en, Alignment(links), notes, translations)


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _memory_mb(field: str) -> float:
    """``VmRSS`` (resident now) or ``VmHWM`` (its peak) of this process (Linux), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export_one(pickled: str, fmt: str, target: str) -> dict:
    """Export the pickled input in ``fmt`` in this (fresh) process; what it took."""
    with open(pickled, "rb") as stream:
        data = pickle.load(stream)
    before = _memory_mb("VmRSS")
    reports = []
    started = time.perf_counter()
    export(fmt, data, target, progress=lambda done, total: reports.append(done / max(1, total)))
    elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "peak_mb": _memory_mb("VmHWM"),
            "before_mb": before, "size_mb": Path(target).stat().st_size / 1e6, "reports": len(reports),
            "pages": _pages(Path(target)) if fmt == "pdf" else None}


#: the part headings of the novel's second copy: the whole novel has eight parts
LATER_PARTS = {"ЧАСТЬ ПЕРВАЯ": "ЧАСТЬ ПЯТАЯ", "ЧАСТЬ ВТОРАЯ": "ЧАСТЬ ШЕСТАЯ", "ЧАСТЬ ТРЕТЬЯ": "ЧАСТЬ СЕДЬМАЯ",
               "ЧАСТЬ ЧЕТВЕРТАЯ": "ЧАСТЬ ВОСЬМАЯ", "PART ONE": "PART FIVE", "PART TWO": "PART SIX",
               "PART THREE": "PART SEVEN", "PART FOUR": "PART EIGHT"}


def twice(data: ReadingSession) -> ReadingSession:
    """The pair with its text and links repeated, as long as the whole novel (parts renamed five to eight).

    Repeating the files instead would have the reader mark the second copy as duplicates."""
    documents = []
    for document in (data.ru, data.en):
        later = [replace(p, index=p.index + len(document), text=LATER_PARTS.get(p.text, p.text))
                 for p in document.paragraphs]
        documents.append(replace(document, paragraphs=document.paragraphs + later))
    shift = {"ru": len(data.ru), "en": len(data.en)}
    links = data.alignment.links + [replace(link, ru=[i + shift["ru"] for i in link.ru],
                                            en=[j + shift["en"] for j in link.en],
                                            ru_sentences={i + shift["ru"]: s for i, s in link.ru_sentences.items()},
                                            en_sentences={j + shift["en"]: s for j, s in link.en_sentences.items()})
                                    for link in data.alignment.links]
    return ReadingSession(documents[0], documents[1], Alignment(links))


def book_input() -> ReadingSession:
    """The novel read and aligned."""
    from reader.core.align import align_documents
    from reader.core.pair import load_pair

    started = time.perf_counter()
    pair = load_pair(BOOK / "anna-karenina.parts1-4.ru.txt", BOOK / "anna-karenina.parts1-4.en.txt")
    read = time.perf_counter() - started
    alignment = align_documents(pair.ru, pair.en)
    print(f"book-dev: {len(pair.ru)} × {len(pair.en)} paragraphs, {len(alignment.links)} links; "
          f"read in {read:.1f} s, aligned in {time.perf_counter() - started - read:.1f} s")
    return ReadingSession(pair.ru, pair.en, alignment)


def book_case(args) -> int:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        pickled = folder / "input.pickle"
        with open(pickled, "wb") as stream:
            data = book_input()
            if args.double:
                data = twice(data)
                print(f"twice over: {len(data.ru)} × {len(data.en)} paragraphs, {len(data.alignment.links)} links")
            pickle.dump(data, stream)
        for fmt in args.formats.split(","):
            target = Path(args.keep) if (fmt == "pdf" and args.keep) else folder / f"book.{fmt}"
            output = subprocess.run([sys.executable, __file__, "--export-one", str(pickled), fmt, str(target)],
                                    check=True, capture_output=True, text=True).stdout
            result = json.loads(output.strip().splitlines()[-1])
            pages = f", {result['pages']} pages" if result["pages"] else ""
            print(f"{fmt:>4}: {result['seconds']:6.2f} s, {result['size_mb']:6.1f} MB{pages}, peak RSS "
                  f"{result['peak_mb']:.0f} MB (before the export {result['before_mb']:.0f} MB), "
                  f"progress reported {result['reports']} times")
    return 0


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--export-one":
        print(json.dumps(export_one(*sys.argv[2:])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=("generated", "book-dev"), default="generated")
    parser.add_argument("--double", action="store_true", help="book-dev: the novel twice over")
    parser.add_argument("--formats", default="pdf,tmx,tsv,html")
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--annotations", type=int, default=200)
    parser.add_argument("--keep", help="keep the PDF here")
    args = parser.parse_args()
    if args.case == "book-dev":
        return book_case(args)
    started = time.perf_counter()
    data = build_input(args.paragraphs, args.annotations)
    print(f"generated {args.paragraphs} × {args.paragraphs} paragraphs, {len(data.alignment.links)} links, "
          f"{len(data.annotations)} annotations in {time.perf_counter() - started:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        for fmt in args.formats.split(","):
            target = Path(args.keep) if (fmt == "pdf" and args.keep) else Path(folder) / f"bench.{fmt}"
            started = time.perf_counter()
            export(fmt, data, target)
            elapsed = time.perf_counter() - started
            size = target.stat().st_size / 1e6
            extra = f", {_pages(target)} pages" if fmt == "pdf" else ""
            print(f"{fmt:>4}: {elapsed:6.2f} s, {size:6.1f} MB{extra}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"peak memory (process RSS): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
