"""The status bar counts gaps (stretches without counterpart on both sides), not only percentages."""

from __future__ import annotations

from reader.core.align.model import Link
from reader.core.session import ReadingSession

from ..helpers import fixed_aligner, make_pair_docs, wait_aligned


def test_gaps_are_counted_with_the_longest(qtbot, window):
    ru, en = make_pair_docs(30, 30)
    # linked one to one except Russian 5–12 and English 5–11 (a gap of 8 and 7 paragraphs), and 20–21 (too short)
    links = [Link([i], [i]) for i in list(range(0, 5)) + list(range(13, 20)) + list(range(22, 30))]
    links.append(Link([12], [12]))
    window.context.aligner = fixed_aligner(links)
    window.open_documents(ReadingSession(ru, en))
    wait_aligned(qtbot, window.context)
    text = window.status.text()
    assert text.endswith(" · Gaps: 1 (longest 7 paragraphs)"), text
    assert "at least 5 on each side" in window.status.toolTip()
