"""TSV export: one link per row (ids, texts, score, origin, notes, and the part and chapter it is in),
quoted so any text survives."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from reader.core.export.common import (ExportCancelled, ExportOptions, never_cancelled, no_progress,
                                       output_file)
from reader.core.export.plain import group_text, note_text, row_notes
from reader.core.export.rows import build_rows, linked_rows
from reader.core.export.sections import BookStructure
from reader.core.session import ReadingSession

COLUMNS = ["ru_ids", "en_ids", "ru_text", "en_text", "score", "origin", "notes", "section"]


def tsv_text(data: ReadingSession, options: ExportOptions | None = None, *, progress=no_progress,
             cancelled=never_cancelled) -> str:
    """The pair's links as tab-separated values with a header line (RFC 4180-style quoting; also what
    ``python -m reader align --format tsv`` prints)."""
    layout = build_rows(data, options or ExportOptions())
    structure = BookStructure(data, layout.rows)
    rows = linked_rows(layout.rows)
    stream = io.StringIO()
    writer = csv.writer(stream, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r, (row, link) in enumerate(rows):
        if r % 500 == 0:
            if cancelled():
                raise ExportCancelled()
            progress(r, len(rows))
        writer.writerow([",".join(map(str, row.ru)), ",".join(map(str, row.en)),
                         group_text(data, row, "ru", "\n", False), group_text(data, row, "en", "\n", False),
                         f"{link.score:.3f}", link.origin.value,
                         " | ".join(note_text(a) for a in row_notes(row)), structure.row_section(row)])
    progress(len(rows), len(rows))
    return stream.getvalue()


def export_tsv(data: ReadingSession, path: str | Path, options: ExportOptions | None = None, *,
               progress=no_progress, cancelled=never_cancelled) -> Path:
    """Write the pair's links as tab-separated values with a header line (UTF-8, RFC 4180-style quoting)."""
    text = tsv_text(data, options, progress=progress, cancelled=cancelled)
    with output_file(path) as temp:
        with open(temp, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
    return Path(path)
