"""The window's command line: the files to open and the window options.

Declared here, apart from :mod:`reader.ui.app`, so that ``python -m reader --help`` can list them
without importing Qt.
"""

from __future__ import annotations

import argparse

def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the window's files and options on ``parser``, in two help groups."""
    files = parser.add_argument_group("files (without a subcommand, the window opens them)")
    files.add_argument("files", nargs="*", metavar="FILE",
                       help="the two texts of a pair (any order) or a reading project (.preader); "
                            "none: the last pair, or the sample pair on first start")
    options = parser.add_argument_group("window options")
    options.add_argument("--screenshot", metavar="OUT.png",
                         help="open offscreen, wait for the alignment, save a picture of the window and exit")
    options.add_argument("--select", metavar="SIDE:N",
                         help="select paragraph N of side ru or en (as a click); N is the 0-based index 'inspect' "
                              "prints, one less than the number the window shows")
    options.add_argument("--lang", choices=("en", "ru"), help="interface language (default: setting, then system)")
    options.add_argument("--theme", choices=("system", "light", "dark"), help="colour theme for this run")
    options.add_argument("--size", default="1400x900", metavar="WxH", help="window size for --screenshot")


def parse_select(value: str) -> tuple[str, int]:
    """"ru:3" → ("ru", 3)."""
    side, _, number = value.partition(":")
    if side not in ("ru", "en") or not number.isdigit():
        raise ValueError(value)
    return side, int(number)
