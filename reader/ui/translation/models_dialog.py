"""The translation models dialog: installed Argos packages, install from a file, remove, download."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QMessageBox, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from reader.core.mt.availability import ENABLE_HINT, mt_available
from reader.core.mt.packages import InstalledPackage, installed_packages, packages_dir
from reader.core.sizes import format_size
from reader.ui.base.i18n import QT_TRANSLATE_NOOP
from reader.ui.base.worker import Task, TaskSlot

COLUMNS = (QT_TRANSLATE_NOOP("ModelsDialog", "From → To"), QT_TRANSLATE_NOOP("ModelsDialog", "Name"),
           QT_TRANSLATE_NOOP("ModelsDialog", "Version"), QT_TRANSLATE_NOOP("ModelsDialog", "Size"),
           QT_TRANSLATE_NOOP("ModelsDialog", "Folder"))
DOWNLOADS = (("ru", "en"), ("en", "ru"))


class ModelsDialog(QDialog):
    """List, install, remove and download machine-translation packages."""

    #: the installed packages changed (installed, removed or downloaded)
    packages_changed = Signal()

    def __init__(self, thread_pool, parent=None):
        super().__init__(parent)
        self.setObjectName("models_dialog")
        self.setWindowTitle(self.tr("Translation Models"))
        self.thread_pool = thread_pool
        self._job = TaskSlot(thread_pool, self)  # one install, removal or download at a time
        self._success = ""
        self._cancellable = False
        self.packages: list[InstalledPackage] = []
        self.info = QLabel(wordWrap=True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.install_button = QPushButton(self.tr("&Install from File…"))
        self.install_button.clicked.connect(self.choose_file)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.confirm_remove)
        self.download_buttons = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.remove_button)
        for src, tgt in DOWNLOADS:
            button = QPushButton(self.tr("Download {src} → {tgt}").format(src=src, tgt=tgt))
            button.setToolTip(self.tr("Download the package from the Argos Translate package index (needs the "
                                      "network)"))
            button.clicked.connect(lambda _=False, s=src, t=tgt: self.download(s, t))
            self.download_buttons[(src, tgt)] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("models_message")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 360)
        self.refresh()

    # -- state -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the installed packages into the table."""
        self.packages = installed_packages()
        self.table.setRowCount(len(self.packages))
        for row, package in enumerate(self.packages):
            values = (f"{package.from_code} → {package.to_code}", package.name, package.version,
                      format_size(package.size), str(package.path))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if mt_available():
            self.info.setText(self.tr("Packages in {folder}. Translation runs offline on this computer.").format(
                folder=packages_dir()))
        else:
            self.info.setText(self.tr("Machine translation is not installed. {hint}").format(hint=ENABLE_HINT))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle, available = self.task is None, mt_available()
        self.install_button.setEnabled(idle and available)
        self.remove_button.setEnabled(idle and available and self.selected_package() is not None)
        for button in self.download_buttons.values():
            button.setEnabled(idle and available)

    def selected_package(self) -> InstalledPackage | None:
        rows = self.table.selectionModel().selectedRows()
        return self.packages[rows[0].row()] if rows else None

    # -- actions -----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Install a Translation Package"), "",
                                              self.tr("Argos Translate packages (*.argosmodel);;All files (*)"))
        if path:
            self.install_file(path)

    def install_file(self, path: str) -> None:
        """Check and install a package file in the background."""
        from reader.core.mt.packages import install_package_file

        self._run(self.tr("Installing {name}…").format(name=path),
                  lambda progress, cancelled: install_package_file(path), self.tr("Installed {name}."),
                  cancellable=False)

    def confirm_remove(self) -> None:
        package = self.selected_package()
        if package is not None and QMessageBox.question(
                self, self.tr("Remove Package"), self.tr("Remove {name}?").format(name=package.name)) \
                == QMessageBox.StandardButton.Yes:
            self.remove(package.name)

    def remove(self, name: str) -> None:
        """Remove an installed package by name."""
        from reader.core.mt.packages import remove_package

        self._run(self.tr("Removing {name}…").format(name=name),
                  lambda progress, cancelled: remove_package(name), self.tr("Removed {name}."), cancellable=False)

    def download(self, src: str, tgt: str) -> None:
        """Download and install the ``src``→``tgt`` package in the background (progress and cancel)."""
        from reader.core.mt.download import download_package

        self._run(self.tr("Downloading the {src} → {tgt} package…").format(src=src, tgt=tgt),
                  lambda progress, cancelled: download_package(src, tgt, progress, cancelled),
                  self.tr("Installed {name}."))

    def cancel(self) -> None:
        """Stop a running download (at its next chunk; nothing is installed)."""
        if self._job.busy() and self._cancellable:
            self._job.cancel()
            self._finish(self.tr("Cancelled."))

    def _run(self, title: str, work, success: str, *, cancellable: bool = True) -> None:
        if self._job.busy():
            return
        self._success = success
        # started first, so that the buttons below see it busy; its signals arrive after this returns (queued)
        self._job.start(work, progress=self._on_progress, finished=self._on_finished, failed=self._on_failed)
        self.message.setText(title)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._cancellable = cancellable
        self.cancel_button.setVisible(cancellable)  # installing and removing take seconds and cannot stop halfway
        self._update_buttons()

    @property
    def task(self) -> Task | None:
        """The running install, removal or download (None when idle)."""
        return self._job.task

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_finished(self, package: InstalledPackage) -> None:
        self._finish(self._success.format(name=package.name), True)

    def _on_failed(self, error: Exception) -> None:
        hint = getattr(error, "hint", "")
        self._finish(f"{error}\n{hint}".strip())

    def _finish(self, message: str, changed: bool = False) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.message.setText(message)
        self.refresh()
        if changed:
            self.packages_changed.emit()

    def reject(self) -> None:
        """Closing the dialog cancels a running download (an install or removal finishes)."""
        self.cancel()
        super().reject()
