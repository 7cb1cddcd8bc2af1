"""The layout of a column's text: every block measured, but lines kept only for the blocks near what is drawn.

Qt's own document layout keeps the line layout of every block for as long as the document lives (about
53 bytes a character, some 100 MB for both sides of a novel). :class:`ColumnLayout` lays each block out
once to learn its height, throws the lines away, and lays out again (keeping the last few hundred) the
blocks it draws or hit-tests. Positions, sizes and hit tests are the same as if every block were kept.

Qt's text control reads a block's own layout (``QTextBlock.layout()``) for cursor and selection
rectangles; :meth:`ColumnLayout.prepare_block` lays that one out the same way for the few blocks a
person clicks, drags over or selects in (see :class:`reader.ui.view.column.ColumnView`).
"""

from __future__ import annotations

import bisect
import ctypes
import ctypes.util
import functools
import math
import sys
import time
from collections import OrderedDict

import shiboken6

from PySide6.QtCore import QPoint, QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import (QAbstractTextDocumentLayout, QPainterPath, QPalette, QTextBlock, QTextBlockFormat, QTextCharFormat,
                           QTextCursor, QTextDocument, QTextDocumentFragment, QTextFormat, QTextFrame, QTextLayout, QTextOption)

#: how many blocks keep their line layout (the ones drawn or hit most recently)
KEEP_LINES = 300
#: blocks measured at a time by Qt's layout of a scratch copy (see _measure_with_qt)
BULK_BLOCKS = 1500
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
#: how long one slice of measuring (between events) takes at most, in seconds
SLICE_S = 0.05
#: characters measured before their height per character stands for the rest
ESTIMATE_FROM = 2_000


class ColumnLayout(QAbstractTextDocumentLayout):
    """A document layout for one column: blocks one under the other, margins collapsed as Qt does."""

    def __init__(self, document: QTextDocument, keep: int = KEEP_LINES):
        super().__init__(document)
        self._keep = keep
        self._tops: list[float] = []  # by block number: y of the block's first line
        self._heights: list[float] = []  # by block number: from the first line's top to the last line's bottom
        self._insets: list[float] = []  # by block number: the block's left and right margins together
        self._option = QTextOption()
        self._size = QSizeF(0, 0)
        self._shown_size: QSizeF | None = None
        self._left = 0.0
        self._width = 0.0
        self._dirty = True
        self._lines: OrderedDict[int, QTextLayout] = OrderedDict()
        #: by block number, when last measured: ((text width, block length), height, advance, top margin,
        #: bottom margin, left and right margins together)
        self._measured: dict[int, tuple] = {}
        self._bulk_from = -1  # the block measurement by Qt last started from (see _measure_with_qt)
        self._copying = False
        self._prepared: set[int] = set()  # blocks whose own layout was laid out (prepare_block)
        # measuring goes on from the top in slices between events (the text is readable and scrollable at
        # once; a query for a block or a height further down measures that far first)
        self._next: QTextBlock | None = None  # the next block to measure; None when all are
        self._y = 0.0  # where the next block's top margin starts
        self._below: float | None = None  # the bottom margin of the last block measured
        self._bottom = 0.0  # the frame's bottom margin
        self._restarted = False
        self._rate = 0.0  # height per character, for the estimate of what is not measured yet
        self._work = QTimer(self)
        self._work.setSingleShot(True)
        self._work.setInterval(0)
        self._work.timeout.connect(lambda: self._go_on())  # (a bound method here is looked up as a Qt slot, and fails)

    # -- measuring ---------------------------------------------------------------------------
    def documentChanged(self, position: int, removed: int, added: int) -> None:  # noqa: N802 - Qt override
        self._dirty = True
        self._lines.clear()
        self._work.start()

    def is_measured(self) -> bool:
        """Whether every block has been measured (until then the height below the last one is an estimate)."""
        self._ensure()
        return self._next is None

    def measure_all(self) -> None:
        """Measure the blocks not yet measured now."""
        self._ensure(number=len(self._tops) + self.document().blockCount())

    def measure_to(self, y: float) -> None:
        """Measure the blocks down to ``y`` now (the size below them stays an estimate until they are measured)."""
        self._ensure(y=y)

    def _go_on(self) -> None:
        """Measure the next slice (about SLICE_S), tell the text edit the new size, and go on later if not done."""
        self._ensure(seconds=SLICE_S)
        if self._restarted:
            self._restarted = False
            self.update.emit()  # the whole document
        if self._shown_size != self._size:
            self._shown_size = QSizeF(self._size)
            self.documentSizeChanged.emit(QSizeF(self._size))
        if self._next is not None:
            self._work.start()

    def _restart(self) -> None:
        self._dirty = False
        self._restarted = True
        self._bulk_from = -1
        document = self.document()
        root = document.rootFrame().frameFormat()
        page = document.pageSize().width()
        self._left = root.leftMargin() + root.border() + root.padding()
        right = root.rightMargin() + root.border() + root.padding()
        self._width = max(1.0, page - self._left - right) if page > 0 else -1.0
        self._tops, self._heights, self._insets = [], [], []
        self._option = QTextOption(document.defaultTextOption())
        if self._width < 0:
            self._option.setWrapMode(QTextOption.WrapMode.ManualWrap)
        self._y = root.topMargin() + root.border() + root.padding()
        self._bottom = root.bottomMargin() + root.border() + root.padding()
        self._below = None
        # not in a widget yet, nothing is measured (a text edit sets the page width as it takes the document)
        self._next = document.begin() if page > 0 else None
        self._size = QSizeF(max(page, 0.0), self._y + self._bottom + document.characterCount() * self._rate)

    def _ensure(self, *, number: int = -1, y: float = -1.0, seconds: float = 0.0) -> None:
        """Measure (from where measuring stopped) through block ``number``, down to ``y``, or for ``seconds``."""
        if self._copying:
            return
        if self._dirty:
            self._restart()
            self._work.start()
        block = self._next
        if block is None:
            return
        tops, heights, insets, measured = self._tops, self._heights, self._insets, self._measured
        if max(number, 0) < len(tops) and y < self._y and seconds <= 0:
            return
        document = self.document()
        deadline = time.perf_counter() + seconds
        cursor_y, below, width = self._y, self._below, self._width
        last = document.lastBlock()
        while block.isValid():
            if len(tops) > max(number, 0) and cursor_y > y and (seconds <= 0 or time.perf_counter() > deadline):
                break
            if not block.isVisible():
                tops.append(cursor_y)
                heights.append(0.0)
                insets.append(0.0)
                block = block.next()
                continue
            here = len(tops)
            key = (width, block.length())  # (a text is rebuilt, not edited: its length stands for its text)
            known = measured.get(here)
            if (known is None or known[0] != key) and self._bulk_from != here and block != last:
                self._bulk_from = here
                self._measure_with_qt(block, number)
                known = measured.get(here)
            if known is None or known[0] != key:
                fmt = block.blockFormat()
                height, advance = self._measure(block, fmt, block.text())
                known = measured[here] = (key, height, advance, fmt.topMargin(), fmt.bottomMargin(),
                                          fmt.leftMargin() + fmt.rightMargin())
            _, height, advance, top_margin, bottom_margin, inset = known
            cursor_y += top_margin if below is None else max(top_margin, below)
            tops.append(cursor_y)
            heights.append(height)
            insets.append(inset)
            cursor_y += advance
            below = bottom_margin
            block = block.next()
        self._y, self._below = cursor_y, below
        bottom = cursor_y + (below or 0.0) + self._bottom
        if block.isValid():
            self._next = block
            done = block.position()  # the rest is estimated at the height per character so far (or last time)
            if done > ESTIMATE_FROM:
                self._rate = (cursor_y - tops[0]) / done
            bottom += (document.characterCount() - done) * self._rate
        else:
            self._next = None
            if tops and block.previous().position() > 0:
                self._rate = (cursor_y - tops[0]) / block.previous().position()
            for prepared in list(self._prepared):
                self._prepared.discard(prepared)
                self.prepare_block(document.findBlockByNumber(prepared))
        self._size = QSizeF(self._size.width(), bottom)

    def _measure_with_qt(self, first: QTextBlock, through: int) -> None:
        """Measure the blocks from ``first`` to block number ``through`` (at least BULK_BLOCKS of them) at once, by
        Qt's layout of a scratch copy of them that is thrown away (its lines with it): Qt lays out in C++, many times
        faster than block by block from Python, and the copy breaks lines as the blocks are drawn (the same
        formats, width and text option). The last block copied is left to the next copy (its successor's margin)."""
        document = self.document()
        number = first.blockNumber()
        last = document.findBlockByNumber(min(document.blockCount() - 1, max(through + 1, number + BULK_BLOCKS)))
        self._copying = True  # Qt asks this layout about blocks while it copies them: no measuring then
        try:
            cursor = QTextCursor(document)
            cursor.setPosition(first.position())
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            scratch = QTextDocument()
            scratch.setDefaultFont(document.defaultFont())
            scratch.setDefaultTextOption(self._option)
            root = scratch.rootFrame()
            fmt = root.frameFormat()
            fmt.setMargin(0)
            root.setFrameFormat(fmt)
            into = QTextCursor(scratch)
            into.insertFragment(QTextDocumentFragment(cursor))
            QTextCursor(scratch).setBlockFormat(first.blockFormat())  # (the copy's first block keeps its own)
        finally:
            self._copying = False
        try:
            scratch.setPageSize(QSizeF(self._width if self._width > 0 else -1, -1))
            layout = scratch.documentLayout()
            block, copy = first, scratch.begin()
            layout.blockBoundingRect(scratch.lastBlock())  # lays the whole copy out
            rect = layout.blockBoundingRect(copy)
            block_fmt = block.blockFormat()
            measured, width = self._measured, self._width
            while block != last:
                after, copy_after = block.next(), copy.next()
                following = layout.blockBoundingRect(copy_after)
                next_fmt = after.blockFormat()
                if rect.height() > 0 and following.height() > 0:  # (a copy's hidden block has no rectangle)
                    top_margin, bottom_margin = block_fmt.topMargin(), block_fmt.bottomMargin()
                    advance = following.top() - rect.top() - max(next_fmt.topMargin(), bottom_margin)
                    measured[number] = ((width, block.length()), rect.height(), advance, top_margin, bottom_margin,
                                        block_fmt.leftMargin() + block_fmt.rightMargin())
                block, copy, rect, block_fmt, number = after, copy_after, following, next_fmt, number + 1
        finally:
            shiboken6.delete(scratch)  # now: the copy's lines are most of its memory
            release_freed_memory()

    def _measure(self, block: QTextBlock, fmt: QTextBlockFormat, text: str) -> tuple[float, float]:
        """(height of the lines, how far the next block moves down) of ``block`` laid out as :meth:`_lay_out`
        does, its lines thrown away (the same steps, fewer calls)."""
        if fmt.textIndent() or fmt.nonBreakableLines() or fmt.hasProperty(QTextFormat.Property.BlockAlignment):
            return _extent(self._lay_out(QTextLayout(text, self.document().defaultFont()), block, own=False), fmt)
        layout = QTextLayout(text, self.document().defaultFont())
        layout.setFormats(_formats(block))
        layout.setTextOption(self._option)
        width = max(1.0, (self._width if self._width > 0 else 1e6) - fmt.leftMargin() - fmt.rightMargin())
        percent = fmt.lineHeight() if fmt.lineHeightType() == PROPORTIONAL else 0.0
        create = layout.createLine
        ceil = math.ceil
        layout.beginLayout()
        y = top = last = 0.0
        while True:
            line = create()
            if not line.isValid():
                break
            line.setLeadingIncluded(True)
            line.setLineWidth(width)
            last = line.height()
            top = y
            y += _fixed(ceil(last) * percent / 100.0 if percent else fmt.lineHeight(ceil(last), 1.0))
        layout.endLayout()
        return top + last, y

    def _lay_out(self, layout: QTextLayout, block: QTextBlock, *, own: bool) -> QTextLayout:
        """Break ``block``'s text into lines in ``layout`` (its own layout, or a new one given its formats)."""
        document = self.document()
        fmt = block.blockFormat()
        option = QTextOption(document.defaultTextOption())
        if self._width < 0 or fmt.nonBreakableLines():
            option.setWrapMode(QTextOption.WrapMode.ManualWrap)
        if fmt.hasProperty(fmt.Property.BlockAlignment):
            option.setAlignment(fmt.alignment())
        layout.setTextOption(option)
        if not own:
            layout.setFormats(_formats(block))
        width = (self._width if self._width > 0 else 1e6) - fmt.leftMargin() - fmt.rightMargin()
        layout.beginLayout()
        y = 0.0
        first = True
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLeadingIncluded(True)
            indent = fmt.textIndent() if first else 0.0
            line.setLineWidth(max(1.0, width - indent))
            line.setPosition(QPointF(fmt.leftMargin() + indent, y))
            y += _fixed(fmt.lineHeight(math.ceil(line.height()), 1.0))
            first = False
        layout.endLayout()
        return layout

    # -- the lines of a block ----------------------------------------------------------------
    def line_layout(self, block: QTextBlock) -> QTextLayout:
        """The laid-out lines of ``block`` (positions relative to :meth:`blockBoundingRect`'s top left)."""
        self._ensure()
        number = block.blockNumber()
        layout = self._lines.get(number)
        if layout is None:
            layout = QTextLayout(block.text(), self.document().defaultFont())
            layout.setCacheEnabled(True)
            self._lay_out(layout, block, own=False)
            self._lines[number] = layout
            while len(self._lines) > self._keep:
                self._lines.popitem(last=False)
        else:
            self._lines.move_to_end(number)
        return layout

    def kept_lines(self) -> int:
        """How many blocks hold their lines now."""
        return len(self._lines)

    def prepare_block(self, block: QTextBlock) -> None:
        """Lay out ``block``'s own layout as this layout does (Qt's text control reads it for cursor rectangles)."""
        if not block.isValid():
            return
        number = block.blockNumber()
        self._ensure(number=number)
        if number in self._prepared:
            return
        self._prepared.add(number)
        layout = block.layout()
        self._lay_out(layout, block, own=True)
        layout.setPosition(self.blockBoundingRect(block).topLeft())

    # -- geometry ----------------------------------------------------------------------------
    def documentSize(self) -> QSizeF:  # noqa: N802 - Qt override
        self._ensure()
        return QSizeF(self._size)

    def pageCount(self) -> int:  # noqa: N802 - Qt override
        return 1

    def frameBoundingRect(self, frame: QTextFrame) -> QRectF:  # noqa: N802 - Qt override
        self._ensure()
        return QRectF(0, 0, self._size.width(), self._size.height())

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:  # noqa: N802 - Qt override
        if not block.isValid():
            return QRectF()
        return self.number_rect(block.blockNumber())

    def number_rect(self, number: int) -> QRectF:
        """:meth:`blockBoundingRect` of the block numbered ``number`` (height 0 for a hidden block)."""
        self._ensure(number=number)
        if not 0 <= number < len(self._tops):
            return QRectF()
        width = (self._width if self._width > 0 else self._size.width()) - self._insets[number]
        return QRectF(self._left, self._tops[number], width, self._heights[number])

    def _block_at(self, y: float) -> int:
        """The number of the shown block at ``y``: the one whose lines reach it, else the next one below (as Qt's
        layout answers in the margin between two blocks), else the last one; -1 if none is shown."""
        tops, heights = self._tops, self._heights
        number = bisect.bisect_right(tops, y) - 1
        if number < 0 or heights[number] <= 0 or y > tops[number] + heights[number]:
            below = next((i for i in range(max(0, number + 1), len(tops)) if heights[i] > 0), -1)
            if below >= 0:
                return below
            while number >= 0 and heights[number] <= 0:
                number -= 1
        return number

    def hitTest(self, point: QPointF | QPoint | QPainterPath.Element,  # noqa: N802 - Qt override
                accuracy: Qt.HitTestAccuracy) -> int:
        point = QPointF(point.x, point.y) if isinstance(point, QPainterPath.Element) else QPointF(point)
        self._ensure(y=point.y())
        number = self._block_at(point.y())
        if number < 0:
            return -1
        block = self.document().findBlockByNumber(number)
        layout = self.line_layout(block)
        x, y = point.x() - self._left, point.y() - self._tops[number]
        exact = accuracy == Qt.HitTestAccuracy.ExactHit
        if exact and not 0 <= y <= self._heights[number]:
            return -1
        line = layout.lineAt(0)
        for i in range(layout.lineCount()):
            candidate = layout.lineAt(i)
            if candidate.y() > y:
                break
            line = candidate
        if exact and not line.x() <= x <= line.x() + line.naturalTextWidth():
            return -1
        offset = line.xToCursor(x)
        return block.position() + (offset[0] if isinstance(offset, tuple) else offset)

    # -- painting ----------------------------------------------------------------------------
    def draw(self, painter, context: QAbstractTextDocumentLayout.PaintContext) -> None:
        clip = context.clip
        if clip.isValid():
            top, bottom = clip.top(), clip.bottom()
            self._ensure(y=bottom)
        else:
            self.measure_all()
            top, bottom = 0.0, self._size.height()
        if not self._tops:
            return
        number = self._block_at(top)
        ranges = []
        for selection in context.selections:  # copies: the list and its members are temporary
            cursor = selection.cursor
            if cursor.hasSelection():
                ranges.append((cursor.selectionStart(), cursor.selectionEnd(), QTextCharFormat(selection.format)))
        painter.save()
        painter.setPen(context.palette.color(QPalette.ColorRole.Text))
        block = self.document().findBlockByNumber(max(0, number))
        while block.isValid():
            number = block.blockNumber()
            if number >= len(self._tops) or self._tops[number] > bottom:
                break
            if self._heights[number] > 0 and self._tops[number] + self._heights[number] >= top:
                self._draw_block(painter, block, ranges, context.cursorPosition, clip)
            block = block.next()
        painter.restore()

    def _draw_block(self, painter, block: QTextBlock, ranges, cursor_position: int, clip: QRectF) -> None:
        rect = self.blockBoundingRect(block)
        fmt = block.blockFormat()
        background = fmt.background()
        if background.style() != Qt.BrushStyle.NoBrush:
            painter.fillRect(rect.adjusted(0, 0, fmt.leftMargin() + fmt.rightMargin(), 0), background)
        start, end = block.position(), block.position() + block.length() - 1  # the text, not the block's end
        formats = []
        for first, last, fmt_ in ranges:
            low, high = max(first, start), min(last, end)
            if low < high:
                item = QTextLayout.FormatRange()
                item.start, item.length, item.format = low - start, high - low, fmt_
                formats.append(item)
        layout = self.line_layout(block)
        layout.draw(painter, rect.topLeft(), formats, clip if clip.isValid() else QRectF())
        if start <= cursor_position <= end:
            layout.drawCursor(painter, rect.topLeft(), cursor_position - start)


@functools.cache
def _malloc_trim():
    """The C library's malloc_trim (glibc), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def release_freed_memory() -> None:
    """Give memory freed by C++ (e.g. a scratch layout's lines) back to the system where the C library can: the
    heap keeps it otherwise, and the Python objects made next come from elsewhere, so it would stay counted."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _formats(block: QTextBlock) -> list:
    """The character formats of ``block``'s fragments, as format ranges of its text."""
    ranges = []
    it = block.begin()
    start = block.position()
    while not it.atEnd():
        fragment = it.fragment()
        item = QTextLayout.FormatRange()
        item.start, item.length, item.format = fragment.position() - start, fragment.length(), fragment.charFormat()
        ranges.append(item)
        it += 1
    return ranges


def _extent(layout: QTextLayout, fmt) -> tuple[float, float]:
    """(height of the lines, how far the next block moves down) of a laid-out block."""
    count = layout.lineCount()
    if count == 0:
        return 0.0, 0.0
    last = layout.lineAt(count - 1)
    return last.y() + last.height(), last.y() + _fixed(fmt.lineHeight(math.ceil(last.height()), 1.0))


def _fixed(value: float) -> float:
    """``value`` in whole 1/64 pixels, cut off (Qt's layouts add line heights so)."""
    return math.floor(value * 64) / 64
