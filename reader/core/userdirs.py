"""The program's per-user folders, following each platform's convention (XDG on Linux)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR = "parallel-reader"


def user_cache_dir() -> Path:
    """The program's cache folder (``XDG_CACHE_HOME`` honoured; the usual places on macOS and Windows)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / APP_DIR


def user_data_dir() -> Path:
    """The program's data folder (``XDG_DATA_HOME`` honoured; the usual places on macOS and Windows)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR
