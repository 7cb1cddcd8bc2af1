"""Random sequences of alignment edits: every state stays consistent; undo and redo are exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.align.editing.edit import (ClearNoCounterpart, Confirm, JoinParts, LinkParagraphs, MarkNoCounterpart,
                                    MergeWithNext, SplitParagraph, Unconfirm, Unlink, Unmerge)
from reader.core.align.units import Unit, parts_of
from reader.core.align.validate import check_alignment
from reader.core.commands import CommandStack
from reader.core.errors import AlignmentError

from .edit_fixtures import alignment, documents, state

SIDE = st.sampled_from(["ru", "en"])
PARAGRAPH = st.integers(0, 7)


def draw_items(data, al, docs, side):
    """Some paragraphs or split-paragraph parts of ``side``."""
    items = []
    for index in data.draw(st.lists(PARAGRAPH, min_size=1, max_size=3)):
        if index in al.units[side].split and data.draw(st.booleans()):
            items.append(Unit((index,), data.draw(st.sampled_from(parts_of(al.units[side], docs[side], index)))))
        else:
            items.append(index)
    return items


def draw_command(data, al, docs):
    kind = data.draw(st.sampled_from(["link", "link", "unlink", "mark", "clear", "confirm", "unconfirm",
                                      "merge", "unmerge", "split", "split", "split", "join", "join"]))
    side = data.draw(SIDE)
    if kind == "link":
        return LinkParagraphs(al, docs, draw_items(data, al, docs, "ru"), draw_items(data, al, docs, "en"))
    if kind in ("unlink", "confirm", "unconfirm"):
        links = data.draw(st.lists(st.sampled_from(al.links), max_size=2)) if al.links else []
        return {"unlink": Unlink, "confirm": Confirm, "unconfirm": Unconfirm}[kind](al, docs, links)
    if kind in ("mark", "clear"):
        return (MarkNoCounterpart if kind == "mark" else ClearNoCounterpart)(
            al, docs, side, data.draw(st.lists(PARAGRAPH, min_size=1, max_size=2)))
    if kind in ("merge", "unmerge"):
        return (MergeWithNext if kind == "merge" else Unmerge)(al, docs, side, data.draw(PARAGRAPH))
    bounds = [(i, b) for i, at in al.units[side].split.items() for b in at]
    if kind == "join" and bounds and data.draw(st.booleans()):
        return JoinParts(al, docs, side, *data.draw(st.sampled_from(bounds)))
    several = [i for i, p in enumerate(docs[side].paragraphs) if len(p.sentences) > 1]
    index = data.draw(st.one_of(st.sampled_from(several), PARAGRAPH))
    return (SplitParagraph if kind == "split" else JoinParts)(al, docs, side, index, data.draw(st.integers(0, 2)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_stay_consistent_and_undo_exactly(data):
    al, docs = alignment(), documents()
    stack = CommandStack()
    history = [state(al)]
    if data.draw(st.booleans()):  # start with split paragraphs on both sides
        for side, index in (("ru", 1), ("en", 4)):
            stack.push(SplitParagraph(al, docs, side, index, 1))
            history.append(state(al))
    for _ in range(data.draw(st.integers(1, 12))):
        command = draw_command(data, al, docs)
        before = state(al)
        try:
            stack.push(command)
        except AlignmentError as error:
            assert str(error)  # refused with a reason, and nothing changed
            assert state(al) == before
            continue
        check_alignment(al, docs)
        history.append(state(al))
    for expected in reversed(history[:-1]):
        stack.undo()
        assert state(al) == expected
    for expected in history[1:]:
        stack.redo()
        assert state(al) == expected
