"""PDF with a text layer: lines read with pdfium, running headers/footers and page numbers
dropped, paragraphs rebuilt across line wraps, hyphenation and page breaks."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2 as pdfium

from reader.core.errors import EncryptedPdfError, MalformedDocumentError, NoTextLayerError
from reader.core.formats.blocks import Block, Extracted
from reader.core.formats.budget import current_budget
from reader.core.formats.pdfstreams import check_streams

_HYPHENS = "-\u00ad\u2010\x02\ufffe"
_PAGE_NUMBER = re.compile(r"^[\s\-\u2013\u2014]*(?:(?:page|p\.|стр\.?|страница|с\.)\s*)?(?:\d{1,4}|[ivxlc]{1,6})"
                          r"(?:\s*(?:of|из|/)\s*\d{1,4})?[\s\-\u2013\u2014]*$", re.IGNORECASE)
_TERMINAL = tuple(".!?\u2026:;\"»”)")
_DIGITS = re.compile(r"\d+")
#: hyphenated words, tried only where a word starts (at every letter of a long word it was quadratic)
_HYPHENATED = re.compile(r"(?<!\w)\w+-\w+")
_SOFT_HYPHENS = re.compile(r"[\x02\ufffe]")
_PLACEHOLDER_TITLES = {"untitled", "unknown", "untitled document", "без названия", "microsoft word"}


@dataclass
class Line:
    """One line of text on a page, with its box in PDF points (origin bottom left)."""

    page: int
    left: float
    bottom: float
    right: float
    top: float
    text: str
    page_height: float = 0.0
    #: the type size in points (the box height where pdfium does not tell)
    size: float = 0.0

    @property
    def height(self) -> float:
        return self.top - self.bottom


_SEGMENT = re.compile(r"[^\r\n\ufffe\x02]*[\ufffe\x02]|[^\r\n\ufffe\x02]+")


def _box(textpage, first: int, last: int) -> tuple[float, float, float, float]:
    a, b = textpage.get_charbox(first), textpage.get_charbox(last)
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _by_baseline(text: str, textpage, first: int, last: int) -> list[tuple[int, int]]:
    """Split a run pdfium took for one line where its characters change line (mixed type sizes)."""
    groups: list[list[int]] = []
    low = high = 0.0
    for index in range(first, last + 1):
        if text[index].isspace():
            continue
        left, bottom, right, top = textpage.get_charbox(index)
        middle = (bottom + top) / 2
        if groups and low <= middle <= high:
            groups[-1][1] = index
            low, high = min(low, bottom), max(high, top)
        else:
            groups.append([index, index])
            low, high = bottom, top
    return [(a, b) for a, b in groups]


def _segments(page_number: int, textpage, height: float) -> list[Line]:
    """Runs of text as pdfium orders them, each with its box (fast: one text call a page)."""
    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():  # pdfium left chars out: ask rectangle by rectangle
        return _rect_segments(page_number, textpage, height)
    segments = []
    for match in _SEGMENT.finditer(text):
        run = match.group(0)
        first = match.start() + len(run) - len(run.lstrip())
        last = match.start() + len(run.rstrip().rstrip("\ufffe\x02")) - 1
        if last < first:
            continue
        a, b = textpage.get_charbox(first), textpage.get_charbox(last)
        apart = a[1] > b[3] or b[1] > a[3]  # first and last characters on different lines
        parts = _by_baseline(text, textpage, first, last) if apart else [(first, last)]
        for number, (start, end) in enumerate(parts):
            stop = match.end() if number == len(parts) - 1 else end + 1
            size = pdfium.raw.FPDFText_GetFontSize(textpage.raw, start)
            segments.append(Line(page_number, *_box(textpage, start, end), text[start:stop], height, size))
    return segments


def _rect_segments(page_number: int, textpage, height: float) -> list[Line]:
    segments = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", " ").replace("\n", " ")
        if text.strip():
            segments.append(Line(page_number, left, bottom, right, top, text, height, top - bottom))
    return segments


def _page_lines(page_number: int, textpage, height: float) -> list[Line]:
    """The lines of one page, top to bottom, text segments on one baseline merged."""
    segments = _segments(page_number, textpage, height)
    current_budget().charge("characters", sum(len(segment.text) for segment in segments))
    segments.sort(key=lambda s: (-round((s.top + s.bottom) / 2), s.left))
    lines: list[Line] = []
    for segment in segments:
        last = lines[-1] if lines else None
        middle = (segment.top + segment.bottom) / 2
        if last and last.bottom <= middle <= last.top and segment.left >= last.right - 1:
            gap = " " if segment.left - last.right > 0.15 * max(segment.height, 1) else ""
            last.text = last.text.rstrip() + gap + segment.text.lstrip() if gap else last.text + segment.text
            last.right, last.top, last.bottom = segment.right, max(last.top, segment.top), min(last.bottom,
                                                                                                  segment.bottom)
        else:
            lines.append(segment)
    for line in lines:
        line.text = line.text.strip()
    return lines


def _signature(line: Line) -> tuple[str, int]:
    return _DIGITS.sub("#", line.text.casefold()), round(line.bottom / 4)


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without running headers/footers (lines repeating at one place) and page numbers."""
    def at_edge(position: int, lines: list[Line]) -> bool:
        line = lines[position]
        margin = 0.15 * line.page_height
        return (position < 2 and line.bottom > line.page_height - margin) or \
            (position >= len(lines) - 2 and line.top < margin)

    counts = Counter(sig for lines in pages
                     for sig in {_signature(line) for i, line in enumerate(lines) if at_edge(i, lines)})
    repeated = max(2, len(pages) // 2) if len(pages) > 1 else 10 ** 9
    result = []
    for lines in pages:
        kept = []
        for position, line in enumerate(lines):
            at_end = position in (0, len(lines) - 1)
            if at_edge(position, lines) and counts[_signature(line)] >= repeated:
                continue
            if at_end and _PAGE_NUMBER.match(line.text):
                continue
            kept.append(line)
        result.append(kept)
    return result


#: how much of a paragraph's end is looked at to join the next line (the hyphenated word's first part)
_TAIL = 100
_TRAILING_WORD = re.compile(r"\w+$")
_LEADING_WORD = re.compile(r"\w*")


def _joint(tail: str, line: str, hyphenated: set[str]) -> tuple[int, str]:
    """How to join ``line`` to a paragraph ending in ``tail``: characters to drop from its end, text to add.

    End-of-line hyphenation is undone, real hyphens are kept. Only the paragraph's end is looked at, so a
    long paragraph costs no more per line than a short one.
    """
    if tail and tail[-1] in _HYPHENS and len(tail) > 1 and tail[-2].isalpha():
        before = _TRAILING_WORD.search(tail, max(0, len(tail) - 1 - _TAIL), len(tail) - 1)
        after = _LEADING_WORD.match(line, 0, _TAIL)
        fragment, following = before.group(0) if before else "", after.group(0) if after else ""
        real = (not line[:1].islower() or (fragment.isupper() and len(fragment) > 1)
                or f"{fragment}-{following}".casefold() in hyphenated)
        return 1, ("-" if real else "") + line
    return 0, " " + line


def _heading_level(line: Line, body_size: float) -> int:
    """1 or 2 for a line set clearly larger than the body text, 0 otherwise."""
    if line.size > 1.6 * body_size:
        return 1
    return 2 if line.size > 1.25 * body_size else 0


def rebuild_paragraphs(pages: list[list[Line]]) -> list[Block]:
    """Paragraphs (headings by their larger type) from the lines of all pages."""
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    left = Counter(round(line.left) for line in lines).most_common(1)[0][0]
    flush = sorted(line.right for line in lines if abs(line.left - left) < 3) or sorted(line.right for line in lines)
    right = flush[int(len(flush) * 0.9)]
    steps = [a.bottom - b.bottom for a, b in pairwise(lines) if a.page == b.page and a.bottom > b.bottom]
    step = statistics.median(steps) if steps else 14.0
    body_size = statistics.median(line.size for line in lines)
    words = {w.casefold() for line in lines for w in _HYPHENATED.findall(line.text)}
    paragraphs: list[Block] = []
    pieces: list[list[str]] = []  # each paragraph's text in pieces, joined once at the end
    tail = ""
    previous: Line | None = None
    for line in lines:
        level = _heading_level(line, body_size)
        if previous is None or level != paragraphs[-1].level:
            starts = True
        else:
            indent = line.left > left + 0.8 * max(line.height, 6)
            # the previous line ended early: the first word of this line would have fitted there
            char = (previous.right - previous.left) / max(len(previous.text), 1)
            first_word = len(line.text.split(maxsplit=1)[0]) if line.text.split() else 0
            room = right - previous.right
            short = room > (first_word + 2) * char and previous.text[-1:] not in _HYPHENS \
                and (previous.text.endswith(_TERMINAL) or room > 0.25 * (right - left))
            gap = line.page == previous.page and previous.bottom - line.bottom > 1.6 * step
            jump = line.page == previous.page and line.bottom > previous.bottom  # a new column
            starts = (indent or short or gap or jump) and not level
        if starts:
            paragraphs.append(Block(line.text, level=level))
            pieces.append([line.text])
            tail = line.text[-_TAIL - 1:]
        else:
            drop, added = _joint(tail, line.text, words)
            if drop:
                pieces[-1][-1] = pieces[-1][-1][:-drop]
            pieces[-1].append(added)
            tail = (tail[:len(tail) - drop] + added)[-_TAIL - 1:]
        previous = line
    for block, parts in zip(paragraphs, pieces, strict=True):
        block.text = _SOFT_HYPHENS.sub("-", "".join(parts)).strip()
    return [block for block in paragraphs if block.text]


def _open(data: bytes):
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower() or getattr(error, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise EncryptedPdfError("the PDF is encrypted (protected by a password)") from None
        raise MalformedDocumentError(f"this PDF file is damaged ({error})") from None


def read(data: bytes, check: Callable[[int, int], None] | None = None) -> Extracted:
    """Read a PDF's text layer; ``check(done, total)`` is called before each page (it may raise to stop).

    The streams are measured against the reading budget before pdfium unpacks any, and so is the page count.
    """
    budget = current_budget()
    check_streams(data, budget)
    document = _open(data)
    try:
        budget.check("pages", len(document))
        pages = []
        for number in range(len(document)):
            if check is not None:
                check(number, len(document) + 1)
            page = document[number]
            textpage = page.get_textpage()
            try:
                pages.append(_page_lines(number, textpage, page.get_height()))
            finally:
                textpage.close()
                page.close()
        title = (document.get_metadata_dict().get("Title") or "").strip()
    except pdfium.PdfiumError as error:
        raise MalformedDocumentError(f"this PDF file is damaged ({error})") from None
    finally:
        document.close()
    if not any(pages):
        raise NoTextLayerError("the PDF has no text layer (it is a scan or images): it needs OCR first")
    paragraphs = rebuild_paragraphs(drop_running_lines(pages))
    if title.casefold() in _PLACEHOLDER_TITLES:
        title = ""
    blank = sum(1 for lines in pages if not lines)
    notices = [f"{blank} of {len(pages)} pages have no text layer (scanned pages need OCR)."] if blank else []
    return Extracted(paragraphs, title=title, plain=True, notices=notices)
