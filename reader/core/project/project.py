"""The reading project: both source files, the alignment, annotations and machine-translation references.

The file format is JSON, described in ``docs/project-format.md``. :func:`project_to_dict` and
:func:`project_from_dict` convert between a :class:`Project` and that JSON; what a hand-written file
leaves out (checksums, links, ids) is filled in later by :mod:`reader.core.project.session`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from reader.core.align import Alignment, Differences, Link, Origin, SentenceLink
from reader.core.align.units_json import (alignment_extras_to_json, apply_alignment_extras, apply_link_extras,
                                          link_extras_to_json)
from reader.core.errors import AlignmentError, ProjectError
from reader.core.navigation import Position
from reader.core.project.annotations import Annotation, AnnotationSet, new_id
from reader.core.mt.translation import MachineTranslation
from reader.core.project.schema import validate_project
from reader.core.sides import PerSide, Side
from reader.core.words.vocabulary import Vocabulary, entry_from_dict, entry_to_dict

FORMAT = "parallel-reader-project"
VERSION = 1
#: the suffix project files get by default
SUFFIX = ".preader"


@dataclass
class SourceRef:
    """A source file of the pair: its path (as stored: relative to the project file when possible) and checksum."""

    path: str
    sha256: str | None = None

    def resolve(self, base: Path | None) -> Path:
        """The file's absolute path (a relative path is taken from ``base``, the project's folder)."""
        try:
            path = Path(self.path).expanduser()
        except RuntimeError:  # ~user of a user this system does not know
            raise ProjectError(f"The source path {self.path!r} names the home folder of a user this computer "
                               "does not know.", hint="Correct the path in the project file.") from None
        if not path.is_absolute() and base is not None:
            path = base / path
        return path.resolve() if path.is_absolute() else path.absolute()


@dataclass
class Project:
    """One reading session: the pair, its alignment (None: not yet aligned), annotations and settings."""

    original: SourceRef
    counterpart: SourceRef
    alignment: Alignment | None = None
    annotations: AnnotationSet = field(default_factory=AnnotationSet)
    #: machine translations shown in place of missing counterparts: (side, paragraph) → translation. A file
    #: may leave a text out (the translation cache has it, keyed by package, version and source text).
    translations: dict[tuple[str, int], MachineTranslation] = field(default_factory=dict)
    #: the words looked up or noted (see reader.core.words.vocabulary)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    #: window and export settings (e.g. ``{"layout": "side-by-side"}``)
    settings: dict[str, Any] = field(default_factory=dict)
    #: a short hash of every paragraph's text per side when saved (see reader.core.project.remap)
    fingerprints: dict[str, list[str]] = field(default_factory=dict)
    #: where the reader was: the first paragraph on screen per side and the selected one (None: not saved)
    position: Position | None = None
    #: keys of the file this version does not know; written back unchanged
    extra: dict[str, Any] = field(default_factory=dict)
    #: where the project file is (None for a project never saved)
    path: Path | None = None

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def source(self, side: str) -> SourceRef:
        return self.original if Side(side) is Side.RU else self.counterpart

    def source_paths(self) -> tuple[Path, Path]:
        """Absolute paths of the original and the counterpart."""
        return self.original.resolve(self.folder), self.counterpart.resolve(self.folder)

    def relocate(self, new_path: Path) -> None:
        """Set the project file's new location, keeping the source files where they are (Save As)."""
        ru, en = self.source_paths()
        self.path = Path(new_path).absolute()
        self.original.path = stored_path(ru, self.folder)
        self.counterpart.path = stored_path(en, self.folder)


def stored_path(path: Path, folder: Path | None) -> str:
    """How a source path is written: relative to the project's folder when possible, with ``/`` separators."""
    path = Path(path).absolute()
    if folder is not None:
        try:
            return PurePosixPath(*Path(os.path.relpath(path, folder)).parts).as_posix()
        except ValueError:  # another drive (Windows)
            pass
    return path.as_posix()


# -- to JSON ----------------------------------------------------------------------------------

def _link_to_dict(link: Link) -> dict[str, Any]:
    data: dict[str, Any] = {"ru": list(link.ru), "en": list(link.en), "origin": link.origin.value,
                            "score": round(float(link.score), 4)}
    if link.sentences:
        data["sentences"] = [{"ru": [list(p) for p in s.ru], "en": [list(p) for p in s.en]} for s in link.sentences]
    if link.differences.ru_only or link.differences.en_only:
        data["differences"] = {"ru_only": list(link.differences.ru_only), "en_only": list(link.differences.en_only)}
    data.update(link_extras_to_json(link))
    return data


def annotation_to_dict(annotation: Annotation) -> dict[str, Any]:
    """One annotation as the project file stores it (fields without a value are left out)."""
    data: dict[str, Any] = {"id": annotation.id, "side": annotation.side, "paragraph": annotation.paragraph}
    if annotation.start is not None:
        data["start"], data["end"] = annotation.start, annotation.end
    if annotation.counterpart is not None:
        data["counterpart"] = annotation.counterpart
    data["color"] = annotation.color
    data["note"] = annotation.note
    data["quote"] = annotation.quote
    data["created"], data["modified"] = annotation.created, annotation.modified
    if annotation.unplaced:
        data["unplaced"] = True
    return data


def project_to_dict(project: Project) -> dict[str, Any]:
    """The whole project as JSON-ready data."""
    data: dict[str, Any] = dict(project.extra)
    data.update({"format": FORMAT, "version": VERSION})
    for key, ref in (("original", project.original), ("counterpart", project.counterpart)):
        data[key] = {"path": ref.path, "sha256": ref.sha256} if ref.sha256 else {"path": ref.path}
    if project.alignment is not None:
        data["links"] = [_link_to_dict(link) for link in project.alignment.sorted_links()]
        data.update(alignment_extras_to_json(project.alignment))  # no_counterpart marks, merged/split units
    data["annotations"] = [annotation_to_dict(a) for a in project.annotations]
    data["translations"] = [{"side": side, "paragraph": paragraph, "package": t.package, "version": t.version,
                             "label": t.model_label, "text": t.text}
                            for (side, paragraph), t in sorted(project.translations.items())]
    if len(project.vocabulary):
        data["vocabulary"] = [entry_to_dict(entry) for entry in project.vocabulary]
    data["settings"] = dict(project.settings)
    if project.fingerprints:
        data["fingerprints"] = {side.value: list(project.fingerprints.get(side, [])) for side in Side}
    if project.position is not None:
        data["position"] = project.position.to_dict()
    return data


# -- from JSON --------------------------------------------------------------------------------

_KNOWN = {"format", "version", "original", "counterpart", "links", "no_counterpart", "units", "annotations",
          "translations", "settings", "fingerprints", "vocabulary", "position"}


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise ProjectError(f"The project file is not valid: {message}.",
                           hint="Open the file in a text editor to repair it, or use its backup (.bak).")


def _int_list(value: Any, what: str) -> list[int]:
    _expect(isinstance(value, list) and bool(value) and all(isinstance(i, int) and i >= 0 for i in value),
            f"{what} must be a non-empty list of paragraph numbers")
    return sorted(value)


def _link_from_dict(data: Any, number: int) -> Link:
    _expect(isinstance(data, dict), f"link {number} is not an object")
    ru, en = _int_list(data.get("ru"), f"link {number} 'ru'"), _int_list(data.get("en"), f"link {number} 'en'")
    try:
        origin = Origin(data.get("origin", "auto"))
    except ValueError:
        raise ProjectError(f"The project file is not valid: link {number} has an unknown origin "
                           f"{data.get('origin')!r} (auto, confirmed or manual).") from None
    score = data.get("score", 1.0)
    _expect(isinstance(score, (int, float)) and 0 <= score <= 1, f"link {number} score must be between 0 and 1")
    sentences = []
    for s in data.get("sentences", []) or []:
        _expect(isinstance(s, dict), f"link {number} sentences must be objects")
        sentences.append(SentenceLink(ru=[tuple(p) for p in s.get("ru", [])], en=[tuple(p) for p in s.get("en", [])]))
    diff = data.get("differences") or {}
    _expect(isinstance(diff, dict), f"link {number} differences must be an object")
    link = Link(ru=ru, en=en, score=float(score), origin=origin, sentences=sentences,
                differences=Differences(ru_only=list(diff.get("ru_only", [])), en_only=list(diff.get("en_only", []))))
    try:
        apply_link_extras(data, link)
    except AlignmentError as error:
        raise ProjectError(f"The project file is not valid: link {number}: {error}.") from None
    return link


def _annotation_from_dict(data: Any, number: int) -> Annotation:
    _expect(isinstance(data, dict), f"annotation {number} is not an object")
    side, paragraph = data.get("side"), data.get("paragraph")
    _expect(side in ("ru", "en", "link"), f"annotation {number} side must be ru, en or link")
    _expect(isinstance(paragraph, int) and paragraph >= 0, f"annotation {number} paragraph must be a number")
    start, end = data.get("start"), data.get("end")
    _expect((start is None) == (end is None), f"annotation {number} needs both start and end, or neither")
    if start is not None:
        _expect(isinstance(start, int) and isinstance(end, int) and 0 <= start <= end,
                f"annotation {number} start/end must be offsets with start <= end")
    for key in ("note", "quote"):
        _expect(isinstance(data.get(key, ""), str), f"annotation {number} {key} must be text")
    kwargs = {key: data[key] for key in ("created", "modified") if isinstance(data.get(key), str)}
    color = data.get("color", "#ffe066" if start is not None else None)
    return Annotation(side=side, paragraph=paragraph, start=start, end=end, color=color,
                      note=data.get("note", ""), quote=data.get("quote", ""),
                      counterpart=data.get("counterpart"), id=str(data.get("id") or new_id()),
                      unplaced=bool(data.get("unplaced", False)), **kwargs)


def _source_from_dict(data: Any, key: str) -> SourceRef:
    if isinstance(data, str):
        data = {"path": data}
    _expect(isinstance(data, dict) and isinstance(data.get("path"), str) and data["path"],
            f"'{key}' must give the file's path")
    sha = data.get("sha256")
    _expect(sha is None or isinstance(sha, str), f"'{key}' sha256 must be text")
    return SourceRef(path=data["path"], sha256=sha or None)


def project_from_dict(data: Any, path: Path | None = None) -> Project:
    """Read project data (already parsed JSON); raise ProjectError for anything not understood."""
    _expect(isinstance(data, dict), "the top level is not an object")
    if data.get("format") != FORMAT:
        raise ProjectError(f"This is not a Parallel Reader project (format {data.get('format')!r}, "
                           f"expected {FORMAT!r}).", path=str(path) if path else None)
    version = data.get("version")
    _expect(isinstance(version, int), "'version' must be a number")
    if version <= VERSION:
        validate_project(data)  # types, ranges, sizes and depth of everything read below
    if version > VERSION:
        raise ProjectError(f"The project was written by a newer version of Parallel Reader (project format "
                           f"{version}; this version reads up to {VERSION}).", path=str(path) if path else None,
                           hint="Update Parallel Reader to open it. The file was not changed.")
    original = _source_from_dict(data.get("original"), "original")
    counterpart = _source_from_dict(data.get("counterpart"), "counterpart")
    alignment = None
    if "links" in data and data["links"] is not None:
        _expect(isinstance(data["links"], list), "'links' must be a list")
        links = [_link_from_dict(item, n) for n, item in enumerate(data["links"])]
        seen: PerSide[set[int]] = PerSide(set(), set())
        for link in links:
            for side in Side:
                whole = [i for i in link.side(side) if i not in link.side_sentences(side)]  # parts of split
                twice = seen[side].intersection(whole)  # paragraphs may be in several links
                _expect(not twice, f"{side} paragraph {min(twice) if twice else ''} is in two links")
                seen[side].update(whole)
        alignment = Alignment(links=links)
        try:
            apply_alignment_extras(data, alignment)
        except AlignmentError as error:
            raise ProjectError(f"The project file is not valid: {error}.") from None
    raw_annotations = data.get("annotations", []) or []
    _expect(isinstance(raw_annotations, list), "'annotations' must be a list")
    annotations = AnnotationSet(_annotation_from_dict(item, n) for n, item in enumerate(raw_annotations))
    translations: dict[tuple[str, int], MachineTranslation] = {}
    for n, item in enumerate(data.get("translations", []) or []):
        _expect(isinstance(item, dict) and item.get("side") in tuple(Side) and isinstance(item.get("paragraph"), int),
                f"translation {n} needs side and paragraph")
        side = Side(item["side"])
        translations[(side, item["paragraph"])] = MachineTranslation(
            str(item.get("text", "")), str(item.get("label", "")), str(item.get("package", "")),
            str(item.get("version", "")), side)
    vocabulary = Vocabulary(entry_from_dict(item) for item in data.get("vocabulary") or [])
    settings = data.get("settings", {}) or {}
    _expect(isinstance(settings, dict), "'settings' must be an object")
    prints = data.get("fingerprints") or {}
    _expect(isinstance(prints, dict) and all(isinstance(prints.get(s, []), list) for s in Side),
            "'fingerprints' must hold a list per side")
    extra = {k: v for k, v in data.items() if k not in _KNOWN}
    return Project(original=original, counterpart=counterpart, alignment=alignment, annotations=annotations,
                   translations=translations, vocabulary=vocabulary, settings=dict(settings), extra=extra,
                   position=Position.from_dict(data.get("position")),
                   fingerprints={side: [str(v) for v in prints[side]] for side in Side if side in prints},
                   path=Path(path).absolute() if path is not None else None)
