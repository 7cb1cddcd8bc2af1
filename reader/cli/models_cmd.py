"""Manage machine-translation models (Argos Translate packages): list, install, remove, download."""

from __future__ import annotations

import argparse
import sys


def register(parser: argparse.ArgumentParser) -> None:
    """Add the ``models`` subcommands."""
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="list the installed translation packages")
    install = actions.add_parser("install", help="check and install an .argosmodel package file")
    install.add_argument("file", help="the .argosmodel file")
    remove = actions.add_parser("remove", help="remove an installed package (its NAME as 'list' shows)")
    remove.add_argument("name")
    download = actions.add_parser("download", help="download a package from the Argos package index (network; "
                                                   "ARGOS_PACKAGE_INDEX changes the index)")
    download.add_argument("--from", dest="src", default="ru", help="source language code (default: ru)")
    download.add_argument("--to", dest="tgt", default="en", help="target language code (default: en)")


def _list() -> int:
    from reader.core.mt.availability import ENABLE_HINT, mt_available
    from reader.core.mt.packages import installed_packages, packages_dir
    from reader.core.sizes import format_size

    packages = installed_packages()
    if not packages:
        print(f"No translation packages installed in {packages_dir()}.")
    for p in packages:
        print(f"{p.from_code} → {p.to_code}\t{p.name}\t{p.version}\t{format_size(p.size)}\t{p.path}")
    if not mt_available():
        print(f"note: machine translation is disabled. {ENABLE_HINT}", file=sys.stderr)
    return 0


class _Progress:
    """Prints a download's percentage on one line of standard error; ``end()`` closes that line."""

    def __init__(self):
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        from reader.core.sizes import format_size

        if total:
            self.shown = True
            print(f"\r{done * 100 // total:3d}% of {format_size(total)}", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Run ``models ACTION``."""
    if args.action == "list":
        return _list()
    from reader.core.mt.availability import require_mt

    require_mt()
    if args.action == "install":
        from reader.core.mt.packages import install_package_file

        package = install_package_file(args.file)
        print(f"Installed {package.name} ({package.from_code} → {package.to_code}, version {package.version}) "
              f"in {package.path}")
    elif args.action == "remove":
        from reader.core.mt.packages import remove_package

        package = remove_package(args.name)
        print(f"Removed {package.name} ({package.from_code} → {package.to_code}).")
    else:
        from reader.core.mt.download import download_package

        print(f"Downloading the {args.src} → {args.tgt} package from the Argos package index…", file=sys.stderr)
        progress = _Progress()
        try:
            package = download_package(args.src, args.tgt, progress)
        finally:
            progress.end()  # an error message starts on a line of its own
        print(f"Installed {package.name} ({package.from_code} → {package.to_code}, version {package.version}) "
              f"in {package.path}")
    return 0
