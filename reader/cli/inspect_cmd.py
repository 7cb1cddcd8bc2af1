"""Show how a file is read: language, format, encoding, title and each paragraph with its kind."""

from __future__ import annotations

import argparse
import json
import shutil

from reader.core.document import Document


def register(parser: argparse.ArgumentParser) -> None:
    """Add the ``inspect`` arguments."""
    parser.add_argument("file", help="a .txt .md .html .epub .fb2 .fb2.zip .docx .odt or .pdf file")
    parser.add_argument("--json", action="store_true",
                        help="print the reading as JSON (paragraphs are numbered by their 0-based index, as in the "
                             "text output; the window counts from 1)")


def as_json(document: Document) -> dict:
    """The reading in the documented JSON shape."""
    return {
        "language": document.language,
        "format": document.source.format,
        "encoding": document.source.encoding,
        "title": document.title,
        "paragraphs": [{"index": p.index, "kind": p.kind.value, "text": p.text} for p in document.paragraphs],
    }


def as_table(document: Document, width: int) -> str:
    """The reading as a table for people: one paragraph a line, shortened to ``width``."""
    lines = [f"Language: {document.language}", f"Format:   {document.source.format}",
             f"Encoding: {document.source.encoding or '-'}", f"Title:    {document.title}",
             f"Paragraphs: {len(document.paragraphs)}", ""]
    room = max(width - 18, 20)
    for p in document.paragraphs:
        text = p.text.replace("\n", " / ")
        text = text if len(text) <= room else text[:room - 1] + "…"
        note = f" (={p.duplicate_of})" if p.duplicate_of is not None else ""
        lines.append(f"{p.index:>4}  {p.kind.value:<9}{note} {text}")
    lines.extend(f"Notice: {notice}" for notice in document.notices)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Read the file and print what was read."""
    from reader.core.formats import load_document

    document = load_document(args.file)
    if args.json:
        print(json.dumps(as_json(document), ensure_ascii=False))
    else:
        print(as_table(document, shutil.get_terminal_size((120, 24)).columns))
    return 0
