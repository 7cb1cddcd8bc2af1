"""Opening files as a reading session for the window."""

from __future__ import annotations

from pathlib import Path

from reader.core.pair import load_pair
from reader.core.session import ReadingSession


def load_pair_files(first: str | Path, second: str | Path) -> ReadingSession:
    """Read two files into a ReadingSession (Russian and English, whichever order they come in).

    Raises ReaderError (with a hint) for anything a person can fix.
    """
    return load_pair(first, second)
