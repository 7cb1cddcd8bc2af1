"""Reading projects in the window: Open Project, Save, Save As, autosave and recovery after a crash.

The project's state lives in the window (pair, alignment, annotations, machine translations); saving
collects it into a :class:`reader.core.project.project.Project`. While there are unsaved changes the
state is written to a recovery file every minute; a clean save (or a close without changes) removes
it, and the next start offers whatever a crash left behind.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING
from pathlib import Path
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.core.align.model import Alignment
from reader.core.errors import ProjectError, ReaderError
from reader.core.session import ReadingSession
from reader.core.project.project import SUFFIX, Project, SourceRef
from reader.core.project.recovery import RecoveryState, autosave, discard_recovery, find_recoverable, new_session_id
from reader.core.project.session import open_project, session_project
from reader.core.project.storage import load_project, save_project
from reader.core.words.vocabulary import Vocabulary
from reader.ui.base import dialogs
from reader.ui.base.actions import build_action
from reader.ui.base.save_paths import project_path_suggestion, suggested_path
from reader.ui.base.worker import Task, TaskSlot
from reader.ui.base.i18n import translator
from reader.ui.view.shell import Shell

if TYPE_CHECKING:
    from reader.ui.view.navigator import Navigator

AUTOSAVE_MS = 60_000
PROJECT_FILTER = "Parallel Reader projects (*.preader *.json)"


tr = translator("Projects")


class ProjectController(QObject):
    """File ▸ Open Project / Save / Save As, the autosave timer and crash recovery."""

    #: a project was opened (its ReadingSession: notices, unplaced annotations)
    project_opened = Signal(object)
    #: the project was saved to this path
    saved = Signal(str)
    #: the project's file or whether it has unsaved changes may have changed (the window's title shows both)
    changed = Signal()

    def __init__(self, shell: Shell, annotations, navigator: Navigator | None = None, vocabulary=None,
                 translation=None):
        """The project keeps the annotations (the AnnotationController) and, when given, the reading place, the
        vocabulary (the words' VocabularyController) and refreshes the machine translations shown (the
        TranslationController)."""
        super().__init__(shell.widget())
        self.shell = shell
        self.context = shell.context
        self.annotations = annotations
        self.navigator = navigator
        self.vocabulary = vocabulary
        self.translation = translation
        self.session_id = new_session_id()
        self._opening_task = TaskSlot(self.context.thread_pool, self)  # only the newest project opened is shown
        self._unsaved = False  # on screen but not in the file: a recovered state, or re-anchored annotations
        #: asks for a file name to save to (tests answer instead of the dialog)
        self.ask_save_path: Callable[[], str | None] = self._save_dialog
        #: answers at once whether to restore a recovered state (tests, scripts); None: the window offers it
        #: in a box that does not block (``recovery_box``)
        self.ask_recover: Callable[[RecoveryState], bool] | None = None
        self.recovery_box: QMessageBox | None = None
        #: asks whether to open the previous version (NAME.bak) of a project that cannot be opened
        self.ask_open_backup: Callable[[ProjectError], bool] = self._backup_dialog
        self._build_actions()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()
        self.context.pair_opened.connect(self._on_pair_opened)
        self.context.commands.subscribe(self._update_title)
        shell.widget().installEventFilter(self)
        if navigator is not None:  # a project's place is its own (and travels in its file)
            self.project_opened.connect(navigator.show_project_place)
            self.saved.connect(navigator.keep_place_for)

    def _build_actions(self) -> None:
        window = self.shell.widget()
        slots = {"open_project": self.open_dialog, "save": self.save, "save_as": self.save_as}
        self.actions: dict[str, QAction] = {}
        file_menu = self.shell.menu("file")
        before = self.shell.action("quit")
        for name, slot in slots.items():
            action = build_action(name, window)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            file_menu.insertAction(before, action)
            self.actions[name] = action
        file_menu.insertSeparator(before)

    # -- state ------------------------------------------------------------------------------
    def dirty(self) -> bool:
        """Whether there are changes not saved to the project file."""
        return self._unsaved or not self.context.commands.is_clean()

    @property
    def project(self) -> Project | None:
        """The open pair's project (None for a pair not saved as one)."""
        return self.context.pair.project if self.context.pair is not None else None

    def _on_pair_opened(self) -> None:
        if not getattr(self, "_opening", False):
            self._unsaved = False
            self.session_id = new_session_id()
        self._update_title()

    def _update_title(self) -> None:
        self.changed.emit()  # the project's name (with * while unsaved) in the window's title

    def current_project(self) -> Project:
        """The window's state as a project (the open project updated, or a new one for the pair's files)."""
        pair = self.context.pair
        if pair is None:
            raise ProjectError(tr("No pair is open."))
        if pair.project is None and not pair.paths:
            raise ProjectError(tr("This pair was not read from files, so it cannot be saved as a project."))
        # links still coming (a book's first alignment): saved without them, the file aligns again when
        # opened, unless the person edited them meanwhile (the edits are kept, the rest is not computed)
        partial = self.context.partial and self.context.aligning and not self.context.commands.can_undo()
        project = session_project(pair, links=not partial)
        if self.navigator is not None:
            project.position = self.navigator.here()
        if self.vocabulary is not None:
            project.vocabulary = Vocabulary(list(self.vocabulary.vocabulary))
        return project

    def confirm_unsaved(self) -> bool:
        """Before the pair goes (quit, close, another pair): ask about unsaved changes — Save, Discard or
        Cancel. Returns whether to go on."""
        if self.dirty():
            answer = dialogs.ask_unsaved(self.shell.widget(), self.context.pair.paths if self.context.pair else None)
            if answer == "cancel" or answer == "save" and not self.save():
                return False
        self.forget_unsaved()  # saved, discarded or nothing to keep: no recovery file is left
        return True

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Save to the project's file (asks for one the first time). Returns success."""
        if self.project is None or self.project.path is None:
            return self.save_as()
        return self._save(None)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        if not path:
            return False
        if not Path(path).suffix:
            path += SUFFIX
        return self._save(Path(path))

    def _save(self, path: Path | None) -> bool:
        try:
            project = self.current_project()
            old_key = (project.path, self.session_id)
            saved = save_project(project, path)
        except ReaderError as error:
            dialogs.show_error(self.shell.widget(), tr("Cannot Save the Project"), error)
            return False
        discard_recovery(Project(project.original, project.counterpart, path=old_key[0]), old_key[1])
        discard_recovery(project, self.session_id)
        self._unsaved = False
        self.context.commands.set_clean()
        self.context.settings.project_folder = str(Path(saved).parent)
        self.shell.show_message(tr("Saved {path}").format(path=saved), 5000)
        self.saved.emit(str(saved))
        self._update_title()
        return True

    def suggested_save_path(self) -> str:
        """What Save Project proposes: beside the project when it has a file; a new project is named after the
        pair's title, in the folder a project was last saved to or opened from."""
        pair = self.context.pair
        if self.project is not None and self.project.path is not None:
            return suggested_path(pair.paths if pair else None, self.project.path, SUFFIX)
        from reader.core.contents import pair_title

        return project_path_suggestion(pair_title(pair.ru, pair.en) if pair else "",
                                       self.context.settings.project_folder, pair.paths if pair else None, SUFFIX)

    def _save_dialog(self) -> str | None:
        start = self.suggested_save_path()
        path, _ = QFileDialog.getSaveFileName(self.shell.widget(), tr("Save Project"), start, PROJECT_FILTER)
        return path or None

    def autosave_now(self) -> Path | None:
        """Write unsaved changes to the recovery file; return it (None when there is nothing to keep)."""
        if self.context.pair is None or not self.dirty():
            return None
        try:
            return autosave(self.current_project(), self.session_id)
        except ReaderError:
            return None

    def forget_unsaved(self) -> None:
        """The changes were saved or discarded, or there were none: remove the recovery file (a clean exit
        leaves nothing to offer at the next start)."""
        discard_recovery(Project(SourceRef(""), SourceRef(""), path=self.project.path if self.project else None),
                         self.session_id)
        if self.dirty():  # discarded: nothing is left to keep (the pair goes, or the window closes)
            self._unsaved = False
            self.context.commands.set_clean()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent

        if watched is self.shell.widget() and event.type() == QEvent.Type.Close:
            if self.dirty():
                self.autosave_now()  # kept for the next start: nothing is lost
            elif self.project is not None:
                discard_recovery(self.project, self.session_id)
        return False

    # -- opening ----------------------------------------------------------------------------
    def open_dialog(self) -> None:
        if self.context.pair is not None and not self.confirm_unsaved():
            return
        path, _ = QFileDialog.getOpenFileName(self.shell.widget(), tr("Open Project"), self.context.settings.project_folder,
                                              PROJECT_FILTER)
        if path:
            self.context.settings.project_folder = str(Path(path).parent)
            self.open_path(path)

    def open_path(self, path: str | Path | Project) -> Task:
        """Open a project file (or a recovered Project) in the background; the window shows it when ready."""
        from reader.core.align import align_documents

        aligner, options = self.context.aligner, self.context.align_options
        # the default aligner's prepared context of the pair is kept in the session (re-aligning starts from it)
        given = None if aligner is align_documents else (lambda ru, en, **kw: aligner(ru, en, options, **kw))
        task = self._opening_task.start(lambda progress, cancelled: open_project(
            path, aligner=given, options=options, progress=progress, cancelled=cancelled),
            finished=self._on_opened, failed=self._open_failed)
        self.shell.show_message(tr("Opening the project…"))
        return task

    def _open_failed(self, error: Exception) -> None:
        """Say why a project cannot be opened; offer its previous version (NAME.bak) when that one reads."""
        backup = getattr(error, "backup", None)
        if backup and isinstance(error, ProjectError) and self.ask_open_backup(error):
            try:
                project = load_project(backup)
            except ReaderError as again:
                dialogs.show_error(self.shell.widget(), tr("Cannot Open the Project"), again)
                return
            project.path = Path(str(error.path)).absolute()  # saving replaces the broken file (kept as NAME.bak)
            self.open_path(project)
            return
        dialogs.show_error(self.shell.widget(), tr("Cannot Open the Project"), error)

    def _backup_dialog(self, error: ProjectError) -> bool:
        box = dialogs.error_box(self.shell.widget(), tr("Cannot Open the Project"), error)
        box.setInformativeText(tr("The previous version, {name}, can be opened instead. Open it?").format(
            name=Path(str(error.backup)).name))
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Open

    def _on_opened(self, opened: ReadingSession) -> None:
        alignment = opened.alignment
        assert alignment is not None  # open_project aligns what the file leaves out
        self._opening = True
        try:
            self.context.set_pair(opened, align=False)
        finally:
            self._opening = False
        # the text is painted first; the links (a book's take a moment to draw) come in the next turn
        self.shell.pair_view.repaint()
        QTimer.singleShot(0, lambda: self._show_project(opened, alignment) if self.context.pair is opened else None)

    def _show_project(self, opened: ReadingSession, alignment: Alignment) -> None:
        """The opened project's links, annotations and translations on the pair already shown."""
        project = opened.project
        assert project is not None
        self.context.set_alignment(alignment)
        self.annotations.set_annotations(list(project.annotations))
        if self.vocabulary is not None:
            self.vocabulary.set_vocabulary(Vocabulary(list(project.vocabulary)))
        for key, stored in project.translations.items():
            if stored.text:
                self.context.translations.setdefault(key, dataclasses.replace(stored, cached=True))
        if self.translation is not None and project.translations:
            self.translation.schedule_refresh()
        if not self.context.commands.is_clean():  # (opening cleared the history: a second redraw of the book spared)
            self.context.commands.set_clean()
        self._unsaved = bool(opened.changed)  # re-anchored annotations and new checksums are worth a save
        self._update_title()
        if project.path is not None:
            self.shell.show_message(tr("Opened {path}").format(path=project.path), 5000)
        for notice in opened.notices:
            self.shell.show_message(notice, 10000)
        if opened.anchoring.unplaced:
            # not a modal box: the pair stays readable; the panel lists them as "Not placed"
            self.annotations.panel.show()
            self.shell.show_message(tr(
                "{n} annotation(s) could not be found in the changed source; they are kept and listed as "
                "“Not placed” in the annotations panel.").format(n=len(opened.anchoring.unplaced)))
        self.project_opened.emit(opened)

    # -- recovery ---------------------------------------------------------------------------
    def offer_recovery(self) -> bool:
        """At start-up: offer the newest state a crashed session left behind, in a box that does not block the
        window (``ask_recover``, when set, answers at once instead). Returns whether one was opened."""
        states = find_recoverable()
        if not states:
            return False
        if self.ask_recover is None:
            self._show_recovery_box(states)
            return False
        return self._answer_recovery(states, self.ask_recover(states[0]))

    def _answer_recovery(self, states: list[RecoveryState], restore: bool) -> bool:
        state = states[0]
        if not restore:
            for other in states:
                other.discard()
            return False
        if self.context.pair is not None and not self.confirm_unsaved():
            return False
        project = state.project
        self._recovered = state
        self.project_opened.connect(self._after_recovery)
        self.open_path(project)
        return True

    def _show_recovery_box(self, states: list[RecoveryState]) -> None:
        """Offer the recovered state in a box the person may answer later (or close: it is kept for the next start)."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Recover Unsaved Work?"), recovery_text(states[0]),
                          QMessageBox.StandardButton.NoButton, self.shell.widget())
        box.setObjectName("recovery_offer")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setInformativeText(tr("Open restores the changes; Discard deletes them. Closing this box keeps them "
                                  "for the next start."))
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button) -> None:
            choice = box.standardButton(button)
            self.recovery_box = None
            if choice == QMessageBox.StandardButton.Open:
                self._answer_recovery(states, True)
            elif choice == QMessageBox.StandardButton.Discard:
                self._answer_recovery(states, False)

        box.buttonClicked.connect(answered)
        self.recovery_box = box
        box.show()

    def _after_recovery(self, _opened) -> None:
        self.project_opened.disconnect(self._after_recovery)
        state = self._recovered
        # the recovered state is not saved yet: keep it dirty and keep the recovery file until a save
        self._unsaved = True
        self.session_id = state.file.stem.removeprefix("session-") if state.project_path is None else self.session_id
        self._update_title()


def recovery_text(state: RecoveryState) -> str:
    """What the recovery offer says: that the program did not close properly, the pair (and project) and when."""
    import datetime

    from PySide6.QtCore import QDateTime, QLocale

    try:
        saved = datetime.datetime.fromisoformat(state.saved_at)
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(saved.timestamp())),
                                  QLocale.FormatType.ShortFormat)
    except (ValueError, OverflowError):
        when = state.saved_at[:19].replace("T", " ")
    try:
        ru, en = (Path(p).name for p in state.project.source_paths())
    except ReaderError:
        ru, en = Path(state.project.original.path).name, Path(state.project.counterpart.path).name
    pair = f"{ru} ↔ {en}"
    if state.project_path is not None:
        return tr("Parallel Reader did not close properly. Unsaved changes to the project {project} ({pair}) "
                  "from {when} were kept. Open them?").format(project=state.project_path.name, pair=pair, when=when)
    return tr("Parallel Reader did not close properly. Unsaved changes to {pair} from {when} were kept. "
              "Open them?").format(pair=pair, when=when)
