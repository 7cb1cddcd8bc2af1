"""Readers for every supported input format, producing a Document.

Each format has its own module with ``read(data: bytes) -> Extracted``; ``load_document``
picks one by the file's extension and checks the content really is that format.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Callable
from pathlib import Path

from reader.core.cancel import Cancelled
from reader.core.document import Document, Source
from reader.core.errors import (
    BinaryFileError, EmptyFileError, FileTooLargeError, InputError, MalformedDocumentError,
    UnsupportedFormatError)
from reader.core.formats.budget import LIMITS, Budget
from reader.core.formats.files import read_regular
from reader.core.formats.sniff import sniff
from reader.core.langid import detect_language

#: default size limit; the environment variable PARALLEL_READER_MAX_MB overrides it
DEFAULT_MAX_BYTES = LIMITS["file"].default
MAX_BYTES_VARIABLE = LIMITS["file"].variable

#: file-name ending → format name (the module of the same name reads it)
EXTENSIONS = {
    ".fb2.zip": "fb2zip", ".fbz": "fb2zip",
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".epub": "epub", ".fb2": "fb2", ".docx": "docx", ".odt": "odt", ".pdf": "pdf",
}
#: what each format's content must look like (see sniff.sniff)
CONTAINERS = {"txt": "text", "md": "text", "html": "text", "fb2": "text",
              "epub": "zip", "fb2zip": "zip", "docx": "zip", "odt": "zip", "pdf": "pdf"}


class LoadCancelled(Cancelled, InputError):
    """Reading a file was cancelled by the person who asked for it."""


_CONTENT_NAMES = {"zip": "a zip archive", "pdf": "a PDF document", "binary": "binary data",
                  "text": "plain text"}


def max_bytes_limit(max_bytes: int | None = None) -> int:
    """The size limit in bytes: the argument, else the environment variable, else the default."""
    return max_bytes if max_bytes is not None else LIMITS["file"].value()


def format_of(path: str | os.PathLike, data: bytes) -> str:
    """The format name for a file: by its extension, checked against (or else guessed from) its content."""
    name = Path(path).name.lower()
    content = sniff(data)
    for ending, fmt in EXTENSIONS.items():
        if name.endswith(ending):
            expected = CONTAINERS[fmt]
            if content == expected or (expected == "text" and content == "xml"):
                return fmt
            if content in ("zip", "pdf", "binary"):
                kind = _CONTENT_NAMES[content]
                raise (BinaryFileError if content == "binary" else UnsupportedFormatError)(
                    f"this {ending} file is really {kind}, not {ending[1:]}", path=str(path))
            raise UnsupportedFormatError(f"this {ending} file does not look like {ending[1:]} "
                                         f"(it holds {_CONTENT_NAMES.get(content, content)})", path=str(path))
    guessed = {"pdf": "pdf", "xml": "fb2"}.get(content)
    if content == "zip":
        from reader.core.formats.sniff import zip_format

        guessed = zip_format(data)
    if guessed:
        return guessed
    raise UnsupportedFormatError(f"unrecognised file format ({Path(path).suffix or 'no extension'})",
                                 path=str(path))


def load_document(path: str | os.PathLike, *, max_bytes: int | None = None, language: str | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> Document:
    """Read a file of any supported format into a Document with classified paragraphs.

    ``language`` ("ru"/"en") skips identification. Bad input raises an InputError subclass.
    ``progress(done, total)`` hears of the work (PDF page by page); when ``cancelled()``
    turns true the reading stops with LoadCancelled.
    """
    steps = [2]  # reading, then classifying; a PDF reports page by page and grows this

    def check(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise LoadCancelled("reading was cancelled", path=str(path))
        steps[0] = total
        if progress is not None:
            progress(done, total)

    path = Path(path)
    budget = Budget(file=max_bytes_limit(max_bytes))

    def too_large(size: int) -> FileTooLargeError:
        refusal = LIMITS["file"].refusal(budget.limit("file"), size)
        return FileTooLargeError(str(refusal), limit="file", path=str(path), hint=refusal.hint)

    data = read_regular(path, budget.limit("file"), too_large)
    if not data.strip():
        raise EmptyFileError("the file is empty", path=str(path))
    try:
        with budget.active():
            fmt = format_of(path, data)
            check(0, 2)
            module = importlib.import_module(f"reader.core.formats.{fmt}")
            extracted = module.read(data, check) if fmt == "pdf" else module.read(data)
    except InputError as error:
        error.path = error.path or str(path)
        raise
    except RecursionError:  # only where the depth limit was raised beyond what Python follows
        raise MalformedDocumentError("the file's structure is nested too deeply to read", path=str(path)) \
            from None
    if not any(block.text.strip() for block in extracted.blocks):
        raise EmptyFileError("the file holds no readable text", path=str(path))
    if language is None:
        language = detect_language("\n".join(b.text for b in extracted.blocks[:2000])) or "und"
        if language == "und":
            extracted.notices.append("The language was recognised as neither Russian nor English.")
    check(steps[0] - 1, steps[0])
    from reader.core.classify import classify_blocks  # classify imports formats.blocks
    from reader.core.structure import title_heading

    paragraphs = classify_blocks(extracted.blocks, language, plain=extracted.plain)
    document = Document(language, "", Source(str(path), "fb2" if fmt == "fb2zip" else fmt, extracted.encoding,
                                             hashlib.sha256(data).hexdigest()), paragraphs, list(extracted.notices))
    document.title = (extracted.title.strip() or title_heading(document) or _stem(path))[:300]
    check(steps[0], steps[0])
    return document


def _stem(path: Path) -> str:
    name = path.name
    for ending in EXTENSIONS:
        if name.lower().endswith(ending):
            return name[:-len(ending)]
    return path.stem
