"""Start the window: ``python -m reader [RU_FILE EN_FILE] [--screenshot OUT.png] [--select ru:N] [--lang ru]``."""

from __future__ import annotations

import argparse
import os
import sys

from reader import __version__
from reader.cli.window_args import add_window_arguments

APP_NAME = "parallel-reader"
#: the interface's translators, installed at start: they must stay referenced while the program runs
_translators: list[object] = []


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m reader", description="Parallel Reader: a Russian original beside its English counterpart.",
        epilog="Subcommands: inspect, align, eval, models, translate, export (python -m reader SUBCOMMAND --help).")
    add_window_arguments(parser)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    from reader.ui.screenshot import parse_select

    parser = build_parser()
    args = parser.parse_args(argv)
    if len(args.files) not in (0, 2) and not (len(args.files) == 1 and args.files[0].endswith(".preader")):
        parser.error("give two files (the original and its counterpart), a project (.preader), or none")
    if len(args.files) == 1 and args.screenshot:
        parser.error("--screenshot takes the two files of a pair")
    try:
        args.select = parse_select(args.select) if args.select else None
    except ValueError:
        parser.error("--select takes ru:N or en:N")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
        args.size = (max(1200, width), max(800, height))
    except ValueError:
        parser.error("--size takes WIDTHxHEIGHT, e.g. 1400x900")
    return args


def install_excepthook(window) -> None:
    """Report a bug that reaches the event loop in a message box (with the traceback) instead of dying quietly."""
    import traceback

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    def hook(kind, value, tb) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
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
        window.projects.open_path(files[0])  # a reading project (reader.ui.project_io)
    elif files:
        window.open_pair(*files)
    elif last and all(os.path.isfile(p) for p in last) and window.open_pair(*last):
        pass
    else:
        window.open_sample()


def run_app(argv: list[str]) -> int:
    """Run the window (or a screenshot); return the exit status."""
    args = parse_args(argv)
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from reader.cli.qt_start import qt_start_problem

    problem = qt_start_problem()  # Qt would abort with a misleading line: say what is missing instead
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    from reader.core.errors import ReaderError
    from reader.ui.context import Context
    from reader.ui.i18n import choose_language, install_translations
    from reader.ui.loader import load_pair_files
    from reader.ui.mainwindow import MainWindow
    from reader.ui.qtapp import application
    from reader.ui.sample import sample_pair
    from reader.ui.settings import Settings

    app = application()
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Parallel Reader")
    app.setApplicationVersion(__version__)
    from reader.ui.app_icon import APP_ID, application_icon

    app.setWindowIcon(application_icon())
    app.setDesktopFileName(APP_ID)  # the window belongs to the desktop entry install-desktop adds
    settings = Settings()
    _translators[:] = install_translations(app, choose_language(args.lang or settings.language))
    context = Context(settings)
    window = MainWindow(context)
    if args.theme:
        window.set_theme(args.theme, remember=False)

    if args.screenshot:
        from reader.ui.screenshot import ScreenshotJob

        paths = args.files or sample_pair()
        try:
            if not paths:
                raise ReaderError("No files were given and the built-in sample pair is missing.")
            pair = load_pair_files(*paths)
        except ReaderError as error:
            from reader.cli import report_error

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
        context.cancel_alignment()
        context.thread_pool.waitForDone(5000)
        return status["code"]

    install_excepthook(window)
    window.show()
    open_at_start(window, args.files)
    if args.select:
        window.select_when_aligned(*args.select)
    window.projects.offer_recovery()  # unsaved work a crash left behind (reader.ui.project_io)
    code = app.exec()
    context.cancel_alignment()
    context.thread_pool.waitForDone(5000)
    return code
