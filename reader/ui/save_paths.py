"""Where Save Project and Export suggest writing: beside the person's files, never into the program."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from reader.ui.sample import sample_pair


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
