"""What every export takes besides the reading session (its pair, alignment, annotations and machine
translations): options, progress and cancelling, and a file written in one piece."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.core.cancel import Cancelled, never_cancelled, no_progress
from reader.core.errors import ExportError
from reader.core.safewrite import put_in_place, temp_beside

LAYOUTS = ("side-by-side", "interleaved")


class ExportCancelled(Cancelled, ExportError):
    """The person cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


@dataclass
class ExportOptions:
    """Choices a person makes when exporting."""

    layout: str = "side-by-side"
    #: also export ``meta`` and ``duplicate`` paragraphs (the window hides them by default)
    include_hidden: bool = False
    #: show machine translations in place of missing counterparts
    include_translations: bool = True
    #: mark which words render which (the HTML export's word correspondences on hover; see html_words)
    word_links: bool = False

    def __post_init__(self) -> None:
        if self.layout not in LAYOUTS:
            raise ExportError(f"Unknown layout {self.layout!r}.", hint="Use side-by-side or interleaved.")


#: what the exporters import from here (no_progress and never_cancelled come from reader.core.cancel)
__all__ = ["LAYOUTS", "ExportCancelled", "ExportOptions", "never_cancelled", "no_progress", "output_file"]


@contextlib.contextmanager
def output_file(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it is put in place as ``path`` (a replaced file keeps
    its permissions, see :mod:`reader.core.safewrite`), on failure deleted."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = temp_beside(path)
    except OSError as error:
        raise ExportError(f"The export cannot be written here ({error.strerror or error}).", path=str(path)) from None
    try:
        yield temp
        put_in_place(temp, path)
    except OSError as error:
        raise ExportError(f"The export could not be written ({error.strerror or error}).", path=str(path)) from None
    finally:
        temp.unlink(missing_ok=True)
