"""Align a Russian original with an English counterpart and write the paragraph links.

``python -m reader align RU_FILE EN_FILE [--format json|tsv|tmx] [-o OUT]``: JSON in the shape of
``reader.core.export.alignment_json``; TSV and TMX as ``python -m reader export`` writes them (every paragraph
kind kept).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.core import safewrite
from reader.core.align import Alignment, AlignOptions, align_documents
from reader.core.errors import InputError, ReaderError
from reader.core.export.alignment_json import to_json
from reader.core.export.common import ExportOptions
from reader.core.export.tmx import tmx_text
from reader.core.export.tsv import tsv_text
from reader.core.session import ReadingSession

FORMATS = ("json", "tsv", "tmx")


def register(parser: argparse.ArgumentParser) -> None:
    """Declare the arguments of ``align``."""
    parser.add_argument("ru_file", metavar="RU_FILE", help="the Russian original")
    parser.add_argument("en_file", metavar="EN_FILE", help="the English counterpart")
    parser.add_argument("--format", choices=FORMATS, default="json",
                        help="output format (default: json); links name paragraphs by their 0-based index, as "
                             "'inspect' does (the window counts from 1)")
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    parser.add_argument("--all-kinds", action="store_true",
                        help="also align meta, caption and duplicate paragraphs")


def write_text(text: str, output: str | None) -> None:
    """Print ``text`` or write it to ``output`` through a temporary file."""
    if not output:
        sys.stdout.write(text)
        return
    try:
        safewrite.write_text(output, text)
    except OSError as error:
        raise ReaderError(f"cannot write {output}: {error.strerror or error}") from error


def load_session(ru_file: str, en_file: str) -> ReadingSession:
    """Read the pair (languages identified: swapped with a notice on stderr, one language twice refused)."""
    for path in (ru_file, en_file):
        if not Path(path).is_file():
            raise InputError(f"no such file: {path}")
    from reader.core.pair import load_pair

    session = load_pair(ru_file, en_file)
    for notice in session.notices:
        print(f"note: {notice}", file=sys.stderr)
    return session



def alignment_text(session: ReadingSession, alignment: Alignment, fmt: str) -> str:
    """The alignment of the session's pair in one of FORMATS."""
    if fmt == "json":
        return to_json(alignment, session.ru, session.en)
    aligned = ReadingSession(session.ru, session.en, alignment)
    return (tsv_text if fmt == "tsv" else tmx_text)(aligned, ExportOptions(include_hidden=True))


def run(args: argparse.Namespace) -> int:
    """Align the two files and write the result."""
    session = load_session(args.ru_file, args.en_file)
    alignment = align_documents(session.ru, session.en, AlignOptions(include_all_kinds=args.all_kinds))
    write_text(alignment_text(session, alignment, args.format), args.output)
    return 0
