"""HTML export: one self-contained page (no external files), the pair side by side in a table,
highlights as ``<mark>`` with numbered notes under each row. Headings are ``<h2>``–``<h6>`` by their
depth in the book's outline, and a book (two headings or more) gets a table of contents at the top,
parts holding their chapters, each entry a link to its heading; a part starts a new printed page."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import pairwise
from pathlib import Path

from reader.core.export import html_words
from reader.core.export.common import (ExportCancelled, ExportOptions, never_cancelled, no_progress,
                                       output_file)
from reader.core.export.plain import quoted
from reader.core.export.rows import Row, RowLayout, build_rows
from reader.core.export.sections import BookStructure, Entry
from reader.core.export.textlayout import marker_position
from reader.core.project.annotations import Annotation
from reader.core.sides import Side
from reader.core.session import ReadingSession

_STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", sans-serif; margin: 2em auto; max-width: 72em; line-height: 1.45;
       color: #1b1b1f; }
h1 { font-size: 1.3em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td { vertical-align: top; padding: .5em .8em; border-top: 1px solid #ddd; }
td p { margin: 0 0 .4em 0; }
tr.notes td { border-top: none; font-size: .8em; color: #333; padding-top: 0; }
tr.notes ol { margin: 0; padding-left: 1.5em; }
td h2, td h3, td h4, td h5, td h6 { margin: .2em 0 .4em 0; }
td h2 { font-size: 1.3em; }
td h3 { font-size: 1.1em; }
td h4, td h5, td h6 { font-size: 1em; }
nav.contents { margin: 0 0 2em 0; }
nav.contents ol { list-style: none; padding-left: 1.5em; margin: .2em 0; }
nav.contents > ol { padding-left: 0; }
@media print { tr.part { break-before: page; } nav.contents { break-after: page; } }
.mt { color: #666; font-style: italic; }
.mt .label { display: block; font-style: normal; font-weight: bold; font-size: .75em; }
mark { padding: 0 .1em; }
sup.note { font-size: .7em; color: #333; }
.interleaved .en { padding-left: 2em; }
"""


def _paragraph_html(text: str, annotations: list[Annotation], numbers: dict[str, int],
                    words: Sequence[tuple[int, int, str]] = ()) -> str:
    """The paragraph's text, escaped, with ``<mark>`` around highlights and note numbers after them, and its
    matched ``words`` in spans (see :mod:`reader.core.export.html_words`)."""
    highlights = [(a, span) for a in annotations if (span := a.span) is not None and span[1] > span[0]]
    cuts = {0, len(text)} | html_words.cuts(words)
    markers: dict[int, list[int]] = {}
    for _, (start, end) in highlights:
        cuts.update((min(start, len(text)), min(end, len(text))))
    for a in annotations:
        if a.id in numbers:
            at = marker_position(text, min(a.span[1] if a.span is not None else len(text), len(text)))
            markers.setdefault(at, []).append(numbers[a.id])
            cuts.add(at)
    points = sorted(cuts)
    out = []
    for start, end in pairwise(points):
        ids = html_words.word_ids_at(words, start, end) if words else None
        piece = html_words.wrap(escape(text[start:end]), ids)
        active = [a for a, (first, last) in highlights if first <= start and end <= last]
        if active and piece:
            top = active[-1]
            title = " — ".join(a.note for a in active if a.note)
            attrs = f' style="background:{escape(top.color or "#ffe066")}"' + (f' title="{escape(title)}"' if title else "")
            piece = f"<mark{attrs}>{piece}</mark>"
        out.append(piece)
        for number in markers.get(end, []):
            out.append(f'<sup class="note"><a href="#note-{number}" id="ref-{number}">{number}</a></sup>')
    return "".join(out)


def _side_html(data: ReadingSession, row: Row, side: str, numbers: dict[str, int], structure: BookStructure,
               words: html_words.Spans) -> str:
    document = data.document(side)
    parts = []
    for i in row.side(side):
        paragraph = document.paragraphs[i]
        annotations = [a for a in row.annotations[side] if a.paragraph == i]
        text = _paragraph_html(paragraph.text, annotations, numbers, words.get((side, i, False), []))
        level = structure.heading_level(side, i) if paragraph.kind.value == "heading" else None
        if level is not None:
            tag = f"h{min(6, level + 1)}"
            parts.append(f'<{tag} id="{side}-{i}" lang="{side}">{text}</{tag}>')
        else:
            parts.append(f'<p id="{side}-{i}" lang="{side}">{text}</p>')
    if not parts and row.translation is not None:
        source = Side(side).other()
        text = html_words.words_html(row.translation.text, words.get((side, row.side(source)[0], True), []))
        parts.append(f'<p class="mt" lang="{side}"><span class="label">{escape(row.translation.marker)}</span>'
                     f'{text}</p>')
    return "".join(parts)


def _notes_html(annotations: list[Annotation], numbers: dict[str, int], columns: int) -> str:
    items = []
    for a in annotations:
        if a.id not in numbers:
            continue
        about = {"link": "Link: ", "paragraph": "", "highlight": ""}[a.kind]
        if a.kind == "highlight" and a.quote.strip():
            about += f"{escape(quoted(a.quote))} "
        items.append(f'<li value="{numbers[a.id]}" id="note-{numbers[a.id]}">{about}{escape(a.note)}</li>')
    if not items:
        return ""
    return f'<tr class="notes"><td colspan="{columns}"><ol>{"".join(items)}</ol></td></tr>'


def _contents_html(entries: list[Entry]) -> str:
    """The table of contents: nested lists of links to the headings ("" for fewer than two headings)."""
    if len(entries) < 2:
        return ""
    out = ['<nav class="contents"><h2>Contents</h2>']
    depth = 0
    for entry in entries:
        if entry.level > depth:
            out.append("<ol><li>" * (entry.level - depth))
        else:
            out.append("</li></ol>" * (depth - entry.level) + "</li><li>")
        depth = entry.level
        out.append(f'<a href="#{entry.side}-{entry.paragraph}">{escape(entry.label)}</a>')
    out.append("</li></ol>" * depth + "</nav>")
    return "".join(out)


def html_page(data: ReadingSession, options: ExportOptions | None = None, *, progress=no_progress,
              cancelled=never_cancelled) -> str:
    """The whole page as text."""
    options = options or ExportOptions()
    layout: RowLayout = build_rows(data, options)
    structure = BookStructure(data, layout.rows)
    numbers = layout.note_numbers
    interleaved = options.layout == "interleaved"
    row_words = html_words.RowWords(data) if options.word_links else None
    title = escape(data.title())
    out = ['<!DOCTYPE html>', '<html lang="ru"><head><meta charset="utf-8">',
           '<meta name="generator" content="Parallel Reader">', f"<title>{title}</title>",
           f"<style>{_STYLE}</style>", "</head>", f'<body class="{options.layout}">', f"<h1>{title}</h1>",
           _contents_html(structure.entries), "<table>"]
    if not interleaved:
        out.append(f'<thead><tr><th lang="ru">{escape(data.ru.title)}</th>'
                   f'<th lang="en">{escape(data.en.title)}</th></tr></thead>')
    style_at = out.index("</head>")
    if not row_words:
        out.append("<tbody>")
    for r, row in enumerate(layout.rows):
        if r % 200 == 0:
            if cancelled():
                raise ExportCancelled()
            progress(r, len(layout.rows))
        words = row_words.spans(row) if row_words else {}
        ru, en = (_side_html(data, row, side, numbers, structure, words) for side in Side)
        opens = ' class="part"' if any(structure.opens_part(side, i) for side in Side
                                       for i in row.side(side)) else ""
        if row_words:  # each row its own body: the style marks word correspondences within it
            out.append("<tbody>")
        if interleaved:
            out.append(f'<tr{opens}><td class="ru">{ru}</td></tr><tr><td class="en">{en}</td></tr>')
        else:
            out.append(f'<tr{opens}><td class="ru">{ru}</td><td class="en">{en}</td></tr>')
        out.append(_notes_html(row.annotations_in_order(), numbers, 1 if interleaved else 2))
        if row_words:
            out.append("</tbody>")
    out.append("</table>" if row_words else "</tbody></table>")
    if row_words and row_words.most:
        out[style_at] = f"<style>{html_words.style(row_words.most)}</style></head>"
    if layout.unplaced:
        out.append("<h2>Annotations whose text was not found in the changed source</h2><table>")
        out.append(_notes_html(layout.unplaced, numbers, 1) or "")
        out.append("</table>")
    out.append("</body></html>\n")
    progress(len(layout.rows), len(layout.rows))
    return "\n".join(part for part in out if part)


def export_html(data: ReadingSession, path: str | Path, options: ExportOptions | None = None, *,
                progress=no_progress, cancelled=never_cancelled) -> Path:
    """Write the pair as one self-contained HTML page."""
    page = html_page(data, options, progress=progress, cancelled=cancelled)
    with output_file(path) as temp:
        temp.write_text(page, encoding="utf-8")
    return Path(path)
