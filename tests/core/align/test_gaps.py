"""Tests for gaps: stretches left unlinked on both sides between two links."""

from __future__ import annotations

from reader.core.align.gaps import Gap, find_gaps
from reader.core.align import Alignment, Link
from reader.core.document import Kind
from reader.core.segment import make_document


def _docs(n_ru, n_en, ru_kinds=None):
    ru = make_document([f"Абзац {i}." for i in range(n_ru)], "ru", kinds=ru_kinds)
    en = make_document([f"Paragraph {i}." for i in range(n_en)], "en")
    return ru, en


def test_a_stretch_unlinked_on_both_sides_is_a_gap():
    ru, en = _docs(12, 12)
    alignment = Alignment([Link([0], [0]), Link([7], [8]), Link([8], [9])])
    assert find_gaps(alignment, ru, en) == [Gap(1, 7, 1, 8, 6, 7)]
    assert find_gaps(alignment, ru, en, min_size=7) == []


def test_unlinked_on_one_side_only_is_not_a_gap():
    ru, en = _docs(12, 8)
    alignment = Alignment([Link([0], [0]), Link([7], [1])])
    assert find_gaps(alignment, ru, en) == []


def test_a_gap_at_the_end_and_headings_do_not_count_as_body():
    kinds = [Kind.BODY] * 3 + [Kind.HEADING] + [Kind.BODY] * 5
    ru, en = _docs(9, 9, kinds)
    alignment = Alignment([Link([0], [0]), Link([1, 2], [1])])
    assert find_gaps(alignment, ru, en) == [Gap(3, 9, 2, 9, 5, 7)]
    kinds[4] = Kind.HEADING
    ru, _ = _docs(9, 9, kinds)
    assert find_gaps(alignment, ru, en) == []
