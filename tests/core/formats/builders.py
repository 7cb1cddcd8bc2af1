"""Builders of real files of every supported format, for the format tests and the fuzz test."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reader.core.resources import resource_path

RU_PARAGRAPHS = [
    "Президент России назвал подписание конвенции историческим событием.",
    "Конвенция призвана противостоять противоправным действиям в цифровой среде.",
]
EN_PARAGRAPHS = [
    "The signing of the convention is a historic event, the president said on Saturday.",
    "The convention is designed to resist illegal actions in the digital domain.",
]


def zip_bytes(entries: dict[str, bytes | str], *, stored_first: str | None = None) -> bytes:
    """A zip archive of ``entries`` (``stored_first`` is written first, uncompressed, as EPUB/ODT want)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if stored_first:
            archive.writestr(stored_first, entries[stored_first], compress_type=zipfile.ZIP_STORED)
        for name, content in entries.items():
            if name != stored_first:
                archive.writestr(name, content)
    return buffer.getvalue()


def html_page(title: str, heading: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>{escape(title)}</title><link rel='stylesheet' href='http://example.invalid/s.css'/>"
            f"</head><body><h1>{escape(heading)}</h1>{body}</body></html>")


def epub_bytes(chapters: list[tuple[str, list[str]]], title: str = "Книга",
               order: list[int] | None = None) -> bytes:
    """An EPUB with one XHTML file a chapter; the spine lists them in ``order`` (default: file order)."""
    names = [f"text/ch{i:02d}.xhtml" for i in range(len(chapters))]
    manifest = "".join(f'<item id="c{i}" href="{n}" media-type="application/xhtml+xml"/>'
                       for i, n in enumerate(names))
    spine = "".join(f'<itemref idref="c{i}"/>' for i in (order or range(len(chapters))))
    opf = (f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title></metadata>'
           f"<manifest>{manifest}</manifest><spine>{spine}</spine></package>")
    container = ('<?xml version="1.0"?><container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                 "</rootfiles></container>")
    entries: dict[str, bytes | str] = {"mimetype": "application/epub+zip", "META-INF/container.xml": container,
                                       "OEBPS/content.opf": opf}
    for name, (heading, paragraphs) in zip(names, chapters, strict=True):
        entries[f"OEBPS/{name}"] = html_page(heading, heading, paragraphs)
    return zip_bytes(entries, stored_first="mimetype")


def fb2_bytes(title: str, sections: list[tuple[str, list[str]]], encoding: str = "utf-8") -> bytes:
    """A FictionBook 2 document in ``encoding`` with an epigraph, a poem and a binary image."""
    body = "".join(f"<section><title><p>{escape(h)}</p></title>"
                   + "".join(f"<p>{escape(p)}</p>" for p in ps) + "</section>" for h, ps in sections)
    xml = (f'<?xml version="1.0" encoding="{encoding}"?>\n'
           '<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" '
           'xmlns:l="http://www.w3.org/1999/xlink"><description><title-info>'
           f"<book-title>{escape(title)}</book-title><lang>ru</lang></title-info></description>"
           f"<body><title><p>{escape(title)}</p></title>"
           "<epigraph><p>Всё смешалось в доме Облонских.</p><text-author>Лев Толстой</text-author></epigraph>"
           f'{body}<section><poem><stanza><v>Мороз и солнце;</v><v>день чудесный!</v></stanza></poem>'
           '<image l:href="#pic"/></section></body>'
           '<binary id="pic" content-type="image/png">iVBORw0KGgo=</binary></FictionBook>')
    return xml.encode(encoding)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bytes(title: str, heading: str, paragraphs: list[str], table: list[list[str]]) -> bytes:
    """A minimal WordprocessingML document: a Heading1 paragraph, body paragraphs, a table, a list item."""
    def para(text, style=None):
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        first, _, rest = text.partition(" ")
        return f'<w:p>{props}<w:r><w:t xml:space="preserve">{escape(first)} </w:t></w:r>' \
               f"<w:r><w:t>{escape(rest)}</w:t></w:r></w:p>"
    rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in table)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>'
                + para(heading, "Heading1") + "".join(para(p) for p in paragraphs)
                + f"<w:tbl>{rows}</w:tbl>" + para("Пункт списка номер один", "ListParagraph")
                + "</w:body></w:document>")
    styles = (f'<?xml version="1.0"?><w:styles {_W}><w:style w:type="paragraph" w:styleId="Heading1">'
              '<w:name w:val="heading 1"/></w:style></w:styles>')
    core = ('<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            f'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}'
            "</dc:title></cp:coreProperties>")
    content_types = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                     'content-types"/>')
    return zip_bytes({"[Content_Types].xml": content_types, "word/document.xml": document,
                      "word/styles.xml": styles, "docProps/core.xml": core})


def odt_bytes(title: str, heading: str, paragraphs: list[str], table: list[list[str]]) -> bytes:
    """A minimal OpenDocument text: a heading, paragraphs with spans and spaces, a list, a table."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    paras = "".join(f"<text:p>{escape(p.split(' ', 1)[0])}<text:s/><text:span>{escape(p.split(' ', 1)[1])}"
                    "</text:span></text:p>" for p in paragraphs)
    rows = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{escape(c)}</text:p>"
                                                  "</table:table-cell>" for c in row) + "</table:table-row>"
                   for row in table)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body><office:text>'
               f'<text:h text:outline-level="1">{escape(heading)}</text:h>{paras}'
               "<text:list><text:list-item><text:p>Пункт списка номер один</text:p></text:list-item></text:list>"
               f"<table:table>{rows}</table:table></office:text></office:body></office:document-content>")
    meta = ('<?xml version="1.0"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
            'office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
            f"<dc:title>{escape(title)}</dc:title></office:meta></office:document-meta>")
    return zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content,
                      "meta.xml": meta}, stored_first="mimetype")


def cyrillic_font() -> str | None:
    """Register the bundled DejaVu Sans with reportlab; its name, or None when it is not bundled."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = resource_path("fonts", "DejaVuSans.ttf")
    if not Path(path).exists():
        return None
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(path)))
    return "DejaVuSans"


def pdf_bytes(paragraphs: list[str | list[str] | tuple[str, str]], *, font: str = "Helvetica", size: float = 11, header: str | None = None,
              page_numbers: bool = True, lines_per_page: int = 40, width: float = 300,
              encrypt: str | None = None, title: str | None = None) -> bytes:
    """A text PDF: paragraphs wrapped to ``width`` points with a first-line indent, flowing over pages,
    with an optional running header and page numbers at the foot of each page. A paragraph given
    as a list of strings is drawn with exactly those lines, one given as ("heading", text) in larger type."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(500, 700), encrypt=encrypt)
    if title:
        pdf.setTitle(title)
    lines: list[tuple[str, float, float]] = []
    for paragraph in paragraphs:
        if isinstance(paragraph, tuple):  # ("heading", text): one line in larger type
            lines.append((paragraph[1], 0.0, size * 1.8))
            continue
        wrapped = paragraph if isinstance(paragraph, list) else simpleSplit(paragraph, font, size, width)
        for i, line in enumerate(wrapped):
            lines.append((line, 20.0 if i == 0 else 0.0, size))
    page = 0
    while lines or page == 0:
        page += 1
        if header:
            pdf.setFont(font, 8)
            pdf.drawString(60, 660, header)
        if page_numbers:
            pdf.setFont(font, 8)
            pdf.drawCentredString(250, 30, str(page))
        y = 620.0
        for line, indent, line_size in lines[:lines_per_page]:
            pdf.setFont(font, line_size)
            pdf.drawString(60 + indent, y, line)
            y -= line_size * 1.3
        lines = lines[lines_per_page:]
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def image_pdf_bytes() -> bytes:
    """A PDF whose only page is a drawing, with no text layer."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(300, 300))
    pdf.rect(50, 50, 200, 200, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def epub_book_bytes(parts: list[tuple[str, list[tuple[str, list[str]]]]], *, contents: str = "nav",
                    title: str = "Книга") -> bytes:
    """An EPUB of parts holding chapters whose headings are plain styled paragraphs (no ``h1``–``h6``), so
    only the table of contents (``contents``: "nav" for EPUB 3, "ncx" for EPUB 2) says what they are."""
    files: list[tuple[str, str]] = []  # (name, xhtml)
    toc: list[tuple[str, str, list[tuple[str, str]]]] = []  # (part label, file, [(chapter label, file)])
    for p, (part, chapters) in enumerate(parts):
        part_file = f"text/part{p}.xhtml"
        files.append((part_file, f'<p class="part">{escape(part)}</p>'))
        entries = []
        for c, (chapter, paragraphs) in enumerate(chapters):
            name = f"text/part{p}-ch{c}.xhtml"
            body = f'<p class="chapter">{escape(chapter)}</p>' + "".join(f"<p>{escape(t)}</p>" for t in paragraphs)
            files.append((name, body))
            entries.append((chapter, name))
        toc.append((part, part_file, entries))
    page = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml" '
            'xmlns:epub="http://www.idpf.org/2007/ops"><head><title>t</title></head><body>{}</body></html>')
    manifest = "".join(f'<item id="f{i}" href="{n}" media-type="application/xhtml+xml"/>' for i, (n, _) in enumerate(files))
    spine = "".join(f'<itemref idref="f{i}"/>' for i in range(len(files)))
    entries: dict[str, bytes | str] = {"mimetype": "application/epub+zip"}
    if contents == "nav":
        items = "".join(f'<li><a href="{pf}">{escape(pl)}</a><ol>'
                        + "".join(f'<li><a href="{cf}#c">{escape(cl)}</a></li>' for cl, cf in chapters) + "</ol></li>"
                        for pl, pf, chapters in toc)
        entries["OEBPS/nav.xhtml"] = page.format(f'<nav epub:type="toc"><h1>Оглавление</h1><ol>{items}</ol></nav>')
        manifest += '<item id="nav" href="nav.xhtml" properties="nav" media-type="application/xhtml+xml"/>'
        spine_open = "<spine>"
    else:
        points = "".join(f'<navPoint id="p{k}"><navLabel><text>{escape(pl)}</text></navLabel><content src="{pf}"/>'
                         + "".join(f'<navPoint id="p{k}c{m}"><navLabel><text>{escape(cl)}</text></navLabel>'
                                   f'<content src="{cf}"/></navPoint>' for m, (cl, cf) in enumerate(chapters))
                         + "</navPoint>" for k, (pl, pf, chapters) in enumerate(toc))
        entries["OEBPS/toc.ncx"] = ('<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
                                    f'version="2005-1"><navMap>{points}</navMap></ncx>')
        manifest += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
        spine_open = '<spine toc="ncx">'
    opf = (f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title></metadata>'
           f"<manifest>{manifest}</manifest>{spine_open}{spine}</spine></package>")
    entries["META-INF/container.xml"] = (
        '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
        "</rootfiles></container>")
    entries["OEBPS/content.opf"] = opf
    for name, body in files:
        entries[f"OEBPS/{name}"] = page.format(body)
    return zip_bytes(entries, stored_first="mimetype")
