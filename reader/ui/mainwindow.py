"""The reader window: menus, the reading pane, the find bar and the status bar, wired to the context.

Extension points for other parts of the program (machine translation, annotations and
projects, manual link editing) — use these, do not reach into private attributes. A feature
controller takes the window as a :class:`reader.ui.view.shell.Shell` (context, pair view, a menu or action
by name, a status message, a dock, a window-wide action) and the controllers it uses as arguments:

``window.context`` (:class:`reader.ui.base.context.Context`)
    settings, ``thread_pool``, the open ``pair`` (``pair.ru``/``pair.en``/``pair.paths``),
    ``alignment`` and its look-up ``links`` (``links.link_of(side, i)``,
    ``links.counterparts(side, i)``), the undo stack ``commands`` (push a Command; after every
    push/undo/redo the context re-indexes the alignment and emits ``alignment_changed``),
    ``set_alignment(alignment)``, ``start_alignment()``, ``align_options``, ``aligner``.
    Signals: ``pair_opened``, ``alignment_changed``, ``alignment_progress(done, total)``,
    ``selection_changed(side, index)``, and
    ``paragraph_context_menu_requested(side, index, menu)`` — connect to it and add QActions
    to ``menu`` (it fires before a paragraph's context menu opens).

``window.menus[name]``
    the QMenus "file", "edit", "view", "go", "tools", "help" (and "recent"); add your
    QActions there. Every action is declared in :data:`reader.ui.base.actions.ACTIONS` and made with
    ``build_action(name, window)``; the window refuses to be built when two share a key.
    ``window.action_map[name]`` holds the built-in actions, e.g.
    ``window.menus["file"].insertAction(window.action_map["quit"], a)``.

``window.pair_view`` (:class:`reader.ui.view.pairview.PairView`)
    ``select(side, index)``, ``selected() -> (side, index) | None``, ``selected_link()``,
    ``view(side)`` → the :class:`reader.ui.view.column.ColumnView` of a language, ``left_side``,
    ``insertion_point(side, index)`` → the paragraph of the other side after which a
    counterpart of ``(side, index)`` would stand, and ``gutter`` (``link_clicked(link)``);
    ``gap_count()`` / ``gaps()`` and the ``gaps_changed(count)`` signal (stretches without counterpart on
    both sides, -1 while a book's links are still coming: ``context.partial``), ``set_show_differences``.

A ColumnView (``window.pair_view.view("en")``)
    ``selected_paragraph()``, ``selection_range() -> (side, paragraph, start, end) | None``
    (the mouse selection, clipped to one paragraph; offsets into ``Paragraph.text``),
    ``select_text(index, start, end)``,
    ``set_highlights(layer, [Highlight(paragraph, QTextCharFormat, start, end, tooltip)], z=15)``
    (:mod:`reader.ui.view.highlights`; your own layer name, e.g. "annotations"; start/end None =
    the whole paragraph, painted as its background), ``highlights(layer)``, ``batch()``,
    ``set_extra_paragraph(key, after, text, label)`` / ``remove_extra_paragraph(key)``
    (a block that is not part of the source, styled as machine translation, e.g. after
    ``insertion_point(...)``), ``paragraph_extent(indices)``, ``set_marks``, ``set_show_numbers``
    / ``number_labels()`` (the paragraph numbers painted in the margin).

``window.navigator`` (:class:`reader.ui.view.navigator.Navigator`)
    ``here()`` → the reading Position, ``record_jump()`` — call it after any jump you make (Back returns
    to the place it left), ``go(side, index)`` (a jump with Back), ``show(position)``, ``keeping_place()``
    (a ``with`` block that keeps the selected paragraph where it is on screen), the ``moved`` signal.
``window.contents`` (:class:`reader.ui.view.contents.ContentsController`): the contents dock, ``chapter``
    (the current part and chapter); ``window.update_title()`` names the pair, the chapter and the project.
``window.confirm_unsaved() -> bool``: ask Save / Discard / Cancel before the pair goes.

Opening: ``window.open_pair(a, b) -> bool`` reads now (start-up, scripts, tests);
``window.open_pair_in_background(a, b)`` is what the menus use; ``window.open_documents(ReadingSession)``
shows documents already in memory.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QFontDialog, QVBoxLayout, QWidget

from reader.core.errors import ReaderError
from reader.core.session import ReadingSession
from reader.ui.base import actions as action_specs
from reader.ui.base import dialogs
from reader.ui.view import render
from reader.core.links import step, weak_paragraphs, without_counterpart
from reader.ui.base.command_names import command_name
from reader.ui.view.contents import ContentsController
from reader.ui.annotations.controller import AnnotationController
from reader.ui.base.context import Context
from reader.ui.files.export_dialog import ExportController
from reader.ui.view.find_results import FindResultsDock
from reader.ui.view.findbar import FindBar
from reader.ui.view.gotobar import GoToBar
from reader.ui.linking.editing import LinkEditor
from reader.ui.files.loader import load_pair_files
from reader.ui.view.navigator import Navigator
from reader.ui.view.pairview import PairView
from reader.ui.files.project_io import ProjectController
from reader.ui.qtapp import application
from reader.ui.base.sample import sample_pair
from reader.ui.view.statusbar import StatusPanel
from reader.ui.base.theme import apply_theme
from reader.ui.base.worker import TaskSlot
from reader.ui.view.shell import ShellWindow
from reader.ui.translation.controller import TranslationController
from reader.ui.words.controller import WordsController
from reader.ui.words.vocabulary import VocabularyController


class MainWindow(ShellWindow):
    """The reader's main window (see the module docstring for its extension points)."""

    def __init__(self, context: Context, parent=None):
        super().__init__(parent)
        self.context = context
        self._loading = TaskSlot(context.thread_pool, self)  # reading a pair: only the newest request is shown
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Parallel Reader"))
        self.setMinimumSize(640, 420)  # explicit: layouts must not change it after the window exists
        self.setAcceptDrops(True)
        self.pair_view = PairView(context)
        self.find_bar = FindBar(context, self.pair_view)
        self.find_bar.hide()
        self.go_to_bar = GoToBar()  # Ctrl+G (reader.ui.view.gotobar)
        self.go_to_bar.go.connect(self._go)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pair_view, 1)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.go_to_bar)
        self.setCentralWidget(central)
        for view in self.pair_view.views.values():
            view.setAcceptDrops(False)
        self.find_results = FindResultsDock(context, self.find_bar, self)  # the matches listed (Okular-like)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.find_results)
        self.find_results.hide()
        self.status = StatusPanel(context, self.statusBar(), self.pair_view.gaps)
        self.pair_view.gaps_changed.connect(lambda _count: self.status.refresh())
        self.action_map = action_specs.build_actions(self)
        self.menus = action_specs.build_menus(self.menuBar(), self.action_map)
        self._add_choice_menus()
        self._connect_actions()
        self._apply_preferences()
        context.pair_opened.connect(self._on_pair_opened)
        context.alignment_failed.connect(self._on_alignment_failed)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_scheme_changed)
        context.commands.subscribe(self._update_undo_actions)
        self._update_undo_actions()
        self._restore_geometry()
        # the feature controllers, each over the window as a Shell (reader.ui.view.shell); the order is the order
        # of their items in shared menus
        self.translation = TranslationController(self)  # machine translation (reader.ui.translation.controller)
        self.link_editor = LinkEditor(self)  # fixing links by hand (reader.ui.linking.editing)
        self.menus["links"] = self.link_editor.menu
        self.action_map["realign"].triggered.connect(self.link_editor.align_again)  # keeps the person's links
        self.annotations = AnnotationController(self)  # highlights and notes (reader.ui.annotations.controller)
        self.navigator = Navigator(self)  # Back/Forward, the remembered position (reader.ui.view.navigator)
        self.action_map.update(self.navigator.actions)
        vocabulary = VocabularyController(self)  # the words looked up (reader.ui.words.vocabulary)
        self.projects = ProjectController(self, self.annotations, self.navigator, vocabulary,
                                          self.translation)  # projects (reader.ui.files.project_io)
        self.projects.changed.connect(self.update_title)
        # File ▸ Export… (reader.ui.files.export_dialog)
        self.exports = ExportController(self, self.annotations, self.projects)
        # word links, dictionary, vocabulary (reader.ui.words)
        self.words = WordsController(self, vocabulary, self.annotations, self.translation)
        self.contents = ContentsController(self, self.navigator)  # View ▸ Contents (reader.ui.view.contents)
        self.action_map["contents"] = self.contents.action
        self.contents.chapter_changed.connect(self.update_title)
        self._restore_docks()  # every dock exists now: the panels open last time come back where they were
        self._record_jumps()
        action_specs.refuse_shortcut_clashes(self.findChildren(QAction))  # every action exists now

    # -- set-up ------------------------------------------------------------------------------
    def _add_choice_menus(self) -> None:
        settings = self.context.settings
        theme_menu, self.theme_group = action_specs.choice_menu(
            action_specs.QT_TRANSLATE_NOOP("Actions", "&Theme"), action_specs.THEMES, settings.theme, self)
        language_menu, self.language_group = action_specs.choice_menu(
            action_specs.QT_TRANSLATE_NOOP("Actions", "Interface Lan&guage (after a restart)"), action_specs.LANGUAGES,
            settings.language, self)
        self.menus["view"].addSeparator()
        self.menus["view"].addMenu(theme_menu)
        self.menus["view"].addMenu(language_menu)
        self.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        self.language_group.triggered.connect(lambda action: self._set_language(action.data()))
        self.menus["recent"].aboutToShow.connect(self._fill_recent_menu)
        results = action_specs.adopt("find_results", self.find_results.toggleViewAction())
        self.menus["edit"].insertAction(self.action_map["find_next"], results)

    def _connect_actions(self) -> None:
        a, settings = self.action_map, self.context.settings
        a["open_pair"].triggered.connect(self.open_pair_dialog)
        a["open_sample"].triggered.connect(self.open_sample)
        a["quit"].triggered.connect(self.quit)
        a["undo"].triggered.connect(self.context.commands.undo)
        a["redo"].triggered.connect(self.context.commands.redo)
        a["copy"].triggered.connect(self.copy)
        a["find"].triggered.connect(self.find_bar.open_bar)
        a["find_next"].triggered.connect(self.find_bar.find_next)
        a["find_previous"].triggered.connect(self.find_bar.find_previous)
        a["swap_sides"].triggered.connect(self.swap_sides)
        a["scroll_sync"].setChecked(settings.scroll_sync)
        a["scroll_sync"].toggled.connect(self.set_scroll_sync)
        a["show_meta"].setChecked(settings.show_meta)
        a["show_meta"].toggled.connect(self.set_show_meta)
        a["paragraph_numbers"].setChecked(settings.show_numbers)
        a["paragraph_numbers"].toggled.connect(self.set_show_numbers)
        a["differences"].setChecked(settings.show_differences)
        a["differences"].toggled.connect(self.set_show_differences)
        a["zoom_in"].triggered.connect(lambda: self.set_font_size(settings.font_size + 1))
        a["zoom_out"].triggered.connect(lambda: self.set_font_size(settings.font_size - 1))
        a["zoom_reset"].triggered.connect(lambda: self.set_font_size(12))
        a["choose_font"].triggered.connect(self.choose_font)
        a["go_to"].triggered.connect(self.go_to_paragraph)
        a["next_gap"].triggered.connect(lambda: self.go_to_gap(True))
        a["previous_gap"].triggered.connect(lambda: self.go_to_gap(False))
        a["next_weak"].triggered.connect(lambda: self.go_to_weak(True))
        a["previous_weak"].triggered.connect(lambda: self.go_to_weak(False))
        a["about"].triggered.connect(lambda: dialogs.show_about(self))
        a["about_qt"].triggered.connect(QApplication.aboutQt)

    def _apply_preferences(self) -> None:
        settings = self.context.settings
        self.pair_view.set_colors(apply_theme(application(), settings.theme))
        self.pair_view.set_reading_font(render.reading_font(settings.font_family, settings.font_size))
        self.pair_view.set_show_muted(settings.show_meta)
        self.pair_view.set_show_differences(settings.show_differences)
        self.pair_view.set_show_numbers(settings.show_numbers)

    def _restore_geometry(self) -> None:
        settings = self.context.settings
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 860)
        splitter = settings.splitter()
        if splitter is not None:
            self.pair_view.splitter.restoreState(splitter)

    def _restore_docks(self) -> None:
        docks = self.context.settings.docks()
        if docks is not None:
            self.restoreState(docks)

    def _record_jumps(self) -> None:
        """Let Back return from the jumps other parts of the window make (find, annotations)."""
        record = self.navigator.record_jump  # called after the jump: the settled position is the place left
        for name in ("find_next", "find_previous"):
            self.action_map[name].triggered.connect(lambda _=False: record())
        self.find_bar.edit.returnPressed.connect(record)
        self._find_started = False
        self.action_map["find"].triggered.connect(lambda: setattr(self, "_find_started", True))
        self.find_bar.edit.textEdited.connect(self._find_typed)
        self.annotations.panel.activated.connect(lambda _id: record())
        for signal in (self.find_results.view.clicked, self.find_results.view.activated):
            signal.connect(lambda _index: record())

    def _find_typed(self, _text: str) -> None:
        if self._find_started:  # the first match of a new search is a jump; the next letters refine it
            self._find_started = False
            self.navigator.record_jump()

    def update_title(self) -> None:
        """The title names the pair, the current part and chapter, and the project (``*`` while unsaved)."""
        from reader.core.contents import pair_title

        pair = self.context.pair
        parts = [pair_title(pair.ru, pair.en)] if pair is not None else []
        chapter = self.contents.chapter if hasattr(self, "contents") else ""
        if chapter:
            parts.append(chapter)
        projects = getattr(self, "projects", None)
        if projects is not None and projects.project is not None and projects.project.path is not None:
            parts.insert(0, projects.project.path.name + (" *" if projects.dirty() else ""))
        parts.append(self.tr("Parallel Reader"))
        self.setWindowTitle(" — ".join(p for p in parts if p))

    def confirm_unsaved(self) -> bool:
        """Before the pair goes (quit, close, another pair): ask about unsaved changes — Save, Discard or
        Cancel. Returns whether to go on."""
        return self.projects.confirm_unsaved()

    def quit(self) -> bool:
        """File ▸ Quit: ask about unsaved changes, then close. Returns whether the window closed."""
        if not self.confirm_unsaved():
            return False
        self._close_confirmed = True
        return self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # the person closes the window (title bar, Alt+F4): ask; a close from code (a script, the end of a
        # test) keeps unsaved changes in the recovery file instead
        if event.spontaneous() and not getattr(self, "_close_confirmed", False) and not self.confirm_unsaved():
            event.ignore()
            return
        self._close_confirmed = False
        self.navigator.settle()  # the position is remembered for the next time
        self.save_state()
        self._loading.cancel()
        self.context.cancel_alignment()
        super().closeEvent(event)

    def save_state(self) -> None:
        """Persist geometry, splitter position and the side panels (which are open, where, how wide)."""
        settings = self.context.settings
        settings.set_geometry(self.saveGeometry())
        settings.set_splitter(self.pair_view.splitter.saveState())
        settings.set_docks(self.saveState())
        settings.sync()

    # -- opening pairs -----------------------------------------------------------------------
    def open_pair(self, first: str | Path, second: str | Path) -> bool:
        """Open two files as a pair now; a loading error is shown in a message box. Returns success.

        For start-up, scripts and tests; the menus, the dialog and drops read in the background
        (:meth:`open_pair_in_background`).
        """
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pair = load_pair_files(first, second)
        except (ReaderError, OSError) as error:
            QApplication.restoreOverrideCursor()
            self._show_load_error(error)
            return False
        QApplication.restoreOverrideCursor()
        self._show_pair(pair)
        return True

    def open_pair_in_background(self, first: str | Path, second: str | Path) -> None:
        """Read two files on the thread pool (big books take seconds) and show them when read."""
        self._start_loading(lambda progress, cancelled: load_pair_files(first, second),
                            f"{Path(first).name} ↔ {Path(second).name}")

    def _start_loading(self, work, what: str) -> None:
        if self.context.pair is not None and not self.confirm_unsaved():
            return
        self._loading.start(work, finished=self._on_loaded, failed=self._on_load_failed)
        self.statusBar().showMessage(self.tr("Opening {what}…").format(what=what))

    def is_loading(self) -> bool:
        """Whether files are being read in the background."""
        return self._loading.busy()

    def _on_loaded(self, pair: ReadingSession) -> None:
        self.statusBar().clearMessage()
        self._show_pair(pair)

    def _on_load_failed(self, error: Exception) -> None:
        self.statusBar().clearMessage()
        self._show_load_error(error)

    def _show_load_error(self, error: Exception) -> None:
        if isinstance(error, OSError) and not isinstance(error, ReaderError):
            error = ReaderError(error.strerror or str(error), path=error.filename)
        dialogs.show_error(self, self.tr("Cannot Open the Pair"), error)

    def _show_pair(self, pair: ReadingSession) -> None:
        self.context.set_pair(pair)
        if pair.paths:
            self.context.settings.add_recent_pair(*pair.paths)
        for notice in pair.notices:
            self.statusBar().showMessage(notice, 8000)

    def open_documents(self, pair: ReadingSession) -> None:
        """Show an already loaded pair (no file reading)."""
        self.context.set_pair(pair)

    def open_sample(self) -> bool:
        if self.context.pair is not None and not self.confirm_unsaved():
            return False
        paths = sample_pair()
        return self.open_pair(*paths) if paths else False

    def open_pair_dialog(self) -> None:
        paths = self.context.pair.paths if self.context.pair and self.context.pair.paths else ("", "")
        dialog = dialogs.OpenPairDialog(self, *paths)
        if dialog.exec():
            self.open_pair_in_background(*dialog.paths())

    def _fill_recent_menu(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        for first, second in self.context.settings.recent_pairs():
            action = menu.addAction(f"{Path(first).name}  ↔  {Path(second).name}")
            action.setToolTip(f"{first}\n{second}")
            action.triggered.connect(lambda _=False, a=first, b=second: self.open_pair_in_background(a, b))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent pairs")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear List"), self.context.settings.clear_recent_pairs)

    def _on_pair_opened(self) -> None:
        self.pair_view.left().setFocus()
        self.update_title()

    def _on_alignment_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Alignment failed: {message}").format(message=message), 15000)

    # -- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if 1 <= len(urls) <= 2:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.open_dropped([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    def open_dropped(self, paths: list[str]) -> bool:
        """Two files open as a pair; one file replaces the text of its language in the open pair.

        The files are read in the background; returns whether reading started.
        """
        if len(paths) == 2:
            self.open_pair_in_background(*paths)
            return True
        if len(paths) != 1:
            return False
        current = self.context.pair.paths if self.context.pair else None
        if not current:
            self.statusBar().showMessage(self.tr("Drop two files (original and counterpart) to open a pair."), 8000)
            return False
        dropped = paths[0]

        def work(progress, cancelled):
            from reader.core.formats import load_document

            language = load_document(dropped).language
            ru, en = current
            return load_pair_files(dropped, en if language == "ru" else ru)

        self._start_loading(work, Path(dropped).name)
        return True

    # -- view --------------------------------------------------------------------------------
    def swap_sides(self) -> None:
        with self.navigator.keeping_place():
            self.pair_view.swap_sides()
        if self.find_bar.isVisible():
            self.find_bar.search()

    def set_scroll_sync(self, enabled: bool) -> None:
        self.context.settings.scroll_sync = enabled
        self.action_map["scroll_sync"].setChecked(enabled)
        self.pair_view.set_scroll_sync(enabled)

    def set_show_meta(self, show: bool) -> None:
        self.context.settings.show_meta = show
        self.action_map["show_meta"].setChecked(show)
        self.pair_view.set_show_muted(show)

    def set_show_numbers(self, show: bool) -> None:
        """Show or hide paragraph numbers (the index Go to Paragraph and ``--select`` take); remembered."""
        self.context.settings.show_numbers = show
        self.action_map["paragraph_numbers"].setChecked(show)
        self.pair_view.set_show_numbers(show)

    def set_show_differences(self, show: bool) -> None:
        """Mark numbers and names missing from the counterpart (dotted underline), or not; remembered."""
        self.context.settings.show_differences = show
        self.action_map["differences"].setChecked(show)
        self.pair_view.set_show_differences(show)

    def set_font_size(self, size: int) -> None:
        settings = self.context.settings
        settings.font_size = size
        with self.navigator.keeping_place():  # the selected paragraph stays where it is on screen
            self.pair_view.set_reading_font(render.reading_font(settings.font_family, settings.font_size))

    def choose_font(self) -> None:
        settings = self.context.settings
        ok, font = QFontDialog.getFont(render.reading_font(settings.font_family, settings.font_size), self)
        if ok:
            settings.font_family = font.family()
            self.set_font_size(max(6, font.pointSize()))

    def set_theme(self, theme: str, *, remember: bool = True) -> None:
        """Switch to "system", "light" or "dark" (remembered unless ``remember`` is false)."""
        if remember:
            self.context.settings.theme = theme
        with self.navigator.keeping_place():
            self.pair_view.set_colors(apply_theme(application(), theme))
        for action in self.theme_group.actions():
            action.setChecked(action.data() == theme)

    def _system_scheme_changed(self, *_args) -> None:
        if self.context.settings.theme == "system":
            self.set_theme("system", remember=False)

    def _set_language(self, language: str) -> None:
        self.context.settings.language = language
        self.statusBar().showMessage(self.tr("The interface language changes when the program starts again."), 8000)

    def copy(self) -> None:
        copy = getattr(QApplication.focusWidget(), "copy", None)
        if callable(copy):
            copy()

    def _update_undo_actions(self) -> None:
        commands = self.context.commands
        self.action_map["undo"].setEnabled(commands.can_undo())
        self.action_map["redo"].setEnabled(commands.can_redo())
        undo, redo = command_name(commands.undo_text()), command_name(commands.redo_text())
        self.action_map["undo"].setText(self.tr("&Undo {what}").format(what=undo).strip() if undo else self.tr("&Undo"))
        self.action_map["redo"].setText(self.tr("&Redo {what}").format(what=redo).strip() if redo else self.tr("&Redo"))

    def select_when_aligned(self, side: str, index: int) -> None:
        """Select a paragraph once the running alignment has arrived (command-line ``--select``)."""
        def select() -> None:
            if self.context.alignment is not None and not self.context.aligning:
                self.context.alignment_changed.disconnect(select)
                if 0 <= index < len(self.context.documents().get(side, ())):
                    self.pair_view.select(side, index)

        self.context.alignment_changed.connect(select)
        select()

    # -- navigation --------------------------------------------------------------------------
    def current_side(self) -> str:
        """The side of the selection, else the left column's."""
        return self.pair_view.current_side()

    def _go(self, side: str, index: int | None) -> None:
        if index is None:
            self.statusBar().showMessage(self.tr("Nothing found."), 4000)
            return
        self.navigator.go(side, index)  # with Back to here

    def go_to_gap(self, forward: bool) -> None:
        """Select the next (previous) paragraph without counterpart on the current side."""
        side = self.current_side()
        documents = self.context.documents()
        if not documents or self.context.alignment is None:
            return
        gaps = without_counterpart(documents[side], self.context.links, side)
        selected = self.pair_view.selected()
        self._go(side, step(gaps, selected[1] if selected and selected[0] == side else None, forward))

    def go_to_weak(self, forward: bool) -> None:
        """Select the next (previous) link whose confidence is below the weak threshold."""
        side = self.current_side()
        if self.context.alignment is None:
            return
        weak = weak_paragraphs(self.context.links, side, self.context.settings.weak_threshold)
        selected = self.pair_view.selected()
        current = None
        if selected and selected[0] == side:
            link = self.context.links.link_of(side, selected[1])
            current = link.side(side)[0] if link else selected[1]
        self._go(side, step(weak, current, forward))

    def go_to_paragraph(self) -> None:
        """Go ▸ Go to Paragraph (Ctrl+G): the bar under the columns, proposing the selected paragraph."""
        documents = self.context.documents()
        if not documents:
            return
        selected = self.pair_view.selected() or (self.pair_view.left_side, 0)
        self.go_to_bar.open_at(selected[0], selected[1], {s: len(d) for s, d in documents.items()})
