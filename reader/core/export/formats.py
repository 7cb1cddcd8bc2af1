"""The export formats by name, and the export input built from an opened project."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.core.errors import ExportError
from reader.core.export.common import ExportInput, ExportOptions, never_cancelled, no_progress
from reader.core.export.html import export_html
from reader.core.export.pdf import export_pdf
from reader.core.export.tmx import export_tmx
from reader.core.export.tsv import export_tsv
from reader.core.mt.translation import MachineTranslation
from reader.core.project.session import OpenedProject
from reader.core.sides import Side

#: format name → (export function, file suffix, description)
FORMATS = {
    "pdf": (export_pdf, ".pdf", "annotated side-by-side PDF"),
    "tmx": (export_tmx, ".tmx", "TMX 1.4 translation memory"),
    "tsv": (export_tsv, ".tsv", "tab-separated values, one link per line"),
    "html": (export_html, ".html", "self-contained HTML page"),
}


def export(fmt: str, data: ExportInput, path: str | Path, options: ExportOptions | None = None, *,
           progress=no_progress, cancelled=never_cancelled) -> Path:
    """Write ``data`` in format ``fmt`` to ``path``."""
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}.", hint="Use one of: " + ", ".join(FORMATS))
    target = Path(path).resolve()
    for document, role in ((data.ru, "original"), (data.en, "counterpart")):
        if document.source.path and Path(document.source.path).resolve() == target:
            raise ExportError(f"This is the {role} itself; the export would replace it.", path=str(path),
                              hint="Choose another file name.")
    return FORMATS[fmt][0](data, path, options, progress=progress, cancelled=cancelled)


def translations_of(opened: OpenedProject) -> dict[tuple[str, int], MachineTranslation]:
    """The project's machine translations: the stored text, or else the translation cache's."""
    result = {}
    cache = None
    for (side, paragraph), stored in opened.project.translations.items():
        document = opened.ru if Side(side) is Side.RU else opened.en
        if not 0 <= paragraph < len(document):
            continue
        text = stored.text
        if not text:
            if cache is None:
                from reader.core.mt.cache import TranslationCache

                cache = TranslationCache()
            text = cache.get(stored.package, stored.version, document.paragraphs[paragraph].text) or ""
        if text:
            result[(side, paragraph)] = dataclasses.replace(stored, text=text)
    return result


def input_from_project(opened: OpenedProject) -> ExportInput:
    """What to export from an opened project: documents, links, annotations, machine translations."""
    return ExportInput(opened.ru, opened.en, opened.alignment, list(opened.project.annotations),
                       translations_of(opened))
