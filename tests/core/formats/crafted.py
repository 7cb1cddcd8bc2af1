"""Crafted hostile inputs: small files that ask a reader for unbounded work or back-tracking.

Each family is a function ``make(scale) -> (file name, bytes)``; ``scale`` 1.0 is the size of the attack
that found the problem (``bench/hostile_bench.py`` measures those), the tests use smaller scales with
lowered limits or sizes that take well under a second when parsing is linear. Nothing here is kept on
disk: the files are made when needed.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable

from builders import zip_bytes


def raw_pdf(contents: list[bytes], *, compress: bool = True) -> bytes:
    """A PDF with one page per content stream (Helvetica as F1), written by hand so streams can be anything."""
    objects: list[bytes] = []
    count = len(contents)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Count {count} /Kids [{kids}] >>".encode())
    font = 3 + 2 * count
    for i, content in enumerate(contents):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 500 700] /Contents {4 + 2 * i} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>".encode())
        body = zlib.compress(content, 9) if compress else content
        head = f"<< /Length {len(body)}{' /Filter /FlateDecode' if compress else ''} >>\nstream\n".encode()
        objects.append(head + body + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _text_page(lines: list[str], top: int = 640) -> bytes:
    ops = [f"BT /F1 11 Tf 14 TL 60 {top} Td"] + [f"({line}) Tj T*" for line in lines] + ["ET"]
    return "\n".join(ops).encode("latin-1")


def _deflated_stream(unit: bytes, size: int) -> bytes:
    """zlib data that inflates to ``unit`` repeated up to ``size`` bytes (made without holding it all)."""
    packer = zlib.compressobj(9)
    block = unit * max(1, (1 << 20) // len(unit))
    parts, written = [], 0
    while written < size:
        piece = block[:size - written]
        parts.append(packer.compress(piece))
        written += len(piece)
    parts.append(packer.flush())
    return b"".join(parts)


def pdf_huge_stream(scale: float = 1.0) -> tuple[str, bytes]:
    """One page whose content stream inflates to 300 MB of text operators."""
    size = int(300 * 1024 * 1024 * scale)
    body = _deflated_stream(b"BT /F1 9 Tf 60 600 Td (Hello world) Tj ET\n", size)
    pdf = raw_pdf([b"PLACEHOLDER"], compress=False)
    head = f"<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode()
    old = b"<< /Length 11 >>\nstream\nPLACEHOLDER"
    pdf = pdf.replace(old, head + body)
    return "stream.pdf", _fix_xref(pdf)


def _fix_xref(pdf: bytes) -> bytes:
    """Recompute the xref offsets of a hand-written PDF whose objects were edited."""
    import re

    body = pdf[:pdf.index(b"xref\n")]
    offsets = [m.start() for m in re.finditer(rb"(?m)^\d+ 0 obj\n", body)]
    out = io.BytesIO()
    out.write(body)
    out.write(f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{len(body)}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_many_pages(scale: float = 1.0) -> tuple[str, bytes]:
    """100,000 pages with one short line each."""
    pages = max(2, int(100_000 * scale))
    return "pages.pdf", raw_pdf([_text_page([f"Page {i} of the book."], top=400) for i in range(pages)])


def pdf_hyphenated_paragraph(scale: float = 1.0) -> tuple[str, bytes]:
    """One paragraph of 12,000 full lines over 300 pages, each ending in a hyphenated word."""
    lines = max(4, int(12_000 * scale))
    per_page = 40
    text = ["Wordswordswords wordswordswords wordswordswords wordswordswords hyphen-"] * lines
    contents = [_text_page(text[i:i + per_page]) for i in range(0, lines, per_page)]
    return "hyphens.pdf", raw_pdf(contents)


def epub_spine_repeat(scale: float = 1.0) -> tuple[str, bytes]:
    """An EPUB whose spine lists one 8 MB chapter (under the per-entry bomb check) 3,000 times: 24 GB to unpack."""
    chapter = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
               "<p>Все счастливые семьи похожи друг на друга.</p><!--" + " " * int(8 * 1024 * 1024 * min(1.0, 100 * scale))
               + "--></body></html>")
    repeats = max(2, int(3000 * scale))
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/>'
           '<manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest>'
           "<spine>" + '<itemref idref="c"/>' * repeats + "</spine></package>")
    container = ('<?xml version="1.0"?><container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 '<rootfile full-path="c.opf" media-type="application/oebps-package+xml"/></rootfiles></container>')
    return "spine.epub", zip_bytes({"mimetype": "application/epub+zip", "META-INF/container.xml": container,
                                    "c.opf": opf, "c.xhtml": chapter}, stored_first="mimetype")


def docx_million_paragraphs(scale: float = 1.0) -> tuple[str, bytes]:
    """A Word document of a million one-word paragraphs."""
    count = max(2, int(1_000_000 * scale))
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = (f'<?xml version="1.0"?><w:document {w}><w:body>'
                + "".join(f"<w:p><w:r><w:t>Слово {i}.</w:t></w:r></w:p>" for i in range(count)) + "</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
    return "many.docx", buffer.getvalue()


def txt_one_char_lines(scale: float = 1.0) -> tuple[str, bytes]:
    """A text of one character per line, 1,000,000 lines."""
    return "lines.txt", ("а\n" * max(2, int(1_000_000 * scale))).encode()


def txt_indented_block(scale: float = 1.0) -> tuple[str, bytes]:
    """A block of 200,000 indented lines ending in one that is not, then a second paragraph."""
    lines = max(2, int(200_000 * scale))
    return "indented.txt", (" Строка.\n" * lines + "Конец.\n\nВторой абзац.\n").encode()


def txt_dots(scale: float = 1.0) -> tuple[str, bytes]:
    """An English paragraph holding a run of 800,000 full stops."""
    return "dots.txt", ("The end" + "." * max(2, int(800_000 * scale)) + " then more text.\n\nSecond.\n").encode()


def txt_shared_sentence(scale: float = 1.0) -> tuple[str, bytes]:
    """50,000 paragraphs that share one sentence (the duplicate check compared every pair)."""
    count = max(2, int(50_000 * scale))
    shared = "This sentence is repeated in every paragraph of the file."
    return "shared.txt", "\n\n".join(f"{shared} Paragraph {i} is different." for i in range(count)).encode()


def fb2_million_paragraphs(scale: float = 1.0) -> tuple[str, bytes]:
    """A FictionBook of a million short paragraphs."""
    count = max(2, int(1_000_000 * scale))
    return "many.fb2", ('<?xml version="1.0" encoding="utf-8"?><FictionBook><body><section>'
                        + "<p>Текст.</p>" * count + "</section></body></FictionBook>").encode()


def fb2_deep(scale: float = 1.0) -> tuple[str, bytes]:
    """A FictionBook nested 100,000 sections deep."""
    depth = max(2, int(100_000 * scale))
    return "deep.fb2", ('<?xml version="1.0"?><FictionBook><body>' + "<section>" * depth + "<p>Текст</p>"
                        + "</section>" * depth + "</body></FictionBook>").encode()


def md_atx_spaces(scale: float = 1.0) -> tuple[str, bytes]:
    """A Markdown ATX heading padded with 16,000 spaces."""
    return "heading.md", ("# Heading" + " " * max(2, int(16_000 * scale)) + "end\n\nText.\n").encode()


def md_strong_runs(scale: float = 1.0) -> tuple[str, bytes]:
    """80,000 unclosed ``**`` openers on one paragraph."""
    return "stars.md", ("Text " + "**a " * max(2, int(80_000 * scale)) + "\n").encode()


def md_emphasis_runs(scale: float = 1.0) -> tuple[str, bytes]:
    """80,000 unclosed ``*`` openers."""
    return "star.md", ("Text " + "*a " * max(2, int(80_000 * scale)) + "\n").encode()


def md_brackets(scale: float = 1.0) -> tuple[str, bytes]:
    """80,000 unclosed ``[``, ``<`` and ``[a](`` (the link, reference and inline HTML patterns)."""
    count = max(2, int(80_000 * scale))
    return "brackets.md", ("Text " + "[" * count + "\n\nMore " + "<" * count + "\n\nLast " + "[a](" * count
                           + "\n").encode()


def html_nested_divs(scale: float = 1.0) -> tuple[str, bytes]:
    """HTML with 20,000 nested ``<div>``."""
    depth = max(2, int(20_000 * scale))
    return "nested.html", ("<html><body>" + "<div>" * depth + "<p>Text in the middle.</p>" + "</div>" * depth
                           + "</body></html>").encode()


def html_sloppy_list(scale: float = 1.0) -> tuple[str, bytes]:
    """8,000 list items written ``<li><p>item`` without end tags (as old HTML does)."""
    count = max(2, int(8_000 * scale))
    return "list.html", ("<html><body><ul>" + "".join(f"<li><p>Item {i}" for i in range(count))
                         + "</ul></body></html>").encode()


def html_skipped_nesting(scale: float = 1.0) -> tuple[str, bytes]:
    """An ``<svg>`` (skipped content) holding 100,000 nested elements."""
    depth = max(2, int(100_000 * scale))
    return "svg.html", ("<html><body><p>Before.</p><svg>" + "<g>" * depth + "</svg><p>After the drawing.</p>"
                        "</body></html>").encode()


def html_punycode(scale: float = 1.0) -> tuple[str, bytes]:
    """An 800 kB run of punycode-like host names (dots and hyphens, no spaces) in a paragraph."""
    unit = "xn--80akhbyknj4f.xn--p1ai."
    return "puny.html", ("<html><body><p>" + unit * max(2, int(800_000 * scale / len(unit)))
                         + "</p></body></html>").encode()


def html_unclosed_markup(scale: float = 1.0) -> tuple[str, bytes]:
    """Markup openings that never close, with no ``>`` after them: ``<a<a…``, ``</</…``, ``<!x<!x…`` and
    ``<!--`` without ``-->`` (40,000 of each; 450 kB)."""
    count = max(2, int(40_000 * scale))
    return "unclosed.html", ("<html><body><p>Text.</p><p>" + "<a" * count + "</" * count + "<!x" * count
                             + "<!-- " * count).encode()


def txt_chapter_headings(scale: float = 1.0) -> tuple[str, bytes]:
    """90,000 chapter headings in a row (a table of contents with no end: each was compared with all before it)."""
    count = max(2, int(90_000 * scale))
    return "chapters.txt", ("\n\n".join(f"Chapter {i}" for i in range(1, count + 1))
                            + "\n\nThe text of the book begins here.\n").encode()


#: family name → builder, in the order the benchmark reports them
FAMILIES: dict[str, Callable[[float], tuple[str, bytes]]] = {
    "epub-spine-repeat": epub_spine_repeat,
    "docx-million-paragraphs": docx_million_paragraphs,
    "pdf-huge-content-stream": pdf_huge_stream,
    "pdf-many-pages": pdf_many_pages,
    "pdf-hyphenated-paragraph": pdf_hyphenated_paragraph,
    "txt-one-char-lines": txt_one_char_lines,
    "txt-indented-block": txt_indented_block,
    "txt-dots": txt_dots,
    "txt-shared-sentence": txt_shared_sentence,
    "txt-chapter-headings": txt_chapter_headings,
    "fb2-million-paragraphs": fb2_million_paragraphs,
    "fb2-deep": fb2_deep,
    "md-atx-spaces": md_atx_spaces,
    "md-strong-runs": md_strong_runs,
    "md-emphasis-runs": md_emphasis_runs,
    "md-brackets": md_brackets,
    "html-nested-divs": html_nested_divs,
    "html-sloppy-list": html_sloppy_list,
    "html-skipped-nesting": html_skipped_nesting,
    "html-punycode": html_punycode,
    "html-unclosed-markup": html_unclosed_markup,
}
