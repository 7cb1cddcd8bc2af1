"""Opening files as an OpenPair for the window (core loading, then the window's pair record)."""

from __future__ import annotations

from pathlib import Path

from reader.core.pair import load_pair
from reader.ui.base.context import OpenPair


def load_pair_files(first: str | Path, second: str | Path) -> OpenPair:
    """Read two files into an OpenPair (Russian and English, whichever order they come in).

    Raises ReaderError (with a hint) for anything a person can fix.
    """
    pair = load_pair(first, second)
    paths = (str(second), str(first)) if pair.swapped else (str(first), str(second))
    return OpenPair(ru=pair.ru, en=pair.en, paths=paths, notices=list(pair.notices))
