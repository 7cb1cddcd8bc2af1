"""The vocabulary in the window: the words looked up or noted, their dock, and File ▸ Export Vocabulary….

Every change is a command on the window's undo stack; the project keeps the vocabulary
(``reader.ui.files.project_io`` reads :attr:`VocabularyController.vocabulary` and calls ``set_vocabulary``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from reader.core.errors import ReaderError
from reader.core.words.vocabulary import Vocabulary, VocabularyEntry, export_file
from reader.core.words.vocabulary_commands import AddWord, RemoveWords
from reader.ui.base.actions import adopt, build_action
from reader.ui.base import dialogs
from reader.ui.base.save_paths import suggested_path
from reader.ui.words.vocabulary_model import VocabularyModel
from reader.ui.words.vocabulary_panel import VocabularyPanel
from reader.ui.base.i18n import translator
from reader.ui.view.shell import Shell

FILTERS = {"tsv": "Anki, tab-separated (*.tsv *.txt)", "csv": "Anki, comma-separated (*.csv)"}


tr = translator("Vocabulary")


class VocabularyController(QObject):
    """Owns the open pair's vocabulary, its dock and its export."""

    def __init__(self, shell: Shell):
        super().__init__(shell.widget())
        self.shell = shell
        self.context = shell.context
        self.vocabulary = Vocabulary()
        #: asks where to export: (suggested path, format) → (path, format) or None (tests answer instead)
        self.ask_export_path: Callable[[str, str], tuple[str, str] | None] = self._export_dialog
        self.model = VocabularyModel(self.vocabulary, self)
        self.panel = VocabularyPanel(self.model, shell.widget())
        shell.add_dock(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.activated.connect(self.jump_to)
        self.panel.remove_requested.connect(self.remove)
        self.panel.export_requested.connect(self.export)
        self.context.commands.subscribe(self.model.refresh)
        self.context.pair_opened.connect(lambda: self.set_vocabulary(Vocabulary()))
        self.actions: dict[str, QAction] = {}
        toggle = adopt("vocabulary_panel", self.panel.toggleViewAction())
        self.actions["vocabulary_panel"] = toggle
        export = build_action("export_vocabulary", shell.widget())
        export.triggered.connect(lambda _checked=False: self.export())
        self.actions["export_vocabulary"] = export  # placed in the File menu by the WordsController

    def set_vocabulary(self, vocabulary: Vocabulary) -> None:
        """Replace the vocabulary (a new pair, or a project's); not undoable."""
        self.vocabulary = vocabulary
        self.model.set_vocabulary(vocabulary)

    def add(self, entry: VocabularyEntry) -> bool:
        """Keep a word (an undoable edit) unless the same lemma and sense is kept already; whether it was added."""
        if self.vocabulary.find(entry) is not None:
            return False
        self.context.commands.push(AddWord(self.vocabulary, entry))
        return True

    def remove(self, entry_ids: list[str]) -> None:
        """Remove entries (an undoable edit)."""
        if entry_ids:
            self.context.commands.push(RemoveWords(self.vocabulary, entry_ids))

    def jump_to(self, entry_id: str) -> None:
        """Select the entry's paragraph and its word."""
        row = self.model.row_of(entry_id)
        documents = self.context.documents()
        if row < 0 or not documents:
            return
        entry = self.model.entry(row)
        document = documents.get(entry.side)
        paragraphs = document.paragraphs if document is not None else []
        if not (0 <= entry.paragraph < len(paragraphs)
                and paragraphs[entry.paragraph].text[entry.start:entry.end] == entry.word):
            # a word of a machine translation, or of a text that changed since
            self.shell.show_message(tr("“{word}” is not in the text where it was found.").format(
                word=entry.word), 5000)
            return
        pair_view = self.shell.pair_view
        pair_view.select(entry.side, entry.paragraph, entry.start)
        view = pair_view.view(entry.side)
        view.scroll_to_paragraphs([entry.paragraph])
        view.select_text(entry.paragraph, entry.start, entry.end)

    def _export_dialog(self, start: str, fmt: str) -> tuple[str, str] | None:
        chosen = FILTERS[fmt]
        path, selected = QFileDialog.getSaveFileName(self.shell.widget(), tr("Export Vocabulary"), start,
                                                     ";;".join(FILTERS.values()), chosen)
        if not path:
            return None
        fmt = next((k for k, v in FILTERS.items() if v == selected), fmt)
        return path, fmt

    def export(self) -> Path | None:
        """Ask for a file and write the vocabulary there as Anki-ready TSV or CSV (written safely)."""
        if not len(self.vocabulary):
            self.shell.show_message(tr("The vocabulary is empty: look words up first (Ctrl+D)."), 5000)
            return None
        pair = self.context.pair
        settings = self.context.settings
        fmt = settings.vocabulary_format
        start = suggested_path(pair.paths if pair else None, None, f".vocabulary.{fmt}")
        answer = self.ask_export_path(start, fmt)
        if answer is None:
            return None
        path, fmt = answer
        if not Path(path).suffix:
            path += f".{fmt}"
        try:
            written = export_file(self.vocabulary, path, fmt)
        except (ReaderError, OSError) as error:
            if isinstance(error, OSError) and not isinstance(error, ReaderError):
                error = ReaderError(error.strerror or str(error), path=error.filename)
            dialogs.show_error(self.shell.widget(), tr("Cannot Export the Vocabulary"), error)
            return None
        settings.vocabulary_format = fmt
        self.shell.show_message(tr("Exported {n} word(s) to {path}").format(
            n=len(self.vocabulary), path=written), 5000)
        return written
