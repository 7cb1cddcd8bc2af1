"""The two sides of a pair — the Russian original and the English counterpart — and a record of one thing per side.

``Side`` is a ``str`` enum: ``Side.RU == "ru"``, it hashes like ``"ru"`` and JSON writes it as ``"ru"``, so
project files, exports and ``--select ru:N`` read and write the same strings as before.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Side(str, enum.Enum):
    """One side of a pair: ``RU`` the Russian original, ``EN`` the English counterpart."""

    RU = "ru"
    EN = "en"

    def __str__(self) -> str:  # "ru", as the plain string it replaces (also in f-strings)
        return self.value

    def other(self) -> Side:
        """The side across: ``EN`` for ``RU`` and ``RU`` for ``EN``."""
        return Side.EN if self is Side.RU else Side.RU


def other_side(side: str) -> Side:
    """The side across from ``side`` ("ru" or "en", or a ``Side``)."""
    return Side(side).other()


@dataclass
class PerSide(Generic[T]):
    """One thing for each side: ``.ru``, ``.en``, ``record[side]``; iterates as (ru, en)."""

    ru: T
    en: T

    @classmethod
    def build(cls, make: Callable[[Side], T]) -> PerSide[T]:
        """``make(side)`` for each side."""
        return cls(make(Side.RU), make(Side.EN))

    def __getitem__(self, side: str) -> T:
        return self.ru if Side(side) is Side.RU else self.en

    def __setitem__(self, side: str, value: T) -> None:
        if Side(side) is Side.RU:
            self.ru = value
        else:
            self.en = value

    def __iter__(self) -> Iterator[T]:
        yield self.ru
        yield self.en

    def items(self) -> Iterator[tuple[Side, T]]:
        """(side, value) for both sides, Russian first."""
        yield Side.RU, self.ru
        yield Side.EN, self.en

    def map(self, change: Callable[[T], U]) -> PerSide[U]:
        """``change`` applied to both values."""
        return PerSide(change(self.ru), change(self.en))

    def as_dict(self) -> dict[str, T]:
        """``{"ru": …, "en": …}``, for code that takes a plain dict."""
        return {Side.RU: self.ru, Side.EN: self.en}
