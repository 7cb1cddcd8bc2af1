"""Start the window from the command line: read its arguments, check that Qt can start, then run it.

The command line is the top layer: it parses ``python -m reader [FILE ...] [window options]`` and hands
the result to :func:`reader.ui.app.run_app`, which never reads ``sys.argv`` or imports this package.
"""

from __future__ import annotations

import argparse
import os
import sys

from reader.cli.window_args import add_window_arguments, parse_select


def build_parser() -> argparse.ArgumentParser:
    """The window's parser (the files and window options; the subcommands are listed in the epilog)."""
    parser = argparse.ArgumentParser(
        prog="python -m reader", description="Parallel Reader: a Russian original beside its English counterpart.",
        epilog="Subcommands: inspect, align, eval, models, translate, export (python -m reader SUBCOMMAND --help).")
    add_window_arguments(parser)
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The window's arguments, checked: two files, a project or none; ``select`` and ``size`` as tuples."""
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


def start_window(argv: list[str]) -> int:
    """Parse ``argv``, say what is missing if Qt cannot start, else run the window; the exit status."""
    args = parse_args(argv)
    if args.screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from reader.cli.qt_start import qt_start_problem

    problem = qt_start_problem()  # Qt would abort with a misleading line: say what is missing instead
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    from reader.ui.app import run_app  # the window: imported only when wanted

    return run_app(args)
