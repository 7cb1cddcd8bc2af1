"""The annotated PDF read back with pypdf: text in both languages, real annotations over the right words,
embedded fonts, bookmarks, metadata, rows level on both sides, long rows across pages."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from pdfread import page_annotations, text_runs
from pairs import make_doc
from reader.core.align import Alignment, Link
from reader.core.errors import ExportError
from reader.core.export.common import ExportCancelled, ExportOptions
from reader.core.session import ReadingSession
from reader.core.export.fonts import REGULAR
from reader.core.export.pdf import export_pdf
from reader.core.project.annotations import Annotation


@pytest.fixture
def pdf(tmp_path, annotated):
    return PdfReader(export_pdf(annotated, tmp_path / "pair.pdf"))


def test_text_in_both_languages(pdf):
    text = pdf.pages[0].extract_text()
    assert len(pdf.pages) == 1
    for words in ("Путин подписал конвенцию", "киберпреступности", "Putin signs the convention",
                  "It is open for signature.", "[Machine translation — translate-ru_en 1.9]",
                  "This paragraph exists only in the original.", "Кто именно?", "The report split this paragraph"):
        assert words in text


def test_highlight_covers_exactly_the_word(pdf):
    highlights = {a["/Contents"]: a for a in page_annotations(pdf.pages[0]) if a["/Subtype"] == "/Highlight"}
    assert set(highlights) == {"Кто именно?", "Which session?", "Convention"}
    # "Президент" starts its line: the quad spans exactly the word's width in the body font
    run = next(r for r in text_runs(pdf.pages[0]) if r.text.startswith("Президент"))
    quad = [float(v) for v in highlights["Кто именно?"]["/QuadPoints"]]
    x0, top, x1, _, _, bottom = quad[0], quad[1], quad[2], quad[3], quad[4], quad[5]
    assert x0 == pytest.approx(run.x, abs=0.01)
    assert x1 == pytest.approx(run.x + stringWidth("Президент", REGULAR, 9.5), abs=0.01)
    assert bottom < run.y < top
    rect = [float(v) for v in highlights["Кто именно?"]["/Rect"]]
    assert rect == pytest.approx([x0, bottom, x1, top])
    # "Convention" in the middle of "The Convention is designed…"
    run = next(r for r in text_runs(pdf.pages[0]) if r.text.startswith("The Convention is"))
    quad = [float(v) for v in highlights["Convention"]["/QuadPoints"]]
    assert quad[0] == pytest.approx(run.x + stringWidth("The ", REGULAR, 9.5), abs=0.01)
    assert quad[2] - quad[0] == pytest.approx(stringWidth("Convention", REGULAR, 9.5), abs=0.01)
    assert quad[5] < run.y < quad[1]
    assert [float(c) for c in highlights["Which session?"]["/C"]] == pytest.approx([0xa5 / 255, 0xd8 / 255, 1.0])


def test_highlight_over_two_lines_has_two_quads(tmp_path):
    text = "word " * 30 + "target phrase that wraps across the end of a line " + "more " * 30
    start = text.index("target")
    ru, en = make_doc([text], "ru"), make_doc(["short"], "en")
    note = Annotation("ru", 0, start, start + 120, note="long one")
    reader = PdfReader(export_pdf(ReadingSession(ru, en, Alignment([Link([0], [0])]), [note]), tmp_path / "x.pdf"))
    (highlight,) = [a for a in page_annotations(reader.pages[0]) if a["/Subtype"] == "/Highlight"]
    quads = [float(v) for v in highlight["/QuadPoints"]]
    assert len(quads) >= 16 and len(quads) % 8 == 0
    assert quads[1] > quads[9]  # the second quad is a line lower


def test_soft_hyphens_are_not_printed_inside_lines(tmp_path):
    """E-books carry soft hyphens (U+00AD): invisible in the PDF, and highlights after them sit right."""
    text = "Это инфор\xadмация о конвен\xadции подписания."
    start = text.index("конвен")
    ru, en = make_doc([text], "ru", "Оригинал"), make_doc(["The information."], "en")
    note = Annotation("ru", 0, start, len(text) - 1, note="n")
    reader = PdfReader(export_pdf(ReadingSession(ru, en, Alignment([Link([0], [0])]), [note]), tmp_path / "s.pdf"))
    (run,) = [r for r in text_runs(reader.pages[0]) if r.text.startswith("Это")]
    assert run.text.startswith("Это информация о конвенции подписания.")
    (highlight,) = [a for a in page_annotations(reader.pages[0]) if a["/Subtype"] == "/Highlight"]
    x0, x1 = float(highlight["/QuadPoints"][0]), float(highlight["/QuadPoints"][2])
    assert x0 == pytest.approx(run.x + stringWidth("Это информация о ", REGULAR, 9.5), abs=0.01)
    assert x1 - x0 == pytest.approx(stringWidth("конвенции подписания", REGULAR, 9.5), abs=0.01)


def test_sticky_notes_with_their_text(pdf):
    notes = {a["/Contents"] for a in page_annotations(pdf.pages[0]) if a["/Subtype"] == "/Text"}
    assert notes == {"Кто именно?", "Which session?", "Link note: The report split this paragraph in two",
                     "Весь абзац"}


def test_fonts_embedded_metadata_outline(pdf):
    fonts = {}
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in font["/FontDescriptor"]
    assert fonts and all(fonts.values())  # every font is an embedded TrueType subset
    assert {name.split("+")[1] for name in fonts} >= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}
    assert pdf.metadata.title == "Путин подписал конвенцию — Putin signs the convention"
    assert "Russian original" in pdf.metadata.subject
    assert pdf.metadata.creator.startswith("Parallel Reader") and not pdf.metadata.author  # not "anonymous"
    # the linked headings: one bookmark naming both
    assert [entry.title for entry in pdf.outline] == ["Путин подписал конвенцию — Putin signs the convention"]


def _long_pair(rows: int):
    ru = [f"ру{i} " + "Длинный русский текст абзаца. " * (1 + i % 7) for i in range(rows)]
    en = [f"en{i} " + "A shorter English text. " * (1 + (i * 3) % 5) for i in range(rows)]
    ru[7] = "ру7 " + "Очень длинный абзац, который не помещается на одну страницу. " * 120
    return make_doc(ru, "ru"), make_doc(en, "en"), Alignment([Link([i], [i]) for i in range(rows)])


def test_rows_start_level_and_long_rows_continue(tmp_path):
    ru, en, alignment = _long_pair(60)
    reader = PdfReader(export_pdf(ReadingSession(ru, en, alignment), tmp_path / "long.pdf"))
    assert len(reader.pages) > 3
    starts: dict[str, dict[int, tuple[int, float]]] = {"ру": {}, "en": {}}
    for number, page in enumerate(reader.pages):
        for run in text_runs(page):
            for prefix in starts:
                head = run.text.split(" ", 1)[0]
                if head.startswith(prefix) and head[len(prefix):].isdigit():
                    starts[prefix][int(head[len(prefix):])] = (number, round(run.y, 2))
    assert set(starts["ру"]) == set(starts["en"]) == set(range(60))
    assert all(starts["ру"][i] == starts["en"][i] for i in range(60))  # every link starts level
    text = "".join(page.extract_text() for page in reader.pages)
    assert text.count("страницу.") == 120  # the long row went on over pages, nothing lost
    assert starts["ру"][8][0] > starts["ру"][7][0] + 1


def test_interleaved_layout(tmp_path, annotated):
    reader = PdfReader(export_pdf(annotated, tmp_path / "i.pdf", ExportOptions(layout="interleaved")))
    runs = text_runs(reader.pages[0])
    ru = next(r for r in runs if r.text.startswith("Документ был принят"))
    en = next(r for r in runs if r.text.startswith("The document was adopted"))
    assert en.y < ru.y and en.x > ru.x  # the counterpart follows, indented
    assert any(a["/Subtype"] == "/Highlight" for a in page_annotations(reader.pages[0]))


def test_cancel_writes_nothing(tmp_path, annotated):
    with pytest.raises(ExportCancelled):
        export_pdf(annotated, tmp_path / "c.pdf", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_progress_and_bad_layout(tmp_path, annotated):
    seen = []
    export_pdf(annotated, tmp_path / "p.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 6) and seen[-2:] == [(5, 6), (6, 6)]  # five rows laid out, then the file written
    with pytest.raises(ExportError):
        ExportOptions(layout="diagonal")



@pytest.mark.parametrize("filler", range(25, 60))  # one-line rows: a page holds about 33, so every position
def test_heading_never_ends_a_page(tmp_path, filler):
    """A heading row is kept with the lines that follow it, wherever the page would end."""
    lines = [f"Строка {k} вступления." for k in range(filler)]  # one short paragraph a line
    ru = make_doc([*lines, "# Глава вторая", "Первый абзац второй главы."], "ru")
    en = make_doc([*(f"Line {k} of the opening." for k in range(filler)), "# Chapter two",
                   "The first paragraph of chapter two."], "en")
    alignment = Alignment([Link([k], [k]) for k in range(filler + 2)])
    reader = PdfReader(export_pdf(ReadingSession(ru, en, alignment), tmp_path / "h.pdf"))
    page_of = {}
    for number, page in enumerate(reader.pages):
        for run in text_runs(page):
            page_of.setdefault(run.text.split(" ", 1)[0], number)
    assert page_of["Глава"] == page_of["Первый"] and page_of["Chapter"] == page_of["The"]


@pytest.mark.parametrize("filler", range(20, 54, 2))
def test_short_rows_never_break_across_pages(tmp_path, filler):
    """A row of a few lines is moved whole to the next page rather than split (the eye must not turn the page)."""
    ru = make_doc([f"Строка {k} вступления." for k in range(filler)]
                  + ["Начало " + "длинного абзаца из нескольких строк, " * 7 + "конец."], "ru")
    en = make_doc([f"Line {k} of the opening." for k in range(filler)] + ["Start of a short one, end."], "en")
    alignment = Alignment([Link([k], [k]) for k in range(filler + 1)])
    reader = PdfReader(export_pdf(ReadingSession(ru, en, alignment), tmp_path / "s.pdf"))
    pages = {}
    for number, page in enumerate(reader.pages):
        for run in text_runs(page):
            for word in ("Начало", "конец.", "Start"):
                if word in run.text:
                    pages[word] = number
    assert pages["Начало"] == pages["конец."] == pages["Start"]
