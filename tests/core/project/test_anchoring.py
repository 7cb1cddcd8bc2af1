"""Re-anchoring annotations by their quote after a source changed; nothing is ever dropped."""

from __future__ import annotations

from reader.core.project.anchoring import fill_quotes, place, reanchor
from reader.core.project.annotations import Annotation

OLD = ["Первый абзац.", "Президент подписал закон о ратификации конвенции.", "Третий абзац о другом.",
       "Конвенция направлена на борьбу с киберпреступностью."]


def _highlight(paragraph, start, end, **kw):
    a = Annotation("ru", paragraph, start, end, **kw)
    fill_quotes([a], {"ru": OLD, "en": []})
    return a


def test_unchanged_text_keeps_everything():
    a = _highlight(1, 10, 19)
    assert a.quote == "подписал "
    report = reanchor([a], OLD)
    assert report.unchanged == [a] and not report.moved and not report.unplaced


def test_inserted_paragraph_moves_highlight():
    a = _highlight(3, 0, 9)  # "Конвенция"
    new = ["Вставка в начале."] + OLD
    (moved,) = reanchor([a], new).moved
    assert (moved.paragraph, moved.start, moved.end) == (4, 0, 9)
    assert new[4][moved.start:moved.end] == a.quote


def test_nearest_occurrence_wins():
    text = "закон и закон и закон"
    a = Annotation("ru", 0, 16, 21, quote="закон")
    (moved,) = reanchor([a], ["x", text]).moved
    assert (moved.paragraph, moved.start) == (1, 16)


def test_edited_text_found_approximately():
    a = _highlight(1, 0, len(OLD[1]) - 1)
    new = [OLD[0], "Президент подписал закон о ратификации Конвенции ООН.", OLD[2]]
    (moved,) = reanchor([a], new).moved
    assert moved.paragraph == 1 and moved.start == 0
    assert "ратификации" in new[1][moved.start:moved.end]


def test_vanished_text_is_unplaced_not_dropped():
    a = _highlight(2, 0, 12, note="keep me")
    report = reanchor([a], ["Совсем другой текст.", "Ничего общего."])
    (lost,) = report.unplaced
    assert lost.unplaced and lost.note == "keep me" and lost.id == a.id and lost.quote == a.quote
    assert report.annotations == [lost]


def test_paragraph_note_follows_its_paragraph():
    a = Annotation("ru", 2, note="about this paragraph")
    fill_quotes([a], {"ru": OLD, "en": []})
    (moved,) = reanchor([a], OLD[2:] + OLD[:2]).moved
    assert moved.paragraph == 0


def test_place_by_hand():
    a = Annotation("ru", 9, 0, 3, quote="gone", unplaced=True)
    placed = place(a, 3, 0, 9, OLD)
    assert not placed.unplaced and placed.quote == "Конвенция"
