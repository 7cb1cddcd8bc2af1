"""Add Parallel Reader to the desktop's application menu for the current user, or take it out again.

``install-desktop`` copies the freedesktop entry (with an Exec line that starts this installation),
the icons, the AppStream metainfo and the ``.preader`` MIME type into the user's XDG data folder
(``$XDG_DATA_HOME``, by default ``~/.local/share``) and refreshes the desktop's caches where their
tools exist; ``uninstall-desktop`` removes exactly those files.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from reader import APP_ID
from reader.core.resources import resource_path

__all__ = ["APP_ID", "MIME_TYPE"]
MIME_TYPE = "application/x-parallel-reader-project"


def data_home() -> Path:
    """The user's XDG data folder."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> list[str]:
    """The command that starts this installation: the ``parallel-reader`` script beside this Python, if
    there is one, else this Python with ``-m reader``."""
    script = Path(sys.executable).with_name("parallel-reader")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "reader"]


def _exec_value(command: list[str]) -> str:
    """``command`` quoted as the Desktop Entry specification wants an Exec value."""
    def quote(arg: str) -> str:
        if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%'):
            return arg
        escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
        return f'"{escaped.replace("%", "%%")}"'
    return " ".join(quote(a) for a in command)


def desktop_entry(command: list[str]) -> str:
    """The bundled desktop entry with Exec and TryExec pointing at ``command``."""
    lines = []
    for line in resource_path("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={_exec_value(command)} %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={command[0]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(root: Path | None = None) -> list[Path]:
    """Every file ``install-desktop`` writes (under ``root``, the XDG data folder by default)."""
    root = root or data_home()
    icons = resource_path("icons")
    files = [root / "applications" / f"{APP_ID}.desktop", root / "metainfo" / f"{APP_ID}.metainfo.xml",
             root / "mime" / "packages" / f"{APP_ID}.xml",
             root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"]
    for folder in sorted(p for p in icons.iterdir() if p.is_dir()):
        files.append(root / "icons" / "hicolor" / folder.name / "apps" / f"{APP_ID}.png")
    files.append(root / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{MIME_TYPE.replace('/', '-')}.svg")
    return files


def _sources() -> list[Path]:
    desktop, icons = resource_path("desktop"), resource_path("icons")
    svg = icons / f"{APP_ID}.svg"
    return ([desktop / f"{APP_ID}.desktop", desktop / f"{APP_ID}.metainfo.xml", desktop / f"{APP_ID}.mime.xml", svg]
            + [folder / f"{APP_ID}.png" for folder in sorted(p for p in icons.iterdir() if p.is_dir())] + [svg])


def _refresh(root: Path) -> None:
    """Let the desktop see the change (each tool only where it is installed)."""
    for tool, folder in (("update-mime-database", root / "mime"), ("update-desktop-database", root / "applications"),
                         ("gtk-update-icon-cache", root / "icons" / "hicolor")):
        if shutil.which(tool) and folder.is_dir():
            extra = ["-f", "-t"] if tool == "gtk-update-icon-cache" else []
            subprocess.run([tool, *extra, str(folder)], capture_output=True, timeout=60)


def install(root: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the entry, icons, metainfo and MIME type for the current user; return the files written."""
    from reader.core.safewrite import write_text

    root = root or data_home()
    targets = installed_files(root)
    for source, target in zip(_sources(), targets, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            write_text(target, desktop_entry(command or launch_command()))
        else:
            shutil.copyfile(source, target)
    _refresh(root)
    return targets


def uninstall(root: Path | None = None) -> list[Path]:
    """Remove what :func:`install` wrote; return the files removed."""
    root = root or data_home()
    removed = [path for path in installed_files(root) if path.is_file()]
    for path in removed:
        path.unlink()
    _refresh(root)
    return removed


def register(parser: argparse.ArgumentParser) -> None:
    """No options: both commands act on the current user's XDG data folder."""


def run(args: argparse.Namespace) -> int:
    """Run ``install-desktop`` or ``uninstall-desktop``."""
    from reader.core.errors import ReaderError

    try:
        if args.command == "install-desktop":
            files = install()
            print(f"Installed the desktop entry, icons and the .preader file type in {data_home()} "
                  f"({len(files)} files). Parallel Reader starts with: {shlex.join(launch_command())}")
        else:
            files = uninstall()
            print(f"Removed {len(files)} files from {data_home()}." if files else
                  f"Nothing to remove: no desktop entry of Parallel Reader in {data_home()}.")
    except OSError as error:
        raise ReaderError(f"Could not change the desktop files in {data_home()} ({error}).") from error
    return 0
