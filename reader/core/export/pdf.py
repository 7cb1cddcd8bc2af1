"""The annotated side-by-side PDF: original and counterpart in two columns, links level, notes kept.

Each row (a link with its whole group, or a paragraph without counterpart) starts at the same height
in both columns; a short row that does not fit moves whole to the next page, a longer one continues in
both columns there, and a heading row stays with the lines after it.
A heading linked to its counterpart starts level with it even inside a longer row, and each part
(a top-level section holding chapters) opens a new page.
Highlights are real PDF highlight annotations over the highlighted words; notes are sticky-note
annotations and are also printed, numbered, under their row so a paper copy keeps them. Fonts are
embedded (DejaVu Sans). The bookmarks nest parts and chapters (:mod:`reader.core.export.sections`),
a linked pair of headings as one bookmark naming both; every page has its number and, over each
side, a running head with the book's title and the part and chapter the page begins in.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any, cast

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas

from reader import __version__
from reader.core.document import Kind, Paragraph
from reader.core.errors import ExportError
from reader.core.export.common import (ExportCancelled, ExportOptions, never_cancelled,
                                       no_progress, output_file)
from reader.core.export.fonts import BOLD, OBLIQUE, REGULAR, register_fonts
from reader.core.export.pdf_items import GREY, Column, GapItem, Highlight, Pen, Style, TextItem
from reader.core.export.plain import quoted
from reader.core.export.rows import Row, build_rows
from reader.core.export.sections import SIDES, BookStructure, Entry
from reader.core.export.textlayout import break_lines, marker_position
from reader.core.project.annotations import Annotation
from reader.core.session import ReadingSession

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 46.0, 58.0, 50.0
GUTTER = 22.0
ROW_GAP = 9.0
PARAGRAPH_GAP = 4.0
KEEP_WHOLE = 8  # rows up to this many body lines tall never break across pages (longer ones show 3 first)
STICKY = 20.0  # size of a sticky-note icon (viewers draw the icon at about this size whatever the rectangle)
PART_SPACE = 18.0  # space above a part heading at the top of its page
#: with more bookmarks than this, the top-level ones open closed (a novel shows its parts, not 300 chapters)
OPEN_OUTLINE = 40
#: the share of the progress left for writing the file out, after the pages are laid out
SAVE_SHARE = 0.1


def _hex_to_rgb(color: str | None) -> tuple[float, float, float]:
    try:
        value = (color or "#ffe066").lstrip("#")
        red, green, blue = (int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))
        return (red, green, blue)
    except (ValueError, IndexError):
        return (1.0, 0.88, 0.4)


class _Writer:
    """Builds one PDF; see :func:`export_pdf`."""

    def __init__(self, data: ReadingSession, options: ExportOptions, canvas: Canvas):
        self.data, self.options, self.canvas = data, options, canvas
        metrics = register_fonts()
        style = partial(Style, ascent=metrics.ascent, descent=metrics.descent)
        self.body = style(REGULAR, 9.5, 12.8)
        self.heading = style(BOLD, 11.0, 14.5, marker_font=REGULAR)
        self.part = style(BOLD, 14.0, 18.0, marker_font=REGULAR)
        self.machine = style(OBLIQUE, 9.5, 12.8, GREY, marker_font=REGULAR)
        self.label = style(BOLD, 6.8, 9.5, GREY)
        self.note = style(REGULAR, 7.6, 9.8, (0.2, 0.2, 0.25))
        self.note_number = style(BOLD, 7.6, 9.8, (0.2, 0.2, 0.25))
        self.header = style(REGULAR, 7.5, 9.0, GREY)
        self.full_width = PAGE_WIDTH - 2 * MARGIN_X
        self.column_width = (self.full_width - GUTTER) / 2
        self.y = 0.0
        self.page = 0
        self.fresh = True  # nothing drawn on the current page yet
        self.quads: dict[str, list[tuple[float, float, float, float]]] = {}
        self.quad_owner: dict[str, Annotation] = {}
        self.sticky_done: set[str] = set()
        self.layout = build_rows(data, options)
        self.structure = BookStructure(data, self.layout.rows)
        self.pen = Pen(canvas)
        self.entry_at: dict[tuple[str, int], Entry] = {(e.side, e.paragraph): e for e in self.structure.entries}
        self.destinations: dict[int, str] = {}  # id(entry) → its destination's name, once placed
        #: per side: the first body paragraph, and the first paragraph, drawn on this page; the last drawn so far
        self.page_body: dict[str, int | None] = {}
        self.page_first: dict[str, int | None] = {}
        self.last: dict[str, int | None] = {side: None for side in SIDES}
        self.carried: dict[str, int | None] = dict(self.last)  # the last ones before this page

    # -- pages ------------------------------------------------------------------------------
    def new_page(self) -> None:
        if self.page:
            self.finish_page()
        self.page += 1
        self.y = PAGE_HEIGHT - MARGIN_TOP
        self.fresh = True
        self.pen.start()
        self.page_body = {side: None for side in SIDES}
        self.page_first = {side: None for side in SIDES}
        self.carried = dict(self.last)

    def seen(self, side: str, paragraph: int) -> None:
        """Note that a line of ``paragraph`` was drawn on this page (for the running head)."""
        self.last[side] = paragraph
        if self.page_body[side] is None:
            if self.page_first[side] is None:
                self.page_first[side] = paragraph
            if self.data.document(side).paragraphs[paragraph].kind is not Kind.HEADING:
                self.page_body[side] = paragraph

    def running_head(self, side: str, width: float) -> str:
        """The book's title and where the page begins on ``side`` (its first body paragraph, else its first
        paragraph, else the last one before the page), fitted to ``width``."""
        paragraph = next((p for p in (self.page_body[side], self.page_first[side], self.carried[side])
                          if p is not None), None)
        where = self.structure.running_head(side, paragraph)
        text = " · ".join(part for part in (self.structure.titles[side], where) if part)
        if where and self.header.measure(text) > width:
            text = where  # the part and chapter matter more than the title
        return self._fit(text, width)

    def draw_furniture(self) -> None:
        """The running heads over both sides, the rule under them and the page number."""
        c = self.canvas
        c.setFont(self.header.font, self.header.size)
        c.setFillColorRGB(*self.header.color)
        top = PAGE_HEIGHT - 34
        c.drawString(MARGIN_X, top, self.running_head("ru", self.column_width))
        c.drawString(MARGIN_X + self.column_width + GUTTER, top, self.running_head("en", self.column_width))
        c.setStrokeColorRGB(0.75, 0.75, 0.78)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, top - 5, PAGE_WIDTH - MARGIN_X, top - 5)
        c.drawCentredString(PAGE_WIDTH / 2, 28, str(self.page))

    def _fit(self, text: str, width: float) -> str:
        measure = self.header.measure
        if measure(text) <= width:
            return text
        while text and measure(text + "…") > width:
            text = text[:-1]
        return text + "…"

    def finish_page(self) -> None:
        """Add the page's text, running heads and highlight annotations (one per annotation, all its lines as
        QuadPoints)."""
        c = self.canvas
        self.pen.finish()
        self.draw_furniture()
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
        return str(self.layout.note_numbers.get(annotation.id, ""))

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
                    item = items[k]
                    item.draw(self.pen, column.x, top - height, self.add_quad)
                    source = getattr(item, "source", None)
                    if source is not None:
                        self.seen(*source)
                    height += item.height
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
                end = a.end if a.end is not None else len(text)  # a highlight's end, else the paragraph's
                markers.append((marker_position(text, min(end, len(text))), str(numbers[a.id])))
        if style is None:
            style = self.body
            if paragraph.kind is Kind.HEADING:
                style = self.part if self.structure.opens_part(side, paragraph.index) else self.heading
        source = (side, paragraph.index) if paragraph.index >= 0 else None
        lines = break_lines(text, width - indent, style.measure, markers, style.marker_measure)
        highlights = [Highlight(a, a.start, min(a.end, len(text))) for a in annotations
                      if a.start is not None and a.end is not None and a.end > a.start]
        items = [TextItem(line, style, indent, [h for h in highlights if h.start < line.end and h.end > line.start]
                          if highlights else [], source=source)
                 for line in lines]
        first = items[0]
        for a in annotations:
            if a.kind == "paragraph" and a.note:
                first.on_place.append(partial(self.sticky, a))
        entry = self.entry_at.get((side, paragraph.index)) if source else None
        if entry is not None:
            first.on_place.append(lambda x, top: self.destination(entry, top))
        return items

    def destination(self, entry: Entry, top: float) -> None:
        """The place a bookmark leads to: the top of its heading on this page."""
        key = f"h{len(self.destinations) + 1}"
        self.canvas.bookmarkHorizontal(key, 0, top + 4)
        self.destinations[id(entry)] = key

    def add_outline(self) -> None:
        """The bookmarks, nested part → chapter, of the headings placed."""
        entries = [e for e in self.structure.entries if id(e) in self.destinations]
        closed = len(entries) > OPEN_OUTLINE
        level = 0
        for k, entry in enumerate(entries):
            level = min(entry.level, level + 1)  # an entry left out must not leave a jump of two levels
            has_children = k + 1 < len(entries) and entries[k + 1].level > entry.level
            self.canvas.addOutlineEntry(entry.label, self.destinations[id(entry)], level=level - 1,
                                        closed=closed and level == 1 and has_children)

    def side_items(self, row: Row, side: str, indices: list[int], width: float, indent: float = 0.0) -> list:
        items: list = []
        document = self.data.document(side)
        for i in indices:
            if items:
                items.append(GapItem(PARAGRAPH_GAP))
            items += self.paragraph_items(side, document.paragraphs[i], width, row, indent=indent)
        if not items and not row.side(side) and row.translation is not None:
            items.append(TextItem(break_lines(row.translation.marker, width,
                                              self.label.measure)[0], self.label, indent))
            fake = Paragraph(index=-1, text=row.translation.text)
            items += self.paragraph_items(side, fake, width, row, self.machine, indent)
        if indent:  # interleaved: a thin rule left of the counterpart sets it apart
            for item in items:
                if isinstance(item, TextItem):
                    item.on_place.append(partial(self._rule, indent / 2, item.height))
        return items

    def _rule(self, before: float, height: float, x: float, top: float) -> None:
        """A vertical rule ``before`` left of ``x``, from ``top`` down ``height``."""
        self.canvas.setStrokeColorRGB(0.7, 0.74, 0.82)
        self.canvas.setLineWidth(1.2)
        self.canvas.line(x - before, top - 1, x - before, top - height + 1)

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

    def bands(self, row: Row) -> list[tuple[list[int], list[int]]]:
        """The row's paragraphs cut so that headings linked in it start level: each pair of headings (or the
        first heading of each side, when the sides hold different numbers of them) begins a band of its own."""
        heads = {side: [k for k, i in enumerate(row.side(side))
                        if self.data.document(side).paragraphs[i].kind is Kind.HEADING] for side in SIDES}
        if not heads["ru"] or not heads["en"]:
            return [(row.ru, row.en)]
        pairs = list(zip(heads["ru"], heads["en"], strict=True)) if len(heads["ru"]) == len(heads["en"]) \
            else [(heads["ru"][0], heads["en"][0])]
        bands, a, b = [], 0, 0
        for k, m in pairs:
            if k > a or m > b:
                bands.append((row.ru[a:k], row.en[b:m]))
            a, b = k, m
        bands.append((row.ru[a:], row.en[b:]))
        return bands

    def draw_row(self, row: Row) -> None:
        for k, (ru, en) in enumerate(self.bands(row)):
            self.draw_band(row, ru, en, first=k == 0)
        notes = row.annotations_in_order()
        if any(a.id in self.layout.note_numbers for a in notes):
            self.y -= 2
            self.place([Column(MARGIN_X, self.full_width, self.note_items(notes, self.full_width))])

    def draw_band(self, row: Row, ru: list[int], en: list[int], first: bool) -> None:
        """Draw some of a row's paragraphs (all of them unless headings cut it), level on both sides."""
        keep = 0.0
        headings = [(side, i) for side, indices in (("ru", ru), ("en", en)) for i in indices
                    if self.data.document(side).paragraphs[i].kind is Kind.HEADING]
        if headings:
            keep = self.part.leading * 2 + 4 * self.body.leading
            if any(self.structure.opens_part(side, i) for side, i in headings):
                if not self.fresh:
                    self.new_page()
                self.y -= PART_SPACE
        link_notes = [a for a in row.link_notes if a.note] if first else []
        if self.options.layout == "side-by-side":
            left = Column(MARGIN_X, self.column_width, self.side_items(row, "ru", ru, self.column_width))
            right = Column(MARGIN_X + self.column_width + GUTTER, self.column_width,
                           self.side_items(row, "en", en, self.column_width))
            target = left.items or right.items
            for link_note in link_notes:
                if target:
                    target[0].on_place.append(lambda x, top, a=link_note: self.sticky(a, PAGE_WIDTH, top))
            self.place([left, right], separator=True, keep=keep)
        else:
            items = self.side_items(row, "ru", ru, self.full_width)
            english = self.side_items(row, "en", en, self.full_width, indent=14.0)
            if items and english:
                items.append(GapItem(PARAGRAPH_GAP + 1))
            items += english
            for link_note in link_notes:
                if items:
                    items[0].on_place.append(lambda x, top, a=link_note: self.sticky(a, PAGE_WIDTH, top))
            self.place([Column(MARGIN_X, self.full_width, items)], separator=True, keep=keep)

    def draw_unplaced(self, unplaced: list[Annotation]) -> None:
        if not unplaced:
            return
        title = break_lines("Annotations whose text was not found in the changed source", self.full_width,
                            self.heading.measure)
        self.place([Column(MARGIN_X, self.full_width, [TextItem(line, self.heading) for line in title])],
                   separator=True)
        self.place([Column(MARGIN_X, self.full_width, self.note_items(unplaced, self.full_width))])

    def run(self, progress, cancelled) -> int:
        """Draw every page; return the progress total (the rows and a share for saving)."""
        rows = self.layout.rows
        total = len(rows) + max(1, int(len(rows) * SAVE_SHARE))
        self.new_page()
        for r, row in enumerate(rows):
            if r % 25 == 0:
                if cancelled():
                    raise ExportCancelled()
                progress(r, total)
            self.draw_row(row)
        self.draw_unplaced(self.layout.unplaced)
        self.finish_page()
        self.add_outline()
        progress(len(rows), total)
        return total


class _Overlay:
    """An item drawn at the same height as the next item (a note number beside its text)."""

    height = 0.0

    def __init__(self, item: TextItem):
        self.item = item

    def draw(self, pen: Pen, x, top, quads) -> None:
        self.item.draw(pen, x, top, quads)


def export_pdf(data: ReadingSession, path: str | Path, options: ExportOptions | None = None, *,
               progress=no_progress, cancelled=never_cancelled) -> Path:
    """Write the annotated pair as a PDF to ``path`` (through a temporary file); return ``path``."""
    options = options or ExportOptions()
    path = Path(path)
    # compressed streams are written as they are, not also in ASCII85 (a fifth larger and, in pure Python, a
    # tenth of a novel's export); nothing else in the program uses reportlab
    rl_config.useA85 = 0
    with output_file(path) as temp:
        register_fonts()
        # types-reportlab types initialFontName as a float; reportlab takes the name of a registered font
        canvas = Canvas(str(temp), pagesize=A4, pageCompression=1, invariant=0, initialFontName=cast(Any, REGULAR),
                        initialFontSize=9.5)
        canvas.setTitle(data.title())
        canvas.setSubject(f"{data.ru.title} (Russian original) beside {data.en.title} (English counterpart), "
                          f"aligned paragraph by paragraph")
        canvas.setCreator(f"Parallel Reader {__version__}")
        canvas.setAuthor("")  # unknown (reportlab would say "anonymous")
        canvas.setKeywords("parallel text, Russian, English")
        writer = _Writer(data, options, canvas)
        total = writer.run(progress, cancelled)
        if writer.destinations:
            canvas.showOutline()
        if cancelled():
            raise ExportCancelled()
        try:
            canvas.save()
        except OSError as error:
            raise ExportError(f"The PDF could not be written ({error.strerror or error}).", path=str(path)) from None
    progress(total, total)
    return path
