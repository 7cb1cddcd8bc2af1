"""EPUB: the chapters in spine order (from the OPF package file), read as XHTML."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote

from reader.core.errors import MalformedDocumentError
from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.html import decode_html, html_blocks
from reader.core.formats.safety import find_entry, local, open_zip, parse_xml, read_entry

_CONTAINER = "META-INF/container.xml"
_DOCUMENT_TYPES = ("application/xhtml+xml", "text/html", "application/xml", "text/x-oeb1-document")


def _package_path(archive) -> str:
    container = parse_xml(read_entry(archive, _CONTAINER, "EPUB"), "EPUB")
    for element in container.iter():
        if local(element.tag) == "rootfile" and element.get("full-path"):
            return element.get("full-path")
    raise MalformedDocumentError("this EPUB file is damaged: its container names no package file")


def spine_paths(archive) -> tuple[list[str], str]:
    """The archive paths of the chapters in reading order, and the book's title."""
    if find_entry(archive, _CONTAINER) is None:
        raise MalformedDocumentError("this is not a valid EPUB file (it has no META-INF/container.xml)")
    opf_path = _package_path(archive)
    opf = parse_xml(read_entry(archive, opf_path, "EPUB"), "EPUB")
    base = posixpath.dirname(opf_path)
    manifest, title, order = {}, "", []
    for element in opf.iter():
        tag = local(element.tag)
        if tag == "item" and element.get("id") and element.get("href"):
            if "nav" in element.get("properties", "").split():
                continue  # the table of contents repeats the chapter headings
            path = posixpath.normpath(posixpath.join(base, unquote(element.get("href"))))
            manifest[element.get("id")] = (path, element.get("media-type", ""))
        elif tag == "title" and not title and element.text:
            title = element.text.strip()
        elif tag == "itemref" and element.get("idref"):
            order.append(element.get("idref"))
    paths = [manifest[i][0] for i in order if i in manifest]
    if not paths:  # no usable spine: the documents in manifest order
        paths = [path for path, media in manifest.values() if media in _DOCUMENT_TYPES]
    if not paths:
        raise MalformedDocumentError("this EPUB file is damaged: its package lists no chapters")
    return paths, title


def read(data: bytes) -> Extracted:
    """Read an EPUB book."""
    archive = open_zip(data, "EPUB")
    paths, title = spine_paths(archive)
    blocks: list[Block] = []
    for path in paths:
        name = find_entry(archive, path)
        if name is None:
            continue  # a spine item missing from the archive: read the rest
        text, _ = decode_html(read_entry(archive, name, "EPUB"))
        chapter, _ = html_blocks(text)
        blocks.extend(chapter)
    return Extracted(blocks, title=title, encoding="utf-8")
