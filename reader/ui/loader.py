"""Opening files as an OpenPair for the window (core loading, then the window's pair record)."""

from __future__ import annotations

import re
from pathlib import Path

from reader.ui.context import OpenPair


def load_pair_files(first: str | Path, second: str | Path) -> OpenPair:
    """Read two files into an OpenPair (Russian and English, whichever order they come in).

    Raises ReaderError (with a hint) for anything a person can fix.
    """
    try:
        from reader.core.pair import load_pair
    except ImportError:  # TEMPORARY until the foundation's load_pair lands
        load_pair = _interim_load_pair

    pair = load_pair(first, second)
    paths = (str(second), str(first)) if pair.swapped else (str(first), str(second))
    return OpenPair(ru=pair.ru, en=pair.en, paths=paths, notices=list(pair.notices))


def _interim_load_pair(first, second):  # TEMPORARY: plain-text only, replaced by reader.core.pair
    from types import SimpleNamespace

    from reader.core.document import Document, Kind, Paragraph, Source, Span
    from reader.core.errors import InputError

    docs = []
    for path in (first, second):
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            raise InputError(error.strerror or "cannot read", path=str(path)) from error
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError("not UTF-8 text", path=str(path), hint="Save the file as UTF-8.") from error
        if "\x00" in text or not text.strip():
            raise InputError("binary or empty file", path=str(path))
        blocks = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
        lines = [p.strip() for p in text.splitlines() if p.strip()]
        parts = blocks if len(blocks) * 2 >= len(lines) else lines
        language = "ru" if len(re.findall("[а-яА-Я]", text)) > len(text) / 10 else "en"
        paragraphs = []
        for i, part in enumerate(parts):
            spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?»\"]*\s*", part)]
            paragraphs.append(Paragraph(i, part, Kind.BODY, part, spans))
        docs.append(Document(language, Path(path).stem, Source(str(path), "txt", "utf-8"), paragraphs))
    swapped = docs[0].language == "en"
    ru, en = (docs[1], docs[0]) if swapped else docs
    return SimpleNamespace(ru=ru, en=en, swapped=swapped, notices=[])
