"""The export formats by name, and the one function that exports a reading session."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.core.errors import ExportError
from reader.core.export.common import ExportOptions, never_cancelled, no_progress
from reader.core.export.html import export_html
from reader.core.export.pdf import export_pdf
from reader.core.export.tmx import export_tmx
from reader.core.export.tsv import export_tsv
from reader.core.mt.translation import MachineTranslation
from reader.core.session import ReadingSession

#: format name → (export function, file suffix, description)
FORMATS = {
    "pdf": (export_pdf, ".pdf", "annotated side-by-side PDF"),
    "tmx": (export_tmx, ".tmx", "TMX 1.4 translation memory"),
    "tsv": (export_tsv, ".tsv", "tab-separated values, one link per line"),
    "html": (export_html, ".html", "self-contained HTML page"),
}


def export(fmt: str, session: ReadingSession, path: str | Path, options: ExportOptions | None = None, *,
           progress=no_progress, cancelled=never_cancelled) -> Path:
    """Write the reading session in format ``fmt`` to ``path`` (the window's File ▸ Export and the ``export``
    command both come here). A machine translation a project keeps without its text takes the cache's."""
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}.", hint="Use one of: " + ", ".join(FORMATS))
    if session.alignment is None:
        raise ExportError("The pair is not aligned yet; wait for the alignment before exporting.")
    target = Path(path).resolve()
    for document, role in ((session.ru, "original"), (session.en, "counterpart")):
        if document.source.path and Path(document.source.path).resolve() == target:
            raise ExportError(f"This is the {role} itself; the export would replace it.", path=str(path),
                              hint="Choose another file name.")
    shown = dataclasses.replace(session, translations=shown_translations(session))
    return FORMATS[fmt][0](shown, path, options, progress=progress, cancelled=cancelled)


def shown_translations(session: ReadingSession) -> dict[tuple[str, int], MachineTranslation]:
    """The session's machine translations of paragraphs it has, each with its text: the one kept, or else the
    translation cache's (a project may keep only the cache key); those without either are left out."""
    result = {}
    cache = None
    for (side, paragraph), kept in session.translations.items():
        document = session.document(side)
        if not 0 <= paragraph < len(document):
            continue
        text = kept.text
        if not text:
            if cache is None:
                from reader.core.mt.cache import TranslationCache

                cache = TranslationCache()
            text = cache.get(kept.package, kept.version, document.paragraphs[paragraph].text) or ""
        if text:
            result[(side, paragraph)] = dataclasses.replace(kept, text=text)
    return result
