"""Tests for DOCX and ODT documents."""

from __future__ import annotations

import pytest
from builders import RU_PARAGRAPHS, docx_bytes, odt_bytes

from reader.core.document import Kind
from reader.core.formats import load_document

TABLE = [["Страна", "Дата"], ["Россия", "2025"]]
EXPECTED = [("Конвенция", Kind.HEADING), (RU_PARAGRAPHS[0], Kind.BODY), (RU_PARAGRAPHS[1], Kind.BODY)]


@pytest.mark.parametrize("suffix, build", [(".docx", docx_bytes), (".odt", odt_bytes)])
def test_document(tmp_path, suffix, build):
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(build("Заголовок файла", "Конвенция", RU_PARAGRAPHS, TABLE))
    document = load_document(path)
    assert document.title == "Заголовок файла" and document.language == "ru"
    assert document.source.format == suffix[1:]
    got = [(p.text, p.kind) for p in document.paragraphs]
    assert got[:3] == EXPECTED
    texts = [p.text for p in document.paragraphs]
    assert "Страна | Дата" in texts and "Россия | 2025" in texts and "Пункт списка номер один" in texts


def test_sniffed_by_content(tmp_path):
    path = tmp_path / "download.bin"
    path.write_bytes(docx_bytes("T", "Конвенция", RU_PARAGRAPHS, TABLE))
    assert load_document(path).source.format == "docx"
