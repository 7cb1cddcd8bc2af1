"""The project file's schema: one check of types, ranges, sizes and depth before anything uses the data.

Every loaded ``.preader``, autosave and recovery file passes :func:`validate_project` right after its
JSON is parsed; a field that does not fit raises :class:`ProjectFormatError` naming the field
(``annotations[3].color``) and the reason. Sizes are bounded so that no file can make opening or
exporting a project take minutes (``docs/project-format.md`` lists the bounds).
"""

from __future__ import annotations

import math
import re
from typing import Any

from reader.core.errors import ProjectFormatError
from reader.core.sides import Side

#: the bounds of a project file (a long novel with heavy annotation stays far inside them)
MAX_ANNOTATIONS = 10_000
MAX_NOTE = 100_000  # characters of one note, and of one annotation's quote
MAX_LINKS = 200_000  # links, translations, marks and units per side
MAX_GROUP = 10_000  # paragraphs in one link or unit, sentence references in one link
MAX_INDEX = 10_000_000  # a paragraph or sentence index
MAX_OFFSET = 100_000_000  # a character offset
MAX_TRANSLATION = 1_000_000  # characters of one stored machine translation
MAX_WORDS = 10_000  # numbers, dates and names listed as a link's differences
MAX_PATH = 4_096
MAX_SHORT = 1_000  # ids, times, package names, labels, a difference
MAX_DEPTH = 32  # nesting of settings, the view and keys this version does not know
MAX_FINGERPRINTS = 10_000_000
MAX_VOCABULARY = 100_000  # words in the vocabulary list

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_ORIGINS = ("auto", "confirmed", "manual")
_SIDES = tuple(Side)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if value is None:
        return "null"
    return {int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)


def _fail(field: str, reason: str) -> None:
    raise ProjectFormatError(field, reason)


def _object(value: Any, field: str) -> dict:
    if not isinstance(value, dict):
        _fail(field, f"must be an object (it is {_kind(value)})")
    return value


def _list(value: Any, field: str, limit: int, *, empty: bool = True) -> list:
    if not isinstance(value, list):
        _fail(field, f"must be a list (it is {_kind(value)})")
    if len(value) > limit:
        _fail(field, f"holds {len(value):,} entries, more than {limit:,}")
    if not empty and not value:
        _fail(field, "must not be empty")
    return value


def _integer(value: Any, field: str, high: int = MAX_INDEX) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(field, f"must be a whole number (it is {_kind(value)})")
    if not 0 <= value <= high:
        _fail(field, f"must be between 0 and {high:,} (it is {value})")
    return value


def _text(value: Any, field: str, limit: int = MAX_SHORT) -> str:
    if not isinstance(value, str):
        _fail(field, f"must be text (it is {_kind(value)})")
    if len(value) > limit:
        _fail(field, f"is {len(value):,} characters long, more than {limit:,}")
    return value


def _indices(value: Any, field: str, *, empty: bool = True) -> None:
    for n, item in enumerate(_list(value, field, MAX_GROUP, empty=empty)):
        _integer(item, f"{field}[{n}]")


def _index_map(value: Any, field: str) -> None:
    for key, item in _object(value, field).items():
        if not (key.isascii() and key.isdigit() and len(key) <= 8):
            _fail(f"{field}.{key}"[:200], "must be keyed by paragraph numbers")
        _indices(item, f"{field}.{key}")


def _optional(data: dict, key: str) -> bool:
    return data.get(key) is not None


def _depth(value: Any, field: str) -> None:
    """Refuse free-form data nested deeper than MAX_DEPTH (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth > MAX_DEPTH:
                _fail(field, f"is nested more than {MAX_DEPTH} levels deep")
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))


def _source(value: Any, field: str) -> None:
    data = {"path": value} if isinstance(value, str) else _object(value, field)
    path = _text(data.get("path"), f"{field}.path", MAX_PATH)
    if not path:
        _fail(f"{field}.path", "must give the file's path")
    if "\x00" in path:
        _fail(f"{field}.path", "holds a NUL character, which no file name can")
    if _optional(data, "sha256"):
        _text(data["sha256"], f"{field}.sha256", 128)


def _link(value: Any, field: str) -> None:
    data = _object(value, field)
    for side in _SIDES:
        _indices(data.get(side), f"{field}.{side}", empty=False)
    if _optional(data, "origin") and data["origin"] not in _ORIGINS:
        _fail(f"{field}.origin", "must be auto, confirmed or manual")
    if _optional(data, "score"):
        score = data["score"]
        if isinstance(score, bool) or not isinstance(score, (int, float)) or not math.isfinite(score) \
                or not 0 <= score <= 1:
            _fail(f"{field}.score", "must be a number between 0 and 1")
    if _optional(data, "sentences"):
        for n, sentence in enumerate(_list(data["sentences"], f"{field}.sentences", MAX_GROUP)):
            where = f"{field}.sentences[{n}]"
            _object(sentence, where)
            for side in _SIDES:
                for k, pair in enumerate(_list(sentence.get(side, []), f"{where}.{side}", MAX_GROUP)):
                    if not isinstance(pair, list) or len(pair) != 2:
                        _fail(f"{where}.{side}[{k}]", "must be a [paragraph, sentence] pair")
                    _integer(pair[0], f"{where}.{side}[{k}][0]")
                    _integer(pair[1], f"{where}.{side}[{k}][1]")
    if _optional(data, "differences"):
        differences = _object(data["differences"], f"{field}.differences")
        for key in ("ru_only", "en_only"):
            for n, word in enumerate(_list(differences.get(key, []), f"{field}.differences.{key}", MAX_WORDS)):
                _text(word, f"{field}.differences.{key}[{n}]")
    for side in _SIDES:
        if _optional(data, f"{side}_sentences"):
            _index_map(data[f"{side}_sentences"], f"{field}.{side}_sentences")


def _annotation(value: Any, field: str) -> None:
    data = _object(value, field)
    if data.get("side") not in ("ru", "en", "link"):
        _fail(f"{field}.side", "must be ru, en or link")
    _integer(data.get("paragraph"), f"{field}.paragraph")
    if _optional(data, "start") != _optional(data, "end"):
        _fail(field, "needs both start and end, or neither")
    if _optional(data, "start"):
        start, end = _integer(data["start"], f"{field}.start", MAX_OFFSET), _integer(data["end"], f"{field}.end",
                                                                                       MAX_OFFSET)
        if start > end:
            _fail(f"{field}.start", f"must not be after end ({start} > {end})")
    if _optional(data, "color"):
        color = _text(data["color"], f"{field}.color")
        if not _COLOR.fullmatch(color):
            _fail(f"{field}.color", f"must be a colour written #rrggbb (it is {color[:20]!r})")
    for key in ("note", "quote"):
        if _optional(data, key):
            _text(data[key], f"{field}.{key}", MAX_NOTE)
    if _optional(data, "counterpart"):
        _integer(data["counterpart"], f"{field}.counterpart")
    for key in ("id", "created", "modified"):
        if _optional(data, key):
            _text(data[key], f"{field}.{key}")
    if _optional(data, "unplaced") and not isinstance(data["unplaced"], bool):
        _fail(f"{field}.unplaced", f"must be true or false (it is {_kind(data['unplaced'])})")


def _translation(value: Any, field: str) -> None:
    data = _object(value, field)
    if data.get("side") not in _SIDES:
        _fail(f"{field}.side", "must be ru or en")
    _integer(data.get("paragraph"), f"{field}.paragraph")
    for key in ("package", "version", "label"):
        if _optional(data, key):
            _text(data[key], f"{field}.{key}")
    if _optional(data, "text"):
        _text(data["text"], f"{field}.text", MAX_TRANSLATION)


def _vocabulary_entry(value: Any, field: str) -> None:
    data = _object(value, field)
    _text(data.get("word"), f"{field}.word")
    if data.get("side") not in _SIDES:
        _fail(f"{field}.side", "must be ru or en")
    _integer(data.get("paragraph"), f"{field}.paragraph")
    for key in ("start", "end"):
        if _optional(data, key):
            _integer(data[key], f"{field}.{key}", MAX_OFFSET)
    if _optional(data, "start") and _optional(data, "end") and data["start"] > data["end"]:
        _fail(f"{field}.start", f"must not be after end ({data['start']} > {data['end']})")
    for key in ("lemma", "sense", "counterpart", "id", "added"):
        if _optional(data, key):
            _text(data[key], f"{field}.{key}")
    for key in ("sentence", "counterpart_sentence"):
        if _optional(data, key):
            _text(data[key], f"{field}.{key}", MAX_NOTE)
    if _optional(data, "kind") and data["kind"] not in ("looked-up", "noted"):
        _fail(f"{field}.kind", "must be looked-up or noted")


def _alignment_extras(data: dict) -> None:
    if _optional(data, "no_counterpart"):
        marks = _object(data["no_counterpart"], "no_counterpart")
        for side in _SIDES:
            if _optional(marks, side):
                for n, item in enumerate(_list(marks[side], f"no_counterpart.{side}", MAX_LINKS)):
                    _integer(item, f"no_counterpart.{side}[{n}]")
    if _optional(data, "units"):
        units = _object(data["units"], "units")
        for side in _SIDES:
            if not _optional(units, side):
                continue
            entry = _object(units[side], f"units.{side}")
            if _optional(entry, "merged"):
                for n, group in enumerate(_list(entry["merged"], f"units.{side}.merged", MAX_LINKS)):
                    _indices(group, f"units.{side}.merged[{n}]")
            if _optional(entry, "split"):
                _index_map(entry["split"], f"units.{side}.split")


def validate_project(data: Any) -> None:
    """Check parsed project data against the schema; ProjectFormatError names the first field that does not fit.

    ``format`` and ``version`` are left to the caller (it tells another format or a newer version apart).
    """
    _object(data, "the top level")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        _fail("version", "must be a whole number from 1 up")
    _source(data.get("original"), "original")
    _source(data.get("counterpart"), "counterpart")
    if _optional(data, "links"):
        for n, link in enumerate(_list(data["links"], "links", MAX_LINKS)):
            _link(link, f"links[{n}]")
    _alignment_extras(data)
    if _optional(data, "annotations"):
        for n, annotation in enumerate(_list(data["annotations"], "annotations", MAX_ANNOTATIONS)):
            _annotation(annotation, f"annotations[{n}]")
    if _optional(data, "translations"):
        for n, translation in enumerate(_list(data["translations"], "translations", MAX_LINKS)):
            _translation(translation, f"translations[{n}]")
    if _optional(data, "vocabulary"):
        for n, entry in enumerate(_list(data["vocabulary"], "vocabulary", MAX_VOCABULARY)):
            _vocabulary_entry(entry, f"vocabulary[{n}]")
    if _optional(data, "settings"):
        _depth(_object(data["settings"], "settings"), "settings")
    if _optional(data, "fingerprints"):
        prints = _object(data["fingerprints"], "fingerprints")
        for side in _SIDES:
            if _optional(prints, side):
                for n, value in enumerate(_list(prints[side], f"fingerprints.{side}", MAX_FINGERPRINTS)):
                    _text(value, f"fingerprints.{side}[{n}]", 64)
    if _optional(data, "position"):  # where the reader was: a paragraph per side
        position = _object(data["position"], "position")
        for side in _SIDES:
            _integer(position.get(side), f"position.{side}")
        if "side" in position or "paragraph" in position:  # the selected paragraph, when one was
            if position.get("side") not in _SIDES:
                _fail("position.side", "must be \"ru\" or \"en\"")
            _integer(position.get("paragraph"), "position.paragraph")
    if _optional(data, "view"):  # window state: its keys are the window's own
        _depth(_object(data["view"], "view"), "view")
    for key, value in data.items():
        if key not in _KNOWN:
            _depth(value, str(key)[:100])


_KNOWN = {"format", "version", "original", "counterpart", "links", "no_counterpart", "units", "annotations",
          "translations", "settings", "fingerprints", "position", "view", "vocabulary"}
