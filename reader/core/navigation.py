"""Where the reader is, and the Back/Forward history of jumps (Qt-free).

A :class:`Position` is the paragraph at the top of each column and the selected paragraph, if any:
enough to show the same place in both columns after the window was closed, the text size changed or
a jump was undone. It is stored per pair in the settings and per project in the project file's
``position`` field (``{"ru": 12, "en": 10, "side": "ru", "paragraph": 14}``).

:class:`History` is a browser's history of jumps: every jump (contents, find, go to, annotation,
next gap or weak link) pushes the place it left; Back returns there and Forward goes again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Generic, TypeGuard, TypeVar

from reader.core.sides import Side

SIDES = tuple(Side)
#: places kept for Back (the oldest are forgotten)
HISTORY_LIMIT = 100

T = TypeVar("T")


@dataclass(frozen=True)
class Position:
    """The first paragraph on screen in each column (0-based) and the selected paragraph (side, index) if any."""

    ru: int = 0
    en: int = 0
    selected: tuple[str, int] | None = None

    def to_dict(self) -> dict[str, Any]:
        """As the project file and the settings store it."""
        data: dict[str, Any] = {"ru": self.ru, "en": self.en}
        if self.selected is not None:
            data["side"], data["paragraph"] = self.selected
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Position | None:
        """A position read back (None when ``data`` is not one: a hand-edited or foreign value)."""
        if not isinstance(data, dict):
            return None
        ru, en = data.get("ru"), data.get("en")
        if not (_is_index(ru) and _is_index(en)):
            return None
        side, paragraph = data.get("side"), data.get("paragraph")
        selected = (side, paragraph) if side in SIDES and _is_index(paragraph) else None
        return cls(ru, en, selected)

    def clamped(self, counts: dict[str, int]) -> Position:
        """This position inside documents of ``counts`` paragraphs per side (a source that became shorter)."""
        def clamp(side: str, value: int) -> int:
            return max(0, min(value, counts.get(side, 0) - 1))

        selected = self.selected
        if selected is not None and not 0 <= selected[1] < counts.get(selected[0], 0):
            selected = None
        return Position(clamp("ru", self.ru), clamp("en", self.en), selected)


def _is_index(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class History(Generic[T]):
    """Back and Forward over the places jumps left (a browser's history)."""

    def __init__(self, limit: int = HISTORY_LIMIT):
        self.limit = limit
        self._back: list[T] = []
        self._forward: list[T] = []

    def jumped(self, left: T) -> None:
        """A jump left ``left``: Back will return there; Forward is forgotten."""
        if not self._back or self._back[-1] != left:
            self._back.append(left)
            del self._back[:-self.limit]
        self._forward.clear()

    def back(self, here: T) -> T | None:
        """The place to return to (None when there is none); ``here`` becomes Forward's."""
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def forward(self, here: T) -> T | None:
        """The place Back came from (None when there is none); ``here`` becomes Back's."""
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def clear(self) -> None:
        """Forget every place (another pair was opened)."""
        self._back.clear()
        self._forward.clear()


def pair_key(paths: tuple[str, str]) -> str:
    """The key of a pair's remembered position: its two files' absolute paths."""
    return "\n".join(os.path.abspath(p) for p in paths)


def project_key(path: str | os.PathLike) -> str:
    """The key of a project's remembered position: its file's absolute path."""
    return "project\n" + os.path.abspath(path)
