"""OpenDocument text (.odt): headings, paragraphs, lists and tables, in document order."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.docx import read_title
from reader.core.formats.safety import local, open_zip, parse_xml, read_entry

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_SKIPPED = frozenset({"note", "annotation", "bookmark", "tracked-changes", "sequence-decls"})


def _text(element: Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = local(child.tag)
        if tag == "s":
            count = child.get(f"{_TEXT}c", "1")
            parts.append(" " * (min(int(count), 100) if count.isdigit() else 1))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        elif tag not in _SKIPPED:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _walk(element: Element, blocks: list[Block]) -> None:
    for child in element:
        tag = local(child.tag)
        if tag == "h":
            level = child.get(f"{_TEXT}outline-level", "1")
            blocks.append(Block(_text(child).strip(), level=min(int(level), 6) if level.isdigit() else 1))
        elif tag == "p":
            blocks.append(Block(_text(child).strip()))
        elif tag == "table-row":
            cells = [" ".join(_text(p).strip() for p in cell.iter() if local(p.tag) in ("p", "h"))
                     for cell in child if local(cell.tag) == "table-cell"]
            blocks.append(Block(" | ".join(cells).strip(" |")))
        elif tag not in _SKIPPED:
            _walk(child, blocks)


def read(data: bytes) -> Extracted:
    """Read an .odt document."""
    archive = open_zip(data, "ODT")
    root = parse_xml(read_entry(archive, "content.xml", "ODT"), "ODT")
    blocks: list[Block] = []
    for element in root:
        if local(element.tag) == "body":
            _walk(element, blocks)
    return Extracted([b for b in blocks if b.text], title=read_title(archive, "meta.xml", "ODT"),
                     encoding="utf-8")
