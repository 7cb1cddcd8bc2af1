"""A small two-part book written as real files (plain text and FictionBook), for the export tests.

The Russian text opens as e-library texts do: a publisher's blurb under "Annotation", then the title
line; the English one starts straight at ``PART ONE`` (no title of its own). Every body paragraph
names its part, chapter and number (``Абзац 2.1.7`` / ``Paragraph 2.1.7``), so a test can tell
where any line of a page belongs.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reader.core.align import Alignment, Link
from reader.core.document import Kind
from reader.core.session import ReadingSession
from reader.core.pair import load_pair

RU_PARTS = ["ЧАСТЬ ПЕРВАЯ", "ЧАСТЬ ВТОРАЯ"]
EN_PARTS = ["PART ONE", "PART TWO"]
ROMAN = ["I", "II", "III"]
RU_TITLE, EN_TITLE = "ДВЕ ЧАСТИ", "Two Parts"
BLURB = "Annotation"


def ru_body(part: int, chapter: int, k: int) -> str:
    return f"Абзац {part}.{chapter}.{k} рассказывает о том, что случилось в этой главе."


def en_body(part: int, chapter: int, k: int) -> str:
    return f"Paragraph {part}.{chapter}.{k} tells what happened in this chapter."


def book_structure(chapters: int = 3, paragraphs: int = 20) -> list:
    """The two parts: [(ru part heading, en part heading, chapters)], each chapter
    (ru heading, en heading, [(ru paragraph, en paragraph)])."""
    book = []
    for p in range(1, 3):
        book.append((RU_PARTS[p - 1], EN_PARTS[p - 1],
                     [(ROMAN[c - 1], f"Chapter {c}", [(ru_body(p, c, k), en_body(p, c, k))
                                                       for k in range(1, paragraphs + 1)])
                      for c in range(1, chapters + 1)]))
    return book


def write_txt(folder: Path, **sizes) -> tuple[Path, Path]:
    """The book as two plain-text files, paragraphs separated by blank lines."""
    ru = [BLURB, "Роман в двух частях, написанный для проверки вывода.", RU_TITLE]
    en: list[str] = []
    for ru_part, en_part, chapters in book_structure(**sizes):
        ru.append(ru_part)
        en.append(en_part)
        for ru_chapter, en_chapter, bodies in chapters:
            ru.append(ru_chapter)
            en.append(en_chapter)
            ru += [r for r, _ in bodies]
            en += [e for _, e in bodies]
    paths = folder / "book.ru.txt", folder / "book.en.txt"
    for path, texts in zip(paths, (ru, en), strict=True):
        path.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    return paths


def _fb2(title: str, language: str, parts: list[tuple[str, list[tuple[str, list[str]]]]]) -> str:
    body = "".join(
        f"<section><title><p>{escape(part)}</p></title>"
        + "".join(f"<section><title><p>{escape(chapter)}</p></title>" + "".join(f"<p>{escape(t)}</p>" for t in texts)
                  + "</section>" for chapter, texts in chapters)
        + "</section>" for part, chapters in parts)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">'
            f"<description><title-info><book-title>{escape(title)}</book-title><lang>{language}</lang>"
            f"</title-info></description><body>{body}</body></FictionBook>")


def write_fb2(folder: Path, **sizes) -> tuple[Path, Path]:
    """The book as two FictionBook files: parts are sections holding chapter sections; the titles are metadata."""
    book = book_structure(**sizes)
    ru = [(part, [(chapter, [r for r, _ in bodies]) for chapter, _, bodies in chapters]) for part, _, chapters in book]
    en = [(part, [(chapter, [e for _, e in bodies]) for _, chapter, bodies in chapters]) for _, part, chapters in book]
    paths = folder / "book.ru.fb2", folder / "book.en.fb2"
    paths[0].write_text(_fb2("Две части", "ru", ru), encoding="utf-8")
    paths[1].write_text(_fb2(EN_TITLE, "en", en), encoding="utf-8")
    return paths


def read_book(paths: tuple[Path, Path]) -> ReadingSession:
    """The book read by the program's own readers, each heading and paragraph linked to its counterpart (the
    texts are parallel after the Russian front matter)."""
    pair = load_pair(*paths)
    ru = [p.index for p in pair.ru.paragraphs if p.kind in (Kind.HEADING, Kind.BODY)]
    en = [p.index for p in pair.en.paragraphs if p.kind in (Kind.HEADING, Kind.BODY)]
    first = next(k for k, i in enumerate(ru) if pair.ru.paragraphs[i].text == RU_PARTS[0])
    ru = ru[first:]
    assert len(ru) == len(en), (len(ru), len(en))
    return ReadingSession(pair.ru, pair.en, Alignment([Link([i], [j]) for i, j in zip(ru, en, strict=True)]))
