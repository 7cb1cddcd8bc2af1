"""EPUB: the chapters in spine order (from the OPF package file), read as XHTML.

The book's table of contents (the EPUB 3 navigation document, else the EPUB 2 NCX) says which lines
are headings and how deep each stands (a part above its chapters), which the XHTML alone often
does not (every chapter an ``h2``, or a styled paragraph): a line the contents names becomes a
heading at the contents' depth. The contents itself is not read as text.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from urllib.parse import unquote

from reader.core.errors import MalformedDocumentError
from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.budget import current_budget
from reader.core.formats.html import decode_html, html_blocks
from reader.core.formats.safety import find_entry, local, open_zip, parse_xml, read_entry

_CONTAINER = "META-INF/container.xml"
_DOCUMENT_TYPES = ("application/xhtml+xml", "text/html", "application/xml", "text/x-oeb1-document")


def _package_path(archive) -> str:
    container = parse_xml(read_entry(archive, _CONTAINER, "EPUB"), "EPUB")
    for element in container.iter():
        path = element.get("full-path")
        if local(element.tag) == "rootfile" and path:
            return path
    raise MalformedDocumentError("this EPUB file is damaged: its container names no package file")


@dataclass
class Package:
    """What the OPF package file says: the chapters in reading order, the title, where the contents is."""

    paths: list[str]
    title: str
    nav: str | None = None
    ncx: str | None = None


def read_package(archive) -> Package:
    """The package of an EPUB (its chapters' archive paths in reading order, title, contents files)."""
    if find_entry(archive, _CONTAINER) is None:
        raise MalformedDocumentError("this is not a valid EPUB file (it has no META-INF/container.xml)")
    opf_path = _package_path(archive)
    opf = parse_xml(read_entry(archive, opf_path, "EPUB"), "EPUB")
    base = posixpath.dirname(opf_path)
    manifest, title, order = {}, "", []
    nav = ncx = toc_id = None
    for element in opf.iter():
        tag = local(element.tag)
        item_id, href = element.get("id"), element.get("href")
        if tag == "item" and item_id and href:
            path = posixpath.normpath(posixpath.join(base, unquote(href)))
            if "nav" in element.get("properties", "").split():
                nav = path  # the table of contents repeats the chapter headings: not read as text
                continue
            manifest[item_id] = (path, element.get("media-type", ""))
        elif tag == "title" and not title and element.text:
            title = element.text.strip()
        elif tag == "spine":
            toc_id = element.get("toc")
        elif tag == "itemref" and element.get("idref"):
            order.append(element.get("idref"))
    for item_id, (path, media) in manifest.items():
        if media == "application/x-dtbncx+xml" or item_id == toc_id:
            ncx = path
    paths = [manifest[i][0] for i in order if i in manifest and manifest[i][0] != ncx]
    if not paths:  # no usable spine: the documents in manifest order
        paths = [path for path, media in manifest.values() if media in _DOCUMENT_TYPES]
    if not paths:
        raise MalformedDocumentError("this EPUB file is damaged: its package lists no chapters")
    return Package(paths, title, nav, ncx)


@dataclass(frozen=True)
class ContentsEntry:
    """One line of the book's table of contents: its depth (1 = top), the chapter file it points to, its text."""

    depth: int
    path: str
    label: str


def _target(base: str, href: str) -> str:
    return posixpath.normpath(posixpath.join(base, unquote(href.split("#", 1)[0])))


def _text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _ncx_entries(root, base: str) -> list[ContentsEntry]:
    entries: list[ContentsEntry] = []

    def walk(element, depth: int) -> None:
        for child in element:
            if local(child.tag) != "navPoint":
                continue
            label = next((_text_of(e) for e in child.iter() if local(e.tag) == "text"), "")
            src = next((e.get("src") for e in child if local(e.tag) == "content" and e.get("src")), None)
            if label and src:
                entries.append(ContentsEntry(depth, _target(base, src), label))
            walk(child, depth + 1)

    for element in root.iter():
        if local(element.tag) == "navMap":
            walk(element, 1)
            break
    return entries


def _nav_entries(root, base: str) -> list[ContentsEntry]:
    entries: list[ContentsEntry] = []

    def walk(element, depth: int) -> None:
        for child in element:
            if local(child.tag) == "li":
                link = next((e for e in child if local(e.tag) in ("a", "span")), None)
                if link is not None and link.get("href") and _text_of(link):
                    entries.append(ContentsEntry(depth, _target(base, link.get("href")), _text_of(link)))
                for sub in child:
                    if local(sub.tag) == "ol":
                        walk(sub, depth + 1)
            elif local(child.tag) == "ol":
                walk(child, depth)

    for element in root.iter():
        if local(element.tag) == "nav" and any(v == "toc" for k, v in element.attrib.items() if k.endswith("type")):
            for child in element:
                if local(child.tag) == "ol":
                    walk(child, 1)
            break
    return entries


def contents_entries(archive, package: Package) -> list[ContentsEntry]:
    """The book's table of contents (navigation document first, NCX else); empty when it has none or it
    cannot be read (a damaged contents never stops the book from being read)."""
    for path, read_entries in ((package.nav, _nav_entries), (package.ncx, _ncx_entries)):
        if not path or (name := find_entry(archive, path)) is None:
            continue
        try:
            entries = read_entries(parse_xml(read_entry(archive, name, "EPUB"), "EPUB"), posixpath.dirname(path))
        except MalformedDocumentError:
            continue
        if entries:
            return entries
    return []


def _key(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .:")


#: a chapter file's first line is taken as its heading (when the contents names the file, not a line
#: in it that can be found) only if it is this short
MAX_HEADING = 120


def apply_contents(blocks: list[Block], entries: list[ContentsEntry]) -> None:
    """Make the lines the contents names (of one chapter file, in order) headings at the contents' depth."""
    start = 0
    for k, entry in enumerate(entries):
        wanted = _key(entry.label)
        found = next((i for i in range(start, len(blocks)) if _key(blocks[i].text) == wanted), None)
        if found is None and k == 0 and blocks and len(blocks[0].text) <= MAX_HEADING and \
                (blocks[0].level or (_key(blocks[0].text) and wanted.startswith(_key(blocks[0].text)))):
            found = 0
        if found is not None:
            blocks[found].level, blocks[found].kind = entry.depth, None
            start = found + 1


def read(data: bytes) -> Extracted:
    """Read an EPUB book."""
    archive = open_zip(data, "EPUB")
    package = read_package(archive)
    by_file: dict[str, list[ContentsEntry]] = {}
    for entry in contents_entries(archive, package):
        by_file.setdefault(entry.path.lower(), []).append(entry)
    blocks: list[Block] = []
    read_before: dict[str, tuple[int, list[Block]]] = {}  # entry -> (its unpacked size, its blocks)
    for path in package.paths:
        name = find_entry(archive, path)
        if name is None:
            continue  # a spine item missing from the archive: read the rest
        if name in read_before:  # the spine names it again: its text again, unpacked and parsed once
            size, chapter = read_before[name]
            current_budget().charge("unpacked", size)  # a repeat counts as if unpacked again
            blocks.extend(Block(b.text, b.level, b.kind) for b in chapter)
            continue
        data = read_entry(archive, name, "EPUB")
        text, _ = decode_html(data)
        chapter, _ = html_blocks(text)
        apply_contents(chapter, by_file.get(path.lower(), []))
        read_before[name] = (len(data), chapter)
        blocks.extend(chapter)
    return Extracted(blocks, title=package.title, encoding="utf-8")
