"""Highlight layers of a column: named sets of highlighted ranges, painted in order.

A whole-paragraph highlight paints the paragraph's background (the column draws it under the
text); a range becomes a QTextEdit extra selection, built once when its layer is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

#: layers painted bottom to top (extension layers, e.g. "annotations", go where their z puts them)
BUILTIN_Z = {"differences": 10, "counterpart": 20, "selected": 21, "sentence": 30, "find": 40, "find_current": 41}
DEFAULT_Z = 15


@dataclass
class Highlight:
    """A highlighted range of a paragraph; ``start``/``end`` None means the whole paragraph."""

    paragraph: int
    format: QTextCharFormat
    start: int | None = None
    end: int | None = None
    tooltip: str = ""
    #: a block this many blocks after (negative: before) the paragraph's, e.g. a machine translation shown after it
    block_offset: int = 0

    @property
    def whole(self) -> bool:
        return self.start is None and self.end is None


def background(color: QColor) -> QTextCharFormat:
    """A character format that paints ``color`` behind the text."""
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    return fmt


def styles_text(fmt: QTextCharFormat) -> bool:
    """Whether ``fmt`` changes how the letters look (colour or underline), not only what is behind them."""
    return (fmt.foreground().style() != Qt.BrushStyle.NoBrush
            or fmt.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline)


@dataclass
class _Layer:
    z: int
    items: list[Highlight]
    selections: list  # QTextEdit.ExtraSelection of the range highlights


class HighlightLayers:
    """The layers of one column; ``block(i)`` gives paragraph i's QTextBlock, ``count()`` how many there are."""

    def __init__(self, block: Callable[[int], QTextBlock], count: Callable[[], int]):
        self._block = block
        self._count = count
        self._layers: dict[str, _Layer] = {}

    def set(self, name: str, items: list[Highlight], z: int | None = None) -> bool:
        """Replace layer ``name``; returns whether anything changed."""
        if z is None:
            z = BUILTIN_Z.get(name, self._layers[name].z if name in self._layers else DEFAULT_Z)
        if items:
            self._layers[name] = _Layer(z, list(items), self._selections(items))
            return True
        return self._layers.pop(name, None) is not None

    def items(self, name: str) -> list[Highlight]:
        return list(self._layers[name].items) if name in self._layers else []

    def clear(self) -> None:
        self._layers.clear()

    def rebuild(self) -> None:
        """Re-create the extra selections (after the text document was replaced)."""
        for layer in self._layers.values():
            layer.selections = self._selections(layer.items)

    def _selections(self, items: list[Highlight]) -> list:
        selections = []
        count = self._count()
        for item in items:
            if not 0 <= item.paragraph < count or item.whole:
                continue
            block = self._block(item.paragraph)
            for _ in range(abs(item.block_offset)):
                block = block.next() if item.block_offset > 0 else block.previous()
            if not block.isValid():
                continue
            length = block.length() - 1
            start = 0 if item.start is None else max(0, min(item.start, length))
            end = length if item.end is None else max(start, min(item.end, length))
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = item.format
            selections.append(selection)
        return selections

    def compose(self) -> tuple[list, dict[int, QColor]]:
        """All extra selections in paint order, and the background colour of each highlighted paragraph.

        Ranges that only paint a background come first and ranges that style the text (colour,
        underline) after them: Qt repaints the text plainly under a later background-only range,
        which would hide, say, a marked difference inside the selected sentence.
        """
        selections = []
        backgrounds: dict[int, QColor] = {}
        for layer in sorted(self._layers.values(), key=lambda layer: layer.z):
            selections.extend(layer.selections)
            for item in layer.items:
                if item.whole and item.format.background().style() != Qt.BrushStyle.NoBrush:
                    backgrounds[item.paragraph] = item.format.background().color()
        selections.sort(key=lambda selection: styles_text(selection.format))  # stable: z order within each
        return selections, backgrounds

    def tooltips(self, index: int, offset: int) -> list[str]:
        """Tooltips of the highlights covering character ``offset`` of paragraph ``index``."""
        notes = []
        for layer in self._layers.values():
            for item in layer.items:
                if item.paragraph == index and item.tooltip and (
                        item.start is None or item.start <= offset < (item.end or 0)):
                    notes.append(item.tooltip)
        return notes
