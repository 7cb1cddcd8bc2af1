"""Tests for PDF files, built with reportlab and read back with pdfium."""

from __future__ import annotations

import pytest
from builders import cyrillic_font, pdf_bytes

from reader.core.formats import load_document

ENGLISH = [
    " ".join(f"Sentence number {i} of the first paragraph tells a little more of the story." for i in range(12)),
    "A short second paragraph.",
    " ".join(f"The third paragraph, sentence {i}, is long enough to run over a page break." for i in range(14)),
]


def _write(tmp_path, data, name="doc.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_pages_headers_footers_and_wraps(tmp_path):
    data = pdf_bytes(ENGLISH, header="The Running Header of the Book", lines_per_page=20, title="A Test Book")
    document = load_document(_write(tmp_path, data))
    assert document.title == "A Test Book" and document.source.format == "pdf"
    assert [p.text for p in document.paragraphs] == ENGLISH


def test_headings_by_type_size(tmp_path):
    from reader.core.document import Kind

    data = pdf_bytes([("heading", "Chapter One"), ENGLISH[1], ("heading", "The Second Part"), ENGLISH[0]])
    document = load_document(_write(tmp_path, data))
    assert [(p.text, p.kind) for p in document.paragraphs] == [
        ("Chapter One", Kind.HEADING), (ENGLISH[1], Kind.BODY), ("The Second Part", Kind.HEADING),
        (ENGLISH[0], Kind.BODY)]
    assert document.title == "Chapter One"


def _hyphenate(lines: list[str], word: str, cut: int, mark: str = "-") -> list[str]:
    """Move the start of ``word`` (which opens one of the lines) to the end of the line before, hyphenated."""
    for i, line in enumerate(lines[1:], start=1):
        if line.startswith(word):
            lines[i - 1] += " " + word[:cut] + mark
            lines[i] = word[cut:] + line[len(word):]
            return lines
    raise AssertionError(f"no line starts with {word!r}")


def test_cyrillic_hyphenation_and_real_hyphens(tmp_path):
    font = cyrillic_font()
    if font is None:
        pytest.skip("the bundled DejaVu font is not in resources/fonts")
    text = ("Подписанная конвенция призвана противостоять многим действиям в цифровой среде, "
            "а также противоправным действиям, и Россия открыта к сотрудничеству в борьбе с "
            "IT-преступлениями, которые зачастую тесно связаны с терроризмом и другими угрозами.")
    words = text.split()
    # three lines starting with the words to test, then those words hyphenated across the line ends
    first = words.index("противоправным")
    second = words.index("IT-преступлениями,")
    lines = [" ".join(words[:first]), " ".join(words[first:second]), " ".join(words[second:])]
    lines = _hyphenate(lines, "противоправным", 7)
    lines = _hyphenate(lines, "IT-преступлениями,", 3, mark="")  # a real hyphen at the line end
    assert lines[0].endswith("противо-") and lines[1].endswith("IT-")
    document = load_document(_write(tmp_path, pdf_bytes([lines], font=font, size=7)))
    assert document.language == "ru"
    assert [p.text for p in document.paragraphs] == [text]


def test_progress_and_cancel(tmp_path):
    from reader.core.formats import LoadCancelled

    path = _write(tmp_path, pdf_bytes(ENGLISH, lines_per_page=10))
    seen = []
    load_document(path, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 4 and seen[-1][0] == seen[-1][1]
    assert all(done <= total for done, total in seen)
    fractions = [done / total for done, total in seen]
    assert fractions == sorted(fractions)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(LoadCancelled):
        load_document(path, cancelled=cancelled)
