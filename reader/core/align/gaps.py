"""Gaps: stretches between two links where paragraphs on *both* sides are left without counterpart.

In a translation a gap is a failure of the aligner (or a passage the translator left out); in a
retelling it is often real. Either way a person should see it: the window marks gaps beside the
scroll bars and counts them, and the book benchmark counts them. Gaps are derived from the links
(so they stay right after every edit), never stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.align.model import Alignment
from reader.core.document import Document, Kind

#: a gap has at least this many unlinked body paragraphs on each side
MIN_GAP = 5


@dataclass(frozen=True)
class Gap:
    """Unlinked paragraphs ``ru_start … ru_stop - 1`` and ``en_start … en_stop - 1`` between the same two
    links; ``ru_body``/``en_body`` count the body paragraphs among them (headings and meta aside)."""

    ru_start: int
    ru_stop: int
    en_start: int
    en_stop: int
    ru_body: int
    en_body: int

    @property
    def size(self) -> int:
        """The number of Russian body paragraphs left without counterpart."""
        return self.ru_body


def find_gaps(alignment: Alignment, ru: Document, en: Document, min_size: int = MIN_GAP) -> list[Gap]:
    """Every gap with at least ``min_size`` unlinked body paragraphs on both sides, in reading order.

    A run of consecutive unlinked Russian paragraphs (meta and duplicates count as unlinked) is
    bounded by the links before and after it; the English paragraphs strictly between those links'
    English sides that are unlinked too form the other side of the gap."""
    index = alignment.index()
    ru_links, en_linked = index["ru"], index["en"]
    gaps: list[Gap] = []
    before = -1  # the last English paragraph of the link before the run
    run_start = None
    for i in range(len(ru.paragraphs) + 1):
        link = ru_links.get(i) if i < len(ru.paragraphs) else None
        if i < len(ru.paragraphs) and link is None:
            if run_start is None:
                run_start = i
            continue
        if run_start is not None:
            ru_body = sum(1 for k in range(run_start, i) if ru.paragraphs[k].kind is Kind.BODY)
            after = min(link.en) if link is not None else len(en.paragraphs)
            if ru_body >= min_size and after > before + 1:
                unlinked = [j for j in range(before + 1, after) if j not in en_linked]
                en_body = sum(1 for j in unlinked if en.paragraphs[j].kind is Kind.BODY)
                if en_body >= min_size:
                    gaps.append(Gap(run_start, i, unlinked[0], unlinked[-1] + 1, ru_body, en_body))
            run_start = None
        if link is not None:
            before = max(before, max(link.en))
    return gaps
