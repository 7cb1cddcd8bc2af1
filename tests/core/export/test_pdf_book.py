"""The PDF of a book, read back with pypdf: bookmarks nested part → chapter, a running head naming the
part and chapter of each page, parts opening pages, linked headings level, progress and cancel, notes."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from small_book import BLURB, EN_PARTS, EN_TITLE, ROMAN, RU_PARTS, RU_TITLE, read_book, write_fb2, write_txt
from pairs import make_doc
from pdfread import page_annotations, text_runs
from reader.core.align.model import Alignment, Link
from reader.core.export.common import ExportCancelled, ExportOptions
from reader.core.session import ReadingSession
from reader.core.export.pdf import MARGIN_X, PAGE_HEIGHT, export_pdf
from reader.core.project.annotations import Annotation

HEAD_Y = PAGE_HEIGHT - 34
WRITERS = {"txt": write_txt, "fb2": write_fb2}


@pytest.fixture(params=sorted(WRITERS))
def book(request, tmp_path) -> ReadingSession:
    return read_book(WRITERS[request.param](tmp_path))


def outline_tree(reader: PdfReader, items=None) -> list:
    """The bookmarks as [(title, page number, children)]."""
    tree: list = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            tree[-1][2].extend(outline_tree(reader, item))
        else:
            tree.append((item.title, reader.get_destination_page_number(item), []))
    return tree


def heads(page) -> tuple[str, str]:
    """The running heads over the Russian (left) and English (right) side of a page."""
    runs = [r for r in text_runs(page) if abs(r.y - HEAD_Y) < 1]
    left = " ".join(r.text for r in runs if r.x < MARGIN_X + 1)
    right = " ".join(r.text for r in runs if r.x > MARGIN_X + 1)
    return left, right


def body_runs(page) -> list:
    return [r for r in text_runs(page) if r.y < HEAD_Y - 10 and r.y > 40]


def where(text: str) -> tuple[int, int] | None:
    """(part, chapter) of a body line of the test book."""
    match = re.match(r"(?:Абзац|Paragraph) (\d)\.(\d)\.\d+", text)
    return (int(match.group(1)), int(match.group(2))) if match else None


def test_bookmarks_nest_parts_and_chapters(book, tmp_path):
    reader = PdfReader(export_pdf(book, tmp_path / "book.pdf"))
    tree = outline_tree(reader)
    parts = [entry for entry in tree if entry[0].startswith("ЧАСТЬ")]
    assert [title for title, _, _ in parts] == ["ЧАСТЬ ПЕРВАЯ — PART ONE", "ЧАСТЬ ВТОРАЯ — PART TWO"]
    for title, page, chapters in parts:
        assert [c[0] for c in chapters] == ["I — Chapter 1", "II — Chapter 2", "III — Chapter 3"]
        assert all(child == [] for _, _, child in chapters)
        assert page == chapters[0][1]  # a part's heading and its first chapter's open the same page
        assert title.split(" — ")[0] in [r.text for r in text_runs(reader.pages[page])]
        for chapter, chapter_page, _ in chapters:
            texts = [r.text for r in text_runs(reader.pages[chapter_page])]
            assert chapter.split(" — ")[0] in texts and chapter.split(" — ")[1] in texts
    # nothing but the blurb's own front matter besides the parts
    assert {title for title, _, _ in tree} - {title for title, _, _ in parts} <= {BLURB}


@pytest.mark.parametrize("layout", ["side-by-side", "interleaved"])
def test_running_head_names_the_part_and_chapter_of_each_page(book, tmp_path, layout):
    reader = PdfReader(export_pdf(book, tmp_path / "book.pdf", ExportOptions(layout=layout)))
    assert len(reader.pages) >= 8
    txt = book.ru.source.format == "txt"
    ru_title, en_title = (RU_TITLE, "") if txt else ("Две части", EN_TITLE)
    checked = 0
    for page in reader.pages:
        left, right = heads(page)
        assert BLURB not in left + right and "PART ONE ·" not in right  # neither a blurb's label nor a part is a title
        lines = body_runs(page)
        ru_first = next((where(r.text) for r in lines if r.text.startswith("Абзац")), None)
        en_first = next((where(r.text) for r in lines if r.text.startswith("Paragraph")), None)
        if ru_first is None:
            continue
        part, chapter = ru_first
        assert en_first == ru_first
        assert left == f"{ru_title} · {RU_PARTS[part - 1]} › {ROMAN[chapter - 1]}"
        assert right == " · ".join(t for t in (en_title, f"{EN_PARTS[part - 1]} › Chapter {chapter}") if t)
        checked += 1
    assert checked >= len(reader.pages) - 2
    heads_seen = {heads(page) for page in reader.pages}
    assert len({left for left, _ in heads_seen}) >= 6  # every chapter of both parts had its pages


def test_a_part_opens_a_new_page(book, tmp_path):
    reader = PdfReader(export_pdf(book, tmp_path / "book.pdf"))
    for ru_part, en_part in zip(RU_PARTS, EN_PARTS, strict=True):
        number = next(n for n, page in enumerate(reader.pages) if ru_part in [r.text for r in text_runs(page)])
        runs = body_runs(reader.pages[number])
        top = max(r.y for r in runs)
        assert {r.text for r in runs if r.y == top} == {ru_part, en_part}
        if number:  # a new page although the page before had room left
            assert min(r.y for r in body_runs(reader.pages[number - 1])) > PAGE_HEIGHT / 2
    assert reader.metadata.title == ("ДВЕ ЧАСТИ" if book.ru.source.format == "txt" else "Две части — Two Parts")


def test_linked_headings_start_level(book, tmp_path):
    reader = PdfReader(export_pdf(book, tmp_path / "book.pdf"))
    places = {}
    for number, page in enumerate(reader.pages):
        for run in body_runs(page):
            places.setdefault(run.text, (number, round(run.y, 2)))
    for ru_part, en_part in zip(RU_PARTS, EN_PARTS, strict=True):
        assert places[ru_part] == places[en_part]


def test_a_heading_inside_a_longer_link_starts_level_with_its_counterpart(tmp_path):
    """One link holding the end of a chapter and the next heading on both sides: the headings still start level,
    though the Russian paragraph before them is five times as long."""
    ru = make_doc(["Начало", "Последний абзац первой главы, длинный. " * 20, "# Глава вторая",
                   "Первый абзац второй главы."], "ru", "Книга")
    en = make_doc(["Opening", "The last paragraph of chapter one.", "# Chapter two",
                   "The first paragraph of chapter two."], "en", "Book")
    alignment = Alignment([Link([0], [0]), Link([1, 2], [1, 2]), Link([3], [3])])
    reader = PdfReader(export_pdf(ReadingSession(ru, en, alignment), tmp_path / "h.pdf"))
    runs = {r.text: r for r in text_runs(reader.pages[0])}
    assert runs["Глава вторая"].y == pytest.approx(runs["Chapter two"].y, abs=0.01)
    assert runs["Первый абзац второй главы."].y == pytest.approx(runs["The first paragraph of chapter two."].y,
                                                                  abs=0.01)
    assert [entry.title for entry in reader.outline] == ["Глава вторая — Chapter two"]


def test_progress_with_a_percentage_and_cancel_stops(book, tmp_path):
    seen = []
    export_pdf(book, tmp_path / "book.pdf", progress=lambda done, total: seen.append((done, total)))
    total = seen[0][1]
    assert len(seen) >= 5 and all(t == total for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1] == (total, total)
    reports = []

    def cancelled() -> bool:  # the person presses Cancel once the export is a third done
        return bool(reports) and reports[-1][0] >= reports[-1][1] / 3

    before = sorted(tmp_path.iterdir())
    with pytest.raises(ExportCancelled):
        export_pdf(book, tmp_path / "cancelled.pdf", progress=lambda d, t: reports.append((d, t)),
                   cancelled=cancelled)
    assert sorted(tmp_path.iterdir()) == before  # no file, no temporary file left
    assert reports[-1][0] < reports[-1][1] / 2  # it stopped soon after


def test_annotations_stay_real_in_a_book(book, tmp_path):
    ru = next(p for p in book.ru.paragraphs if p.text.startswith("Абзац 2.2.5 "))
    en = next(p for p in book.en.paragraphs if p.text.startswith("Paragraph 2.2.5 "))
    start = ru.text.index("рассказывает")
    book.annotations = [
        Annotation("ru", ru.index, start, start + len("рассказывает"), note="Что именно?", quote="рассказывает"),
        Annotation("en", en.index, note="The middle of part two"),
    ]
    reader = PdfReader(export_pdf(book, tmp_path / "book.pdf"))
    (number,) = [n for n, page in enumerate(reader.pages)
                 if any(r.text.startswith("Абзац 2.2.5 ") for r in text_runs(page))]
    annotations = page_annotations(reader.pages[number])
    (highlight,) = [a for a in annotations if a["/Subtype"] == "/Highlight"]
    assert highlight["/Contents"] == "Что именно?" and len(highlight["/QuadPoints"]) == 8
    run = next(r for r in text_runs(reader.pages[number]) if r.text.startswith("Абзац 2.2.5 "))
    assert float(highlight["/QuadPoints"][5]) < run.y < float(highlight["/QuadPoints"][1])
    assert {a["/Contents"] for a in annotations if a["/Subtype"] == "/Text"} == {"Что именно?",
                                                                                 "The middle of part two"}
    assert sum(len(page_annotations(page)) for page in reader.pages) == len(annotations)
