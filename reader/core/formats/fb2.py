"""FictionBook 2 (.fb2): titles, sections, paragraphs, epigraphs, poems; images skipped."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from reader.core.document import Kind
from reader.core.errors import MalformedDocumentError
from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.safety import local, parse_xml

_SPACE = re.compile(r"\s+")
_PROLOG = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.-]+)[\"']", re.IGNORECASE)


def _text(element: Element) -> str:
    return _SPACE.sub(" ", "".join(element.itertext())).strip()


def _walk(element: Element, depth: int, blocks: list[Block]) -> None:
    for child in element:
        tag = local(child.tag)
        if tag == "section":
            _walk(child, depth + 1, blocks)
        elif tag == "title":
            text = " ".join(_text(p) for p in child if local(p.tag) == "p") or _text(child)
            if text:
                blocks.append(Block(text, level=max(depth, 1)))
        elif tag == "subtitle":
            blocks.append(Block(_text(child), level=min(max(depth, 1) + 1, 6)))
        elif tag == "text-author":
            blocks.append(Block(_text(child), kind=Kind.META))
        elif tag in ("p", "v"):
            blocks.append(Block(_text(child)))
        elif tag == "stanza":
            verses = [_text(v) for v in child if local(v.tag) == "v"]
            blocks.append(Block("\n".join(v for v in verses if v)))
        elif tag == "tr":
            blocks.append(Block(" | ".join(_text(cell) for cell in child)))
        elif tag in ("epigraph", "poem", "cite", "annotation", "table"):
            _walk(child, depth, blocks)
        # image, empty-line, binary: nothing to read


def read_root(root: Element) -> Extracted:
    """Read a parsed FictionBook document."""
    if local(root.tag) != "FictionBook":
        raise MalformedDocumentError("this is not a FictionBook (.fb2) file: its root element is "
                                     f"<{local(root.tag) or '?'}>")
    title = ""
    blocks: list[Block] = []
    for element in root:
        tag = local(element.tag)
        if tag == "description":
            for item in element.iter():
                if local(item.tag) == "book-title" and not title:
                    title = _text(item)
        elif tag == "body":
            _walk(element, 0, blocks)
    return Extracted([b for b in blocks if b.text], title=title)


def read(data: bytes) -> Extracted:
    """Read an .fb2 file (its encoding is the one its XML prolog declares, often windows-1251)."""
    extracted = read_root(parse_xml(data, "FB2"))
    declared = _PROLOG.match(data[:200])
    extracted.encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    return extracted
