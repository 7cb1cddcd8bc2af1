"""The built-in sample pair (a Russian news story and an English wire report on the same speech)."""

from __future__ import annotations

from pathlib import Path

import reader
from reader.core.resources import resource_path

SAMPLE_NAMES = ("putin-un-cybercrime-convention.ru.txt", "putin-un-cybercrime-convention.en.txt")


def sample_pair() -> tuple[Path, Path] | None:
    """Paths of the sample pair: shipped in ``resources/seeds`` (wheel), else the checkout's ``seeds/``."""
    for folder in (resource_path("seeds"), Path(reader.__file__).resolve().parent.parent / "seeds"):
        paths = (folder / SAMPLE_NAMES[0], folder / SAMPLE_NAMES[1])
        if all(p.is_file() for p in paths):
            return paths
    return None
