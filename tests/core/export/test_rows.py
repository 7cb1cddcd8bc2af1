"""Rows: links in reading order, unpaired paragraphs in place, hidden kinds left out, notes numbered."""

from __future__ import annotations

from pairs import make_doc
from reader.core.align import Alignment, Link
from reader.core.document import Kind
from reader.core.export.common import ExportOptions
from reader.core.session import ReadingSession
from reader.core.export.rows import build_rows, row_positions
from reader.core.project.annotations import Annotation


def test_rows_of_annotated_pair(annotated):
    layout = build_rows(annotated, ExportOptions())
    assert [(r.ru, r.en) for r in layout.rows] == [([0], [0]), ([1], [1]), ([2], [2, 3]), ([3], [4]), ([4], [])]
    assert layout.rows[-1].translation.model == "translate-ru_en 1.9"
    assert [n.id for n in layout.rows[2].link_notes] == ["link"]
    # numbered in reading order: link note first in its row; highlights without a note get no number
    assert layout.note_numbers == {"ru-note": 1, "link": 2, "en-note": 3, "para": 4}
    assert row_positions(layout)[("en", 3)] == 2


def test_unlinked_english_follows_its_predecessor_and_hidden_kinds():
    ru = make_doc(["a", "b", "2024-10-25", "c"], "ru", kinds={2: Kind.META})
    en = make_doc(["A", "extra", "B", "C"], "en")
    alignment = Alignment([Link([0], [0]), Link([1], [2]), Link([3], [3])])
    data = ReadingSession(ru, en, alignment, [Annotation("ru", 2, 0, 4, note="on a hidden paragraph")])
    layout = build_rows(data, ExportOptions())
    # the meta paragraph is shown because it carries an annotation
    assert [(r.ru, r.en) for r in layout.rows] == [([0], [0]), ([], [1]), ([1], [2]), ([2], []), ([3], [3])]
    assert not layout.unplaced
    data.annotations.replace_all([])
    assert ([2], []) not in [(r.ru, r.en) for r in build_rows(data, ExportOptions()).rows]
    assert ([2], []) in [(r.ru, r.en) for r in build_rows(data, ExportOptions(include_hidden=True)).rows]


def test_crossing_link_keeps_every_paragraph_once():
    ru, en = make_doc(["a", "b", "c"], "ru"), make_doc(["A", "B", "C", "D"], "en")
    alignment = Alignment([Link([0], [2]), Link([1], [0]), Link([2], [3])])
    layout = build_rows(ReadingSession(ru, en, alignment), ExportOptions())
    assert sorted(j for r in layout.rows for j in r.en) == [0, 1, 2, 3]
    assert [(r.ru, r.en) for r in layout.rows] == [([0], [2]), ([1], [0]), ([], [1]), ([2], [3])]


def test_parts_of_a_split_paragraph_stay_in_one_row():
    ru, en = make_doc(["a. b.", "c"], "ru"), make_doc(["A", "B", "C"], "en")
    alignment = Alignment([Link([0], [0], ru_sentences={0: [0]}), Link([0], [1], ru_sentences={0: [1]}),
                           Link([1], [2])])
    layout = build_rows(ReadingSession(ru, en, alignment), ExportOptions())
    assert [(r.ru, r.en) for r in layout.rows] == [([0], [0, 1]), ([1], [2])]
