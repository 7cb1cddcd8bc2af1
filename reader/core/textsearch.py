"""Text search in a document: every occurrence of a query, a one-line snippet around a match, whole-word terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.cancel import stop_if_cancelled
from reader.core.document import Document


@dataclass(frozen=True)
class Match:
    """A found piece of text: side, paragraph and character range."""

    side: str
    paragraph: int
    start: int
    end: int


def find_matches(document: Document, side: str, query: str, *, case_sensitive: bool = False,
                 limit: int = 10000) -> list[Match]:
    """Every occurrence of ``query`` in the paragraphs of ``document`` (at most ``limit``)."""
    found: list[Match] = []
    for batch in iter_matches(document, side, query, case_sensitive=case_sensitive, limit=limit):
        found.extend(batch)
    return found


def iter_matches(document: Document, side: str, query: str, *, case_sensitive: bool = False,
                 limit: int = 10000, cancelled=lambda: False, every: int = 200):
    """The occurrences of ``query`` in reading order, as lists (one per ``every`` paragraphs searched,
    possibly empty), at most ``limit`` in all; raises Cancelled when ``cancelled()`` says stop."""
    if not query:
        return
    pattern = re.compile(re.escape(query), 0 if case_sensitive else re.IGNORECASE)
    found: list[Match] = []
    count = 0
    for paragraph in document.paragraphs:
        for m in pattern.finditer(paragraph.text):
            found.append(Match(side, paragraph.index, m.start(), m.end()))
            count += 1
            if count >= limit:
                yield found
                return
        if paragraph.index % every == every - 1:
            stop_if_cancelled(cancelled, "The search was cancelled.")
            yield found
            found = []
    yield found


def snippet(text: str, start: int, end: int, room: int = 40) -> tuple[str, str, str]:
    """(before, match, after) of ``text[start:end]`` with about ``room`` characters each side, on one line."""
    before = text[max(0, start - room):start]
    after = text[end:end + room]
    if start > room:
        before = "…" + before[before.find(" ") + 1:] if " " in before else "…" + before
    if end + room < len(text):
        after = (after[:after.rfind(" ")] if " " in after else after) + "…"
    flat = str.maketrans("\n\r\t\u2028", "    ")
    return before.translate(flat), text[start:end].translate(flat), after.translate(flat)


def locate_terms(text: str, terms: list[str]) -> list[tuple[int, int, str]]:
    """Character ranges of each of ``terms`` in ``text`` (case-insensitive, whole tokens only)."""
    ranges: list[tuple[int, int, str]] = []
    for term in terms:
        if not term.strip():
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)
        ranges.extend((m.start(), m.end(), term) for m in pattern.finditer(text))
    return sorted(ranges)
