"""Command-line entry point.

``python -m reader SUBCOMMAND …`` runs a Qt-free core command; anything else (no arguments,
or file names and window options) opens the window. Each subcommand lives in its own module
under ``reader.cli`` with ``register(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from reader import __version__
from reader.cli.window_args import add_window_arguments
from reader.core.errors import ReaderError, report_error

#: subcommand name → (module under reader.cli that implements it, one-line help)
SUBCOMMANDS = {
    "inspect": ("inspect_cmd", "print how a file was read into paragraphs"),
    "align": ("align_cmd", "align a Russian file with an English one"),
    "eval": ("eval_cmd", "measure the aligner on a gold alignment set"),
    "models": ("models_cmd", "list, install, remove or download translation packages"),
    "translate": ("translate_cmd", "translate text offline with an installed package"),
    "export": ("export_cmd", "export a pair or a project as PDF, TMX, TSV or HTML"),
    "install-desktop": ("desktop_cmd", "add the app to the desktop's menu and open .preader files with it"),
    "uninstall-desktop": ("desktop_cmd", "remove what install-desktop added"),
}


#: the first line of ``python -m reader --help``: the window, the subcommands, the version
HELP_USAGE = ("%(prog)s [FILE ...] [window options]\n"
              "       %(prog)s SUBCOMMAND [options]    (%(prog)s SUBCOMMAND --help: its options)\n"
              "       %(prog)s --version")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for the core subcommands; only ``command``'s module is imported (all when None)."""
    parser = argparse.ArgumentParser(prog="python -m reader", description="Parallel Reader",
                                     epilog="Without a subcommand, opens the window: "
                                            "python -m reader [RU_FILE EN_FILE]")
    parser.add_argument("--version", action="version", version=f"Parallel Reader {__version__}")
    _add_subcommands(parser, command)
    return parser


def build_help_parser() -> argparse.ArgumentParser:
    """The parser that answers ``python -m reader --help`` (and ``--version``): the window's files and
    options, then the subcommands. It only prints; the window parses its own arguments."""
    parser = argparse.ArgumentParser(
        prog="python -m reader", usage=HELP_USAGE,
        description="Parallel Reader: a Russian original beside its English counterpart, paragraph by paragraph.")
    parser.add_argument("--version", action="version", version=f"Parallel Reader {__version__}")
    add_window_arguments(parser)
    _add_subcommands(parser, "")
    return parser


def _add_subcommands(parser: argparse.ArgumentParser, command: str | None) -> None:
    subparsers = parser.add_subparsers(dest="command", required=True, title="subcommands", metavar="SUBCOMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        subparser = subparsers.add_parser(name, help=help_text, description=help_text)
        if command is None or name == command:
            module = importlib.import_module(f"reader.cli.{module_name}")
            module.register(subparser)
            subparser.set_defaults(run=module.run)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help", "--version"):
        build_help_parser().parse_args(argv[:1])  # prints and exits
    if argv and argv[0] in SUBCOMMANDS:
        args = build_parser(argv[0]).parse_args(argv)
        try:
            return args.run(args) or 0
        except ReaderError as error:
            report_error(error)
            return 1
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:  # the reader of our output left (``… | head``): stop quietly
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 141
    from reader.cli.window import start_window

    return start_window(argv)


def gui_main() -> int:
    """Entry point of the ``parallel-reader`` gui-script."""
    return main()
