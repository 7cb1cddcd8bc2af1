"""Export a reading project, or a pair of files, as an annotated PDF, TMX, TSV or HTML.

``python -m reader export (PROJECT | RU_FILE EN_FILE) --format pdf|tmx|tsv|html
[--layout side-by-side|interleaved] [--include-hidden] [--force] -o OUT``

An OUT that exists is refused unless ``--force`` is given (and then replaced only once the new file is
complete).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.core.errors import ExportError, InputError


def register(parser: argparse.ArgumentParser) -> None:
    """Declare the arguments of ``export``."""
    from reader.core.export.common import LAYOUTS

    parser.add_argument("inputs", nargs="+", metavar="PROJECT | RU_FILE EN_FILE",
                        help="a project file, or the Russian original and the English counterpart")
    parser.add_argument("--format", choices=("pdf", "tmx", "tsv", "html"),
                        help="output format (default: from the output file's suffix, else pdf)")
    parser.add_argument("--layout", choices=LAYOUTS, default=None,
                        help="PDF/HTML layout (default: the project's setting, else side-by-side)")
    parser.add_argument("--include-hidden", action="store_true",
                        help="also export meta and duplicate paragraphs (left out by default)")
    parser.add_argument("--word-links", action="store_true",
                        help="HTML: show which words render which when the pointer is on a word")
    parser.add_argument("-o", "--output", metavar="OUT", required=True, help="the file to write")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    parser.add_argument("--quiet", action="store_true", help="do not print progress")


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = Path(args.output).suffix.lower().lstrip(".")
    return {"htm": "html"}.get(suffix, suffix) if suffix in ("pdf", "tmx", "tsv", "html", "htm") else "pdf"


def _progress(quiet: bool, doing: str = "exporting"):
    """Progress as a percentage on a terminal's stderr (``aligning… 40%``, then ``exporting… 100%``)."""
    last = [-1]

    def report(done: int, total: int) -> None:
        percent = 100 * done // max(1, total)
        if not quiet and sys.stderr.isatty() and percent != last[0]:
            last[0] = percent
            print(f"\r{doing}… {percent}%", end="\n" if percent >= 100 else "", file=sys.stderr, flush=True)

    return report


def _check_output(out: Path, args: argparse.Namespace) -> None:
    """Refuse to replace an existing OUT without --force (checked before any work is done)."""
    if not out.exists() or args.force:
        return
    if any(out.resolve() == Path(name).resolve() for name in args.inputs):
        raise ExportError(f"{out} is one of the files being exported; an export never replaces it.")
    raise ExportError(f"{out} already exists.", hint="Give --force to replace it (the old file stays in place "
                                                     "until the new one is complete).")


def run(args: argparse.Namespace) -> int:
    """Open the project (or pair), export it, print where it went."""
    from reader.core.export.common import ExportOptions
    from reader.core.export.formats import export
    from reader.core.project.session import open_project

    for name in args.inputs:
        if not Path(name).exists():
            raise InputError(f"no such file: {name}")
    _check_output(Path(args.output), args)
    settings: dict = {}
    if len(args.inputs) == 1:
        session = open_project(args.inputs[0])
        for notice in session.notices:
            print(f"note: {notice}", file=sys.stderr)
        assert session.project is not None
        settings = session.project.settings
    elif len(args.inputs) == 2:
        from reader.cli.align_cmd import load_session
        from reader.core.align import align_documents

        session = load_session(*args.inputs)
        session.alignment = align_documents(session.ru, session.en, progress=_progress(args.quiet, "aligning"))
    else:
        raise ExportError("Give one project file, or two files: the Russian original and the English counterpart.")
    layout = args.layout or settings.get("layout") or "side-by-side"
    options = ExportOptions(layout=layout, include_hidden=args.include_hidden, word_links=args.word_links)
    path = export(_format(args), session, args.output, options, progress=_progress(args.quiet))
    print(path)
    return 0
