"""What every export takes: the pair, its alignment, annotations, machine translations and options."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.align import Alignment
from reader.core.document import Document
from reader.core.errors import ExportError
from reader.core.mt.label import machine_translation_marker
from reader.core.project.annotations import Annotation
from reader.core.safewrite import put_in_place, temp_beside
from reader.core.structure import CHAPTER, PART, parse_heading

LAYOUTS = ("side-by-side", "interleaved")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(ExportError):
    """The person cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


@dataclass
class MachineText:
    """A machine translation standing in for a missing counterpart, with the model that made it."""

    text: str
    model: str

    @property
    def marker(self) -> str:
        """The label printed before it: ``[Machine translation — MODEL]``, as copying from the window gives."""
        return machine_translation_marker(self.model)


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


@dataclass
class ExportInput:
    """Everything an export shows: both documents, the links, annotations and machine translations."""

    ru: Document
    en: Document
    alignment: Alignment
    annotations: list[Annotation] = field(default_factory=list)
    #: (side of the translated paragraph, paragraph index) → its machine translation
    translations: dict[tuple[str, int], MachineText] = field(default_factory=dict)

    def document(self, side: str) -> Document:
        return self.ru if side == "ru" else self.en

    def title(self) -> str:
        """A title for the export: the two documents' titles (a side whose title is only its first part's or
        chapter's heading is left out; with neither a real title, both as they are)."""
        titles = [book_title(document) for document in (self.ru, self.en)]
        if not any(titles):
            titles = [self.ru.title, self.en.title]
        return " — ".join(title for title in titles if title)


def book_title(document: Document) -> str:
    """The document's title, or "" when that is only a part or chapter heading (``PART ONE``: a text without a
    title of its own takes its first heading)."""
    info = parse_heading(document.title)
    return "" if info is not None and info.kind in (PART, CHAPTER) else document.title


def no_progress(done: int, total: int) -> None:
    """A progress callable that does nothing."""


def never_cancelled() -> bool:
    """A cancelled callable that never cancels."""
    return False


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
