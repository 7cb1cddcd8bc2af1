"""How well a whole book is aligned: chapter consistency, coverage, silent gaps, headings linked.

    python bench/book_eval.py [RU_FILE EN_FILE] [--alignment ALIGN.json] [--show 5]

Without files it measures the development novel in ``bench/data/book-dev``. Without
``--alignment`` it reads both files and aligns them in this process (timing both and the peak
memory); with it, it scores the links of a saved ``python -m reader align --format json`` output.

The chapters are found by this script's own rules, apart from the program's (so the program is
not measured against itself): a part heading is a line ``Part``/``Часть``/``Book``/``Книга`` with
a number or an ordinal word, a chapter heading a line holding only a roman or arabic numeral, or
``Chapter``/``Глава`` with a number. A chapter is named by its part's ordinal and its own ordinal
among the non-empty chapters of that part (an empty heading followed at once by another heading,
a defect of real e-texts, is skipped), so chapters of a faithful translation meet one to one.
A chapter heading whose number the next one repeats is a stray (its text goes on with the
chapter before). Paragraphs before the first part or chapter heading are front matter.

Figures (the books issue's targets in brackets):
- ``in one chapter``: links whose paragraphs all lie in one chapter and its counterpart [≥ 99.5%];
- ``ru body linked``: Russian body paragraphs inside chapters that are linked [≥ 99%];
- ``silent gaps``: stretches between two consecutive links with five or more unlinked body
  paragraphs on both sides [none], and the Russian paragraphs in them;
- ``headings linked``: Russian chapter and part headings linked to their counterpart heading [≥ 95%].
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BOOK = REPO / "bench" / "data" / "book-dev"
RU_BOOK = BOOK / "anna-karenina.parts1-4.ru.txt"
EN_BOOK = BOOK / "anna-karenina.parts1-4.en.txt"
GAP_RUN = 5

_ORDINALS = {
    # English cardinals and ordinals
    **{w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())},
    **{w: n for n, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth tenth "
                                  "eleventh twelfth".split())},
    # Russian ordinals (feminine and masculine, as part and book headings use them)
    **{w: n + 1 for n, w in enumerate("первая вторая третья четвертая пятая шестая седьмая восьмая девятая "
                                      "десятая".split())},
    **{w: n + 1 for n, w in enumerate("первый второй третий четвертый пятый шестой седьмой восьмой девятый "
                                      "десятый".split())},
    **{w: n + 1 for n, w in enumerate("первая вторая третья четвёртая пятая".split())},
}
_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_PART = re.compile(r"^(part|book|часть|книга)\s+(\S+)\.?$", re.IGNORECASE)
_CHAPTER = re.compile(r"^(?:(?:chapter|глава)\s+)?(\S+?)\.?$", re.IGNORECASE)


def _number(word: str) -> int | None:
    word = word.strip(".").lower()
    if word.isdigit():
        return int(word)
    if _ROMAN.match(word.upper()):
        value, last = 0, 0
        for ch in reversed(word.upper()):
            digit = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}[ch]
            value, last = (value - digit, last) if digit < last else (value + digit, digit)
        return value
    return _ORDINALS.get(word.replace("ё", "е"))


def heading_kind(text: str) -> tuple[str, int] | None:
    """("part", n) or ("chapter", n) for a part or chapter heading line, else None."""
    text = " ".join(text.split())
    if len(text) > 40:
        return None
    match = _PART.match(text)
    if match and _number(match.group(2)) is not None:
        return "part", _number(match.group(2))
    match = _CHAPTER.match(text)
    if match and (match.group(0) != match.group(1) or match.group(1).isdigit() or _ROMAN.match(match.group(1))):
        number = _number(match.group(1))
        if number is not None and (text.split()[0].lower() in ("chapter", "глава") or not text[0].isalpha()
                                   or _ROMAN.match(text.rstrip("."))):
            return "chapter", number
    return None


@dataclass
class Side:
    """One side's paragraphs with the chapter each lies in."""

    texts: list[str]
    kinds: list[str]
    #: (part ordinal, chapter ordinal) of each paragraph, None in front matter
    chapter: list[tuple[int, int] | None]
    #: heading paragraph index → the chapter or part it heads: ("chapter", part, n) / ("part", part, 0)
    headings: dict[int, tuple]


def chapters(texts: list[str], kinds: list[str]) -> Side:
    """Each paragraph's chapter by the module's rules (a table of contents of part headings at the
    start, with no text between them, is front matter)."""
    read = [heading_kind(t) for t in texts]
    # a run of part headings with nothing between them is a table of contents
    found = list(read)
    for i, kind in enumerate(read):
        if kind and kind[0] == "part":
            neighbours = [read[j] for j in (i - 1, i + 1) if 0 <= j < len(read)]
            if any(n and n[0] == "part" for n in neighbours):
                found[i] = None
    # a chapter heading whose number the next chapter heading repeats is a stray: its text goes on
    # with the chapter before (a defect of real e-texts)
    numbered = [i for i, kind in enumerate(found) if kind]
    for i, j in pairwise(numbered):
        if found[i][0] == "chapter" and found[i] == found[j]:
            found[i] = None
    part, chapter = 0, 0
    current: tuple[int, int] | None = None
    result, headings = [], {}
    for i, kind in enumerate(found):
        if kind and kind[0] == "part":
            part, chapter = part + 1, 0
            current = (part, 0)
            headings[i] = ("part", part, 0)
        elif kind and kind[0] == "chapter":
            empty = i + 1 < len(found) and found[i + 1] is not None
            if not empty:
                chapter += 1
                current = (part, chapter)
                headings[i] = ("chapter", part, chapter)
        result.append(current)
    return Side(texts, kinds, result, headings)


@dataclass
class Figures:
    """The book figures of one alignment."""

    links: int
    in_chapter: float
    ru_body: int
    ru_linked: float
    gaps: list[tuple[range, range]]
    headings: int
    headings_linked: float
    wrong_headings: list[tuple[int, list[int]]]

    def gap_paragraphs(self, ru: Side) -> int:
        return sum(1 for g in self.gaps for i in g[0] if ru.kinds[i] == "body")


def score(ru: Side, en: Side, links: list[dict]) -> Figures:
    """The figures of ``links`` (dicts with ``ru`` and ``en`` index lists)."""
    consistent = 0
    for link in links:
        chapters_of = {ru.chapter[i] for i in link["ru"]} | {en.chapter[j] for j in link["en"]}
        consistent += len(chapters_of) == 1 and None not in chapters_of
    linked_ru = {i for link in links for i in link["ru"]}
    linked_en = {j for link in links for j in link["en"]}
    body = [i for i, k in enumerate(ru.kinds) if k == "body" and ru.chapter[i] is not None]
    gaps = []
    ru_link = {i: link for link in links for i in link["ru"]}
    run: list[int] = []
    for i in range(len(ru.texts) + 1):
        if i < len(ru.texts) and i not in ru_link:
            run.append(i)
            continue
        body_run = [r for r in run if ru.kinds[r] == "body"]
        if len(body_run) >= GAP_RUN:
            before = max((max(ru_link[k]["en"]) for k in range(run[0] - 1, -1, -1) if k in ru_link), default=-1)
            after = min(ru_link[i]["en"]) if i < len(ru.texts) else len(en.texts)
            en_gap = [j for j in range(before + 1, after) if j not in linked_en]
            if sum(1 for j in en_gap if en.kinds[j] == "body") >= GAP_RUN:
                gaps.append((range(run[0], run[-1] + 1), range(en_gap[0], en_gap[-1] + 1)))
        run = []
    counterpart = {v: j for j, v in en.headings.items()}
    links_of = {i: link for link in links for i in link["ru"]}
    right, wrong = 0, []
    for i, value in ru.headings.items():
        link = links_of.get(i)
        if link and counterpart.get(value) in link["en"]:
            right += 1
        else:
            wrong.append((i, link["en"] if link else []))
    return Figures(len(links), consistent / max(1, len(links)), len(body),
                   sum(1 for i in body if i in linked_ru) / max(1, len(body)), gaps,
                   len(ru.headings), right / max(1, len(ru.headings)), wrong)


def report(ru: Side, en: Side, figures: Figures, show: int) -> None:
    """Print the figures (and ``show`` examples of gaps and missed headings)."""
    print(f"links                {figures.links}")
    print(f"in one chapter       {figures.in_chapter:.4f}   (target >= 0.995)")
    print(f"ru body linked       {figures.ru_linked:.4f}   of {figures.ru_body}   (target >= 0.99)")
    print(f"silent gaps          {len(figures.gaps)}        ({figures.gap_paragraphs(ru)} ru body paragraphs; "
          f"target 0 of {GAP_RUN}+ a side)")
    print(f"headings linked      {figures.headings_linked:.4f}   of {figures.headings}   (target >= 0.95)")
    for ru_gap, en_gap in figures.gaps[:show]:
        print(f"  gap ru {ru_gap.start}-{ru_gap.stop - 1} ({len(ru_gap)}) en {en_gap.start}-{en_gap.stop - 1} "
              f"({len(en_gap)}): {ru.texts[ru_gap.start][:50]!r} / {en.texts[en_gap.start][:50]!r}")
    for i, en_side in figures.wrong_headings[:show]:
        print(f"  heading ru {i} {ru.texts[i]!r} -> {[en.texts[j][:30] for j in en_side]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", default=[str(RU_BOOK), str(EN_BOOK)])
    parser.add_argument("--alignment", help="score this saved 'align --format json' output instead")
    parser.add_argument("--show", type=int, default=5, help="examples of gaps and missed headings")
    args = parser.parse_args()
    if args.alignment:
        data = json.loads(Path(args.alignment).read_text(encoding="utf-8"))
        sides = [[(p["text"], p["kind"]) for p in data[s]["paragraphs"]] for s in ("ru", "en")]
        links = data["links"]
    else:
        sys.path.insert(0, str(REPO))
        started, cpu = time.perf_counter(), time.process_time()
        from reader.core.align import align_documents
        from reader.core.pair import load_pair

        pair = load_pair(*args.files)
        read = time.perf_counter()
        alignment = align_documents(pair.ru, pair.en)
        done = time.perf_counter()
        print(f"read {read - started:.2f} s, align {done - read:.2f} s, total {done - started:.2f} s "
              f"(cpu {time.process_time() - cpu:.2f} s), peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        sides = [[(p.text, p.kind.value) for p in d.paragraphs] for d in (pair.ru, pair.en)]
        links = [{"ru": link.ru, "en": link.en} for link in alignment.links]
    ru, en = (chapters([t for t, _ in s], [k for _, k in s]) for s in sides)
    report(ru, en, score(ru, en, links), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
