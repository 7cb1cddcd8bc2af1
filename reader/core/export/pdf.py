"""The annotated side-by-side PDF: original and counterpart in two columns, links level, notes kept.

Each row (a link with its whole group, or a paragraph without counterpart) starts at the same height
in both columns; a short row that does not fit moves whole to the next page, a longer one continues in
both columns there, and a heading row stays with the lines after it.
Highlights are real PDF highlight annotations over the highlighted words; notes are sticky-note
annotations and are also printed, numbered, under their row so a paper copy keeps them. Fonts are
embedded (DejaVu Sans), headings become bookmarks, every page has the two titles and its number.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas

from reader import __version__
from reader.core.document import Kind, Paragraph
from reader.core.errors import ExportError
from reader.core.export.common import (ExportCancelled, ExportInput, ExportOptions, never_cancelled,
                                       no_progress, output_file)
from reader.core.export.fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from reader.core.export.pdf_items import GREY, Column, GapItem, Highlight, Style, TextItem
from reader.core.export.plain import quoted
from reader.core.export.rows import Row, RowLayout, build_rows
from reader.core.export.textlayout import break_lines, marker_position, visible
from reader.core.project.annotations import Annotation

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 46.0, 58.0, 50.0
GUTTER = 22.0
ROW_GAP = 9.0
PARAGRAPH_GAP = 4.0
KEEP_WHOLE = 8  # rows up to this many body lines tall never break across pages (longer ones show 3 first)
STICKY = 20.0  # size of a sticky-note icon (viewers draw the icon at about this size whatever the rectangle)


def _hex_to_rgb(color: str | None) -> tuple[float, float, float]:
    try:
        value = (color or "#ffe066").lstrip("#")
        return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
    except (ValueError, IndexError):
        return (1.0, 0.88, 0.4)


class _Writer:
    """Builds one PDF; see :func:`export_pdf`."""

    def __init__(self, data: ExportInput, options: ExportOptions, canvas: Canvas):
        self.data, self.options, self.canvas = data, options, canvas
        metrics = register_fonts()
        vertical = {"ascent": metrics.ascent, "descent": metrics.descent}
        self.body = Style(REGULAR, 9.5, 12.8, **vertical)
        self.heading = Style(BOLD, 11.0, 14.5, marker_font=REGULAR, **vertical)
        self.machine = Style(OBLIQUE, 9.5, 12.8, GREY, marker_font=REGULAR, **vertical)
        self.label = Style(BOLD, 6.8, 9.5, GREY, **vertical)
        self.note = Style(REGULAR, 7.6, 9.8, (0.2, 0.2, 0.25), **vertical)
        self.note_number = Style(BOLD, 7.6, 9.8, (0.2, 0.2, 0.25), **vertical)
        self.header = Style(REGULAR, 7.5, 9.0, GREY, **vertical)
        self.full_width = PAGE_WIDTH - 2 * MARGIN_X
        self.column_width = (self.full_width - GUTTER) / 2
        self.y = 0.0
        self.page = 0
        self.fresh = True  # nothing drawn on the current page yet
        self.quads: dict[str, list[tuple[float, float, float, float]]] = {}
        self.quad_owner: dict[str, Annotation] = {}
        self.sticky_done: set[str] = set()
        self.outline_level = -1
        self.bookmarks = 0
        self.layout: RowLayout | None = None

    # -- pages ------------------------------------------------------------------------------
    def new_page(self) -> None:
        if self.page:
            self.finish_page()
        self.page += 1
        self.y = PAGE_HEIGHT - MARGIN_TOP
        self.fresh = True
        c = self.canvas
        c.setFont(self.header.font, self.header.size)
        c.setFillColorRGB(*self.header.color)
        top = PAGE_HEIGHT - 34
        if self.options.layout == "side-by-side":
            c.drawString(MARGIN_X, top, self._fit(self.data.ru.title, self.column_width))
            c.drawString(MARGIN_X + self.column_width + GUTTER, top, self._fit(self.data.en.title, self.column_width))
        else:
            c.drawString(MARGIN_X, top, self._fit(self.data.title(), self.full_width))
        c.setStrokeColorRGB(0.75, 0.75, 0.78)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, top - 5, PAGE_WIDTH - MARGIN_X, top - 5)
        c.drawCentredString(PAGE_WIDTH / 2, 28, str(self.page))

    def _fit(self, text: str, width: float) -> str:
        text = visible(text, line_end=False)
        measure = self.header.measure
        if measure(text) <= width:
            return text
        while text and measure(text + "…") > width:
            text = text[:-1]
        return text + "…"

    def finish_page(self) -> None:
        """Add the page's highlight annotations (one per annotation, all its lines as QuadPoints)."""
        c = self.canvas
        for annotation_id, quads in self.quads.items():
            annotation = self.quad_owner[annotation_id]
            points: list[float] = []
            for x0, top, x1, bottom in quads:
                points += [x0, top, x1, top, x0, bottom, x1, bottom]
            rect = (min(q[0] for q in quads), min(q[3] for q in quads), max(q[2] for q in quads),
                    max(q[1] for q in quads))
            c.highlightAnnotation(annotation.note or annotation.quote, rect, QuadPoints=points,
                                  Color=list(_hex_to_rgb(annotation.color)), F=4,
                                  T=PDFString(f"Note {self._number(annotation)}" if annotation.note else "Highlight"))
            if annotation.note and annotation_id not in self.sticky_done:
                x0, top = quads[0][0], quads[0][1]
                self.sticky(annotation, x0, top)
        self.quads.clear()
        self.canvas.showPage()

    def _number(self, annotation: Annotation) -> str:
        return str(self.layout.note_numbers.get(annotation.id, "")) if self.layout else ""

    def sticky(self, annotation: Annotation, x: float, top: float) -> None:
        """A sticky-note annotation in the margin beside ``x``, level with ``top``."""
        self.sticky_done.add(annotation.id)
        left = MARGIN_X - STICKY - 4 if x < PAGE_WIDTH / 2 else PAGE_WIDTH - MARGIN_X + 4
        contents = annotation.note if annotation.kind != "link" else f"Link note: {annotation.note}"
        self.canvas.textAnnotation(contents, Rect=(left, top - STICKY, left + STICKY, top), Name=PDFName("Comment"),
                                   Color=list(_hex_to_rgb(annotation.color or "#ffd43b")), F=28,
                                   T=PDFString(f"Note {self._number(annotation)}"))

    def add_quad(self, annotation: Annotation, quad) -> None:
        self.quads.setdefault(annotation.id, []).append(quad)
        self.quad_owner[annotation.id] = annotation

    # -- bands ------------------------------------------------------------------------------
    def place(self, columns: list[Column], *, separator: bool = False, keep: float = 0.0) -> None:
        """Draw columns side by side from the current height, continuing on new pages as needed."""
        tallest = max(column.height for column in columns)
        if tallest <= 0:
            return
        # a short row needs room for all of itself, a long one for its first lines; a heading row for the
        # lines after it too
        first = tallest if tallest <= KEEP_WHOLE * self.body.leading + 0.01 else 3 * self.body.leading
        need = max(first, keep) + (ROW_GAP if separator else 0)
        if self.y - need < MARGIN_BOTTOM and not self.fresh:
            self.new_page()
        if separator and not self.fresh:
            self.canvas.setStrokeColorRGB(0.86, 0.86, 0.88)
            self.canvas.setLineWidth(0.4)
            self.canvas.line(MARGIN_X, self.y - ROW_GAP / 2, PAGE_WIDTH - MARGIN_X, self.y - ROW_GAP / 2)
            self.y -= ROW_GAP
        positions = [0] * len(columns)
        while True:
            available = self.y - MARGIN_BOTTOM
            used = 0.0
            took_any = False
            for c, column in enumerate(columns):
                items, k, height = column.items, positions[c], 0.0
                if self.fresh:
                    while k < len(items) and isinstance(items[k], GapItem):
                        k += 1
                top = self.y
                while k < len(items) and (height + items[k].height <= available or (self.fresh and height == 0)):
                    items[k].draw(self.canvas, column.x, top - height, self.add_quad)
                    height += items[k].height
                    k += 1
                    took_any = True
                positions[c] = k
                used = max(used, height)
            self.y -= used
            if took_any:
                self.fresh = False
            if all(positions[c] >= len(column.items) for c, column in enumerate(columns)):
                return
            self.new_page()

    # -- content ----------------------------------------------------------------------------
    def paragraph_items(self, side: str, paragraph: Paragraph, width: float, row: Row,
                        style: Style | None = None, indent: float = 0.0) -> list:
        """Lines of one paragraph with its highlights, note markers, sticky notes and bookmark."""
        numbers = self.layout.note_numbers
        annotations = [a for a in row.annotations[side] if a.paragraph == paragraph.index]
        text = paragraph.text
        markers = []
        for a in annotations:
            if a.id in numbers:
                end = a.end if a.kind == "highlight" else len(text)
                markers.append((marker_position(text, min(end, len(text))), str(numbers[a.id])))
        style = style or (self.heading if paragraph.kind is Kind.HEADING else self.body)
        lines = break_lines(text, width - indent, style.measure, markers, style.marker_measure)
        highlights = [Highlight(a, a.start, min(a.end, len(text))) for a in annotations
                      if a.kind == "highlight" and a.end > a.start]
        items = [TextItem(line, style, indent, [h for h in highlights if h.start < line.end and h.end > line.start])
                 for line in lines]
        first = items[0]
        for a in annotations:
            if a.kind == "paragraph" and a.note:
                first.on_place.append(lambda x, top, a=a: self.sticky(a, x, top))
        if paragraph.kind is Kind.HEADING and side == self.outline_side:
            first.on_place.append(lambda x, top, p=paragraph: self.bookmark(p, top))
        return items

    def bookmark(self, paragraph: Paragraph, top: float) -> None:
        self.bookmarks += 1
        key = f"h{self.bookmarks}"
        self.canvas.bookmarkHorizontal(key, 0, top + 4)
        level = max(0, min((paragraph.level or 1) - 1, self.outline_level + 1))
        self.outline_level = level
        self.canvas.addOutlineEntry(paragraph.text.strip()[:120] or "…", key, level=level, closed=False)

    def side_items(self, row: Row, side: str, width: float, indent: float = 0.0) -> list:
        items: list = []
        document = self.data.document(side)
        for i in row.side(side):
            if items:
                items.append(GapItem(PARAGRAPH_GAP))
            items += self.paragraph_items(side, document.paragraphs[i], width, row, indent=indent)
        if not items and row.translation is not None:
            items.append(TextItem(break_lines(row.translation.marker, width,
                                              self.label.measure)[0], self.label, indent))
            fake = Paragraph(index=-1, text=row.translation.text)
            items += self.paragraph_items(side, fake, width, row, self.machine, indent)
        if indent:  # interleaved: a thin rule left of the counterpart sets it apart
            for item in items:
                if isinstance(item, TextItem):
                    item.on_place.append(lambda x, top, h=item.height: self._rule(x - indent / 2, top, h))
        return items

    def _rule(self, x: float, top: float, height: float) -> None:
        self.canvas.setStrokeColorRGB(0.7, 0.74, 0.82)
        self.canvas.setLineWidth(1.2)
        self.canvas.line(x, top - 1, x, top - height + 1)

    def note_items(self, row_notes: list[Annotation], width: float) -> list:
        """The printed notes of a row: "n  text" with the text indented under itself."""
        items: list = []
        numbers = self.layout.note_numbers
        for a in row_notes:
            if a.id not in numbers:
                continue
            prefix = {"link": "Link: ", "paragraph": "", "highlight": ""}[a.kind]
            quote = f"{quoted(a.quote, 80)} " if a.kind == "highlight" and a.quote.strip() else ""
            number = break_lines(str(numbers[a.id]), 16, self.note_number.measure)[0]
            items.append(_Overlay(TextItem(number, self.note_number)))  # beside the note's first line
            items += [TextItem(line, self.note, 16)
                      for line in break_lines(prefix + quote + a.note.strip(), width - 16, self.note.measure)]
            items.append(GapItem(1.5))
        return items

    def draw_row(self, row: Row) -> None:
        notes = row.annotations_in_order()
        keep = 0.0
        if any(self.data.document(s).paragraphs[i].kind is Kind.HEADING for s in ("ru", "en") for i in row.side(s)):
            keep = self.heading.leading * 2 + 4 * self.body.leading
        if self.options.layout == "side-by-side":
            left = Column(MARGIN_X, self.column_width, self.side_items(row, "ru", self.column_width))
            right = Column(MARGIN_X + self.column_width + GUTTER, self.column_width,
                           self.side_items(row, "en", self.column_width))
            for link_note in row.link_notes:
                if link_note.note and left.items:
                    target = left.items[0]
                    target.on_place.append(lambda x, top, a=link_note: self.sticky(a, PAGE_WIDTH, top))
            self.place([left, right], separator=True, keep=keep)
        else:
            items = self.side_items(row, "ru", self.full_width)
            english = self.side_items(row, "en", self.full_width, indent=14.0)
            if items and english:
                items.append(GapItem(PARAGRAPH_GAP + 1))
            items += english
            for link_note in row.link_notes:
                if link_note.note and items:
                    items[0].on_place.append(lambda x, top, a=link_note: self.sticky(a, PAGE_WIDTH, top))
            self.place([Column(MARGIN_X, self.full_width, items)], separator=True, keep=keep)
        if any(a.id in self.layout.note_numbers for a in notes):
            self.y -= 2
            self.place([Column(MARGIN_X, self.full_width, self.note_items(notes, self.full_width))])

    def draw_unplaced(self, unplaced: list[Annotation]) -> None:
        if not unplaced:
            return
        title = break_lines("Annotations whose text was not found in the changed source", self.full_width,
                            self.heading.measure)
        self.place([Column(MARGIN_X, self.full_width, [TextItem(line, self.heading) for line in title])],
                   separator=True)
        self.place([Column(MARGIN_X, self.full_width, self.note_items(unplaced, self.full_width))])

    def run(self, progress, cancelled) -> None:
        self.layout = build_rows(self.data, self.options)
        headings = {side: any(p.kind is Kind.HEADING for p in self.data.document(side).paragraphs)
                    for side in ("ru", "en")}
        self.outline_side = "ru" if headings["ru"] or not headings["en"] else "en"
        rows = self.layout.rows
        self.new_page()
        for r, row in enumerate(rows):
            if r % 25 == 0:
                if cancelled():
                    raise ExportCancelled()
                progress(r, len(rows))
            self.draw_row(row)
        self.draw_unplaced(self.layout.unplaced)
        self.finish_page()
        progress(len(rows), len(rows))


class _Overlay:
    """An item drawn at the same height as the next item (a note number beside its text)."""

    height = 0.0

    def __init__(self, item: TextItem):
        self.item = item

    def draw(self, canvas, x, top, quads) -> None:
        self.item.draw(canvas, x, top, quads)


def export_pdf(data: ExportInput, path: str | Path, options: ExportOptions | None = None, *,
               progress=no_progress, cancelled=never_cancelled) -> Path:
    """Write the annotated pair as a PDF to ``path`` (through a temporary file); return ``path``."""
    options = options or ExportOptions()
    path = Path(path)
    with output_file(path) as temp:
        register_fonts()
        canvas = Canvas(str(temp), pagesize=A4, pageCompression=1, invariant=0, initialFontName=REGULAR,
                        initialFontSize=9.5)
        canvas.setTitle(data.title())
        canvas.setSubject(f"{data.ru.title} (Russian original) beside {data.en.title} (English counterpart), "
                          f"aligned paragraph by paragraph")
        canvas.setCreator(f"Parallel Reader {__version__}")
        canvas.setAuthor("")  # unknown (reportlab would say "anonymous")
        canvas.setKeywords(["parallel text", "Russian", "English"])
        writer = _Writer(data, options, canvas)
        writer.run(progress, cancelled)
        canvas.showOutline()
        try:
            canvas.save()
        except OSError as error:
            raise ExportError(f"The PDF could not be written ({error.strerror or error}).", path=str(path)) from None
    return path
