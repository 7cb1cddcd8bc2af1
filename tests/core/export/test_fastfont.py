"""The one-pass font encoding gives exactly reportlab's codes, on new characters, subsets and no-break spaces."""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont

from reader.core.export.fastfont import FastTTFont
from reader.core.resources import resource_path


class _Document:
    """Stands for the PDF document a font's codes belong to (reportlab keeps them per document)."""


def test_same_codes_as_reportlab():
    path = str(resource_path("fonts", "DejaVuSans.ttf"))
    fast, plain = FastTTFont("fast", path), TTFont("plain", path)
    fast_doc, plain_doc = _Document(), _Document()
    lines = ["Все счастливые семьи похожи друг на друга.", "Happy families are all alike.",
             "Все\xa0смешалось — «в доме» Облонских.", "", "Все счастливые семьи похожи друг на друга.",
             "\u4e2d\u6587 без глифа", "семьи\xa0похожи"]
    lines += ["".join(chr(c) for c in range(start, start + 40)) for start in range(0x100, 0x300, 40)]  # > 256 codes
    lines += ["Ā и A", "ǅ" + "Все счастливые", "Все счастливые"]
    fast_paths = 0
    for line in lines:
        before = len(fast.state[fast_doc].assignments) if fast_doc in fast.state else -1
        assert fast.splitString(line, fast_doc) == plain.splitString(line, plain_doc), line
        fast_paths += before == len(fast.state[fast_doc].assignments) and bool(line)
    assert fast.state[fast_doc].assignments == plain.state[plain_doc].assignments
    assert len({n >> 8 for n in plain.state[plain_doc].assignments.values()}) >= 2  # more than one subset
    assert fast_paths >= 4  # the repeated lines took the one-pass way
