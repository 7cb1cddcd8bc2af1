"""Measuring a PDF's compressed streams before pdfium reads them.

pdfium unpacks a page's content streams whole when the page is loaded and builds an object for every
drawing operator in them: a small file whose content stream inflates to hundreds of megabytes takes
gigabytes. This scan finds every stream in the file's bytes, inflates the Flate-compressed ones in
chunks (keeping nothing but the count) and charges the reading budget: the total to ``unpacked``, each
content stream (page contents, forms, object and cross-reference streams) to ``pdf_stream``. Images and
attached files are not unpacked to read the text and are not counted; fonts count to the total only.
"""

from __future__ import annotations

import re
import zlib

from reader.core.formats.budget import Budget

_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
#: how far before ``stream`` its dictionary is looked for
_DICTIONARY_SPAN = 16_384
_OBJECT = re.compile(rb"(?<![0-9])(\d{1,10})\s{1,10}(\d{1,5})\s{1,10}obj\b")
_LENGTH = re.compile(rb"/Length\s{0,10}(\d{1,12})(?:\s{1,10}(\d{1,5})\s{1,10}R)?")
_FILTER = re.compile(rb"/Filter\s{0,10}(\[[^\]]{0,400}\]|/[A-Za-z0-9]{1,40})")
_NOT_READ = re.compile(rb"/Subtype\s{0,10}/Image\b|/Type\s{0,10}/EmbeddedFile\b")
_FONT = re.compile(rb"/Length[123]\b|/Subtype\s{0,10}/(?:Type1C|CIDFontType0C|OpenType)\b")
_CHUNK = 1 << 16


def _dictionary(data: bytes, keyword: int) -> bytes:
    """The stream dictionary before the ``stream`` keyword at ``keyword`` (from its object's ``obj`` on)."""
    start = max(0, keyword - _DICTIONARY_SPAN)
    at = data.rfind(b"obj", start, keyword)
    return data[at if at != -1 else start:keyword]


class _Objects:
    """Where each indirect object starts, found on first need (for a /Length given as a reference)."""

    def __init__(self, data: bytes):
        self._data = data
        self._where: dict[tuple[int, int], int] | None = None

    def integer(self, number: int, generation: int) -> int | None:
        if self._where is None:
            self._where = {(int(m.group(1)), int(m.group(2))): m.end() for m in _OBJECT.finditer(self._data)}
        at = self._where.get((number, generation))
        if at is None:
            return None
        value = re.match(rb"\s{0,10}(\d{1,12})", self._data[at:at + 40])
        return int(value.group(1)) if value else None


def _inflated_size(raw: memoryview, cap: int) -> int:
    """How many bytes ``raw`` inflates to, counting no further than ``cap + 1`` (damaged data: what came out)."""
    inflater = zlib.decompressobj()
    total = 0
    try:
        for at in range(0, len(raw), _CHUNK):
            pending = bytes(raw[at:at + _CHUNK])
            while pending:
                total += len(inflater.decompress(pending, _CHUNK))
                if total > cap:
                    return total
                pending = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        pass
    return total


def check_streams(data: bytes, budget: Budget) -> None:
    """Charge the budget for every stream of the PDF ``data``; WorkLimitError past a limit.

    The search goes on right after each ``stream`` keyword (not past the stream's data), so an object
    hidden inside another stream's bytes, which pdfium can still reach through the cross-reference
    table, is measured too.
    """
    objects = _Objects(data)
    view = memoryview(data)
    position, next_end = 0, -1
    while (match := _STREAM.search(data, position)) is not None:
        start = position = match.end()
        if data[max(0, match.start() - 3):match.start()] == b"end":  # the end of a stream, not a start
            continue
        if next_end < start:
            next_end = data.find(b"endstream", start)
            next_end = len(data) if next_end == -1 else next_end
        dictionary = _dictionary(data, match.start())
        if _NOT_READ.search(dictionary):
            continue
        found = _LENGTH.search(dictionary)
        length = None
        if found:
            length = int(found.group(1)) if found.group(2) is None else \
                objects.integer(int(found.group(1)), int(found.group(2)))
        if length is None or start + length > len(data):
            length = next_end - start
        filters = _FILTER.search(dictionary)
        flate = filters is not None and filters.group(1).lstrip(b"[ \t\r\n").startswith((b"/FlateDecode", b"/Fl"))
        content = not _FONT.search(dictionary)
        cap = min(budget.remaining("unpacked"), budget.limit("pdf_stream") if content else budget.limit("unpacked"))
        size = _inflated_size(view[start:start + length], cap) if flate else length
        if content:
            budget.check("pdf_stream", size)
        budget.charge("unpacked", size)
