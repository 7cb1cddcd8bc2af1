"""Word correspondences for the HTML export: which words of a row render which, as classes of their spans.

Each row's word matches come from a :class:`reader.core.words.linker.WordLinker` — the links of the
row (a split paragraph's parts together), or a paragraph and the machine translation shown beside it
— computed as the row is written, the linker keeping only its recent links: nothing is held for the
whole book. Every matched pair of words gets an id local to its row (the row is a ``<tbody>`` of its
own); a word's span carries the classes of its pairs (``class="w w3"``, a compound ``class="w w3 w4"``)
and the page's style marks, while the pointer is on a word, the words of its row sharing a class
with it (CSS ``:has``: no script in the page).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from html import escape

from reader.core.export.rows import Row
from reader.core.sides import Side
from reader.core.words.linker import LinkWords, WordLinker
from reader.core.session import ReadingSession

#: the colours of the word under the pointer and of the words sharing a pair with it
POINTED, MATCHED = "#9ec0ee", "#8fd19e"


def style(count: int) -> str:
    """The style that marks, while the pointer is on a word, the words of its row sharing an id with it (rows
    are ``<tbody>`` elements, ids ``0 .. count-1``): CSS only (``:has``), no script."""
    if count <= 0:
        return ""
    selectors = ",".join(f"tbody:has(.w{k}:hover) .w{k}" for k in range(count))
    return (f"\n{selectors} {{ background: {MATCHED}; }}\ntbody .w.w:hover {{ background: {POINTED}; }}\n"
            "@media print { tbody .w.w { background: none; } }\n")


#: (side, paragraph, in a machine translation) → the matched words' (start, end, ids) in reading order
Spans = dict[tuple[str, int, bool], list[tuple[int, int, str]]]


class RowWords:
    """The word spans of each row of an export (see the module docstring)."""

    def __init__(self, data: ReadingSession):
        self.linker = WordLinker(data.ru, data.en)
        #: the most ids any row used so far (the style needs a rule for each)
        self.most = 0
        self._links: dict[tuple[str, int], list] = defaultdict(list)
        for link in data.alignment.links if data.alignment is not None else []:
            for side in Side:
                for i in link.side(side):
                    self._links[(side, i)].append(link)

    def _matches(self, row: Row) -> list[LinkWords]:
        if row.link is not None:
            links = {id(link): link for side in Side for i in row.side(side) for link in self._links[(side, i)]}
            return [self.linker.link_words(link) for link in links.values()]
        empty = row.empty_side
        if row.translation is not None and empty is not None:
            source = empty.other()
            return [self.linker.translation_link_words(source, row.side(source)[0], row.translation.text)]
        return []

    def spans(self, row: Row) -> Spans:
        """The matched words of ``row`` with their pair ids."""
        ids: dict[tuple, list[int]] = defaultdict(list)
        count = 0
        for matches in self._matches(row):
            for pair in matches.pairs:
                for word in (pair.ru, pair.en):
                    ids[(word.side, word.paragraph, word.translation, word.start, word.end)].append(count)
                count += 1
        self.most = max(self.most, count)
        spans: Spans = defaultdict(list)
        for (side, paragraph, translation, start, end), found in sorted(ids.items()):
            spans[(side, paragraph, translation)].append((start, end, " ".join(f"w{k}" for k in found)))
        return spans


def cuts(spans: Sequence[tuple[int, int, str]]) -> set[int]:
    """Where the text must be cut for the word spans."""
    return {offset for start, end, _ in spans for offset in (start, end)}


def word_ids_at(spans: Sequence[tuple[int, int, str]], start: int, end: int) -> str | None:
    """The ids of the word holding the piece ``start``..``end`` (None outside the matched words)."""
    k = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    if k >= 0 and spans[k][0] <= start and end <= spans[k][1]:
        return spans[k][2]
    return None


def wrap(piece: str, ids: str | None) -> str:
    """An escaped piece of text, in a word span when it belongs to a matched word."""
    return f'<span class="w {ids}">{piece}</span>' if ids and piece else piece


def words_html(text: str, spans: list[tuple[int, int, str]]) -> str:
    """``text`` escaped, its matched words in spans."""
    points = sorted({0, len(text)} | cuts(spans))
    return "".join(wrap(escape(text[a:b]), word_ids_at(spans, a, b)) for a, b in zip(points, points[1:], strict=False))
