"""Reading a Russian original and its English counterpart as a pair: a new reading session."""

from __future__ import annotations

import os
from pathlib import Path

from reader.core.document import Document
from reader.core.errors import LanguageError
from reader.core.formats import load_document
from reader.core.langid import detect_language
from reader.core.session import ReadingSession

_NAMES = {"ru": "Russian", "en": "English"}


def _language(document: Document) -> str | None:
    if document.language in _NAMES:
        return document.language
    return detect_language("\n".join(p.text for p in document.paragraphs[:2000]))


def load_pair(first_path: str | os.PathLike, second_path: str | os.PathLike, **kwargs) -> ReadingSession:
    """Read the Russian original (first) and the English counterpart (second) into a session (not aligned yet).

    Files given the other way round are swapped with a notice. Keyword arguments go to
    ``load_document`` (e.g. ``max_bytes``). Two texts in one language, or a text in
    neither language, raise LanguageError.
    """
    first = load_document(first_path, **kwargs)
    second = load_document(second_path, **kwargs)
    languages: list[str] = []
    for document in (first, second):
        language = _language(document)
        if language is None:
            raise LanguageError("the text is neither Russian nor English; the reader pairs a Russian "
                                "original with an English counterpart", path=document.source.path)
        languages.append(language)
    if languages[0] == languages[1]:
        name = _NAMES[languages[0]]
        raise LanguageError(f"both files are in {name} ({Path(first_path).name} and {Path(second_path).name}); "
                            "open a Russian original together with an English counterpart")
    if languages == ["en", "ru"]:
        notice = (f"The files were given the other way round: {Path(second_path).name} is the Russian "
                  f"original and {Path(first_path).name} the English counterpart.")
        return ReadingSession(second, first, paths=(str(second_path), str(first_path)), swapped=True,
                              notices=[notice])
    return ReadingSession(first, second, paths=(str(first_path), str(second_path)))
