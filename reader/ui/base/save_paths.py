"""Where Save Project and Export suggest writing: beside the person's files, never into the program."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from reader.ui.base.sample import sample_pair


def documents_folder() -> Path:
    """The person's documents folder (their home folder when the system names none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def suggested_path(sources: tuple | None, project: Path | None, suffix: str) -> str:
    """A file name for a save dialog: the project's folder, else the original's folder when it is the
    person's and writable (not the built-in sample inside the program), else the documents folder;
    named after the project or the original, with ``suffix``. Never one of the source files themselves
    (exporting ``book.pdf`` suggests ``book.parallel.pdf``).
    """
    stem = "parallel-reader"
    if sources:
        stem = Path(sources[0]).stem
        for tag in (".ru", ".en"):
            stem = stem.removesuffix(tag)
    if project is not None:
        return _not_a_source(Path(project).with_suffix(suffix), sources)
    folder = documents_folder()
    if sources:
        source = Path(sources[0]).resolve()
        sample = sample_pair()
        builtin = sample is not None and source in {Path(p).resolve() for p in sample}
        if not builtin and os.access(source.parent, os.W_OK):
            folder = source.parent
    return _not_a_source(folder / (stem + suffix), sources)


def _not_a_source(path: Path, sources: tuple | None) -> str:
    """``path``, or ``NAME.parallel.SUFFIX`` beside it when it is one of the pair's own files."""
    if sources and path.resolve() in {Path(p).resolve() for p in sources}:
        path = path.with_name(f"{path.stem}.parallel{path.suffix}")
    return str(path)


#: characters no file name may hold on one of the platforms
_NOT_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
MAX_NAME = 100


def file_name_of(title: str) -> str:
    """``title`` as a file name: characters file systems refuse replaced, a title in capitals written as a
    title (``АННА КАРЕНИНА`` → ``Анна Каренина``), ``↔`` as a dash; "" when nothing is left."""
    parts = []
    for part in title.split("↔"):
        part = " ".join(part.split())
        if part.isupper():
            part = part.title()
        parts.append(part)
    name = _NOT_IN_NAMES.sub(" ", " – ".join(p for p in parts if p))
    name = " ".join(name.split()).strip(" .")
    return name[:MAX_NAME].rstrip(" .")


def project_path_suggestion(title: str, last_folder: str, sources: tuple | None, suffix: str) -> str:
    """Where Save Project proposes to save a new project: named after the pair's title (else after the
    original), in the folder a project was last saved to or opened from (else the documents folder) —
    not beside the books, which are often a download folder."""
    folder = Path(last_folder) if last_folder else None
    if folder is None or not folder.is_dir() or not os.access(folder, os.W_OK):
        folder = documents_folder()
    name = file_name_of(title)
    if not name:
        return _not_a_source(folder / Path(suggested_path(sources, None, suffix)).name, sources)
    return _not_a_source(folder / (name + suffix), sources)
