"""Tests for FictionBook files, plain and zipped."""

from __future__ import annotations

import pytest
from builders import RU_PARAGRAPHS, fb2_bytes, zip_bytes

from reader.core.document import Kind
from reader.core.formats import load_document


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1251"])
def test_fb2(tmp_path, encoding):
    path = tmp_path / "book.fb2"
    path.write_bytes(fb2_bytes("Война и мир", [("Глава 1", RU_PARAGRAPHS)], encoding))
    document = load_document(path)
    assert document.title == "Война и мир" and document.source.encoding == encoding
    assert document.language == "ru" and document.source.format == "fb2"
    assert [(p.text, p.kind) for p in document.paragraphs] == [
        ("Война и мир", Kind.HEADING), ("Всё смешалось в доме Облонских.", Kind.BODY),
        ("Лев Толстой", Kind.META), ("Глава 1", Kind.HEADING), (RU_PARAGRAPHS[0], Kind.BODY),
        (RU_PARAGRAPHS[1], Kind.BODY), ("Мороз и солнце;\nдень чудесный!", Kind.BODY)]
    assert "iVBOR" not in " ".join(p.text for p in document.paragraphs)


def test_fb2_zip(tmp_path):
    path = tmp_path / "book.fb2.zip"
    path.write_bytes(zip_bytes({"book.fb2": fb2_bytes("Книга", [("Глава", RU_PARAGRAPHS)], "windows-1251")}))
    document = load_document(path)
    assert document.source.format == "fb2" and document.title == "Книга"
    assert RU_PARAGRAPHS[1] in [p.text for p in document.paragraphs]


def test_unknown_extension_sniffed_as_fb2(tmp_path):
    path = tmp_path / "book.xml"
    path.write_bytes(fb2_bytes("Книга", [("Глава", RU_PARAGRAPHS)]))
    assert load_document(path).source.format == "fb2"
