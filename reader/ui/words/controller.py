"""Word links in the window: the counterpart words of the word under the pointer or the word cursor.

The word under the pointer (View ▸ Word Links Under the Pointer) and the word cursor (a clicked word,
moved with Alt+Shift+Left/Right) show their counterpart words in the other column, or in the
machine translation of a paragraph without counterpart; the status bar says what was found and why,
or that there is no counterpart. Ctrl+D (or Look Up in the context menu) opens the word's card in
the Dictionary dock (:mod:`reader.ui.words.dictionary`), which keeps the word in the vocabulary
(:mod:`reader.ui.words.vocabulary`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from reader.core.words.linker import WordLinker
from reader.ui.words.answers import LAYER, LAYER_Z, Answer, describe, highlights, look_up
from reader.ui.words.cursor import first_word, step, words_at
from reader.ui.words.dictionary import DictionaryController
from reader.ui.words.hover import HoverFilter
from reader.ui.words.places import Place, on_word, place_at
from reader.ui.words.vocabulary import VocabularyController
from reader.ui.base.actions import build_action
from reader.ui.base.i18n import translator
from reader.ui.view.shell import Shell

#: how long a hover message stays in the status bar, ms
MESSAGE_MS = 8000


tr = translator("Words")


class WordsController(QObject):
    """Adds word links, the word cursor, the dictionary card and the vocabulary to a main window (``window.words``)."""

    def __init__(self, shell: Shell, vocabulary: VocabularyController, annotations, translation=None):
        """``annotations``: the AnnotationController (a card's word becomes a note); ``translation``: the
        TranslationController, when there is one (words of machine translations)."""
        super().__init__(shell.widget())
        self.shell = shell
        self.context = shell.context
        self.pair_view = shell.pair_view
        self._linker: WordLinker | None = None
        self._hover: Answer | None = None
        self._hover_key: Place | None = None
        self._cursor: Answer | None = None
        #: which of the two moved last ("hover" or "cursor"): the one Look Up takes
        self._last = "cursor"
        self._menu_place: Place | None = None
        self._message = ""
        self._moving = False
        self.vocabulary = vocabulary
        self.dictionary = DictionaryController(shell, self, annotations)
        self.hover = HoverFilter(self.pair_view.views, self._moved, self._left, self._clicked, self._menu_at, self)
        self._build_actions()
        self.context.pair_opened.connect(self._on_pair_opened)
        self.context.alignment_changed.connect(self._refresh)
        self.context.selection_changed.connect(self._on_selection_changed)
        self.context.paragraph_context_menu_requested.connect(self._extend_menu)
        if translation is not None:  # words of machine translations
            translation.translations_changed.connect(self._refresh)

    # -- actions ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self.shell.widget()
        slots = {"word_next": lambda: self.move_cursor(True), "word_previous": lambda: self.move_cursor(False)}
        self.actions: dict[str, QAction] = {}
        file_menu = self.shell.menu("file")
        file_menu.insertAction(self.shell.action("quit"), self.vocabulary.actions["export_vocabulary"])
        file_menu.insertSeparator(self.shell.action("quit"))
        for name, slot in slots.items():
            action = build_action(name, window)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.shell.add_action(action)
            self.actions[name] = action
        go = self.shell.menu("go")
        go.addSeparator()
        go.addAction(self.actions["word_next"])
        go.addAction(self.actions["word_previous"])
        hover = build_action("word_hover", window)
        hover.setChecked(self.context.settings.word_hover)
        hover.toggled.connect(self.set_hover_enabled)
        self.actions["word_hover"] = hover
        view = self.shell.menu("view")
        view.insertAction(self.shell.action("zoom_in"), hover)
        tools = self.shell.menu("tools")
        tools.addSeparator()
        for action in (*self.dictionary.actions.values(), self.vocabulary.actions["vocabulary_panel"]):
            tools.addAction(action)

    def set_hover_enabled(self, enabled: bool) -> None:
        """Turn word links under the pointer on or off (remembered)."""
        self.context.settings.word_hover = enabled
        self.actions["word_hover"].setChecked(enabled)
        if not enabled:
            self._set_hover(None)

    # -- state ------------------------------------------------------------------------------
    def linker(self) -> WordLinker | None:
        """The word linker of the open pair (made on first use; a new pair gets a new one)."""
        pair = self.context.pair
        if pair is None:
            return None
        linker = self._linker
        if linker is None or linker.documents["ru"] is not pair.ru or linker.documents["en"] is not pair.en:
            self._linker = WordLinker(pair.ru, pair.en)
        return self._linker

    def _on_pair_opened(self) -> None:
        self._linker = None
        self._hover = self._cursor = None
        self._hover_key = None

    def _refresh(self) -> None:
        """Look the shown words up again (the links or the machine translations changed)."""
        if self.context.pair is None:
            return
        self._hover, self._hover_key = None, None
        if self._cursor is not None:
            self._cursor = self.answer(self._cursor.place)
        self._draw()

    def _on_selection_changed(self, side: str, index: int) -> None:
        cursor = self._cursor
        if self._moving or cursor is None:
            return
        if cursor.place.translation or (cursor.place.column, cursor.place.paragraph) != (side, index):
            self._cursor = None
            self._draw()

    def answer(self, place: Place) -> Answer | None:
        """The look-up of the word at ``place`` (None off a word or with no pair)."""
        linker = self.linker()
        if linker is None:
            return None
        found = look_up(linker, self.context, place)
        return found if found.found.word is not None else None

    def shown(self) -> Answer | None:
        """The answer drawn now: the word under the pointer, else the word cursor's."""
        return self._hover or self._cursor

    # -- drawing ----------------------------------------------------------------------------
    def _draw(self) -> None:
        shown = self.shown()
        views = self.pair_view.views
        items = highlights(views, shown, self.pair_view.colors.dark) if shown else {"ru": [], "en": []}
        for side, view in views.items():
            view.set_highlights(LAYER, items[side], z=LAYER_Z)
        aligned = self.context.alignment is not None and not self.context.aligning
        self._say(describe(shown, aligned) if shown else "")

    def _say(self, message: str) -> None:
        if message:
            self.shell.show_message(message, MESSAGE_MS)
        elif self._message:
            self.shell.clear_message(self._message)
        self._message = message

    # -- the pointer ------------------------------------------------------------------------
    def word_place(self, side: str, pos: QPoint) -> Place | None:
        """The place of the start of the word under viewport position ``pos`` of the column of ``side``."""
        view = self.pair_view.view(side)
        place = place_at(view, pos)
        linker = self.linker()
        if place is None or linker is None:
            return None
        words = words_at(linker, self.context, place)
        if words is None:
            return None
        k = words.index_at(place.offset)
        if k is None or not on_word(view, place, words.starts[k], words.ends[k], pos):
            return None
        return Place(place.column, place.paragraph, words.starts[k], place.translation)

    def _set_hover(self, answer: Answer | None) -> None:
        if answer is None and self._hover is None:
            self._hover_key = None
            return
        self._hover = answer
        self._hover_key = answer.place if answer else None
        if answer is not None:
            self._last = "hover"
        self._draw()

    def _moved(self, side: str, pos: QPoint) -> None:
        if not self.context.settings.word_hover or self.context.pair is None:
            return
        place = self.word_place(side, pos)
        if place == self._hover_key and place is not None:
            return
        self._set_hover(self.answer(place) if place is not None else None)

    def _left(self, side: str) -> None:
        if self._hover is not None and self._hover.place.column == side:
            self._set_hover(None)

    def _clicked(self, side: str, pos: QPoint) -> None:
        place = self.word_place(side, pos) if self.context.pair is not None else None
        self._cursor = self.answer(place) if place is not None else None
        self._last = "cursor"
        self._draw()

    def _menu_at(self, side: str, pos: QPoint) -> None:
        self._menu_place = self.word_place(side, pos) if self.context.pair is not None else None

    # -- the word cursor --------------------------------------------------------------------
    def _focused_side(self) -> str:
        focused = QApplication.focusWidget()
        for side, view in self.pair_view.views.items():
            if focused is view or focused is view.viewport():
                return side
        selected = self.pair_view.selected()
        return selected[0] if selected else self.pair_view.left_side

    def set_cursor(self, place: Place | None) -> Answer | None:
        """Put the word cursor on the word at ``place`` (None: take it away); select its paragraph."""
        self._cursor = self.answer(place) if place is not None else None
        self._last = "cursor"
        if self._cursor is not None:
            place = self._cursor.place
            view = self.pair_view.view(place.column)
            if not place.translation and self.pair_view.selected() != (place.column, place.paragraph):
                self._moving = True
                try:
                    self.pair_view.select(place.column, place.paragraph, place.offset)
                finally:
                    self._moving = False
            elif place.translation:
                anchor = self.pair_view.insertion_point(place.source, place.paragraph)
                if anchor >= 0:
                    view.scroll_to_paragraphs([anchor])
        self._hover, self._hover_key = None, None
        self._draw()
        return self._cursor

    def move_cursor(self, forward: bool) -> Answer | None:
        """Move the word cursor to the next (previous) word of the focused column: from the cursor's word, else
        from the start of the selected paragraph (its end, going back), else of the first paragraph on screen."""
        linker = self.linker()
        if linker is None:
            return None
        side = self._focused_side()
        view = self.pair_view.view(side)
        cursor = self._cursor.place if self._cursor is not None and self._cursor.place.column == side else None
        if cursor is not None:
            target = step(view, linker, self.context, cursor, forward)
        else:
            selected = self.pair_view.selected()
            index = selected[1] if selected and selected[0] == side else view.first_visible_paragraph()
            if index is None:
                return None
            start = Place(side, index, 0 if forward else len(self.context.documents()[side].paragraphs[index].text))
            target = first_word(linker, self.context, start, forward) or step(view, linker, self.context, start,
                                                                               forward)
        if target is None:
            self.shell.show_message(tr("No more words in this column."), 4000)
            return self._cursor
        return self.set_cursor(target)

    # -- the context menu and Look Up ---------------------------------------------------------
    def _extend_menu(self, side: str, index: int, menu: QMenu) -> None:
        place = self._menu_place
        self._menu_place = None
        if place is None or place.translation or (place.column, place.paragraph) != (side, index):
            cursor = self._cursor
            place = cursor.place if cursor and (cursor.place.column, cursor.place.paragraph) == (side, index) else None
        answer = self.answer(place) if place is not None else None
        if answer is None or answer.found.word is None:
            return
        menu.addSeparator()
        action = menu.addAction(tr("Look Up “{word}”").format(word=answer.found.word.text))
        action.setObjectName("action_look_up_here")
        action.triggered.connect(lambda: self.dictionary.look_up(answer))

    def target(self) -> Answer | None:
        """The word Look Up takes: the word under the pointer or the word cursor's, whichever moved last, else the
        selected text's."""
        if self._hover is not None and (self._last == "hover" or self._cursor is None):
            return self._hover
        if self._cursor is not None:
            return self._cursor
        for view in self.pair_view.views.values():
            selected = view.selection_range()
            if selected is not None:
                side, paragraph, start, _ = selected
                return self.answer(Place(side, paragraph, start))
        return None
