"""The reading pane: two ColumnViews with the link gutter between them, kept in step.

It turns clicks into selections (paragraph, counterparts, sentences), draws what the alignment
says (margin marks, differences, bands) and keeps the scroll position of both sides level.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from reader.core.align.gaps import find_gaps
from reader.core.align.model import Link
from reader.core.links import sentence_at, sentence_counterparts, without_counterpart
from reader.core.sides import PerSide, Side, other_side
from reader.core.textsearch import Match, locate_terms
from reader.ui.view.column import ColumnView, Highlight, Mark, background
from reader.ui.base.context import Context
from reader.ui.view.gutter import LinkGutter
from reader.ui.view.mapping import PositionMap
from reader.ui.view.overview import stretches
from reader.ui.view.syncscroll import ScrollPort, SyncScroll
from reader.ui.base.theme import LIGHT, Colors

def no_counterpart_note(side: str) -> str:
    """Tooltip of a paragraph of ``side`` that has no counterpart."""
    if Side(side) is Side.RU:
        return QCoreApplication.translate("PairView", "No counterpart in the English text")
    return QCoreApplication.translate("PairView", "No counterpart in the Russian text")


def difference_note(side: str, term: str) -> str:
    """Tooltip of a number, date or name of ``side`` missing from the counterpart."""
    if Side(side) is Side.RU:
        text = QCoreApplication.translate("PairView", "Not in the English text: {term}")
    else:
        text = QCoreApplication.translate("PairView", "Not in the Russian text: {term}")
    return text.format(term=term)


def difference_format(colors: Colors) -> QTextCharFormat:
    """How a difference is drawn: a dotted underline in the muted text colour (a hint, not a spelling error)."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(colors.muted_text)
    return fmt


class PairView(QWidget):
    """Both columns and the gutter; owns selection, alignment marks and scroll sync."""

    #: the selection moved: (side, paragraph index)
    selection_moved = Signal(str, int)
    #: the number of gaps (stretches without counterpart on both sides) changed; -1 while links are coming
    gaps_changed = Signal(int)

    def __init__(self, context: Context, parent=None):
        super().__init__(parent)
        self.context = context
        self.colors: Colors = LIGHT
        self.views = {side: ColumnView(side) for side in ("ru", "en")}
        self.gutter = LinkGutter()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("pair_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.left_side = "ru"
        self._selection: tuple[str, int] | None = None
        self._map: PositionMap | None = None
        self._gaps: list | None = None
        self._show_differences = True
        self._leading = "ru"
        self._matches: tuple[list[Match], Match | None] = ([], None)  # the find results shown
        self._leveled = False  # the columns were levelled since links came (a book's partial links)
        self._was_partial = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._place_columns()
        for side, view in self.views.items():
            view.paragraph_activated.connect(lambda index, offset, side=side: self.select(side, index, offset))
            view.context_menu_requested.connect(
                lambda index, menu, side=side: self.context.paragraph_context_menu_requested.emit(side, index, menu))
            view.geometry_changed.connect(self._geometry_changed)
            view.cross_requested.connect(lambda direction, side=side: self.cross(side, direction))
            view.overview.jump_requested.connect(lambda index, side=side: self.select(side, index))
            view.verticalScrollBar().valueChanged.connect(
                lambda _value, side=side: self._scrolled(side))
        self.gutter.link_clicked.connect(self._on_link_clicked)
        self.sync = SyncScroll(self._port("left"), self._port("right"), self.position_map,
                               enabled=context.settings.scroll_sync)
        context.pair_opened.connect(self._on_pair_opened)
        context.alignment_changed.connect(self.refresh_alignment)
        context.reading_position = self.reading_position

    # -- layout ------------------------------------------------------------------------------
    @property
    def right_side(self) -> str:
        return other_side(self.left_side)

    def view(self, side: str) -> ColumnView:
        """The column showing ``side`` ("ru" or "en")."""
        return self.views[side]

    def left(self) -> ColumnView:
        return self.views[self.left_side]

    def right(self) -> ColumnView:
        return self.views[self.right_side]

    def _place_columns(self) -> None:
        sizes = self.splitter.sizes()
        for index, widget in enumerate((self.left(), self.gutter, self.right())):
            self.splitter.insertWidget(index, widget)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        if len(sizes) == 3 and any(sizes):
            self.splitter.setSizes([sizes[2], sizes[1], sizes[0]])
        self.gutter.set_columns(self.left(), self.right())

    def swap_sides(self) -> None:
        """Put the other language on the left."""
        self.left_side = self.right_side
        self._place_columns()
        self._map = None
        self.gutter.update()

    def set_colors(self, colors: Colors) -> None:
        self.colors = colors
        self.gutter.colors = colors
        for view in self.views.values():
            view.set_colors(colors)
            view.overview.set_colors(colors.no_counterpart, colors.weak)
        self.refresh_alignment()
        if self._matches[0]:
            self.show_matches(*self._matches, reveal=False)  # in the new colours

    def set_reading_font(self, font) -> None:
        for view in self.views.values():
            view.set_reading_font(font)
        self._map = None
        self.gutter.update()

    def set_show_muted(self, show: bool) -> None:
        """Show or hide meta, caption and duplicate paragraphs in both columns."""
        for view in self.views.values():
            view.set_show_muted(show)
        self.refresh_alignment()

    def set_show_differences(self, show: bool) -> None:
        """Mark (or stop marking) numbers and names missing from the counterpart."""
        if show != self._show_differences:
            self._show_differences = show
            for side, view in self.views.items():
                view.set_highlights("differences", self._differences(side) if self.context.documents() else [])

    def shows_differences(self) -> bool:
        return self._show_differences

    def set_show_numbers(self, show: bool) -> None:
        """Show or hide the paragraph numbers in both columns' margins."""
        for view in self.views.values():
            view.set_show_numbers(show)

    # -- scroll sync -------------------------------------------------------------------------
    def _port(self, where: str) -> ScrollPort:
        def bar():
            return (self.left() if where == "left" else self.right()).verticalScrollBar()

        def height():
            return float((self.left() if where == "left" else self.right()).viewport().height())

        def scroll(value: float) -> None:
            (self.left() if where == "left" else self.right()).scroll_to_y(round(value))

        return ScrollPort(get=lambda: float(bar().value()), set=scroll, height=height)

    def position_map(self) -> PositionMap | None:
        """The current left↔right position map (rebuilt lazily after layout or alignment changes)."""
        if self._map is None and self.context.links.links and self.context.pair is not None:
            left, right = self.left(), self.right()
            extents = []
            for link in self.context.links.links:
                lt, lb = left.paragraph_extent(link.side(self.left_side))
                rt, rb = right.paragraph_extent(link.side(self.right_side))
                if lb > lt and rb > rt:
                    extents.append(((lt, lb), (rt, rb)))
            self._map = PositionMap.from_links(extents, left.document().size().height(),
                                               right.document().size().height())
        return self._map

    def set_scroll_sync(self, enabled: bool) -> None:
        self.sync.enabled = enabled
        if enabled:
            self.sync.scrolled("left")

    def _scrolled(self, side: str) -> None:
        if not self.sync.syncing():
            self._leading = side  # the column the person (or a jump) moved last: the other follows it
        self.sync.scrolled("left" if side == self.left_side else "right")
        self.gutter.update()

    def _geometry_changed(self) -> None:
        self._map = None
        self.gutter.update()

    # -- pair and alignment ------------------------------------------------------------------
    def reading_position(self) -> int | None:
        """The Russian paragraph in the middle of its column (the one the person is reading)."""
        shown = self.views["ru"].visible_range()
        return (shown[0] + shown[1]) // 2 if shown else None

    def _on_pair_opened(self) -> None:
        self._selection = None
        self._map = None
        documents = self.context.documents()
        for side, view in self.views.items():
            view.set_document(documents.get(side))
            view.overview.set_marks([])
        self._set_gaps(None)
        self.gutter.set_links(self.context.links)
        self.gutter.set_selected(None)

    def refresh_alignment(self) -> None:
        """Redraw marks, differences and bands from ``context.links``; keep the selection."""
        self._map = None
        links = self.context.links
        self.gutter.weak_threshold = self.context.settings.weak_threshold
        self.gutter.set_links(links)
        documents = self.context.documents()
        if not documents:
            return
        aligned = self.context.alignment is not None
        complete = aligned and not self.context.partial
        alignment = self.context.alignment
        gaps = find_gaps(alignment, documents["ru"], documents["en"]) if complete and alignment is not None else []
        for side, view in self.views.items():
            marks = {}
            if aligned and not self.context.partial:  # links still coming: unlinked is not yet "no counterpart"
                missing = no_counterpart_note(side)
                for index in without_counterpart(documents[side], links, side):
                    marks[index] = Mark(self.colors.no_counterpart, missing)
            if aligned:
                threshold = self.context.settings.weak_threshold
                for link in links.links:
                    if link.score < threshold and not link.fixed:  # a person confirmed or made it
                        note = QCoreApplication.translate("PairView", "Weak link (confidence {score:.0%})").format(score=link.score)
                        for index in link.side(side):
                            marks[index] = Mark(self.colors.weak, note)
            view.set_marks(marks)
            view.overview.set_marks(stretches(documents[side], links, side, gaps, self.context.settings.weak_threshold,
                                              complete=complete) if aligned else [])
            view.set_highlights("differences", self._differences(side))
        self._set_gaps(gaps if complete else None)
        leading = self.views[self._leading]
        first_links = not self._leveled and bool(links.links)
        completed = self._was_partial and not self.context.partial
        self._was_partial = self.context.partial
        if (first_links or completed) and self.sync.enabled and leading.scroll_offset() > 0:
            # the first links, and the whole alignment, while the reader is into the text (e.g. at the
            # remembered place): the other column comes level with the one read (each level costs the
            # scroll map; at the very top both stay at their beginnings)
            self.sync.scrolled("left" if self._leading == self.left_side else "right")
        self._leveled = bool(links.links)
        if self._selection is not None:
            self.select(*self._selection, scroll=False)
        else:
            self.gutter.update()

    def gaps(self) -> list | None:
        """The gaps of the alignment on screen (reader.core.align.gaps.Gap), None while it is not complete."""
        return self._gaps

    def gap_count(self) -> int:
        """How many gaps the alignment has (-1 when there is none yet or its links are still coming)."""
        return -1 if self._gaps is None else len(self._gaps)

    def _set_gaps(self, gaps: list | None) -> None:
        before = self.gap_count()
        self._gaps = gaps
        if self.gap_count() != before:
            self.gaps_changed.emit(self.gap_count())

    def _differences(self, side: str) -> list[Highlight]:
        if not self._show_differences:
            return []
        document = self.context.documents()[side]
        fmt = difference_format(self.colors)
        highlights = []
        for link in self.context.links.links:
            terms = PerSide(link.differences.ru_only, link.differences.en_only)[side]
            if not terms:
                continue
            for index in link.side(side):
                for start, end, term in locate_terms(document.paragraphs[index].text, terms):
                    highlights.append(Highlight(index, fmt, start, end, difference_note(side, term)))
        return highlights

    # -- selection ---------------------------------------------------------------------------
    def selected(self) -> tuple[str, int] | None:
        """(side, paragraph index) of the selected paragraph, or None."""
        return self._selection

    def current_side(self) -> str:
        """The side of the selection, else the left column's."""
        return self._selection[0] if self._selection else self.left_side

    def selected_link(self) -> Link | None:
        if self._selection is None:
            return None
        return self.context.links.link_of(*self._selection)

    def select(self, side: str, index: int, offset: int = -1, *, scroll: bool = True) -> None:
        """Select paragraph ``index`` of ``side`` as a click would; highlight and reveal its counterparts."""
        documents = self.context.documents()
        if not documents or not 0 <= index < len(documents[side].paragraphs):
            return
        self._selection = (side, index)
        other = other_side(side)
        mine, theirs = self.views[side], self.views[other]
        sentence = sentence_at(documents[side], index, offset) if offset >= 0 else None
        link = self.context.links.link_of(side, index, sentence)  # a split paragraph: the clicked part's
        with mine.batch(), theirs.batch():
            self._highlight_selection(side, index, offset, link)
        self.gutter.set_selected(link)
        if scroll:
            mine.scroll_to_paragraphs([index])
            if link is not None:
                self._level_counterparts(side, index, link.side(other))
        self.selection_moved.emit(side, index)
        self.context.selection_changed.emit(side, index)

    def _highlight_selection(self, side: str, index: int, offset: int, link: Link | None) -> None:
        other = other_side(side)
        mine, theirs = self.views[side], self.views[other]
        mine.set_selected(index)
        theirs.set_selected(None)
        counterpart_fmt = background(self.colors.counterpart)
        siblings = [i for i in (link.side(side) if link else []) if i != index]
        mine.set_highlights("counterpart", [Highlight(i, counterpart_fmt) for i in siblings])
        theirs.set_highlights("counterpart", [Highlight(i, counterpart_fmt) for i in (link.side(other) if link else [])])
        self._select_sentence(side, index, offset, link)

    def _select_sentence(self, side: str, index: int, offset: int, link: Link | None) -> None:
        other = other_side(side)
        mine, theirs = self.views[side], self.views[other]
        if offset < 0 or link is None or not link.sentences:
            mine.set_highlights("sentence", [])
            theirs.set_highlights("sentence", [])
            return
        documents = self.context.documents()
        sentence = sentence_at(documents[side], index, offset)
        fmt = background(self.colors.sentence)
        pairs = sentence_counterparts(link, side, index, sentence) if sentence is not None else []
        if not pairs or sentence is None:
            mine.set_highlights("sentence", [])
            theirs.set_highlights("sentence", [])
            return
        span = documents[side].paragraphs[index].sentences[sentence]
        mine.set_highlights("sentence", [Highlight(index, fmt, span.start, span.end)])
        spans = []
        for paragraph, k in pairs:
            sentences = documents[other].paragraphs[paragraph].sentences
            if 0 <= k < len(sentences):
                spans.append(Highlight(paragraph, fmt, sentences[k].start, sentences[k].end))
        theirs.set_highlights("sentence", spans)

    def _level_counterparts(self, side: str, index: int, counterparts: list[int]) -> None:
        """Scroll the other column so the counterparts start level with the selected paragraph."""
        mine, theirs = self.views[side], self.views[other_side(side)]
        top_on_screen = mine.to_viewport_y(mine.paragraph_extent([index])[0])
        target_top = theirs.paragraph_extent(counterparts)[0]
        was = self.sync.enabled
        self.sync.enabled = False
        try:
            theirs.scroll_to_y(target_top - max(0.0, top_on_screen))
            theirs.scroll_to_paragraphs(counterparts)
        finally:
            self.sync.enabled = was

    def cross(self, side: str, direction: int) -> None:
        """Keyboard move from the column of ``side`` to the column left (-1) or right (+1) of it:
        select the first counterpart of the selected paragraph there (or the first one on screen)."""
        if (direction > 0) != (side == self.left_side):
            return  # already the outer column
        other = other_side(side)
        target = self.views[other]
        selected = self._selection
        counterparts = self.context.links.counterparts(*selected) if selected and selected[0] == side else []
        index = counterparts[0] if counterparts else target.first_visible_paragraph()
        target.setFocus()
        if index is not None:
            self.select(other, index)

    def clear_selection(self) -> None:
        self._selection = None
        for view in self.views.values():
            view.set_selected(None)
            for layer in ("counterpart", "sentence"):
                view.set_highlights(layer, [])
        self.gutter.set_selected(None)

    def _on_link_clicked(self, link: Link) -> None:
        self.select(self.left_side, link.side(self.left_side)[0])

    def insertion_point(self, side: str, index: int) -> int:
        """Where a counterpart of paragraph ``index`` of ``side`` would go in the other column.

        Returns the paragraph index of the other side after which to insert (-1: at the top),
        i.e. after the last counterpart of the nearest linked paragraph before ``index``.
        """
        by_side = self.context.links.by_side[side]
        for i in range(index - 1, -1, -1):
            link = by_side.get(i)
            if link is not None:
                return max(link.side(other_side(side)))
        return -1

    # -- find --------------------------------------------------------------------------------
    def show_matches(self, matches: list[Match], current: Match | None, *, reveal: bool = True) -> None:
        """Highlight find results; reveal ``current`` (unless ``reveal`` is false)."""
        self._matches = (matches, current)
        fmt, current_fmt = background(self.colors.find), background(self.colors.find_current)
        for side, view in self.views.items():
            view.set_highlights("find", [Highlight(m.paragraph, fmt, m.start, m.end) for m in matches if m.side == side])
            view.set_highlights("find_current", [] if current is None or current.side != side else
                                [Highlight(current.paragraph, current_fmt, current.start, current.end)])
        if current is not None and reveal:
            self.views[current.side].scroll_to_paragraphs([current.paragraph])
