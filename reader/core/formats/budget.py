"""The work budget for reading one file: every limit, the variable that raises it, and the checks.

``load_document`` makes a :class:`Budget` for each file and makes it active while the format reader
runs; the readers' shared steps charge it (reading an archive entry, parsing XML, opening an HTML
element, scanning a PDF's streams, making a paragraph block), so every format is held to the same
limits. A limit that is exceeded raises :class:`WorkLimitError` naming the limit and its variable.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
from collections.abc import Iterator
from dataclasses import dataclass

from reader.core.errors import WorkLimitError
from reader.core.sizes import format_size, format_sizes

MB = 1024 * 1024


@dataclass(frozen=True)
class Limit:
    """One limit of the reading budget."""

    key: str
    #: the environment variable that sets it (in megabytes for sizes, as a count otherwise)
    variable: str
    #: the default, in bytes for sizes, as a count otherwise
    default: int
    #: the refusal, with ``{limit}`` (and ``{value}`` where a single value is checked)
    message: str
    #: whether the limit is a size in bytes (set in megabytes)
    size: bool = False

    def value(self) -> int:
        """The limit in force: the environment variable's value, else the default."""
        text = os.environ.get(self.variable, "").strip()
        try:
            number = float(text) if text else 0.0
        except ValueError:
            number = 0.0
        if not number > 0 or number != number or number == float("inf"):
            return self.default
        return max(1, int(number * MB)) if self.size else int(number)

    def refusal(self, limit: int, value: int | None = None) -> WorkLimitError:
        """The error for going over ``limit`` (``value``: the amount found, where one is known)."""
        if self.size:
            if value is not None:
                value_text, limit_text = format_sizes(value, limit)
            else:
                value_text, limit_text = "", format_size(limit)
            now = f"{limit / MB:g}"
            unit = " of megabytes"
        else:
            value_text, limit_text = (f"{value:,}" if value is not None else ""), f"{limit:,}"
            now, unit = str(limit), ""
        return WorkLimitError(self.message.format(limit=limit_text, value=value_text), limit=self.key,
                              hint=f"Set {self.variable} to a larger number{unit} (now {now}) to read it.")


#: every limit of the reading budget (the README's formats section lists them)
LIMITS = {limit.key: limit for limit in (
    Limit("file", "PARALLEL_READER_MAX_MB", 200 * MB, "the file is {value}, more than the limit of {limit}",
          size=True),
    Limit("unpacked", "PARALLEL_READER_MAX_UNPACKED_MB", 512 * MB,
          "the file unpacks to more than {limit} (archive entries count each time they are read, and so do "
          "the PDF's compressed streams)", size=True),
    Limit("characters", "PARALLEL_READER_MAX_CHARS", 20_000_000, "the file holds more than {limit} characters of text"),
    Limit("paragraphs", "PARALLEL_READER_MAX_PARAGRAPHS", 100_000, "the file holds more than {limit} paragraphs"),
    Limit("elements", "PARALLEL_READER_MAX_ELEMENTS", 1_000_000,
          "the file holds more than {limit} XML or HTML elements"),
    Limit("depth", "PARALLEL_READER_MAX_DEPTH", 500, "the file's elements are nested more than {limit} deep"),
    Limit("pages", "PARALLEL_READER_MAX_PAGES", 5_000, "the PDF has {value} pages, more than the limit of {limit}"),
    Limit("pdf_stream", "PARALLEL_READER_MAX_PDF_STREAM_MB", 16 * MB,
          "a content stream of the PDF unpacks to more than {limit}", size=True),
)}


class Budget:
    """The limits for reading one file and what has been spent of them so far."""

    def __init__(self, **limits: int):
        unknown = set(limits) - set(LIMITS)
        if unknown:
            raise ValueError(f"unknown limits: {', '.join(sorted(unknown))}")
        self._limits = {key: limits[key] if key in limits else limit.value() for key, limit in LIMITS.items()}
        self._spent = dict.fromkeys(LIMITS, 0)

    def limit(self, key: str) -> int:
        """The limit ``key`` in force for this file."""
        return self._limits[key]

    def remaining(self, key: str) -> int:
        """How much of the cumulative limit ``key`` is left."""
        return max(0, self._limits[key] - self._spent[key])

    def charge(self, key: str, amount: int) -> None:
        """Spend ``amount`` of the cumulative limit ``key``; WorkLimitError once the total is over it."""
        self._spent[key] += amount
        if self._spent[key] > self._limits[key]:
            raise LIMITS[key].refusal(self._limits[key])

    def check(self, key: str, value: int) -> None:
        """WorkLimitError if the single ``value`` (a size, a depth, a page count) is over the limit ``key``."""
        if value > self._limits[key]:
            raise LIMITS[key].refusal(self._limits[key], value)

    @contextlib.contextmanager
    def active(self) -> Iterator[Budget]:
        """Make this the budget the readers charge while the block runs (per thread)."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)


_ACTIVE: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("reading_budget", default=None)


def active_budget() -> Budget | None:
    """The budget of the file being read, or None outside ``load_document``."""
    return _ACTIVE.get()


def current_budget() -> Budget:
    """The active budget, or a fresh one with the limits in force (for a reader called on its own)."""
    return _ACTIVE.get() or Budget()
