"""Translate text offline with an installed Argos package and print the translation."""

from __future__ import annotations

import argparse
import sys


def register(parser: argparse.ArgumentParser) -> None:
    """Add the ``translate`` options."""
    parser.add_argument("--from", dest="src", default="ru", help="source language code (default: ru)")
    parser.add_argument("--to", dest="tgt", default="en", help="target language code (default: en)")
    parser.add_argument("text", nargs="?", default="-",
                        help="the text to translate; '-' or nothing reads standard input")


def run(args: argparse.Namespace) -> int:
    """Print the machine translation of the text; the model's name goes to standard error."""
    from reader.core.mt.service import require_package, translate_text

    require_package(args.src, args.tgt)  # fail before waiting for standard input
    text = sys.stdin.read() if args.text == "-" else args.text
    translation = translate_text(text, args.src, args.tgt)
    print(translation.text)
    print(f"({translation.marker})", file=sys.stderr)
    return 0
