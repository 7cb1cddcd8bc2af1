"""Why Qt could not open a window, found before Qt tries (Qt itself aborts with a misleading line).

Qt's xcb plugin, when a library it links is missing, names ``libxcb-cursor0`` whatever is really
missing and aborts the process. This looks at the platform plugin Qt will use and lists the
libraries ``ldd`` cannot find, with the Debian/Ubuntu packages that hold them. Qt-free: it must
run before PySide6 loads anything.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

#: sonames whose Debian package name does not follow the usual rule
_PACKAGES = {"libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
             "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0",
             "libdbus-1.so.3": "libdbus-1-3", "libX11-xcb.so.1": "libx11-xcb1"}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
NO_DISPLAY = ("No display to open a window on: neither DISPLAY nor WAYLAND_DISPLAY is set. Start it in a "
              "desktop session, or render a picture without one: python -m reader --screenshot OUT.png")


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that usually holds ``soname`` (libxcb-icccm.so.4 → libxcb-icccm4)."""
    if soname in _PACKAGES:
        return _PACKAGES[soname]
    name, _, version = soname.partition(".so.")
    name = name.lower()
    version = version.split(".")[0]
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def platform_name() -> str | None:
    """The platform plugin Qt will load on Linux (None when there is no display to use)."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if os.environ.get("DISPLAY"):
        return "xcb"
    if os.environ.get("WAYLAND_DISPLAY"):
        return "wayland"
    return None


def plugin_file(platform: str) -> Path | None:
    """The shared library of Qt's ``platform`` plugin inside the installed PySide6, if it is there."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
        if path.is_file():
            return path
    return None


def missing_libraries(library: Path) -> list[str]:
    """The shared libraries ``library`` needs that the dynamic linker cannot find (by ``ldd``)."""
    try:
        result = subprocess.run(["ldd", str(library)], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return []
    return list(dict.fromkeys(_NOT_FOUND.findall(result.stdout)))


def describe_missing(platform: str, missing: list[str]) -> str:
    """The message for a platform plugin that cannot load because ``missing`` libraries are absent."""
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return (f"Qt cannot open a window: its {platform!r} platform plugin needs libraries that are not "
            f"installed: {', '.join(missing)}.\nOn Debian/Ubuntu: sudo apt-get install {packages}\n"
            "(The README lists every library Qt needs on a Linux without a desktop.)")


def qt_start_problem() -> str | None:
    """Why Qt will not be able to open a window here, or None when nothing is known to be wrong."""
    if not sys.platform.startswith("linux"):
        return None
    platform = platform_name()
    if platform is None:
        return NO_DISPLAY
    library = plugin_file(platform)
    missing = missing_libraries(library) if library is not None else []
    return describe_missing(platform, missing) if missing else None
