"""TMX 1.4 export: one translation unit per link, notes as ``<note>`` (link notes on the unit,
highlight and paragraph notes on the language variant they belong to); in a book, the part and
chapter the unit is in as ``<prop type="x-section">`` (``ЧАСТЬ ПЕРВАЯ › I``)."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from pathlib import Path

from reader import __version__
from reader.core.export.common import (ExportCancelled, ExportOptions, never_cancelled, no_progress,
                                       output_file)
from reader.core.export.plain import flat, group_text, quoted, xml_safe
from reader.core.export.rows import build_rows, linked_rows
from reader.core.export.sections import BookStructure
from reader.core.sides import Side
from reader.core.session import ReadingSession

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tmx_root(data: ReadingSession, options: ExportOptions | None = None, *, progress=no_progress,
             cancelled=never_cancelled) -> ET.Element:
    """The TMX document of the pair's links (its root element)."""
    layout = build_rows(data, options or ExportOptions())
    structure = BookStructure(data, layout.rows)
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "Parallel Reader", "creationtoolversion": __version__, "segtype": "paragraph",
        "o-tmf": "parallel-reader", "adminlang": "en", "srclang": "ru", "datatype": "plaintext",
        "creationdate": datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")})
    body = ET.SubElement(root, "body")
    rows = linked_rows(layout.rows)
    for r, (row, link) in enumerate(rows):
        if r % 200 == 0:
            if cancelled():
                raise ExportCancelled()
            progress(r, len(rows))
        unit = ET.SubElement(body, "tu", tuid=f"ru{','.join(map(str, row.ru))}-en{','.join(map(str, row.en))}")
        for note in row.link_notes:
            if note.note.strip():
                ET.SubElement(unit, "note").text = xml_safe(flat(note.note))
        ET.SubElement(unit, "prop", type="x-score").text = f"{link.score:.3f}"
        ET.SubElement(unit, "prop", type="x-origin").text = link.origin.value
        section = structure.row_section(row)
        if section:
            ET.SubElement(unit, "prop", type="x-section").text = xml_safe(section)
        for side in Side:
            variant = ET.SubElement(unit, "tuv", {XML_LANG: side})
            for annotation in row.annotations[side]:
                if annotation.note.strip():
                    about = f"{quoted(annotation.quote)} " if annotation.kind == "highlight" and annotation.quote.strip() \
                        else ""
                    ET.SubElement(variant, "note").text = xml_safe(about + flat(annotation.note))
            ET.SubElement(variant, "seg").text = xml_safe(group_text(data, row, side))
    progress(len(rows), len(rows))
    ET.indent(root, space=" ")
    return root


def tmx_text(data: ReadingSession, options: ExportOptions | None = None, *, progress=no_progress,
             cancelled=never_cancelled) -> str:
    """The TMX file's text (also what ``python -m reader align --format tmx`` prints)."""
    root = tmx_root(data, options, progress=progress, cancelled=cancelled)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def export_tmx(data: ReadingSession, path: str | Path, options: ExportOptions | None = None, *,
               progress=no_progress, cancelled=never_cancelled) -> Path:
    """Write the pair's links as a TMX 1.4 file."""
    text = tmx_text(data, options, progress=progress, cancelled=cancelled)
    with output_file(path) as temp:
        temp.write_text(text, encoding="utf-8")
    return Path(path)
