"""Where a word stands in a column: a paragraph of the column's text, or a machine translation shown in it.

A column shows its own paragraphs (blocks whose ``userState`` is the paragraph index) and extra blocks
(``render.EXTRA_STATE``) such as the machine translation of a paragraph of the other side, keyed
``render.MT_PREFIX`` + ``SIDE:INDEX`` by :mod:`reader.ui.translation.controller` and shown as its label, a line separator and the text.
These helpers turn a pointer position into a :class:`Place`, and a place back into a block and the
highlight that marks a word there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextCursor

from reader.core.sides import other_side
from reader.ui.view import render
from reader.ui.view.highlights import Highlight


@dataclass(frozen=True)
class Place:
    """Character ``offset`` of paragraph ``paragraph`` shown in the column of ``column``: of that side's own
    paragraph, or (``translation``) of the machine translation of paragraph ``paragraph`` of the other side."""

    column: str
    paragraph: int
    offset: int
    translation: bool = False

    @property
    def source(self) -> str:
        """The side of the paragraph the place belongs to (the translated paragraph's side for a translation)."""
        return other_side(self.column) if self.translation else self.column

    def key(self) -> tuple:
        return (self.column, self.paragraph, self.translation)


def translation_key(source: str, paragraph: int) -> str:
    """The key of the extra block showing the machine translation of paragraph ``paragraph`` of ``source``."""
    return f"{render.MT_PREFIX}{source}:{paragraph}"


def parse_translation_key(key: str) -> tuple[str, int] | None:
    """(source side, paragraph) of a machine-translation block key, or None for another extra block."""
    if not key.startswith(render.MT_PREFIX):
        return None
    side, _, index = key[len(render.MT_PREFIX):].partition(":")
    return (side, int(index)) if side in ("ru", "en") and index.isdigit() else None


def _label_length(label: str) -> int:
    """Characters before an extra block's text: its label and the line separator after it."""
    return len(label) + 1 if label else 0


def _paragraph_before(block: QTextBlock) -> tuple[int, int]:
    """(index of the paragraph before ``block``, or -1; how many extra blocks lie between)."""
    between = 0
    previous = block.previous()
    while previous.isValid() and previous.userState() < 0:
        between += 1
        previous = previous.previous()
    return (previous.userState() if previous.isValid() else -1), between


def extra_key(view, block: QTextBlock) -> str | None:
    """The key of the extra block ``block`` of ``view`` (None if it is no extra block)."""
    if block.userState() != render.EXTRA_STATE:
        return None
    after, between = _paragraph_before(block)
    keys = [key for key, extra in view.extra_paragraphs().items() if extra.after == after]
    return keys[between] if between < len(keys) else None


def extra_block(view, key: str) -> tuple[QTextBlock, int, int] | None:
    """(block, characters before its text, block offset from its anchor paragraph) of the extra block ``key``;
    the anchor paragraph is the one it follows (paragraph 0 for blocks before the first paragraph)."""
    extras = view.extra_paragraphs()
    extra = extras.get(key)
    if extra is None or view.paragraph_count() == 0:
        return None
    keys = [k for k, e in extras.items() if e.after == extra.after]
    n = keys.index(key)
    if extra.after >= 0:
        anchor, offset = extra.after, n + 1
    else:
        anchor, offset = 0, n - len(keys)
    block = view.block(anchor)
    for _ in range(abs(offset)):
        block = block.next() if offset > 0 else block.previous()
    if not block.isValid() or block.userState() != render.EXTRA_STATE:
        return None
    return block, _label_length(extra.label), offset


def place_at(view, pos: QPoint) -> Place | None:
    """The place under viewport position ``pos`` of ``view`` (None: no text there, or an extra block that is
    no machine translation, or its label)."""
    if view.document_model is None or view.paragraph_count() == 0:
        return None
    cursor = view.cursorForPosition(pos)
    block = cursor.block()
    offset = cursor.position() - block.position()
    if block.userState() >= 0:
        return Place(view.side, block.userState(), offset)
    key = extra_key(view, block)
    found = parse_translation_key(key) if key else None
    if found is None:
        return None
    skip = _label_length(view.extra_paragraphs()[key].label)
    if offset < skip:
        return None
    return Place(view.side, found[1], offset - skip, translation=True)


def block_of(view, place: Place) -> tuple[QTextBlock, int, int] | None:
    """(block, characters before the place's text, block offset from its anchor paragraph) of a place."""
    if not place.translation:
        if not 0 <= place.paragraph < view.paragraph_count():
            return None
        return view.block(place.paragraph), 0, 0
    return extra_block(view, translation_key(place.source, place.paragraph))


def place_of_block(view, block: QTextBlock) -> Place | None:
    """The place at the start of ``block`` (a paragraph or a machine translation), or None."""
    if block.userState() >= 0:
        return Place(view.side, block.userState(), 0)
    key = extra_key(view, block)
    found = parse_translation_key(key) if key else None
    return Place(view.side, found[1], 0, translation=True) if found else None


def word_highlight(view, place: Place, start: int, end: int, fmt: QTextCharFormat, tooltip: str = ""
                   ) -> Highlight | None:
    """The highlight of characters ``start``..``end`` of the text at ``place`` (None if it is not shown)."""
    found = block_of(view, place)
    if found is None:
        return None
    block, skip, offset = found
    if offset == 0:
        return Highlight(place.paragraph, fmt, start, end, tooltip)
    return Highlight(_anchor(view, block, offset), fmt, start + skip, end + skip, tooltip, block_offset=offset)


def _anchor(view, block: QTextBlock, offset: int) -> int:
    """The paragraph ``offset`` blocks before ``block`` (after it, for a negative offset)."""
    for _ in range(abs(offset)):
        block = block.previous() if offset > 0 else block.next()
    return block.userState()


def on_word(view, place: Place, start: int, end: int, pos: QPoint) -> bool:
    """Whether viewport position ``pos`` lies on the word ``start``..``end`` at ``place`` (not beside it in the
    margin or past the end of a line, where the nearest position is still in the word)."""
    found = block_of(view, place)
    if found is None:
        return False
    block, skip, _ = found
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + skip + start)
    first = view.cursorRect(cursor)
    cursor.setPosition(block.position() + skip + end)
    last = view.cursorRect(cursor)
    if first.top() != last.top():  # the word is broken across lines: take it
        return first.top() <= pos.y() <= last.bottom()
    return first.left() - 1 <= pos.x() <= last.right() + 1 and first.top() <= pos.y() <= first.bottom()
