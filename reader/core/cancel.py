"""Long work that reports progress and can be stopped: one protocol for the whole core.

Work that takes long (aligning, re-aligning, reading a big file, translating, downloading, exporting,
searching) takes two optional callables: ``progress(done, total)``, told how far it is, and
``cancelled()``, asked now and then whether to stop. When ``cancelled()`` turns true the work stops by
raising :class:`Cancelled` (or a subclass that names the work, e.g. ``ExportCancelled``), having written
nothing and changed nothing it was given: a cancelled call never returns an empty or a partial result.
Results a caller wants while the work runs go to a callable of their own (``on_result``, ``partial``).
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.errors import ReaderError

#: ``progress(done, total)``
Progress = Callable[[int, int], None]
#: ``cancelled() -> bool``
IsCancelled = Callable[[], bool]


class Cancelled(ReaderError):
    """The work was stopped by its caller (the person pressed Cancel, or a newer request replaced it)."""

    def __init__(self, message: str = "The work was cancelled.", **kwargs) -> None:
        super().__init__(message, **kwargs)


def no_progress(done: int, total: int) -> None:
    """A progress callable that does nothing."""


def never_cancelled() -> bool:
    """A cancelled callable that never cancels."""
    return False


def stop_if_cancelled(cancelled: IsCancelled | None, message: str = "The work was cancelled.") -> None:
    """Raise Cancelled (with ``message``) when ``cancelled`` is given and says stop."""
    if cancelled is not None and cancelled():
        raise Cancelled(message)
