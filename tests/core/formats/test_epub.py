"""Tests for EPUB books."""

from __future__ import annotations

import pytest
from builders import RU_PARAGRAPHS, epub_bytes, zip_bytes

from reader.core.document import Kind
from reader.core.errors import MalformedDocumentError
from reader.core.formats import load_document


def test_spine_order_headings_and_title(tmp_path):
    path = tmp_path / "book.epub"
    path.write_bytes(epub_bytes([("Глава первая", RU_PARAGRAPHS[:1]), ("Глава вторая", RU_PARAGRAPHS[1:])]))
    document = load_document(path)
    assert document.title == "Книга" and document.language == "ru" and document.source.format == "epub"
    assert [(p.text, p.kind) for p in document.paragraphs] == [
        ("Глава первая", Kind.HEADING), (RU_PARAGRAPHS[0], Kind.BODY),
        ("Глава вторая", Kind.HEADING), (RU_PARAGRAPHS[1], Kind.BODY)]


def test_spine_order_is_not_file_order(tmp_path):
    data = epub_bytes([("One", ["First chapter text is here."]), ("Two", ["Second chapter text is here."])],
                      order=[1, 0])
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    assert [p.text for p in load_document(path).paragraphs if p.kind is Kind.HEADING] == ["Two", "One"]


def test_a_chapter_the_spine_names_twice_is_read_twice(tmp_path):
    data = epub_bytes([("One", ["First chapter text is here."]), ("Two", ["Second chapter text is here."])],
                      order=[0, 1, 0])
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    texts = [p.text for p in load_document(path).paragraphs]
    assert texts == ["One", "First chapter text is here.", "Two", "Second chapter text is here.",
                     "One", "First chapter text is here."]


def test_a_repeated_chapter_counts_to_the_unpacked_limit_each_time(tmp_path, monkeypatch):
    from reader.core.errors import WorkLimitError

    chapter = ["Все счастливые семьи похожи друг на друга. " * 2_000]  # about 90 KB unpacked
    data = epub_bytes([("Глава", chapter)], order=[0] * 40)  # 3.6 MB when read 40 times
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    monkeypatch.setenv("PARALLEL_READER_MAX_UNPACKED_MB", "1")
    with pytest.raises(WorkLimitError, match="unpacks to more than 1.0 MB"):
        load_document(path)
    monkeypatch.setenv("PARALLEL_READER_MAX_UNPACKED_MB", "8")
    assert sum(p.text == "Глава" for p in load_document(path).paragraphs) == 40


def test_external_entity_refused(tmp_path):
    data = epub_bytes([("One", ["Text of the chapter."])])
    evil = ('<?xml version="1.0"?><!DOCTYPE c [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="&x;"/></rootfiles></container>')
    import io
    import zipfile
    entries = {n: zipfile.ZipFile(io.BytesIO(data)).read(n) for n in zipfile.ZipFile(io.BytesIO(data)).namelist()}
    entries["META-INF/container.xml"] = evil.encode()
    path = tmp_path / "evil.epub"
    path.write_bytes(zip_bytes(entries, stored_first="mimetype"))
    with pytest.raises(MalformedDocumentError, match="refuses"):
        load_document(path)


@pytest.mark.parametrize("contents", ["nav", "ncx"])
def test_the_table_of_contents_makes_headings_and_their_depth(tmp_path, contents):
    from builders import epub_book_bytes

    from reader.core.structure import outline

    third = "Во второй части книги продолжается рассказ о том, что было дальше."
    parts = [("Часть первая", [("Глава 1", RU_PARAGRAPHS[:1]), ("Глава 2", RU_PARAGRAPHS[1:2])]),
             ("Часть вторая", [("Глава 1", [third])])]
    path = tmp_path / "book.epub"
    path.write_bytes(epub_book_bytes(parts, contents=contents))
    document = load_document(path)
    assert [p.text for p in document.paragraphs] == [
        "Часть первая", "Глава 1", RU_PARAGRAPHS[0], "Глава 2", RU_PARAGRAPHS[1], "Часть вторая", "Глава 1",
        third]  # the contents itself is not read as text
    tree = outline(document)
    assert [(s.title, [c.title for c in s.children]) for s in tree] == [
        ("Часть первая", ["Глава 1", "Глава 2"]), ("Часть вторая", ["Глава 1"])]


def test_a_damaged_table_of_contents_does_not_stop_the_book(tmp_path):
    import io
    import zipfile

    from builders import epub_book_bytes

    data = epub_book_bytes([("Часть первая", [("Глава 1", RU_PARAGRAPHS[:2])])], contents="ncx")
    source = zipfile.ZipFile(io.BytesIO(data))
    entries = {n: source.read(n) for n in source.namelist()}
    entries["OEBPS/toc.ncx"] = b"<ncx><navMap><navPoint>"  # cut off
    path = tmp_path / "book.epub"
    path.write_bytes(zip_bytes(entries, stored_first="mimetype"))
    assert RU_PARAGRAPHS[1] in [p.text for p in load_document(path).paragraphs]
