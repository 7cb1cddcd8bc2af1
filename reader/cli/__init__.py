"""Command-line entry point.

``python -m reader SUBCOMMAND …`` runs a Qt-free core command; anything else (no arguments,
or file names and window options) opens the window. Each subcommand lives in its own module
under ``reader.cli`` with ``register(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from reader import __version__
from reader.core.errors import ReaderError

#: subcommand name → module under reader.cli that implements it
SUBCOMMANDS = {
    "inspect": "inspect_cmd",
    "align": "align_cmd",
    "eval": "eval_cmd",
    "models": "models_cmd",
    "translate": "translate_cmd",
    "export": "export_cmd",
}


def report_error(error: ReaderError) -> None:
    """Print a ReaderError for a person: message, then the hint if there is one."""
    print(f"error: {error}", file=sys.stderr)
    if error.hint:
        print(f"hint: {error.hint}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    """The parser for the core subcommands."""
    parser = argparse.ArgumentParser(prog="python -m reader", description="Parallel Reader")
    parser.add_argument("--version", action="version", version=f"Parallel Reader {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name, module_name in SUBCOMMANDS.items():
        module = importlib.import_module(f"reader.cli.{module_name}")
        module.register(subparsers.add_parser(name, help=module.__doc__.strip().splitlines()[0]))
        subparsers.choices[name].set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (argv[0] in SUBCOMMANDS or argv[0] in ("-h", "--help", "--version")):
        args = build_parser().parse_args(argv)
        try:
            return args.run(args) or 0
        except ReaderError as error:
            report_error(error)
            return 1
        except KeyboardInterrupt:
            return 130
    from reader.ui.app import run_app  # the window: imported only when wanted

    return run_app(argv)


def gui_main() -> int:
    """Entry point of the ``parallel-reader`` gui-script."""
    return main()
