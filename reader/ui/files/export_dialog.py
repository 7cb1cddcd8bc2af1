"""File ▸ Export…: choose format, layout and file; the export runs in the background with progress."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pathlib import Path
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QMessageBox, QProgressDialog, QPushButton, QWidget)

from reader.core.errors import ExportError
from reader.core.export.common import ExportOptions
from reader.core.session import ReadingSession
from reader.core.export.formats import FORMATS, export
from reader.ui.base.actions import build_action
from reader.ui.base import dialogs
from reader.ui.base.i18n import QT_TRANSLATE_NOOP, translator
from reader.ui.base.save_paths import suggested_path
from reader.ui.base.worker import Task, TaskSlot
from reader.ui.view.shell import Shell

if TYPE_CHECKING:
    from reader.ui.files.project_io import ProjectController


#: the formats' descriptions (reader.core.export.formats.FORMATS) for translation
FORMAT_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("Export", "annotated side-by-side PDF"),
    QT_TRANSLATE_NOOP("Export", "TMX 1.4 translation memory"),
    QT_TRANSLATE_NOOP("Export", "tab-separated values, one link per line"),
    QT_TRANSLATE_NOOP("Export", "self-contained HTML page"),
)


tr = translator("Export")


class ExportDialog(QDialog):
    """Format, layout, what to include and where to write."""

    def __init__(self, parent=None, path: str = "", fmt: str = "pdf", layout: str = "side-by-side",
                 include_hidden: bool = False, word_links: bool = True):
        super().__init__(parent)
        self.setWindowTitle(tr("Export"))
        self.format_box = QComboBox()
        for name, (_function, _suffix, description) in FORMATS.items():
            self.format_box.addItem(f"{name.upper()} — {tr(description)}", name)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(fmt)))
        self.layout_box = QComboBox()
        self.layout_box.addItem(tr("Side by side"), "side-by-side")
        self.layout_box.addItem(tr("Interleaved (paragraph, then its counterpart)"), "interleaved")
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(layout)))
        self.hidden_box = QCheckBox(tr("Include metadata and duplicate paragraphs"))
        self.hidden_box.setChecked(include_hidden)
        self.words_box = QCheckBox(tr("Show which words render which on hover (HTML)"))
        self.words_box.setChecked(word_links)
        self.path_edit = QLineEdit(path)
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.path_edit, 1)
        row_layout.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(tr("&Format:"), self.format_box)
        form.addRow(tr("&Layout:"), self.layout_box)
        form.addRow("", self.hidden_box)
        form.addRow("", self.words_box)
        form.addRow(tr("&Save to:"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._update)
        #: asks whether an existing file may be replaced (tests answer instead of the message box)
        self.ask_replace: Callable[[str], bool] = self._replace_question
        self._confirmed = ""  # a path the file dialog already confirmed replacing
        self._format_changed()
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())

    def fmt(self) -> str:
        return self.format_box.currentData()

    def options(self) -> ExportOptions:
        return ExportOptions(layout=self.layout_box.currentData(), include_hidden=self.hidden_box.isChecked(),
                             word_links=self.fmt() == "html" and self.words_box.isChecked())

    def path(self) -> str:
        return self.path_edit.text().strip()

    def _format_changed(self) -> None:
        suffix = FORMATS[self.fmt()][1]
        text = self.path()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(suffix)))
        self.layout_box.setEnabled(self.fmt() in ("pdf", "html"))
        self.words_box.setEnabled(self.fmt() == "html")
        self._update()

    def _browse(self) -> None:
        suffix = FORMATS[self.fmt()][1]
        path, _ = QFileDialog.getSaveFileName(self, tr("Export To"), self.path(), f"*{suffix}")
        if path:
            self._confirmed = path  # the file dialog asked about replacing it
            self.path_edit.setText(path if Path(path).suffix else path + suffix)

    def accept(self) -> None:
        """Close with OK, after asking before an existing file is replaced."""
        path = self.path()
        if Path(path).exists() and path != self._confirmed and not self.ask_replace(path):
            return
        super().accept()

    def _replace_question(self, path: str) -> bool:
        answer = QMessageBox.question(
            self, tr("Replace File?"), tr("{name} already exists. Replace it?").format(name=Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path()))


class ExportController(QObject):
    """File ▸ Export… and the background export job."""

    #: an export finished: the file written
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, shell: Shell, annotations, projects: ProjectController):
        """``annotations``: the AnnotationController (its set is the open session's annotations, which are exported)."""
        super().__init__(shell.widget())
        self.shell = shell
        self.context = shell.context
        self.annotations = annotations
        self.projects = projects  # the open project keeps the layout chosen
        self._export = TaskSlot(shell.context.thread_pool, self)
        self.progress: QProgressDialog | None = None
        action = build_action("export", shell.widget())
        action.triggered.connect(lambda _checked=False: self.open_dialog())
        shell.menu("file").insertAction(shell.action("quit"), action)
        shell.menu("file").insertSeparator(shell.action("quit"))
        self.action = action

    def export_input(self) -> ReadingSession:
        """What the window shows, ready for export: the open session as it is now."""
        pair = self.context.pair
        if pair is None or pair.alignment is None:
            raise ExportError(tr("Open a pair and wait for the alignment before exporting."))
        return pair.snapshot()

    def open_dialog(self) -> None:
        dialog = self.make_dialog()
        if dialog.exec():
            self.accept_dialog(dialog)

    def make_dialog(self) -> ExportDialog:
        """The Export dialog with the last export's choices (the project's layout first) and a file name."""
        settings = self.context.settings
        pair = self.context.pair
        project = self.projects.project
        fmt = settings.export_format
        layout = (project.settings.get("layout") if project is not None else None) or settings.export_layout
        start = suggested_path(pair.paths if pair else None, project.path if project else None, FORMATS[fmt][1])
        return ExportDialog(self.shell.widget(), start, fmt, layout, settings.export_include_hidden,
                            settings.export_word_links)

    def accept_dialog(self, dialog: ExportDialog) -> Task | None:
        """Remember the dialog's choices (the layout also in the project) and start the export."""
        settings, options = self.context.settings, dialog.options()
        settings.export_format = dialog.fmt()
        settings.export_include_hidden = options.include_hidden
        if dialog.fmt() == "html":
            settings.export_word_links = options.word_links
        if dialog.fmt() in ("pdf", "html"):
            settings.export_layout = options.layout
            project = self.projects.project
            if project is not None:
                project.settings["layout"] = options.layout  # `reader export PROJECT` uses it too
        return self.start(dialog.fmt(), dialog.path(), options)

    def start(self, fmt: str, path: str, options: ExportOptions) -> Task | None:
        """Export in the background with a progress dialog (Cancel stops it; nothing is written then)."""
        try:
            data = self.export_input()
        except ExportError as error:
            dialogs.show_error(self.shell.widget(), tr("Cannot Export"), error)
            return None
        task = Task(lambda progress, cancelled: export(fmt, data, path, options, progress=progress,
                                                      cancelled=cancelled))
        self.progress = QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 100, self.shell.widget())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel)
        return self._export.start(task, progress=self._on_progress, finished=self._on_finished,
                                  failed=self._on_failed)

    def cancel(self) -> None:
        """Stop the running export (its file is not written)."""
        if self._export.cancel():
            self.shell.show_message(tr("Export cancelled."), 5000)
        self._close_progress()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(int(100 * done / max(1, total)))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_finished(self, path) -> None:
        self._close_progress()
        self.shell.show_message(tr("Exported to {path}").format(path=path), 8000)
        self.exported.emit(str(path))

    def _on_failed(self, error: Exception) -> None:
        self._close_progress()
        self.failed.emit(str(error))
        dialogs.show_error(self.shell.widget(), tr("Export Failed"), error)
