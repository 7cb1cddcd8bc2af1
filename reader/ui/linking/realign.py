"""Re-alignment in the window's background: plan on a snapshot, then push the result as one command.

The pair's aligner context (paragraph features) is built in the background once the pair's
alignment has arrived (or by the first re-alignment, if that comes sooner) and kept for the
next ones, as long as the align options stay the same; a gap of a hundred paragraphs then
costs only its own search, and a link made by hand gets its sentence links and differences. An edit made while a re-alignment runs makes its result stale:
it is dropped with a message instead of being applied.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication

from reader.core.align import SIDES, Alignment
from reader.core.align.editing.realign import Realign, Window, plan_realign, snapshot, whole_window
from reader.core.errors import AlignmentError, ReaderError
from reader.ui.base.refusals import refusal_text
from reader.ui.base.worker import TaskSlot


def tr(text: str) -> str:
    return QCoreApplication.translate("LinkEditing", text)


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
        self.align_context = None  # the pair's AlignContext (see prepare), None until built
        self._context_options = None  # the align options it was built with
        self._realign = TaskSlot(context.thread_pool, self)
        self._preparing = TaskSlot(context.thread_pool, self)  # building align_context ahead of need
        self._revision = 0
        context.commands.subscribe(self._edited)
        context.alignment_changed.connect(self.prepare)

    def _edited(self) -> None:
        self._revision += 1

    def reset(self) -> None:
        """Another pair is open: stop, forget the aligner context."""
        self.cancel()
        self._preparing.cancel()
        self.align_context = self._context_options = None

    def prepare(self) -> None:
        """Build the pair's aligner context in the background once its alignment is there (if not built yet)."""
        options, documents = self.context.align_options, self.context.documents()
        if (self.context.alignment is None or self.context.aligning or not documents or self._preparing.busy()
                or (self.align_context is not None and self._context_options is options)):
            return

        def work(progress, cancelled):
            from reader.core.align import AlignContext

            return AlignContext.build(documents["ru"], documents["en"], options)

        self._preparing.start(work, finished=lambda built: self._prepared(options, built),
                              failed=lambda _error: self._prepared(options, None))

    def _prepared(self, options, built) -> None:
        if options is not self.context.align_options:
            self.prepare()  # the options changed while it was being built: build for the new ones
        elif built is not None and (self.align_context is None or self._context_options is not options):
            self.align_context, self._context_options = built, options

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
        alignment, documents = self.context.alignment, self.context.documents()
        options = self.context.align_options  # e.g. machine translations added: build the context again
        prepared = self.align_context if self._context_options is options else None
        frozen, revision = snapshot(alignment), self._revision

        def work(progress, cancelled):
            from reader.core.align import AlignContext

            context = prepared or AlignContext.build(documents["ru"], documents["en"], options)
            return context, plan_realign(frozen, documents, window, context, progress=progress, cancelled=cancelled)

        self._realign.start(work, finished=lambda result: self._finished(alignment, revision, window, options, result),
                            failed=self._failed)
        self.message(tr("Re-aligning…"))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _finished(self, alignment: Alignment, revision: int, window: Window, options, result) -> None:
        QApplication.restoreOverrideCursor()
        context, change = result
        self.align_context, self._context_options = context, options
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
