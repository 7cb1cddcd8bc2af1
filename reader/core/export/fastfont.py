"""A reportlab TrueType font that encodes a line of text in one pass when its characters are known.

Reportlab's ``TTFont.splitString`` maps a line to the font subset's byte codes character by character in
Python: a fifth of a novel's PDF export. Once every character of a line has its code in one subset (after
the first pages nearly every line), ``str.translate`` does the same in C; anything else (a character seen
for the first time, a line across two subsets) goes the original way, which assigns the codes.
"""

from __future__ import annotations

from typing import Protocol, cast

from reportlab.pdfbase.ttfonts import TTFont

_NBSP, _SPACE = 0xA0, 0x20  # reportlab draws a no-break space as a space


class _Codes:
    """Per subset: the characters that have a code in it and the translation to their byte codes."""

    def __init__(self, assignments: dict[int, int]):
        self.size = len(assignments)
        tables: dict[int, dict[int, str]] = {}
        for code, n in assignments.items():
            tables.setdefault(n >> 8, {})[code] = chr(n & 0xFF)
        for table in tables.values():
            if _SPACE in table:
                table[_NBSP] = table[_SPACE]
        self.subsets = [(subset, frozenset(map(chr, table)), table) for subset, table in sorted(tables.items())]


class _State(Protocol):
    """What this module uses of reportlab's ``TTFont.State`` (per document): its code ``assignments``, which
    reportlab sets in ``State.__init__`` but types-reportlab leaves out, and the ``_Codes`` kept on it here."""

    assignments: dict[int, int]
    _pr_codes: _Codes


class FastTTFont(TTFont):
    """``TTFont`` with a one-pass :meth:`splitString` for lines whose characters all sit in one subset."""

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 - reportlab's name
        state = cast("_State | None", self.state.get(doc))  # the stubs' State lacks ``assignments``
        if state is None or not isinstance(text, str) or not text:
            return super().splitString(text, doc, encoding)
        codes = getattr(state, "_pr_codes", None)
        if codes is None or codes.size != len(state.assignments):
            codes = state._pr_codes = _Codes(state.assignments)
        for subset, known, table in codes.subsets:
            if known.issuperset(text):
                return [(subset, text.translate(table).encode("latin-1"))]
        return super().splitString(text, doc, encoding)
