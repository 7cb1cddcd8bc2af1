"""Shared pieces of the text exports (TMX, TSV, HTML): row texts and notes as plain text."""

from __future__ import annotations

import re

from reader.core.export.rows import Row
from reader.core.project.annotations import Annotation
from reader.core.session import ReadingSession

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the control characters XML 1.0 cannot carry."""
    return _INVALID_XML.sub("", text)


def flat(text: str) -> str:
    """Whitespace runs (newlines, tabs) as single spaces."""
    return " ".join(text.split())


def quoted(text: str, limit: int | None = None) -> str:
    """``text`` in «guillemets», shortened to about ``limit`` characters at a word with "…".

    A quote that is itself in guillemets keeps only its own; guillemets inside become „low-high“ quotes,
    as Russian typography nests them.
    """
    text = flat(text)
    if limit is not None and len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[:cut if cut > limit // 2 else limit].rstrip(" ,;:—–-") + "…"
    if text.startswith("«") and text.endswith("»") and text.count("«") == 1 and text.count("»") == 1:
        return text
    return "«" + text.replace("«", "„").replace("»", "“") + "»"


def group_text(data: ReadingSession, row: Row, side: str, separator: str = " ", flatten: bool = True) -> str:
    """The text of a row's paragraphs on one side, joined (whitespace runs made single spaces if ``flatten``)."""
    document = data.document(side)
    return separator.join(flat(document.paragraphs[i].text) if flatten else document.paragraphs[i].text
                          for i in row.side(side))


def note_text(annotation: Annotation) -> str:
    """A note as plain text, with what it is about: ``[ru «quote»] note``."""
    if annotation.kind == "link":
        return f"[link] {flat(annotation.note)}"
    about = f" {quoted(annotation.quote)}" if annotation.kind == "highlight" and annotation.quote.strip() else ""
    return f"[{annotation.side}{about}] {flat(annotation.note)}"


def row_notes(row: Row) -> list[Annotation]:
    """The annotations of a row that carry a note, in reading order."""
    return [a for a in row.annotations_in_order() if a.note.strip()]
