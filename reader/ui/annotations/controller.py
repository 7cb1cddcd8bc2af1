"""Annotating in the window: highlight the selected text, notes on highlights, paragraphs and links.

Every change is a command on the window's undo stack (Edit ▸ Undo/Redo). Highlights are drawn in
their own layer of the columns and follow the text, so they survive re-alignment; the annotations
dock lists them all in reading order.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QTextCharFormat
from PySide6.QtWidgets import QMenu

from reader.core.project.anchoring import place, quote_of
from reader.core.project.annotations import (COLORS, DEFAULT_COLOR, AddAnnotation, Annotation, AnnotationSet,
                                             DeleteAnnotation, EditAnnotation)
from reader.ui.annotations.model import AnnotationsModel
from reader.ui.annotations.panel import AnnotationsPanel
from reader.ui.view.column import Highlight
from reader.ui.base.actions import adopt, build_action
from reader.ui.base.i18n import QT_TRANSLATE_NOOP, translator
from reader.ui.annotations.note_dialog import ask_note
from reader.ui.view.shell import Shell

LAYER = "annotations"
LAYER_Z = 15
COLOR_NAMES = {"yellow": QT_TRANSLATE_NOOP("Annotate", "&Yellow"), "green": QT_TRANSLATE_NOOP("Annotate", "&Green"),
               "blue": QT_TRANSLATE_NOOP("Annotate", "&Blue"), "pink": QT_TRANSLATE_NOOP("Annotate", "&Pink")}


tr = translator("Annotate")


class AnnotationController(QObject):
    """Owns the open pair's annotations, their actions, their drawing and the annotations dock."""

    def __init__(self, shell: Shell):
        super().__init__(shell.widget())
        self.shell = shell
        self.context = shell.context
        self.annotations = AnnotationSet()
        #: asks a person for a note: (title, current text) → new text or None (tests answer instead)
        self.ask_note: Callable[[str, str], str | None] = lambda title, text: ask_note(shell.widget(), title, text)
        self.color = DEFAULT_COLOR
        self.model = AnnotationsModel(self.annotations, self._position)
        self.panel = AnnotationsPanel(self.model, shell.widget())
        shell.add_dock(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.activated.connect(self.jump_to)
        self.panel.edit_requested.connect(self.edit_note)
        self.panel.delete_requested.connect(self.delete)
        self.panel.place_requested.connect(self.place_at_selection)
        self.annotations.subscribe(self.redraw)
        self.context.pair_opened.connect(self._on_pair_opened)
        self.context.alignment_changed.connect(self._on_alignment_changed)
        self.context.paragraph_context_menu_requested.connect(self._extend_menu)
        self._build_actions()

    # -- actions ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        window = self.shell.widget()
        self.actions: dict[str, QAction] = {}
        slots = {"highlight": self.highlight_selection, "note": self.add_note, "link_note": self.add_link_note}
        menu = QMenu(tr("&Annotations"), window)
        menu.setObjectName("annotations_menu")
        for name, slot in slots.items():
            action = build_action(name, window)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.shell.add_action(action)
            menu.addAction(action)
            self.actions[name] = action
        colors = menu.addMenu(tr("Highlight &Colour"))
        group = QActionGroup(window)
        for name, value in COLORS.items():
            action = colors.addAction(tr(COLOR_NAMES[name]))
            action.setCheckable(True)
            action.setChecked(value == self.color)
            action.setData(value)
            group.addAction(action)
        group.triggered.connect(lambda action: setattr(self, "color", action.data()))
        menu.addSeparator()
        toggle = adopt("annotations_panel", self.panel.toggleViewAction())
        menu.addAction(toggle)
        self.actions["panel"] = toggle
        self.menu = menu
        edit = self.shell.menu("edit")
        edit.addSeparator()
        edit.addMenu(menu)

    def _extend_menu(self, side: str, index: int, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.actions["highlight"])
        note = menu.addAction(tr("Note on This Paragraph…"))
        note.triggered.connect(lambda: self.add_paragraph_note(side, index))
        if self.context.links.link_of(side, index) is not None:
            link_note = menu.addAction(tr("Note on This Link…"))
            link_note.triggered.connect(lambda: self.add_link_note(side, index))

    # -- state ------------------------------------------------------------------------------
    def _texts(self, side: str) -> list[str]:
        document = self.context.documents().get(side)
        return [p.text for p in document.paragraphs] if document else []

    def _position(self, side: str, paragraph: int) -> float:
        """Reading order: Russian paragraphs by index, English ones at their link's Russian paragraph."""
        if side == "ru" or self.context.alignment is None:
            return float(paragraph)
        link = self.context.links.link_of("en", paragraph)
        return float(link.ru[0]) + 0.5 if link is not None else float(paragraph)

    def _on_pair_opened(self) -> None:
        self.annotations.replace_all([])
        if self.context.pair is not None:  # the open session's annotations are the ones shown and edited here
            self.context.pair.annotations = self.annotations

    def _on_alignment_changed(self) -> None:
        self.model.set_position(self._position)
        self.redraw()

    def set_annotations(self, annotations) -> None:
        """Replace all annotations (e.g. from a project); not undoable."""
        self.annotations.replace_all(annotations)

    def redraw(self) -> None:
        """Draw every placed highlight (and a light mark for notes on whole paragraphs) in the columns."""
        if self.context.pair is None:
            return
        for side in ("ru", "en"):
            view = self.shell.pair_view.view(side)
            count = len(self.context.pair.document(side).paragraphs)
            items = []
            for a in self.annotations:
                if a.side != side or a.unplaced or a.paragraph >= count:
                    continue
                fmt = QTextCharFormat()
                if a.kind == "highlight":
                    color = QColor(a.color or DEFAULT_COLOR)
                    color.setAlpha(170)
                    fmt.setBackground(color)
                    if a.note:
                        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    items.append(Highlight(a.paragraph, fmt, a.start, a.end, a.note))
                else:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    items.append(Highlight(a.paragraph, fmt, 0, len(self._texts(side)[a.paragraph]), a.note))
            view.set_highlights(LAYER, items, z=LAYER_Z)

    # -- edits ------------------------------------------------------------------------------
    def _selection(self) -> tuple[str, int, int, int] | None:
        for side in ("ru", "en"):
            found = self.shell.pair_view.view(side).selection_range()
            if found is not None:
                return found
        return None

    def highlight_selection(self, note: str = "") -> Annotation | None:
        """Highlight the text selected in either column (in the current colour). Text already highlighted in
        that colour stays as it is; the very words of a highlight in another colour take the current one."""
        found = self._selection()
        if found is None:
            self.shell.show_message(tr("Select some text in either column to highlight it."), 5000)
            return None
        side, paragraph, start, end = found
        existing = self.annotations.highlight_covering(side, paragraph, start, end)
        if existing is not None and not note:
            if existing.color == self.color:
                self.shell.show_message(tr("This text is already highlighted in this colour."), 5000)
                return existing
            if (existing.start, existing.end) == (start, end):  # the same words in another colour: recolour
                self.context.commands.push(EditAnnotation(self.annotations, existing.id, color=self.color))
                return self.annotations.get(existing.id)
        annotation = Annotation(side, paragraph, start, end, color=self.color, note=note,
                                quote=self._texts(side)[paragraph][start:end])
        self.context.commands.push(AddAnnotation(self.annotations, annotation))
        return annotation

    def add_note(self) -> Annotation | None:
        """A note on the selected text: on the highlight it lies within if there is one (its note is edited),
        else on a new highlight of it; with no text selected a note on the selected paragraph."""
        found = self._selection()
        if found is not None:
            existing = self.annotations.highlight_covering(*found)
            if existing is not None:
                return self.edit_note(existing.id, tr("Edit Note") if existing.note else tr("Note on the Highlight"))
            note = self.ask_note(tr("Note on the Highlight"), "")
            return self.highlight_selection(note) if note is not None else None
        selected = self.shell.pair_view.selected()
        if selected is None:
            self.shell.show_message(tr("Select text or a paragraph first."), 5000)
            return None
        return self.add_paragraph_note(*selected)

    def add_paragraph_note(self, side: str, index: int) -> Annotation | None:
        note = self.ask_note(tr("Note on the Paragraph"), "")
        if not note:
            return None
        annotation = Annotation(side, index, color=None, note=note)
        annotation.quote = quote_of(annotation, self._texts(side))
        self.context.commands.push(AddAnnotation(self.annotations, annotation))
        return annotation

    def add_link_note(self, side: str | None = None, index: int | None = None) -> Annotation | None:
        """A note on the link of the given (or the selected) paragraph."""
        if side is None or index is None:
            selected = self.shell.pair_view.selected()
            if selected is None:
                self.shell.show_message(tr("Select a linked paragraph first."), 5000)
                return None
            side, index = selected
        link = self.context.links.link_of(side, index)
        if link is None:
            self.shell.show_message(tr("This paragraph has no counterpart to note on."), 5000)
            return None
        note = self.ask_note(tr("Note on the Link"), "")
        if not note:
            return None
        annotation = Annotation("link", link.ru[0], counterpart=link.en[0], color=None, note=note)
        annotation.quote = quote_of(annotation, self._texts("ru"))
        self.context.commands.push(AddAnnotation(self.annotations, annotation))
        return annotation

    def edit_note(self, annotation_id: str, title: str = "") -> Annotation | None:
        """Ask for a new text of the annotation's note (an undoable edit); the annotation, or None if cancelled."""
        annotation = self.annotations.get(annotation_id)
        note = self.ask_note(title or tr("Edit Note"), annotation.note)
        if note is None:
            return None
        if note != annotation.note:
            self.context.commands.push(EditAnnotation(self.annotations, annotation_id, note=note))
        return self.annotations.get(annotation_id)

    def delete(self, annotation_id: str) -> None:
        self.context.commands.push(DeleteAnnotation(self.annotations, annotation_id))

    def place_at_selection(self, annotation_id: str) -> bool:
        """Put an unplaced annotation at the selected text (a highlight) or the selected paragraph (a note)."""
        annotation = self.annotations.get(annotation_id)
        found = self._selection()
        start: int | None
        end: int | None
        if annotation.kind == "highlight" and found is not None:
            side, paragraph, start, end = found
        elif annotation.kind != "highlight" and (selected := self.shell.pair_view.selected()) is not None:
            side, paragraph = selected
            start = end = None
        else:
            self.shell.show_message(tr("Select where the annotation belongs first."), 5000)
            return False
        if annotation.side == "link":
            link = self.context.links.link_of(side, paragraph)
            if link is None:
                self.shell.show_message(tr("Select a linked paragraph for a link note."), 5000)
                return False
            side, paragraph = "ru", link.ru[0]
        elif side != annotation.side:
            self.shell.show_message(tr("This annotation belongs in the other column."), 5000)
            return False
        placed = place(annotation, paragraph, start, end, self._texts(side))
        self.context.commands.push(EditAnnotation(self.annotations, annotation_id, paragraph=placed.paragraph,
                                                  start=placed.start, end=placed.end, quote=placed.quote,
                                                  unplaced=False))
        return True

    def jump_to(self, annotation_id: str) -> None:
        """Select the annotation's paragraph (its counterpart follows) and its highlighted text."""
        annotation = self.annotations.get(annotation_id)
        if annotation.unplaced or self.context.pair is None:
            return
        side = annotation.anchor_side
        if annotation.paragraph >= len(self.context.pair.document(side).paragraphs):
            return
        self.shell.pair_view.select(side, annotation.paragraph)
        view = self.shell.pair_view.view(side)
        view.scroll_to_paragraphs([annotation.paragraph])
        if annotation.kind == "highlight" and annotation.start is not None and annotation.end is not None:
            view.select_text(annotation.paragraph, annotation.start, annotation.end)
