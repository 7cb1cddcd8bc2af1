"""Annotations: kinds, validation, reading order, and undoable add/edit/delete."""

from __future__ import annotations

import pytest

from reader.core.commands import CommandStack
from reader.core.errors import ProjectError
from reader.core.project.annotations import (AddAnnotation, Annotation, AnnotationSet, DeleteAnnotation,
                                             EditAnnotation)


def _snapshot(annotations: AnnotationSet):
    return [(a.id, a.paragraph, a.start, a.end, a.note, a.color, a.modified) for a in annotations]


def test_kinds():
    assert Annotation("ru", 1, 0, 5).kind == "highlight"
    assert Annotation("en", 1).kind == "paragraph"
    assert Annotation("link", 1, counterpart=2).kind == "link"


def test_span_is_a_highlights_range_only():
    assert Annotation("ru", 1, 0, 5).span == (0, 5)
    assert Annotation("ru", 1, 3, 3).span == (3, 3)
    assert Annotation("en", 1).span is None  # a paragraph note
    assert Annotation("link", 1, counterpart=2).span is None


@pytest.mark.parametrize("bad", [
    dict(side="de", paragraph=0), dict(side="ru", paragraph=-1), dict(side="ru", paragraph=0, start=3, end=1),
    dict(side="ru", paragraph=0, start=1), dict(side="ru", paragraph=9, start=0, end=1),
])
def test_validate_refuses(bad):
    with pytest.raises(ProjectError):
        Annotation(**bad).validate({"ru": 5, "en": 5})


def test_commands_do_and_undo_exactly():
    first = Annotation("ru", 2, 0, 8, note="first")
    annotations = AnnotationSet([first, Annotation("en", 1, 3, 9)])
    stack = CommandStack()
    states = [_snapshot(annotations)]
    added = Annotation("en", 0, 0, 4, note="added")
    for command in (AddAnnotation(annotations, added), EditAnnotation(annotations, first.id, note="edited"),
                    DeleteAnnotation(annotations, first.id)):
        stack.push(command)
        states.append(_snapshot(annotations))
    assert [a.note for a in annotations] == ["", "added"]
    for expected in reversed(states[:-1]):
        stack.undo()
        assert _snapshot(annotations) == expected  # the deleted one is back at its old position
    for expected in states[1:]:
        stack.redo()
        assert _snapshot(annotations) == expected


def test_edit_text_and_listeners():
    a = Annotation("ru", 0, 0, 1)
    annotations = AnnotationSet([a])
    heard = []
    annotations.subscribe(lambda: heard.append(len(annotations)))
    command = EditAnnotation(annotations, a.id, note="x")
    assert command.text == "Edit note"
    command.do()
    assert annotations.get(a.id).note == "x" and heard == [1]


def test_highlight_covering_a_range():
    annotations = AnnotationSet([
        Annotation("ru", 2, 0, 20, id="wide"), Annotation("ru", 2, 5, 10, id="narrow"),
        Annotation("ru", 2, 5, 10, id="narrow, on top"), Annotation("ru", 2, id="paragraph note"),
        Annotation("en", 2, 0, 30, id="other side"), Annotation("ru", 3, 0, 30, id="other paragraph"),
        Annotation("ru", 2, 0, 40, id="lost", unplaced=True)])
    covering = annotations.highlight_covering
    assert covering("ru", 2, 6, 9).id == "narrow, on top"
    assert covering("ru", 2, 5, 10).id == "narrow, on top"  # exactly its range
    assert covering("ru", 2, 0, 20).id == "wide"
    assert covering("ru", 2, 4, 10).id == "wide"  # the narrow ones do not hold all of it
    assert covering("ru", 2, 15, 25) is None  # runs out of the wide one; the unplaced one does not count
    assert covering("en", 2, 1, 2).id == "other side"
    assert covering("en", 1, 1, 2) is None


def test_duplicate_ids_refused():
    a = Annotation("ru", 0, id="same")
    with pytest.raises(ProjectError):
        AnnotationSet([a, Annotation("en", 0, id="same")])


def test_reading_order():
    annotations = AnnotationSet([Annotation("en", 4, 0, 2, id="e4"), Annotation("ru", 1, 5, 6, id="r1b"),
                                 Annotation("ru", 1, 0, 3, id="r1a"), Annotation("link", 0, id="l0"),
                                 Annotation("ru", 0, 0, 1, id="gone", unplaced=True)])
    assert [a.id for a in annotations.in_reading_order()] == ["l0", "r1a", "r1b", "e4", "gone"]
    # with a position function (e.g. rows), English paragraph 4 sits before Russian paragraph 1
    position = {("ru", 0): 0, ("ru", 1): 5, ("en", 4): 2}
    order = annotations.in_reading_order(lambda side, p: position.get((side, p), 99))
    assert [a.id for a in order] == ["l0", "e4", "r1a", "r1b", "gone"]
