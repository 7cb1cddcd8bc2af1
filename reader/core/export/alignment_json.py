"""An alignment with both documents as JSON: what ``python -m reader align`` prints (its TSV and TMX are the
export's, ``reader.core.export.tsv`` and ``.tmx``).

A link's ``sentences`` name sentences by their position in the link's sentence sequence: the sentences of
the link's paragraphs on that side, numbered consecutively from 0 in reading order (paragraph by paragraph).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from reader.core.align.engine.collector import collector_paused
from reader.core.align.model import Alignment, Link
from reader.core.document import Document

def _sentence_numbers(document: Document, indices: list[int]) -> dict[tuple[int, int], int]:
    numbers, position = {}, 0
    for index in indices:
        for sentence in range(max(1, len(document.paragraphs[index].sentences))):
            numbers[(index, sentence)] = position
            position += 1
    return numbers


def link_to_dict(link: Link, ru: Document, en: Document) -> dict:
    """One link in the JSON shape (sentence indices are positions in the link's sentence sequence)."""
    ru_numbers, en_numbers = _sentence_numbers(ru, link.ru), _sentence_numbers(en, link.en)
    return {
        "ru": list(link.ru), "en": list(link.en), "score": round(link.score, 3), "origin": link.origin.value,
        "sentences": [{"ru": [ru_numbers[s] for s in sl.ru if s in ru_numbers],
                       "en": [en_numbers[s] for s in sl.en if s in en_numbers]} for sl in link.sentences],
        "differences": {"ru_only": list(link.differences.ru_only), "en_only": list(link.differences.en_only)},
    }


def _document_dict(document: Document) -> dict:
    return {"path": document.source.path,
            "paragraphs": [{"index": p.index, "kind": p.kind.value, "text": p.text} for p in document.paragraphs]}


def to_json(alignment: Alignment, ru: Document, en: Document) -> str:
    """The alignment with both documents, as the ``align`` command writes it."""
    with collector_paused():
        data = {"ru": _document_dict(ru), "en": _document_dict(en),
                "links": [link_to_dict(link, ru, en) for link in alignment.sorted_links()]}
        return dumps_indented(data) + "\n"


_encode_string = json.encoder.encode_basestring  # the C encoder where there is one


def _scalar(value) -> str:
    if isinstance(value, str):
        return _encode_string(value)
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(value)


def dumps_indented(value, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``, the same text, written without the pure-Python
    encoder that ``json`` falls back to when it indents (strings, ints, lists and dicts with string keys)."""
    kind = type(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = "\n" + " " * (level + 1)
        parts = []
        for key, item in value.items():
            item_kind = type(item)
            if item_kind is str:
                text = _encode_string(item)
            elif item_kind is int:
                text = int.__repr__(item)
            else:
                text = dumps_indented(item, level + 1)
            parts.append(_encode_string(key) + ": " + text)
        return "{" + inner + ("," + inner).join(parts) + "\n" + " " * level + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        if all(type(item) is int for item in value):
            items: Iterable[str] = map(int.__repr__, value)
        else:
            items = (dumps_indented(item, level + 1) for item in value)
        return "[" + inner + ("," + inner).join(items) + "\n" + " " * level + "]"
    if isinstance(value, dict):  # a subclass, written as json writes it
        return dumps_indented(dict(value), level)
    if isinstance(value, (list, tuple)):
        return dumps_indented(list(value), level)
    return _scalar(value)
