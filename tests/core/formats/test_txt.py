"""Tests for plain-text files: encodings, paragraphs, and what load_document refuses."""

from __future__ import annotations

import pytest

from reader.core.document import Kind
from reader.core.errors import FileTooLargeError, InputError
from reader.core.formats import MAX_BYTES_VARIABLE, load_document
from reader.core.formats.encoding import decode
from reader.core.formats.txt import split_paragraphs

RUSSIAN = ("Президент России Владимир Путин назвал подписание конвенции историческим событием.\n\n"
           "Россия открыта к самому тесному международному сотрудничеству в сфере борьбы с преступностью.\n")


@pytest.mark.parametrize("encoding, name", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("cp1251", "cp1251"),
    ("koi8-r", "koi8-r"), ("cp866", "cp866"),
])
def test_russian_encodings(tmp_path, encoding, name):
    path = tmp_path / "ru.txt"
    path.write_bytes(RUSSIAN.encode(encoding))
    document = load_document(path)
    assert document.source.encoding == name
    assert document.language == "ru"
    assert [p.text for p in document.paragraphs] == RUSSIAN.strip().split("\n\n")


def test_short_koi8_and_cp1251_are_not_confused():
    for word, encoding in [("Привет, мир", "koi8-r"), ("Привет, мир", "cp1251"), ("съешь ещё", "koi8-r")]:
        assert decode(word.encode(encoding)) == (word, encoding)


def test_windows_1252_english(tmp_path):
    path = tmp_path / "en.txt"
    path.write_bytes("The café’s “special” costs €5 — a bargain for the whole family in town.\n".encode("cp1252"))
    document = load_document(path)
    assert document.paragraphs[0].text.startswith("The café’s “special”")


def test_hard_wrapped_paragraphs_joined():
    text = ("This is a paragraph that has been wrapped at a fixed width by some\n"
            "old editor, so its lines are all about as long as each other and\n"
            "end before seventy columns.\n\n"
            "A second paragraph, wrapped in the same way, continues the story a\n"
            "little further.\n")
    assert split_paragraphs(text) == [
        "This is a paragraph that has been wrapped at a fixed width by some old editor, so its lines "
        "are all about as long as each other and end before seventy columns.",
        "A second paragraph, wrapped in the same way, continues the story a little further."]


def test_indented_lines_start_paragraphs_in_wrapped_block():
    text = ("Intro paragraph that is not indented and is long enough to wrap\n\n"
            "    First indented paragraph begins here and goes on a good way\n"
            "until here.\n"
            "    Second indented paragraph begins here and goes on a long way\n"
            "until there.\n")
    assert split_paragraphs(text)[1:] == [
        "First indented paragraph begins here and goes on a good way until here.",
        "Second indented paragraph begins here and goes on a long way until there."]


def test_no_blank_lines_one_paragraph_per_line():
    assert split_paragraphs("one line\r\ntwo line\rthree\n") == ["one line", "two line", "three"]


def test_block_of_unequal_lines_reads_per_line():
    text = "Headline Here\nA much longer line that carries a whole paragraph of text with it, as web captures do " \
           "when each paragraph is one long line.\n\nNext\n"
    assert split_paragraphs(text) == ["Headline Here", text.split("\n")[1], "Next"]


def test_headline_of_plain_text(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Storm Hits the Coast\n\nA storm hit the coast on Monday. Many roads were closed.\n\n"
                    "Officials said repairs would take a week.\n", encoding="utf-8")
    document = load_document(path)
    assert [p.kind for p in document.paragraphs] == [Kind.HEADING, Kind.BODY, Kind.BODY]
    assert document.title == "Storm Hits the Coast"


def test_too_large(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("Some English words here to read.\n" * 100, encoding="utf-8")
    with pytest.raises(FileTooLargeError, match="limit"):
        load_document(path, max_bytes=1000)
    monkeypatch.setenv(MAX_BYTES_VARIABLE, "0.001")
    with pytest.raises(FileTooLargeError, match=r"the file is 3 KB, more than the limit of 1 KB"):
        load_document(path)  # a limit below 0.05 MB was '0.0 MB'
    monkeypatch.setenv(MAX_BYTES_VARIABLE, "1")
    assert load_document(path).paragraphs


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="not a file"):
        load_document(tmp_path)
