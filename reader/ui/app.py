"""Start the window: ``python -m reader [RU_FILE EN_FILE] [--screenshot OUT.png] [--select ru:N] [--lang ru]``."""

from __future__ import annotations

import argparse
import os
import sys

from reader import APP_ID, __version__

APP_NAME = "parallel-reader"

#: objects Qt uses but does not own (the installed translators), kept alive for the program's run
_kept: list = []


def install_excepthook(window) -> None:
    """Report a bug that reaches the event loop in a message box (with the traceback) instead of dying quietly."""
    import traceback

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from reader.core.logs import log_exception

    def hook(kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
        log_exception(kind, value, tb)
        box = QMessageBox(QMessageBox.Icon.Critical, "Parallel Reader",
                          f"{kind.__name__}: {value}", QMessageBox.StandardButton.Ok, window)
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()  # not modal: the program keeps running

    sys.excepthook = hook


def open_at_start(window, files: list[str]) -> None:
    """Open what the command line names (a pair or a project); without files the last pair, else the sample."""
    last = window.context.settings.last_pair()
    if len(files) == 1:
        window.projects.open_path(files[0])  # a reading project (reader.ui.files.project_io)
    elif files:
        window.open_pair(*files)
    elif last and all(os.path.isfile(p) for p in last) and window.open_pair(*last):
        pass
    else:
        window.open_sample()


def make_application(args: argparse.Namespace):
    """The QApplication with the program's names, icon and interface language, and the main window."""
    from PySide6.QtWidgets import QApplication

    from reader.ui.base.app_icon import application_icon
    from reader.ui.base.context import Context
    from reader.ui.base.i18n import choose_language, install_translations
    from reader.ui.mainwindow import MainWindow
    from reader.ui.base.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Parallel Reader")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(APP_ID)  # the window belongs to the desktop entry install-desktop adds
    settings = Settings()
    _kept.extend(install_translations(app, choose_language(args.lang or settings.language)))
    window = MainWindow(Context(settings))
    if args.theme:
        window.set_theme(args.theme, remember=False)
    return app, window


def run_screenshot(app, window, args: argparse.Namespace) -> int:
    """Open the pair offscreen, wait for its alignment, save the picture ``args.screenshot``; exit status."""
    from reader.core.errors import ReaderError, report_error
    from reader.ui.files.loader import load_pair_files
    from reader.ui.base.sample import sample_pair
    from reader.ui.screenshot import ScreenshotJob

    paths = args.files or sample_pair()
    try:
        if not paths:
            raise ReaderError("No files were given and the built-in sample pair is missing.")
        pair = load_pair_files(*paths)
    except ReaderError as error:
        report_error(error)
        return 1
    status = {"code": 1}

    def done(code: int) -> None:
        status["code"] = code
        app.quit()

    window.resize(*args.size)
    window.show()
    ScreenshotJob(window, args.screenshot, args.select, done)
    window.open_documents(pair)
    app.exec()
    return status["code"]


def run_window(app, window, args: argparse.Namespace) -> int:
    """The normal start: the log, the files asked for (or the last pair), the recovery offer; exit status."""
    from reader.core.logs import start_logging, stop_logging
    from reader.ui.base.qtlog import install_qt_log

    start_logging(__version__)
    install_qt_log()
    install_excepthook(window)
    window.show()
    open_at_start(window, args.files)
    if args.select:
        window.select_when_aligned(*args.select)
    window.projects.offer_recovery()  # unsaved work a crash left behind (reader.ui.files.project_io)
    try:
        return app.exec()
    finally:
        stop_logging()


def run_app(args: argparse.Namespace) -> int:
    """Run the window (or, with ``args.screenshot``, take its picture) from parsed arguments
    (:func:`reader.cli.window.parse_args`); return the exit status."""
    app, window = make_application(args)
    run = run_screenshot if args.screenshot else run_window
    try:
        return run(app, window, args)
    finally:
        window.context.cancel_alignment()
        window.context.thread_pool.waitForDone(5000)
