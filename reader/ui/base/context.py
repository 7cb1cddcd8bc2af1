"""The one context object every widget of the window receives (git-cola style).

It holds the settings, the thread pool, the open pair as a core reading session
(:class:`reader.core.session.ReadingSession`: documents, files, alignment, annotations, machine
translations, the aligner's prepared features), a look-up index of the alignment, the undo stack, and the
signals widgets listen to. See :mod:`reader.ui.mainwindow` for the
extension points built on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMenu

from reader.core.align import Alignment
from reader.core.commands import CommandStack
from reader.core.document import Document
from reader.core.links import LinkIndex
from reader.core.mt.translation import MachineTranslation
from reader.core.session import ReadingSession
from reader.ui.base.settings import Settings
from reader.ui.base.worker import Task, TaskSlot

if TYPE_CHECKING:
    from reader.core.align.aligner import AlignOptions


def accepts(aligner: Callable, *names: str) -> bool:
    """Whether ``aligner`` takes these keyword arguments (reader.core.align.aligner.align_documents takes
    ``partial``, ``first`` and ``prepared``)."""
    import inspect

    try:
        parameters = inspect.signature(aligner).parameters
    except (TypeError, ValueError):
        return False
    return all(name in parameters for name in names)


def accepts_partial(aligner: Callable) -> bool:
    """Whether ``aligner`` takes ``partial`` and ``first``."""
    return accepts(aligner, "partial", "first")


def _default_aligner():
    from reader.core.align import align_documents

    return align_documents


class Context(QObject):
    """Shared state and signals of one reader window."""

    #: a new pair is on screen (``context.pair``); its alignment is being computed
    pair_opened = Signal()
    #: ``context.alignment`` was replaced or edited; ``context.links`` is up to date
    alignment_changed = Signal()
    #: alignment progress (done, total); (0, 0) when no job runs
    alignment_progress = Signal(int, int)
    #: the alignment job failed with this message (ReaderError text and hint)
    alignment_failed = Signal(str)
    #: a paragraph was selected: (side "ru"/"en", paragraph index); index -1 means none
    selection_changed = Signal(str, int)
    #: a paragraph's context menu is about to open: (side, paragraph index, QMenu) — add actions to the menu
    paragraph_context_menu_requested = Signal(str, int, QMenu)

    def __init__(self, settings: Settings, thread_pool: QThreadPool | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.thread_pool = thread_pool or QThreadPool.globalInstance()
        self.commands = CommandStack()
        self.commands.subscribe(self.alignment_edited)
        #: the pair on screen (None before one is opened)
        self.pair: ReadingSession | None = None
        self.links = LinkIndex(None)
        #: the align function (replaceable, e.g. by tests or an MT-assisted aligner)
        self.aligner: Callable = _default_aligner()
        #: options passed to the aligner (AlignOptions or None)
        self.align_options: AlignOptions | None = None
        self._alignment_task = TaskSlot(self.thread_pool, self)
        #: the Russian paragraph the person is reading (its chapter is aligned first); set by the pair view
        self.reading_position: Callable[[], int | None] = lambda: None
        #: ``alignment`` holds the links found so far by the running (or a stopped) first alignment
        self.partial = False
        self._no_translations: dict[tuple[str, int], MachineTranslation] = {}

    # -- the pair ----------------------------------------------------------------------------
    @property
    def alignment(self) -> Alignment | None:
        """The open pair's alignment (None while there is none)."""
        return self.pair.alignment if self.pair is not None else None

    @alignment.setter
    def alignment(self, alignment: Alignment | None) -> None:
        if self.pair is not None:
            self.pair.alignment = alignment

    @property
    def translations(self) -> dict[tuple[str, int], MachineTranslation]:
        """The open pair's machine translations of paragraphs without counterpart: (side, paragraph index) →
        MachineTranslation (kept by reader.ui.translation.controller; read by copy, export, projects)."""
        return self.pair.translations if self.pair is not None else self._no_translations

    def set_pair(self, pair: ReadingSession, *, align: bool = True) -> None:
        """Show ``pair``: cancel any running alignment, forget undo history, start aligning.

        The pair is shown without links: an alignment it holds (an opened project's) is set afterwards
        with ``set_alignment``."""
        self.cancel_alignment()
        self.commands.clear()
        self.pair = pair
        self.alignment = None
        self.partial = False
        self.links = LinkIndex(None)
        self.pair_opened.emit()
        self.alignment_changed.emit()
        if align:
            self.start_alignment()

    def documents(self) -> dict[str, Document]:
        """{"ru": Document, "en": Document} of the open pair (empty when none)."""
        return self.pair.documents.as_dict() if self.pair else {}

    # -- alignment ---------------------------------------------------------------------------
    def start_alignment(self) -> None:
        """Align the open pair in the background; a result replaces ``alignment`` when it arrives."""
        self.cancel_alignment()
        if self.pair is None:
            return
        ru, en, aligner, options = self.pair.ru, self.pair.en, self.aligner, self.align_options
        extra: dict[str, object] = {}
        kept: list = []  # the aligner's prepared context of the pair (AlignContext), when it hands it over
        if accepts(aligner, "prepared"):
            extra["prepared"] = kept.append

        def work(progress, cancelled):
            alignment = aligner(ru, en, options, progress=progress, cancelled=cancelled, **extra)
            return alignment, (kept[0] if kept else None)

        task = Task(work)
        if (self.alignment is None or self.partial) and accepts_partial(aligner):
            # the first alignment: links shown as they come, the chapter being read first
            extra.update(partial=task.report, first=self.reading_position())
        self._alignment_task.start(task, partial=self._on_partial, progress=self.alignment_progress.emit,
                                   finished=lambda result: self._on_finished(options, *result),
                                   failed=self._on_failed)
        self.alignment_progress.emit(0, 1)

    @property
    def aligning(self) -> bool:
        """Whether the open pair is being aligned in the background."""
        return self._alignment_task.busy()

    def cancel_alignment(self) -> None:
        """Stop the running alignment job, if any; its result will be dropped."""
        if self._alignment_task.cancel():
            self.alignment_progress.emit(0, 0)

    @Slot(object)
    def _on_partial(self, alignment: Alignment) -> None:
        """Links found so far: shown until the next ones come, unless the person edited them meanwhile."""
        if (self.alignment is not None and not self.partial) or self.commands.can_undo():
            return
        self.alignment = alignment
        self.partial = True
        self.alignment_edited()

    def _on_finished(self, options, alignment: Alignment, prepared) -> None:
        self.alignment_progress.emit(0, 0)
        if prepared is not None and self.pair is not None:
            self.pair.keep_align_context(prepared, options)  # re-alignment starts from it
        if self.partial and not self.commands.can_undo():
            if alignment is self.alignment:  # the last partial report was the whole result
                self.partial = False
                self.alignment_changed.emit()
            else:
                self.set_alignment(alignment)
            return
        self.partial = False
        if self.alignment is not None and self.pair is not None:
            # aligning again: an undoable edit that keeps the person's links (reader.core.align.editing.realign)
            from reader.core.align.editing.realign import AlignAgain

            self.commands.push(AlignAgain(self.alignment, self.documents(), alignment))
            return
        self.set_alignment(alignment)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self.alignment_progress.emit(0, 0)
        hint = getattr(error, "hint", "")
        self.alignment_failed.emit(f"{error}\n{hint}".strip() if hint else str(error))

    def set_alignment(self, alignment: Alignment) -> None:
        """Replace the alignment of the open pair (e.g. with one loaded from a project file)."""
        self.alignment = alignment
        self.partial = False
        self.alignment_edited()

    def alignment_edited(self) -> None:
        """Rebuild look-ups after ``alignment`` changed in place (called after every undoable command)."""
        self.links = LinkIndex(self.alignment)
        self.alignment_changed.emit()
