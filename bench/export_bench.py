"""Benchmark: export a generated 2,000 × 2,000 paragraph pair with 200 annotations to PDF.

Reports wall time of the export (target under 15 s) and the process's peak memory (target under 500 MB),
plus page count and file size. Also times TMX, TSV and HTML for comparison.

    python bench/export_bench.py [--paragraphs 2000] [--annotations 200] [--keep OUT.pdf]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.align.model import Alignment, Link  # noqa: E402
from reader.core.document import Kind  # noqa: E402
from reader.core.export.common import ExportInput, MachineText  # noqa: E402
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


def build_input(paragraphs: int, annotations: int, seed: int = 7) -> ExportInput:
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
    translations = {("ru", p): MachineText(_paragraph(rng, EN_WORDS, 2), "translate-ru_en 1.9")
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
    return ExportInput(ru, en, Alignment(links), notes, translations)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--annotations", type=int, default=200)
    parser.add_argument("--keep", help="keep the PDF here")
    args = parser.parse_args()
    started = time.perf_counter()
    data = build_input(args.paragraphs, args.annotations)
    print(f"generated {args.paragraphs} × {args.paragraphs} paragraphs, {len(data.alignment.links)} links, "
          f"{len(data.annotations)} annotations in {time.perf_counter() - started:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        for fmt in ("pdf", "tmx", "tsv", "html"):
            target = Path(args.keep) if (fmt == "pdf" and args.keep) else Path(folder) / f"bench.{fmt}"
            started = time.perf_counter()
            export(fmt, data, target)
            elapsed = time.perf_counter() - started
            size = target.stat().st_size / 1e6
            extra = ""
            if fmt == "pdf":
                from pypdf import PdfReader

                extra = f", {len(PdfReader(target).pages)} pages"
            print(f"{fmt:>4}: {elapsed:6.2f} s, {size:6.1f} MB{extra}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"peak memory (process RSS): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
