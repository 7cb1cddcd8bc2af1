"""Re-alignment in the window's background: plan on a snapshot, then push the result as one command.

The pair's aligner context (paragraph features) is kept in the reading session: the first alignment
hands it over (``align_documents(prepared=…)``); with another aligner, or after the align options
changed, it is built in the background once the pair's alignment has arrived (or by the first
re-alignment, if that comes sooner) and kept for the next ones. A gap of a hundred paragraphs then
costs only its own search, and a link made by hand gets its sentence links and differences. An edit made while a re-alignment runs makes its result stale:
it is dropped with a message instead of being applied.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from reader.core.align import SIDES, Alignment
from reader.core.align.editing.realign import Realign, Window, plan_realign, snapshot, whole_window
from reader.core.errors import AlignmentError, ReaderError
from reader.ui.base.refusals import refusal_text
from reader.ui.base.worker import TaskSlot
from reader.ui.base.i18n import translator


tr = translator("LinkEditing")


def has_hand_edits(alignment: Alignment) -> bool:
    """Whether a person changed ``alignment`` (fixed links, no-counterpart marks, merged/split units)."""
    return (any(link.fixed for link in alignment.links) or any(alignment.no_counterpart.get(s) for s in SIDES)
            or any(not alignment.units[s].is_default() for s in SIDES))


class Realigner(QObject):
    """Runs the re-alignments of one window; ``push`` and ``message`` report back to the window."""

    def __init__(self, context, push: Callable[[object], bool], message: Callable[[str], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.push, self.message = push, message
        self._realign = TaskSlot(context.thread_pool, self)
        self._preparing = TaskSlot(context.thread_pool, self)  # building align_context ahead of need
        self._revision = 0
        context.commands.subscribe(self._edited)
        context.alignment_changed.connect(self.prepare)

    def _edited(self) -> None:
        self._revision += 1

    def reset(self) -> None:
        """Another pair is open: stop (its aligner context is the new session's)."""
        self.cancel()
        self._preparing.cancel()

    @property
    def align_context(self):
        """The open pair's AlignContext for the current align options, None until built."""
        session = self.context.pair
        return session.align_context(self.context.align_options) if session is not None else None

    def prepare(self) -> None:
        """Build the pair's aligner context in the background once its alignment is there (if not kept yet)."""
        options, session = self.context.align_options, self.context.pair
        if (self.context.alignment is None or self.context.aligning or session is None or self._preparing.busy()
                or self.align_context is not None):
            return
        ru, en = session.ru, session.en

        def work(progress, cancelled):
            from reader.core.align import AlignContext

            return AlignContext.build(ru, en, options)

        self._preparing.start(work, finished=lambda built: self._prepared(session, options, built),
                              failed=lambda _error: self._prepared(session, options, None))

    def _prepared(self, session, options, built) -> None:
        if session is not self.context.pair:
            return
        if options is not self.context.align_options:
            self.prepare()  # the options changed while it was being built: build for the new ones
        elif built is not None and self.align_context is None:
            session.keep_align_context(built, options)

    def busy(self) -> bool:
        """Whether a re-alignment is running."""
        return self._realign.busy()

    def cancel(self) -> None:
        if self._realign.cancel():
            QApplication.restoreOverrideCursor()

    def align_again(self) -> None:
        """Align the whole pair again, keeping confirmed and manual links (undoable) when there are any."""
        alignment = self.context.alignment
        if alignment is None or self.context.aligning or not has_hand_edits(alignment):
            self.context.start_alignment()
            return
        self.start(whole_window(self.context.documents()))

    def start(self, window: Window) -> None:
        """Re-align ``window`` in the background; the result is pushed as one undoable command."""
        self.cancel()
        alignment, documents, session = self.context.alignment, self.context.documents(), self.context.pair
        options = self.context.align_options  # e.g. machine translations added: build the context again
        prepared = self.align_context
        frozen, revision = snapshot(alignment), self._revision

        def work(progress, cancelled):
            from reader.core.align import AlignContext

            context = prepared or AlignContext.build(documents["ru"], documents["en"], options)
            return context, plan_realign(frozen, documents, window, context, progress=progress, cancelled=cancelled)

        self._realign.start(work, finished=lambda result: self._finished(session, alignment, revision, window, options,
                                                                         result),
                            failed=self._failed)
        self.message(tr("Re-aligning…"))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _finished(self, session, alignment: Alignment, revision: int, window: Window, options, result) -> None:
        QApplication.restoreOverrideCursor()
        context, change = result
        if session is self.context.pair:
            session.keep_align_context(context, options)
        if alignment is not self.context.alignment or revision != self._revision:
            self.message(tr("The alignment changed while it was being re-aligned; re-align again."))
            return
        if self.push(Realign(alignment, self.context.documents(), window, context, change=change)):
            self.message(tr("Re-aligned: {count} links found again; your links were kept.").format(
                count=len(change.added)))

    def _failed(self, error: Exception) -> None:
        QApplication.restoreOverrideCursor()
        text = (refusal_text(error) if isinstance(error, AlignmentError)
                else str(error) if isinstance(error, ReaderError) else repr(error))
        self.message(tr("Re-alignment failed: {message}").format(message=text))
