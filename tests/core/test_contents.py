"""The contents of a pair: both outlines merged into rows, linked or named alike, and the current chapter."""

from __future__ import annotations

from reader.core.align import Alignment, Link
from reader.core.contents import build_contents, chapter_label, merge_outlines, pair_title, row_path
from reader.core.document import Kind
from reader.core.formats import load_document
from reader.core.pair import load_pair
from reader.core.segment import make_document
from reader.core.structure import outline
from tests.core.formats.builders import epub_book_bytes
from tests.small_book import EN_PARTS, RU_PARTS, read_book, write_fb2, write_txt


def counterparts_of(alignment: Alignment):
    index = alignment.index()

    def counterparts(side: str, paragraph: int) -> list[int]:
        link = index[side].get(paragraph)
        return list(link.side("en" if side == "ru" else "ru")) if link else []

    return counterparts


def titles(rows, depth: int = 0):
    """[(depth, ru title, en title, linked)] of every row, in reading order."""
    found = []
    for row in rows:
        found.append((depth, row.title("ru"), row.title("en"), row.linked))
        found += titles(row.children, depth + 1)
    return found


def expected_parts(linked: bool) -> list:
    rows = []
    for ru_part, en_part in zip(RU_PARTS, EN_PARTS, strict=True):
        rows.append((0, ru_part, en_part, linked))
        rows += [(1, roman, f"Chapter {n}", linked) for n, roman in enumerate(["I", "II", "III"], 1)]
    return rows


def test_txt_book_rows_named_alike_before_links_and_linked_after(tmp_path):
    paths = write_txt(tmp_path)
    pair = load_pair(*paths)
    before = titles(build_contents(pair.ru, pair.en))
    # the Russian front matter (blurb and title) has no English counterpart: a row of its own, first
    assert before[0][1:3] == ("Annotation", "") and before[1][2] == ""
    assert [r for r in before if r[1] != "Annotation" and r[2]] == expected_parts(False)
    book = read_book(paths)
    after = titles(build_contents(book.ru, book.en, counterparts_of(book.alignment)))
    assert [r for r in after if r[2]] == expected_parts(True)


def test_fb2_sections_give_the_tree(tmp_path):
    book = read_book(write_fb2(tmp_path))
    rows = titles(build_contents(book.ru, book.en, counterparts_of(book.alignment)))
    assert [r for r in rows if r[2]] == expected_parts(True)


def _epub_pair(tmp_path):
    """A two-part EPUB pair whose chapter headings are styled paragraphs named by words (no numbers): only
    the table of contents says what they are, only the links say which go together."""
    ru_parts = [("Часть первая", [("Утро", ["Утром шёл дождь."] * 3), ("Вечер", ["Вечером стало тихо."] * 3)]),
                ("Часть вторая", [("Дорога", ["Дорога была длинной."] * 3)])]
    en_parts = [("Part One", [("Morning", ["It rained in the morning."] * 3), ("Evening", ["It was quiet."] * 3)]),
                ("Part Two", [("The Road", ["The road was long."] * 3)])]
    paths = tmp_path / "book.ru.epub", tmp_path / "book.en.epub"
    paths[0].write_bytes(epub_book_bytes(ru_parts, contents="nav", title="Книга"))
    paths[1].write_bytes(epub_book_bytes(en_parts, contents="ncx", title="The Book"))
    ru, en = (load_document(p) for p in paths)
    ru_kept = [p.index for p in ru.paragraphs if p.kind in (Kind.HEADING, Kind.BODY)]
    en_kept = [p.index for p in en.paragraphs if p.kind in (Kind.HEADING, Kind.BODY)]
    assert len(ru_kept) == len(en_kept)
    return ru, en, Alignment([Link([i], [j]) for i, j in zip(ru_kept, en_kept, strict=True)])


def test_epub_contents_from_the_table_of_contents_paired_by_links(tmp_path):
    ru, en, alignment = _epub_pair(tmp_path)
    assert [s.title for s in outline(ru)] == ["Часть первая", "Часть вторая"]  # levels from nav, not the markup
    rows = titles(build_contents(ru, en, counterparts_of(alignment)))
    assert rows == [(0, "Часть первая", "Part One", True), (1, "Утро", "Morning", True),
                    (1, "Вечер", "Evening", True), (0, "Часть вторая", "Part Two", True),
                    (1, "Дорога", "The Road", True)]
    unlinked = titles(build_contents(ru, en))  # words alone do not say "Утро" is "Morning"
    assert (1, "Утро", "", False) in unlinked and (1, "", "Morning", False) in unlinked
    assert [r for r in unlinked if r[0] == 0] == [(0, "Часть первая", "Part One", False),
                                                 (0, "Часть вторая", "Part Two", False)]  # parts by number


def _headed(texts: list[str], language: str):
    kinds = [Kind.HEADING if not t.endswith(".") else Kind.BODY for t in texts]
    document = make_document(texts, language, kinds=kinds)
    for paragraph in document.paragraphs:
        if paragraph.kind is Kind.HEADING:
            paragraph.level = 1
    return document


def test_a_chapter_one_side_lacks_gets_a_row_of_its_own_in_reading_order():
    ru = _headed(["Глава 1", "Текст.", "Глава 2", "Текст.", "Глава 3", "Текст."], "ru")
    en = _headed(["Chapter 1", "Text.", "Chapter 3", "Text."], "en")
    rows = titles(build_contents(ru, en))
    assert rows == [(0, "Глава 1", "Chapter 1", False), (0, "Глава 2", "", False), (0, "Глава 3", "Chapter 3", False)]
    ru_only = build_contents(ru, en)[1]
    assert ru_only.paragraph("en") is None and ru_only.paragraph("ru") == 2


def test_a_crossing_link_does_not_tangle_the_rows():
    ru = _headed(["Глава 1", "Текст.", "Глава 2", "Текст."], "ru")
    en = _headed(["Chapter 1", "Text.", "Chapter 2", "Text."], "en")
    crossing = {("ru", 0): [2], ("ru", 2): [0]}  # a wrong link each way: only the first is kept
    rows = merge_outlines(outline(ru), outline(en), lambda side, p: crossing.get((side, p), []))
    assert [(r.title("ru"), r.title("en")) for r in rows] == [("", "Chapter 1"), ("Глава 1", "Chapter 2"),
                                                             ("Глава 2", "")]
    order = [r.paragraph("en") for r in rows if r.paragraph("en") is not None]
    assert order == sorted(order)


def test_current_part_and_chapter_of_a_paragraph(tmp_path):
    book = read_book(write_txt(tmp_path))
    rows = build_contents(book.ru, book.en, counterparts_of(book.alignment))
    en_paragraph = next(p.index for p in book.en.paragraphs if p.text.startswith("Paragraph 2.3.5 "))
    assert chapter_label(row_path(rows, "en", en_paragraph), "en") == "PART TWO › Chapter 3"
    ru_paragraph = next(p.index for p in book.ru.paragraphs if p.text.startswith("Абзац 1.2.1 "))
    assert chapter_label(row_path(rows, "ru", ru_paragraph), "ru") == "ЧАСТЬ ПЕРВАЯ › II"
    assert chapter_label(row_path(rows, "en", 0), "en") == "PART ONE"  # the part's own heading
    assert row_path(rows, "ru", 1)[0].title("ru") == "Annotation"


def test_pair_title_leaves_out_a_part_heading_taken_for_a_title(tmp_path):
    pair = load_pair(*write_txt(tmp_path))
    assert pair.en.title == "PART ONE"
    assert pair_title(pair.ru, pair.en) == "ДВЕ ЧАСТИ"
    same = make_document(["Война и мир", "Текст."], "ru", title="Война и мир")
    assert pair_title(same, make_document(["War"], "en", title="война и мир")) == "Война и мир"
