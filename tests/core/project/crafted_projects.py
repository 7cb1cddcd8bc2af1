"""Crafted hostile project files: wrong types, deep nesting, huge fields, source paths that are not files.

Each family is a function ``make(folder, scale) -> project path``; it writes the project (and, where it
needs them, a copy of the sample pair) into ``folder``. ``scale`` 1.0 is the size of the attack that
found the problem (``bench/hostile_bench.py`` measures those); the tests use smaller scales.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO / "seeds"
RU = "putin-un-cybercrime-convention.ru.txt"
EN = "putin-un-cybercrime-convention.en.txt"


def _write(folder: Path, name: str, data: Any, *, sources: bool = True) -> Path:
    if sources:
        for source in (RU, EN):
            shutil.copyfile(SEEDS / source, folder / source)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _base(**fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"format": "parallel-reader-project", "version": 1,
                            "original": {"path": RU}, "counterpart": {"path": EN}}
    data.update(fields)
    return data


def deep(folder: Path, scale: float = 1.0) -> Path:
    """Settings nested 100,000 lists deep."""
    depth = max(2, int(100_000 * scale))
    text = json.dumps(_base(settings={}))[:-1] + ', "extra": ' + "[" * depth + "]" * depth + "}"
    return _write(folder, "deep.preader", text)


def wrong_types(folder: Path, scale: float = 1.0) -> list[Path]:
    """Fields of the wrong type where sentence links, differences, translations and colours belong."""
    link = {"ru": [0], "en": [0], "origin": "manual", "score": 1.0}
    variants = {
        "sentences-int": _base(links=[dict(link, sentences=5)]),
        "sentence-parts-int": _base(links=[dict(link, sentences=[{"ru": 3, "en": [[0]]}])]),
        "differences-int": _base(links=[dict(link, differences=7)]),
        "differences-list-int": _base(links=[dict(link, differences={"ru_only": 3})]),
        "translations-int": _base(translations=9),
        "color-number": _base(annotations=[{"side": "ru", "paragraph": 0, "start": 0, "end": 3, "color": 255}]),
        "color-list": _base(annotations=[{"side": "ru", "paragraph": 0, "start": 0, "end": 3, "color": [1, 2]}]),
        "paragraph-bool": _base(annotations=[{"side": "ru", "paragraph": True}]),
        "paragraph-huge": _base(annotations=[{"side": "ru", "paragraph": 10 ** 30}]),
        "score-nan": f'{{"format": "parallel-reader-project", "version": 1, "original": "{RU}", "counterpart": '
                     f'"{EN}", "links": [{{"ru": [0], "en": [0], "score": NaN}}]}}',
        "settings-list": _base(settings=[1, 2]),
        "fingerprints-int": _base(fingerprints={"ru": 3}),
        "id-object": _base(annotations=[{"side": "ru", "paragraph": 0, "id": {"a": 1}}]),
    }
    return [_write(folder, f"{name}.preader", data) for name, data in variants.items()]


def nul_path(folder: Path, scale: float = 1.0) -> Path:
    """A source path holding a NUL byte."""
    return _write(folder, "nul.preader", _base(original={"path": "a\u0000b.txt"}))


def unknown_user(folder: Path, scale: float = 1.0) -> Path:
    """A source path in the home folder of a user who does not exist."""
    return _write(folder, "user.preader", _base(original={"path": "~nosuchuser/book.txt"}))


def dev_zero(folder: Path, scale: float = 1.0) -> Path:
    """A source path that is the endless device /dev/zero."""
    return _write(folder, "zero.preader", _base(original={"path": "/dev/zero"}))


def fifo(folder: Path, scale: float = 1.0) -> Path:
    """A source path that is a named pipe nobody writes to (reading it would wait forever)."""
    pipe = folder / "pipe.txt"
    if not pipe.exists():
        os.mkfifo(pipe)
    return _write(folder, "fifo.preader", _base(original={"path": "pipe.txt"}))


def huge_note(folder: Path, scale: float = 1.0) -> Path:
    """One annotation with a 50 MB note."""
    note = "Заметка. " * max(1, int(50 * 1024 * 1024 * scale / 17))
    return _write(folder, "note.preader", _base(annotations=[{"side": "ru", "paragraph": 0, "start": 0, "end": 5,
                                                              "note": note}]))


def many_annotations(folder: Path, scale: float = 1.0) -> Path:
    """100,000 highlights with notes."""
    count = max(2, int(100_000 * scale))
    annotations = [{"id": f"a{i}", "side": "ru" if i % 2 else "en", "paragraph": i % 5, "start": 0, "end": 4,
                    "note": f"note {i}"} for i in range(count)]
    return _write(folder, "many.preader", _base(annotations=annotations))


#: family name → builder (wrong_types makes several files)
FAMILIES: dict[str, Callable[..., Any]] = {
    "project-deep": deep,
    "project-wrong-types": wrong_types,
    "project-nul-path": nul_path,
    "project-unknown-user": unknown_user,
    "project-dev-zero": dev_zero,
    "project-fifo": fifo,
    "project-huge-note": huge_note,
    "project-many-annotations": many_annotations,
}
