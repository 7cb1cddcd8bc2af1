"""Where Argos Translate keeps its packages, index and downloads — read as argostranslate reads them.

The same variables, ``settings.json`` and defaults as ``argostranslate.settings`` (1.9–1.11), but
read on each call, not once at import, so a change of ``ARGOS_PACKAGES_DIR`` after start-up is seen
(the tests rely on it). argostranslate itself is never needed: packages installed with its tools
are found here, and packages installed here are found by them.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
#: the largest ``settings.json`` read (argostranslate's holds a handful of keys)
MAX_SETTINGS_SIZE = 64 * 1024


@dataclass(frozen=True)
class ArgosLocations:
    """The folders and addresses argostranslate uses."""

    packages_dir: Path
    downloads_dir: Path
    local_index: Path
    index_url: str


def _home() -> Path:
    """argostranslate's home: ``SNAP_USER_DATA`` inside a snap, otherwise the user's home."""
    if "SNAP" in os.environ and os.environ.get("SNAP_USER_DATA"):
        return Path(os.environ["SNAP_USER_DATA"])
    return Path.home()


def settings_file() -> Path:
    """argostranslate's ``settings.json`` (``XDG_CONFIG_HOME`` honoured)."""
    return Path(os.environ.get("XDG_CONFIG_HOME") or _home() / ".config") / "argos-translate" / "settings.json"


def _argos_setting(key: str) -> str | None:
    """A setting as argostranslate reads it: the environment first, then its ``settings.json``."""
    value = os.environ.get(key)
    if value is not None:
        return value
    try:
        path = settings_file()
        if path.stat().st_size > MAX_SETTINGS_SIZE:
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get(key) if isinstance(data, dict) else None
    return str(value) if isinstance(value, (str, int, float)) and "\x00" not in str(value) else None


def argos_locations() -> ArgosLocations:
    """The current Argos folders (``ARGOS_PACKAGES_DIR``, ``XDG_DATA_HOME``, ``XDG_CACHE_HOME`` honoured)."""
    data_dir = Path(os.environ.get("XDG_DATA_HOME") or _home() / ".local" / "share") / "argos-translate"
    cache_dir = Path(os.environ.get("XDG_CACHE_HOME") or _home() / ".local" / "cache") / "argos-translate"
    packages = _argos_setting("ARGOS_PACKAGES_DIR") or data_dir / "packages"
    index = _argos_setting("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX
    if not index.endswith("/"):
        index += "/"
    return ArgosLocations(packages_dir=Path(packages).expanduser(), downloads_dir=cache_dir / "downloads",
                          local_index=data_dir / "index.json", index_url=index + "index.json")
