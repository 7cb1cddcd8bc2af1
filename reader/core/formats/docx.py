"""Word documents (.docx): paragraphs with heading styles, tables and lists, in document order."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.safety import find_entry, local, open_zip, parse_xml, read_entry

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING = re.compile(r"^(?:heading|заголовок|überschrift|titre)\s*(\d)$", re.IGNORECASE)
_SKIPPED = frozenset({"delText", "instrText", "footnoteReference", "endnoteReference", "drawing", "pict",
                      "object", "fldData"})


def _paragraph_text(paragraph: Element) -> str:
    parts: list[str] = []

    def walk(element: Element):
        for child in element:
            tag = local(child.tag)
            if tag in _SKIPPED:
                continue
            if tag == "t":
                parts.append(child.text or "")
            elif tag == "tab":
                parts.append("\t")
            elif tag in ("br", "cr"):
                parts.append("\n")
            elif tag == "noBreakHyphen":
                parts.append("-")
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts).strip()


def _style_levels(archive) -> dict[str, int]:
    """Style id → heading level, from the style names in styles.xml."""
    name = find_entry(archive, "word/styles.xml")
    levels: dict[str, int] = {}
    if name is None:
        return levels
    for style in parse_xml(read_entry(archive, name, "DOCX"), "DOCX").iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId", "")
        style_name = style.find(f"{_W}name")
        label = style_name.get(f"{_W}val", "") if style_name is not None else style_id
        match = _HEADING.match(label.replace("_", " ")) or _HEADING.match(style_id)
        if match:
            levels[style_id] = int(match.group(1))
        elif label.lower() == "title" or style_id.lower() == "title":
            levels[style_id] = 1
    return levels


def _level(paragraph: Element, levels: dict[str, int]) -> int:
    properties = paragraph.find(f"{_W}pPr")
    if properties is None:
        return 0
    style = properties.find(f"{_W}pStyle")
    style_id = style.get(f"{_W}val", "") if style is not None else ""
    if style_id in levels:
        return levels[style_id]
    match = _HEADING.match(style_id) or (re.match(r"^Heading(\d)$", style_id))
    if match:
        return int(match.group(1))
    outline = properties.find(f"{_W}outlineLvl")
    level = outline.get(f"{_W}val", "") if outline is not None else ""
    if level.isdigit() and int(level) < 9:
        return int(level) + 1
    return 1 if style_id.lower() == "title" else 0


def _walk(element: Element, levels: dict[str, int], blocks: list[Block]) -> None:
    for child in element:
        tag = local(child.tag)
        if tag == "p":
            text = _paragraph_text(child)
            if text:
                blocks.append(Block(text, level=_level(child, levels)))
        elif tag == "tbl":
            for row in child.iter(f"{_W}tr"):
                cells = [" ".join(filter(None, (_paragraph_text(p) for p in cell.iter(f"{_W}p"))))
                         for cell in row if local(cell.tag) == "tc"]
                if any(cells):
                    blocks.append(Block(" | ".join(cells)))
        elif tag in ("body", "sdt", "sdtContent", "customXml", "smartTag", "ins"):
            _walk(child, levels, blocks)


def read_title(archive, path: str, what: str) -> str:
    """The dc:title of a document-properties XML entry, or ''."""
    name = find_entry(archive, path)
    if name is None:
        return ""
    for element in parse_xml(read_entry(archive, name, what), what).iter():
        if local(element.tag) == "title" and element.text:
            return element.text.strip()
    return ""


def read(data: bytes) -> Extracted:
    """Read a .docx document."""
    archive = open_zip(data, "DOCX")
    root = parse_xml(read_entry(archive, "word/document.xml", "DOCX"), "DOCX")
    blocks: list[Block] = []
    _walk(root, _style_levels(archive), blocks)
    return Extracted(blocks, title=read_title(archive, "docProps/core.xml", "DOCX"), encoding="utf-8")
