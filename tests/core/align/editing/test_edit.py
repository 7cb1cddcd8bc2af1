"""Alignment edit commands: what each does, exact undo/redo, refusals with a reason."""

from __future__ import annotations

import pytest

from reader.core.align.editing.edit import (ClearNoCounterpart, Confirm, JoinParts, LinkParagraphs, MarkNoCounterpart,
                                    MergeWithNext, SplitParagraph, Unconfirm, Unlink, Unmerge)
from reader.core.align import Origin
from reader.core.align.units import Unit
from reader.core.align.validate import check_alignment
from reader.core.commands import CommandStack
from reader.core.errors import AlignmentError

from .edit_fixtures import alignment, documents, push_checked, sample_edits, state


@pytest.fixture
def pair():
    return alignment(), documents()


def pairs(al):
    return sorted((link.ru, link.en, link.origin) for link in al.links)


def run(stack, command, al, docs):
    """Push ``command`` with exact undo/redo checks; the edit must change something."""
    before = state(al)
    assert push_checked(stack, command, al, docs) != before


def test_link_replaces_and_shrinks_links(pair):
    al, docs = pair
    run(CommandStack(), LinkParagraphs(al, docs, ru=[2, 3], en=[3]), al, docs)
    # ru 2 and 3 leave their links; ru2-en3 is replaced, ru3-en4 loses its only Russian paragraph
    assert ([2, 3], [3], Origin.MANUAL) in pairs(al)
    assert not any(link.en == [4] for link in al.links)
    assert al.link_of("ru", 2).score == 1.0


def test_link_shrinks_a_many_paragraph_link_and_keeps_its_origin(pair):
    al, docs = pair
    run(CommandStack(), LinkParagraphs(al, docs, ru=[7], en=[2]), al, docs)
    assert ([1], [1], Origin.CONFIRMED) in pairs(al)
    assert ([7], [2], Origin.MANUAL) in pairs(al)


def test_link_clears_no_counterpart_marks(pair):
    al, docs = pair
    al.no_counterpart["ru"].add(7)
    run(CommandStack(), LinkParagraphs(al, docs, ru=[7], en=[7]), al, docs)
    assert al.no_counterpart["ru"] == set()


def test_unlink_removes_the_link(pair):
    al, docs = pair
    link = al.link_of("ru", 3)
    run(CommandStack(), Unlink(al, docs, [link]), al, docs)
    assert al.link_of("ru", 3) is None and al.link_of("en", 4) is None
    assert len(al.links) == 5


def test_mark_no_counterpart_takes_paragraph_out_of_its_link(pair):
    al, docs = pair
    run(CommandStack(), MarkNoCounterpart(al, docs, "en", [2]), al, docs)
    assert al.no_counterpart["en"] == {2}
    assert ([1], [1], Origin.CONFIRMED) in pairs(al)
    run(CommandStack(), ClearNoCounterpart(al, docs, "en", [2]), al, docs)
    assert al.no_counterpart["en"] == set()


def test_confirm_and_unconfirm(pair):
    al, docs = pair
    link = al.link_of("ru", 3)
    stack = CommandStack()
    run(stack, Confirm(al, docs, [link]), al, docs)
    confirmed = al.link_of("ru", 3)
    assert confirmed.origin == Origin.CONFIRMED and link.origin == Origin.AUTO
    assert al.links.index(confirmed) == 3  # keeps its place
    run(stack, Unconfirm(al, docs, [confirmed]), al, docs)
    assert al.link_of("ru", 3).origin == Origin.AUTO


def test_merge_joins_the_links_of_both_paragraphs(pair):
    al, docs = pair
    run(CommandStack(), MergeWithNext(al, docs, "ru", 2), al, docs)
    assert al.units["ru"].merged == [[2, 3]]
    assert ([2, 3], [3, 4], Origin.AUTO) in pairs(al)
    run(CommandStack(), MergeWithNext(al, docs, "ru", 3), al, docs)  # extends the group
    assert al.units["ru"].merged == [[2, 3, 4]]
    assert ([2, 3, 4], [3, 4, 5], Origin.MANUAL) in pairs(al)  # the manual link made it manual


def test_merge_with_an_unlinked_paragraph_extends_the_link(pair):
    al, docs = pair
    al.no_counterpart["ru"].add(6)
    run(CommandStack(), MergeWithNext(al, docs, "ru", 5), al, docs)
    assert ([5, 6], [6], Origin.AUTO) in pairs(al)
    assert al.no_counterpart["ru"] == set()


def test_linking_one_member_of_a_merged_group_links_the_group(pair):
    al, docs = pair
    stack = CommandStack()
    stack.push(MergeWithNext(al, docs, "ru", 6))
    run(stack, LinkParagraphs(al, docs, ru=[7], en=[7]), al, docs)
    assert ([6, 7], [7], Origin.MANUAL) in pairs(al)
    run(stack, Unmerge(al, docs, "ru", 6), al, docs)
    assert al.units["ru"].merged == [] and ([6, 7], [7], Origin.MANUAL) in pairs(al)


def test_split_then_link_a_part(pair):
    al, docs = pair
    stack = CommandStack()
    run(stack, SplitParagraph(al, docs, "ru", 1, 2), al, docs)
    assert al.units["ru"].split == {1: [2]}
    assert al.link_of("ru", 1).ru_sentences == {}  # still holds both parts
    run(stack, LinkParagraphs(al, docs, ru=[Unit((1,), (2,))], en=[2]), al, docs)
    assert ([1], [1], Origin.CONFIRMED) in pairs(al) and ([1], [2], Origin.MANUAL) in pairs(al)
    parts = sorted(link.ru_sentences[1] for link in al.links if 1 in link.ru)
    assert parts == [[0, 1], [2]]
    run(stack, JoinParts(al, docs, "ru", 1, 2), al, docs)
    assert al.units["ru"].split == {}
    assert ([1], [1, 2], Origin.MANUAL) in pairs(al)
    assert al.link_of("ru", 1).ru_sentences == {}


def test_split_twice_and_join_keeps_outer_part_apart(pair):
    al, docs = pair
    stack = CommandStack()
    stack.push(SplitParagraph(al, docs, "ru", 1, 1))
    stack.push(SplitParagraph(al, docs, "ru", 1, 2))
    stack.push(LinkParagraphs(al, docs, ru=[Unit((1,), (0,))], en=[0]))
    run(stack, JoinParts(al, docs, "ru", 1, 2), al, docs)
    assert al.units["ru"].split == {1: [1]}
    assert al.link_of("en", 1).ru_sentences == {1: [1, 2]}


@pytest.mark.parametrize("make, reason", [
    (lambda al, d: LinkParagraphs(al, d, ru=[], en=[1]), "at least one Russian"),
    (lambda al, d: LinkParagraphs(al, d, ru=[99], en=[1]), "no Russian paragraph 99"),
    (lambda al, d: LinkParagraphs(al, d, ru=[4], en=[5]), "already linked"),
    (lambda al, d: LinkParagraphs(al, d, ru=[Unit((1,), (0,))], en=[1]), "not split"),
    (lambda al, d: Unlink(al, d, []), "Select"),
    (lambda al, d: MarkNoCounterpart(al, d, "en", [-1]), "no English paragraph -1"),
    (lambda al, d: ClearNoCounterpart(al, d, "en", [3]), "not marked"),
    (lambda al, d: Confirm(al, d, [al.link_of("ru", 1)]), "already confirmed"),
    (lambda al, d: Unconfirm(al, d, [al.link_of("ru", 0)]), "not a confirmed"),
    (lambda al, d: MergeWithNext(al, d, "en", 7), "last one"),
    (lambda al, d: Unmerge(al, d, "en", 3), "not merged"),
    (lambda al, d: SplitParagraph(al, d, "ru", 0, 1), "single sentence"),
    (lambda al, d: SplitParagraph(al, d, "ru", 1, 3), "before sentences 1 to 2"),
    (lambda al, d: SplitParagraph(al, d, "ru", 1, 0), "before sentences 1 to 2"),
    (lambda al, d: JoinParts(al, d, "ru", 1, 1), "not split"),
])
def test_invalid_edits_are_refused_with_a_reason(pair, make, reason):
    al, docs = pair
    stack = CommandStack()
    before = state(al)
    with pytest.raises(AlignmentError, match=reason) as caught:
        stack.push(make(al, docs))
    assert state(al) == before
    assert not stack.can_undo()
    assert_translatable(caught.value)


def assert_translatable(error: AlignmentError) -> None:
    """The reason also comes as a template and its details as plain data (for the window's languages)."""
    assert error.template and (error.template != str(error)) == bool(error.params)
    assert all(isinstance(value, (str, int)) or all(isinstance(v, int) for v in value) for value in error.params.values())
    if "paragraph" in error.params:
        assert error.params["side"] in ("ru", "en") and "{paragraph}" in error.template


def test_refusals_on_units(pair):
    al, docs = pair
    stack = CommandStack()
    stack.push(SplitParagraph(al, docs, "ru", 1, 1))
    stack.push(MergeWithNext(al, docs, "ru", 2))
    before = state(al)
    for command, reason in [
        (MergeWithNext(al, docs, "ru", 0), "split; join its parts"),
        (SplitParagraph(al, docs, "ru", 3, 1), "merged with another one"),
        (SplitParagraph(al, docs, "ru", 1, 1), "already split"),
        (LinkParagraphs(al, docs, ru=[Unit((1,), (0, 1))], en=[0]), "not whole parts"),
        (Unlink(al, docs, [type(al.links[0])([0], [0])]), "no longer in the alignment"),
    ]:
        with pytest.raises(AlignmentError, match=reason) as caught:
            stack.push(command)
        assert state(al) == before
        assert_translatable(caught.value)


def test_whole_history_undoes_to_the_start(pair):
    al, docs = pair
    start = state(al)
    stack = CommandStack()
    sample_edits(al, docs, stack)
    stack.push(Unlink(al, docs, [al.link_of("ru", 3)]))
    check_alignment(al, docs)
    end = state(al)
    while stack.can_undo():
        stack.undo()
    assert state(al) == start
    while stack.can_redo():
        stack.redo()
    assert state(al) == end


def test_merging_inside_one_link_keeps_its_origin(pair):
    al, docs = pair
    stack = CommandStack()
    stack.push(Confirm(al, docs, [al.link_of("ru", 5)]))
    stack.push(LinkParagraphs(al, docs, ru=[5, 6], en=[6]))  # manual now
    stack.push(Confirm(al, docs, [al.link_of("ru", 0)]))
    run(stack, MergeWithNext(al, docs, "ru", 5), al, docs)
    assert ([5, 6], [6], Origin.MANUAL) in pairs(al)
    run(stack, MergeWithNext(al, docs, "en", 0), al, docs)  # en 1 is in the confirmed ru 1 link
    assert ([0, 1], [0, 1, 2], Origin.MANUAL) in pairs(al)
    stack.push(MarkNoCounterpart(al, docs, "ru", [7]))
    run(stack, MergeWithNext(al, docs, "ru", 6), al, docs)  # an unlinked paragraph joins a single link
    assert ([5, 6, 7], [6], Origin.MANUAL) in pairs(al)
