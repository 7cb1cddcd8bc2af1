"""Where Argos Translate keeps its packages, index and downloads — read from the environment on each call.

argostranslate reads these settings once, when ``argostranslate.settings`` is first imported. The
program reads them lazily instead (the same variables, ``settings.json`` and defaults as
argostranslate), and :func:`argos_package_api` hands argostranslate the current values before each
use, so both always agree — also when ``ARGOS_PACKAGES_DIR`` changes after start-up (the tests do).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from reader.core.mt.availability import import_mt_module

DEFAULT_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"


@dataclass(frozen=True)
class ArgosLocations:
    """The folders and addresses argostranslate uses."""

    packages_dir: Path
    downloads_dir: Path
    local_index: Path
    index_url: str


def _home() -> Path:
    return Path.home()


def _argos_setting(key: str) -> str | None:
    """A setting as argostranslate reads it: the environment first, then its ``settings.json``."""
    value = os.environ.get(key)
    if value is not None:
        return value
    config = Path(os.environ.get("XDG_CONFIG_HOME") or _home() / ".config") / "argos-translate" / "settings.json"
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get(key) if isinstance(data, dict) else None
    return str(value) if value is not None else None


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


def argos_package_api():
    """``argostranslate.package``, with its settings brought in line with :func:`argos_locations`.

    Never imports ``argostranslate.translate`` (spaCy, Stanza: seconds, and network on first use).
    """
    settings = import_mt_module("argostranslate.settings")
    package = import_mt_module("argostranslate.package")
    where = argos_locations()
    settings.package_data_dir = where.packages_dir
    settings.package_dirs = [where.packages_dir]
    settings.downloads_dir = where.downloads_dir
    settings.local_package_index = where.local_index
    settings.remote_package_index = where.index_url
    return package
