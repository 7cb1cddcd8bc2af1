"""Every kind of bad input gives its documented ReaderError with a message a person understands."""

from __future__ import annotations

import pytest
from builders import EN_PARAGRAPHS, RU_PARAGRAPHS, fb2_bytes, image_pdf_bytes, pdf_bytes, zip_bytes

from reader.core.errors import (BinaryFileError, EmptyFileError, EncryptedPdfError, MalformedDocumentError,
                                NoTextLayerError, UnsupportedFormatError, WorkLimitError)
from reader.core.formats import load_document

_DEEP = ('<?xml version="1.0"?><FictionBook><body>' + "<section>" * 5000 + "<p>Текст</p>"
         + "</section>" * 5000 + "</body></FictionBook>")
_BOMB = ('<?xml version="1.0"?><!DOCTYPE FictionBook [<!ENTITY a "aaaaaaaaaa">'
         '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><FictionBook><body><p>&b;</p></body></FictionBook>')

#: file name, a function making its content, the error, words its message must hold
CASES = [
    ("empty.txt", lambda: b"", EmptyFileError, "empty"),
    ("blank.txt", lambda: b"  \n\n \t\n", EmptyFileError, "empty"),
    ("data.txt", lambda: bytes(range(256)) * 8, BinaryFileError, "binary"),
    ("book.txt", lambda: b"%PDF-1.7\n...", UnsupportedFormatError, "really a PDF document"),
    ("book.txt", lambda: zip_bytes({"a": "b"}), UnsupportedFormatError, "really a zip archive"),
    ("notes.xyz", lambda: b"Some words.", UnsupportedFormatError, "unrecognised"),
    ("page.html", lambda: b"Just words, no markup at all in this file.", MalformedDocumentError, "no markup"),
    ("book.epub", lambda: zip_bytes({"mimetype": "application/epub+zip", "x.xhtml": "<p>x</p>"}),
     MalformedDocumentError, "container"),
    ("book.epub", lambda: b"just text, not an archive", UnsupportedFormatError, "does not look like epub"),
    ("book.fb2.zip", lambda: zip_bytes({"readme.txt": "nothing"}), MalformedDocumentError, "no .fb2"),
    ("book.fb2", lambda: fb2_bytes("Книга", [("Глава", RU_PARAGRAPHS)])[:300], MalformedDocumentError,
     "damaged"),
    ("book.fb2", lambda: '<?xml version="1.0"?><html><p>Текст</p></html>'.encode(), MalformedDocumentError,
     "not a FictionBook"),
    ("bomb.fb2", lambda: _BOMB.encode(), MalformedDocumentError, "refuses"),
    ("deep.fb2", lambda: _DEEP.encode(), WorkLimitError, "nested more than 500 deep"),
    ("doc.docx", lambda: zip_bytes({"other.xml": "<x/>"}), MalformedDocumentError, "word/document.xml"),
    ("doc.odt", lambda: zip_bytes({"other.xml": "<x/>"}), MalformedDocumentError, "content.xml"),
    ("doc.docx", lambda: zip_bytes({"word/document.xml": "<w:document><w:body><w:p>"}), MalformedDocumentError,
     "XML"),
    ("doc.pdf", lambda: pdf_bytes(EN_PARAGRAPHS)[:200], MalformedDocumentError, "damaged"),
    ("doc.pdf", lambda: b"plain words", UnsupportedFormatError, "does not look like pdf"),
    ("doc.pdf", lambda: pdf_bytes(EN_PARAGRAPHS, encrypt="secret"), EncryptedPdfError, "encrypted"),
    ("scan.pdf", image_pdf_bytes, NoTextLayerError, "OCR"),
]


@pytest.mark.parametrize("name, make, error, words", CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_bad_input(tmp_path, name, make, error, words):
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(error, match=words) as info:
        load_document(path)
    assert str(path) in str(info.value)  # the message names the file
