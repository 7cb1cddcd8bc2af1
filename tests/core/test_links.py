"""Coverage figures, gaps, weak links, stepping and sentence look-ups over an alignment."""

from __future__ import annotations

from reader.core.align import Alignment, Link, SentenceLink
from reader.core.document import Kind
from reader.core.links import (LinkIndex, pair_stats, sentence_at, sentence_counterparts, step, weak_paragraphs,
                               without_counterpart)
from reader.core.segment import make_document


def documents():
    ru = make_document(["Один.", "Два два.", "2025", "Три три три."], "ru", kinds=[Kind.BODY, Kind.BODY, Kind.META, Kind.BODY])
    en = make_document(["One.", "Two two.", "Three three three."], "en")
    return {"ru": ru, "en": en}


def test_stats_count_alignable_text_only():
    docs = documents()
    links = LinkIndex(Alignment([Link([0], [0], 0.9), Link([3], [1, 2], 0.4)]))
    stats = pair_stats(docs, links).sides
    assert (stats["ru"].linked, stats["ru"].alignable, stats["ru"].without_counterpart) == (2, 3, 1)
    assert abs(stats["ru"].coverage - (5 + 12) / (5 + 8 + 12)) < 1e-9
    assert stats["en"].coverage == 1.0 and stats["en"].without_counterpart == 0
    assert without_counterpart(docs["ru"], links, "ru") == [1]  # the meta paragraph 2 is not a gap
    assert weak_paragraphs(links, "en", 0.5) == [1]
    assert links.counterparts("ru", 3) == [1, 2]


def test_step_wraps_around():
    assert step([2, 5, 9], None, True) == 2
    assert step([2, 5, 9], 5, True) == 9
    assert step([2, 5, 9], 9, True) == 2
    assert step([2, 5, 9], 2, False) == 9
    assert step([2, 5, 9], 6, False) == 5
    assert step([], 3, True) is None


def test_sentence_lookups():
    docs = documents()
    link = Link([3], [2], sentences=[SentenceLink([(3, 0)], [(2, 0)])])
    assert sentence_at(docs["ru"], 3, 2) == 0
    assert sentence_counterparts(link, "ru", 3, 0) == [(2, 0)]
    assert sentence_counterparts(link, "en", 2, 0) == [(3, 0)]
    assert sentence_counterparts(link, "ru", 3, 5) == []
