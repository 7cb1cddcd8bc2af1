"""Fixing the alignment by hand in the window: link, unlink, mark, confirm, merge/split and re-align.

The actions sit in Edit ▸ Links, in each paragraph's context menu, and (navigation) in the Go
menu; every edit is a command of :mod:`reader.core.align.editing.edit` pushed on ``context.commands``,
so Edit ▸ Undo/Redo covers it. How a person picks what to link:

- click a paragraph on each side (the last one clicked on each side counts), or mark several with
  Ctrl+click (toggle) / Shift+click (a range) or Ctrl+Space — then Link (Ctrl+L);
- or drag a paragraph across the link gutter onto its counterpart.
In a split paragraph, the part holding the clicked sentence is what gets linked.
Re-alignment runs in the background (:mod:`reader.ui.linking.realign`) and keeps every
confirmed or manual link; "Align Again" does the same when the person has edited the alignment.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QMenu

from reader.core.align.editing import edit
from reader.core.align import Alignment, Link, Origin
from reader.core.align.editing.realign import Window, describe, window_for
from reader.core.align.units import Unit, group_of, parts_of
from reader.core.errors import AlignmentError
from reader.core.links import step
from reader.core.sides import other_side
from reader.ui.view.column import Highlight
from reader.ui.base.actions import build_action
from reader.ui.base.i18n import translator
from reader.ui.linking.drag import LinkGestures, OriginOutlines
from reader.ui.linking.realign import Realigner
from reader.ui.base.refusals import refusal_text
from reader.ui.linking.split_dialog import ask_split_sentence
from reader.ui.view.shell import Shell

#: highlight layers of this module in the columns
MARKS_LAYER, NOTES_LAYER = "link_marks", "link_notes"


tr = translator("LinkEditing")


#: action name (reader.ui.base.actions.ACTIONS) → the menu it goes in
MENUS = {
    **dict.fromkeys(("mark_for_link", "link", "unlink", "confirm", "no_counterpart", "merge",
                     "unmerge", "split", "join", "realign_here", "realign_marked"), "links"),
    **dict.fromkeys(("next_unconfirmed", "previous_unconfirmed"), "go"),
}
CONTEXT_MENU = ("link", "unlink", "confirm", "no_counterpart", "merge", "split", "realign_here")


def sentence_from(document, index: int, offset: int) -> int:
    """The sentence of paragraph ``index`` at character ``offset`` (the one before, between sentences)."""
    found = 0
    for k, span in enumerate(document.paragraphs[index].sentences):
        if span.start <= offset:
            found = k
    return found


class LinkEditor(QObject):
    """The link-editing actions of one main window (``window.link_editor``)."""

    def __init__(self, shell: Shell):
        super().__init__(shell.widget())
        self.shell = shell
        self.context = shell.context
        self.pair_view = shell.pair_view
        self.marks: dict[str, set[int]] = {"ru": set(), "en": set()}
        #: the paragraph last selected on each side and the character offset clicked (-1: none)
        self.last: dict[str, tuple[int, int] | None] = {"ru": None, "en": None}
        self.realigner = Realigner(self.context, self.push, self.message, self)
        # asks before which sentence to split when none was clicked (replaceable, e.g. by tests)
        self.ask_split_sentence = ask_split_sentence
        self._click: tuple[str, int, int] | None = None
        self.actions = self._build_actions()
        self.gestures = LinkGestures(self.pair_view, self)
        self.gestures.dropped.connect(self.link_dropped)
        self.gestures.mark_toggled.connect(self.toggle_mark)
        self.outlines = OriginOutlines(self.pair_view.gutter)
        for view in self.pair_view.views.values():
            view.viewport().installEventFilter(self)
        self.context.selection_changed.connect(self._selected)
        self.context.pair_opened.connect(self._pair_opened)
        self.context.alignment_changed.connect(self.refresh)
        self.context.paragraph_context_menu_requested.connect(self._fill_context_menu)
        self.refresh()

    # -- set-up ------------------------------------------------------------------------------
    def _build_actions(self) -> dict[str, QAction]:
        links_menu = QMenu(tr("Lin&ks"), self.shell.widget())
        links_menu.setObjectName("menu_links")
        self.shell.menu("edit").addSeparator()
        self.shell.menu("edit").addMenu(links_menu)
        self.menu = links_menu  # Edit ▸ Links (the window's menus["links"])
        self.shell.menu("go").addSeparator()
        handlers = {
            "mark_for_link": self.mark_selected, "link": self.link_selected, "unlink": self.unlink,
            "confirm": self.confirm, "no_counterpart": self.toggle_no_counterpart, "merge": self.merge,
            "unmerge": self.unmerge, "split": self.split, "join": self.join,
            "realign_here": self.realign_from_here, "realign_marked": self.realign_marked,
            "next_unconfirmed": lambda: self.go_to_unconfirmed(True),
            "previous_unconfirmed": lambda: self.go_to_unconfirmed(False),
        }
        actions = {}
        for name, menu in MENUS.items():
            action = build_action(name, self.shell.widget())
            action.triggered.connect(lambda _=False, handler=handlers[name]: handler())
            (links_menu if menu == "links" else self.shell.menu(menu)).addAction(action)
            self.shell.add_action(action)
            actions[name] = action
        return actions

    def _fill_context_menu(self, side: str, index: int, menu: QMenu) -> None:
        menu.addSeparator()
        for name in CONTEXT_MENU:
            menu.addAction(self.actions[name])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Remember where a paragraph was clicked (the sentence matters for split and parts)."""
        menu = event.type() == event.Type.ContextMenu
        if event.type() != event.Type.MouseButtonRelease and not menu:
            return False
        for side, view in self.pair_view.views.items():
            if view.viewport() is not watched:
                continue
            if menu and event.reason() != QContextMenuEvent.Reason.Mouse:
                self._click = None  # the Menu key: the selection's own place counts
                return False
            found = view.hit(event.pos() if menu else event.position().toPoint())
            self._click = (side, *found) if found else None
            if menu and found and self.pair_view.selected() == (side, found[0]):
                self.last[side] = found  # right-clicked in the selected paragraph: that sentence counts
                self._update_actions()
        return False

    # -- state -------------------------------------------------------------------------------
    def _selected(self, side: str, index: int) -> None:
        if index < 0:
            return
        click = self._click
        offset = click[2] if click and click[:2] == (side, index) else -1
        self.last[side] = (index, offset)
        self._update_actions()

    def _pair_opened(self) -> None:
        self.realigner.reset()
        self.marks = {"ru": set(), "en": set()}
        self.last = {"ru": None, "en": None}
        self.refresh()

    def _ready(self) -> tuple[Alignment, dict] | None:
        alignment, documents = self.context.alignment, self.context.documents()
        if alignment is None or not documents:
            self.message(tr("Wait until the texts are aligned."))
            return None
        return alignment, documents

    def message(self, text: str) -> None:
        self.shell.show_message(text, 8000)

    def push(self, command) -> bool:
        """Push an edit on the shared stack; a refused edit is explained in the status bar."""
        try:
            self.context.commands.push(command)
        except AlignmentError as error:
            self.message(refusal_text(error))
            return False
        return True

    def current(self) -> tuple[str, int, int] | None:
        """(side, paragraph, clicked offset) of the selection, or None."""
        selected = self.pair_view.selected()
        if selected is None:
            return None
        last = self.last[selected[0]]
        offset = last[1] if last and last[0] == selected[1] else -1
        return selected[0], selected[1], offset

    def _unit(self, alignment: Alignment, side: str, index: int, offset: int) -> int | Unit:
        """The paragraph, or the part of a split paragraph holding the clicked sentence."""
        units = alignment.units[side]
        if index not in units.split or offset < 0:
            return index
        document = self.context.documents()[side]
        sentence = sentence_from(document, index, offset)
        part = next(p for p in parts_of(units, document, index) if sentence in p)
        return Unit((index,), part)

    def link_at(self, side: str, index: int, offset: int = -1) -> Link | None:
        """The link of a paragraph (of the clicked part, in a split paragraph)."""
        alignment = self.context.alignment
        if alignment is None:
            return None
        unit = self._unit(alignment, side, index, offset)
        for link in alignment.links:
            if index in link.side(side):
                held = link.side_sentences(side).get(index)
                if (held is None or not isinstance(unit, Unit) or unit.sentences is None
                        or set(unit.sentences) <= set(held)):
                    return link
        return None

    # -- linking -----------------------------------------------------------------------------
    def toggle_mark(self, side: str, index: int, extend: bool = False) -> None:
        """Mark or unmark a paragraph for linking; ``extend`` marks the range from the nearest mark."""
        marks = self.marks[side]
        if extend and marks:
            nearest = min(marks, key=lambda i: abs(i - index))
            marks.update(range(min(nearest, index), max(nearest, index) + 1))
        elif index in marks:
            marks.discard(index)
        else:
            marks.add(index)
        self.show_marks()

    def mark_selected(self) -> None:
        current = self.current()
        if current is not None:
            self.toggle_mark(current[0], current[1])

    def link_ends(self) -> dict[str, list[int | Unit]]:
        """What Link would join: the marks of each side, else the last paragraph selected there."""
        alignment = self.context.alignment
        ends: dict[str, list[int | Unit]] = {}
        for side in ("ru", "en"):
            if self.marks[side]:
                ends[side] = [index for index in sorted(self.marks[side])]
            elif (last := self.last[side]) is not None and alignment is not None:
                ends[side] = [self._unit(alignment, side, *last)]
            else:
                ends[side] = []
        return ends

    def _describer(self):
        context = self.realigner.align_context
        return (lambda link: describe(link, context)) if context is not None else None

    def link_selected(self) -> bool:
        """Link the marked (or last selected) paragraphs of both sides."""
        ready = self._ready()
        if ready is None:
            return False
        ends = self.link_ends()
        if not ends["ru"] or not ends["en"]:
            self.message(tr("Select or mark paragraphs on both sides (Ctrl+click), then Link."))
            return False
        if not self.push(edit.LinkParagraphs(*ready, ru=ends["ru"], en=ends["en"], describe=self._describer())):
            return False
        self.marks = {"ru": set(), "en": set()}
        self.show_marks()
        return True

    def link_dropped(self, side: str, index: int, offset: int, other_index: int, other_offset: int) -> None:
        """A paragraph was dragged onto a paragraph of the other side: link them."""
        ready = self._ready()
        if ready is None:
            return
        alignment = ready[0]
        source = sorted(self.marks[side]) if index in self.marks[side] else [self._unit(alignment, side, index, offset)]
        target = [self._unit(alignment, other_side(side), other_index, other_offset)]
        ends = {side: source, other_side(side): target}
        if self.push(edit.LinkParagraphs(*ready, ru=ends["ru"], en=ends["en"], describe=self._describer())):
            self.marks[side] = set()
            self.show_marks()
            self.last[other_side(side)] = (other_index, other_offset)
            self.pair_view.select(side, index)

    def _selected_link(self) -> tuple[tuple[Alignment, dict], Link] | None:
        """(alignment and documents, the selected paragraph's link); None with a message if there is none."""
        ready, current = self._ready(), self.current()
        if ready is None or current is None:
            return None
        link = self.link_at(*current)
        if link is None:
            self.message(tr("This paragraph is not linked."))
            return None
        return ready, link

    def unlink(self) -> None:
        chosen = self._selected_link()
        if chosen is not None:
            self.push(edit.Unlink(*chosen[0], [chosen[1]]))

    def confirm(self) -> None:
        """Confirm the selected automatic link, or turn a confirmed one back into an automatic one."""
        chosen = self._selected_link()
        if chosen is None:
            return
        ready, link = chosen
        if link.origin == Origin.MANUAL:
            self.message(tr("This link was made by hand; re-alignment keeps it already."))
        else:
            self.push((edit.Unconfirm if link.origin == Origin.CONFIRMED else edit.Confirm)(*ready, [link]))

    def toggle_no_counterpart(self) -> None:
        ready, current = self._ready(), self.current()
        if ready is None or current is None:
            return
        side = current[0]
        chosen = sorted(self.marks[side]) or [current[1]]
        marked = ready[0].no_counterpart.get(side, set())
        command = edit.ClearNoCounterpart if set(chosen) <= marked else edit.MarkNoCounterpart
        if self.push(command(*ready, side, chosen)):
            self.marks[side] = set()
            self.show_marks()

    # -- units -------------------------------------------------------------------------------
    def merge(self) -> None:
        ready, current = self._ready(), self.current()
        if ready is not None and current is not None:
            self.push(edit.MergeWithNext(*ready, current[0], current[1]))

    def unmerge(self) -> None:
        ready, current = self._ready(), self.current()
        if ready is not None and current is not None:
            self.push(edit.Unmerge(*ready, current[0], current[1]))

    def split(self) -> None:
        """Split the selected paragraph before the clicked sentence (asked for when none was clicked)."""
        ready, current = self._ready(), self.current()
        if ready is None or current is None:
            return
        side, index, offset = current
        paragraph = ready[1][side].paragraphs[index]
        if offset >= 0:
            at = sentence_from(ready[1][side], index, offset)
            if at == 0:
                self.message(tr("Click inside the sentence that should begin the second part (not the first one)."))
                return
        elif len(paragraph.sentences) > 1:  # chosen with the keyboard: no sentence was clicked
            asked = self.ask_split_sentence(self.shell.widget(), paragraph, ready[0].units[side].split.get(index, []))
            if asked is None:
                return
            at = asked
        else:
            at = 1  # a single sentence: the edit is refused with the reason
        self.push(edit.SplitParagraph(*ready, side, index, at))

    def join(self) -> None:
        ready, current = self._ready(), self.current()
        if ready is None or current is None:
            return
        side, index, offset = current
        bounds = ready[0].units[side].split.get(index, [])
        if not bounds:
            self.message(tr("This paragraph is not split."))
            return
        sentence = sentence_from(ready[1][side], index, offset) if offset >= 0 else bounds[0]
        self.push(edit.JoinParts(*ready, side, index, min(bounds, key=lambda b: abs(b - sentence))))

    # -- re-alignment ------------------------------------------------------------------------
    def realign_from_here(self) -> None:
        ready, current = self._ready(), self.current()
        if ready is not None and current is not None:
            self.realign(window_for(*ready, current[0], current[1]))

    def realign_marked(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        side = next((s for s in ("ru", "en") if self.marks[s]), None)
        if side is None:
            self.message(tr("Mark the first and last paragraph of the range (Shift+click), then Re-align."))
            return
        self.realign(window_for(*ready, side, min(self.marks[side]), max(self.marks[side])))
        self.marks[side] = set()
        self.show_marks()

    def align_again(self) -> None:
        """Tools ▸ Align Again: keeps the person's links when there are any."""
        self.realigner.align_again()

    def realign(self, window: Window) -> None:
        """Re-align ``window`` in the background (one undoable command when it is done)."""
        self.realigner.start(window)

    def busy(self) -> bool:
        """Whether a re-alignment is running."""
        return self.realigner.busy()

    # -- navigation and display --------------------------------------------------------------
    def go_to_unconfirmed(self, forward: bool) -> None:
        """Select the next (previous) automatic link whose confidence is below the weak threshold."""
        if self.context.alignment is None:
            return
        side = self.pair_view.current_side()
        threshold = self.context.settings.weak_threshold
        starts = sorted(link.side(side)[0] for link in self.context.links.links
                        if link.origin == Origin.AUTO and link.score < threshold)
        selected = self.pair_view.selected()
        current = selected[1] if selected and selected[0] == side else None
        index = step(starts, current, forward)
        if index is None:
            self.message(tr("No unconfirmed weak link left."))
            return
        self.pair_view.select(side, index)
        self.pair_view.view(side).setFocus()

    def show_marks(self) -> None:
        """Underline the paragraphs marked for linking."""
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(self.pair_view.colors.band_selected)
        documents = self.context.documents()
        for side, view in self.pair_view.views.items():
            if side in documents:
                view.set_highlights(MARKS_LAYER, [
                    Highlight(i, fmt, 0, len(documents[side].paragraphs[i].text), tr("Marked for linking"))
                    for i in sorted(self.marks[side])], z=35)

    def refresh(self) -> None:
        """Tooltips for hand-made state (marks, merged and split paragraphs) and action states."""
        alignment, documents = self.context.alignment, self.context.documents()
        for side, view in self.pair_view.views.items():
            notes = []
            if alignment is not None and side in documents:
                for index in sorted(alignment.no_counterpart.get(side, ())):
                    notes.append(Highlight(index, QTextCharFormat(), None, None,
                                           tr("Marked as having no counterpart (the aligner leaves it alone)")))
                units = alignment.units[side]
                for group in units.merged:
                    for index in group:
                        notes.append(Highlight(index, QTextCharFormat(), None, None, tr(
                            "Aligned as one unit with paragraphs {first}–{last}").format(first=group[0], last=group[-1])))
                for index, bounds in units.split.items():
                    notes.append(Highlight(index, QTextCharFormat(), None, None, tr(
                        "Split for alignment before sentence(s) {bounds}").format(bounds=", ".join(str(b + 1) for b in bounds))))
            view.set_highlights(NOTES_LAYER, notes, z=5)
        self.outlines.update()
        self.show_marks()
        self._update_actions()

    def _update_actions(self) -> None:
        current = self.current()
        alignment = self.context.alignment
        link = self.link_at(*current) if current else None
        self.actions["confirm"].setText(tr("Un&confirm Link") if link is not None and link.origin == Origin.CONFIRMED
                                        else tr("&Confirm Link"))
        marked = bool(current and alignment and current[1] in alignment.no_counterpart.get(current[0], ()))
        self.actions["no_counterpart"].setText(tr("Clear &No-Counterpart Mark") if marked else tr("Has &No Counterpart"))
        merged = bool(current and alignment and group_of(alignment.units[current[0]], current[1]))
        self.actions["unmerge"].setEnabled(merged)
        self.actions["join"].setEnabled(bool(current and alignment and current[1] in alignment.units[current[0]].split))

