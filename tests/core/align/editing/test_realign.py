"""Re-alignment with anchors: fixed links never move, gaps are aligned on their own, undo is exact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.align import AlignContext, Alignment, Link, Origin, align_documents
from reader.core.align.editing.edit import Confirm, LinkParagraphs, MarkNoCounterpart, MergeWithNext, SplitParagraph, Unlink
from reader.core.align.editing.realign import AlignAgain, Realign, Window, describe, plan_realign, snapshot, whole_window, window_for
from reader.core.align.units import Unit
from reader.core.commands import CommandStack
from reader.core.errors import AlignmentError
from reader.core.segment import make_document

from .edit_fixtures import push_checked, state

PAIR = json.loads((Path(__file__).parent / "data" / "realign_pair.json").read_text(encoding="utf-8"))
DOCS = {"ru": make_document(PAIR["ru"], "ru"), "en": make_document(PAIR["en"], "en")}
CONTEXT = AlignContext.build(DOCS["ru"], DOCS["en"])


def as_pairs(alignment: Alignment) -> list:
    return sorted((link.ru, link.en) for link in alignment.links)


@pytest.fixture
def aligned() -> Alignment:
    return align_documents(DOCS["ru"], DOCS["en"])


def realign(alignment: Alignment, window: Window | None = None) -> CommandStack:
    """Re-align (the whole pair by default) on a new stack, checking exact undo and redo."""
    stack = CommandStack()
    push_checked(stack, Realign(alignment, DOCS, window or whole_window(DOCS), CONTEXT), alignment, DOCS)
    return stack


def test_realigning_everything_without_anchors_gives_the_aligner_result(aligned):
    empty = Alignment()
    realign(empty)
    assert as_pairs(empty) == as_pairs(aligned)


def test_realigning_an_untouched_alignment_changes_no_pair(aligned):
    pairs = as_pairs(aligned)
    realign(aligned)
    assert as_pairs(aligned) == pairs


def test_a_manual_link_cuts_the_problem_in_two(aligned):
    LinkParagraphs(aligned, DOCS, ru=[10], en=[20]).do()
    manual = aligned.link_of("ru", 10)
    realign(aligned)
    assert aligned.link_of("ru", 10) is manual
    for link in aligned.links:
        if link is not manual:  # every other link lies wholly before or wholly after the anchor
            before = link.ru[-1] < 10 and link.en[-1] < 20
            after = link.ru[0] > 10 and link.en[0] > 20
            assert before or after, link


def test_no_counterpart_marks_are_respected(aligned):
    MarkNoCounterpart(aligned, DOCS, "ru", [4, 11]).do()
    MarkNoCounterpart(aligned, DOCS, "en", [0]).do()
    realign(aligned)
    assert aligned.link_of("ru", 4) is None and aligned.link_of("ru", 11) is None
    assert aligned.link_of("en", 0) is None


def test_links_outside_the_window_are_kept(aligned):
    outside = [link for link in aligned.links if link.ru[0] < 15]
    window = window_for(aligned, DOCS, "ru", 15)
    assert window.ru == (15, len(DOCS["ru"].paragraphs))
    assert window.en[0] == max(link.en[-1] for link in outside if link.ru[-1] < 15) + 1
    aligned.links = [link for link in aligned.links if link.ru[0] < 15]  # as if the rest were unaligned
    realign(aligned, window)
    assert all(any(kept is link for link in aligned.links) for kept in outside)
    assert any(link.ru[0] >= 15 for link in aligned.links)


def test_window_for_starts_at_the_automatic_link_of_the_paragraph():
    alignment = Alignment(links=[Link([0], [0]), Link([1, 2], [1]), Link([3], [2, 3]), Link([5], [6])])
    assert window_for(alignment, DOCS, "ru", 2, 3) == Window((1, 4), (1, 6))  # ends before ru 5 ↔ en 6
    assert window_for(alignment, DOCS, "en", 3) == Window((3, 31), (2, 32))
    LinkParagraphs(alignment, DOCS, ru=[1, 2], en=[1]).do()  # a manual link is not widened into
    assert window_for(alignment, DOCS, "ru", 2).ru == (2, 31)
    with pytest.raises(AlignmentError, match="inside the text"):
        window_for(alignment, DOCS, "en", 99)


def test_merged_paragraphs_are_aligned_as_one_unit(aligned):
    stack = CommandStack()
    stack.push(MergeWithNext(aligned, DOCS, "ru", 14))
    stack.push(MergeWithNext(aligned, DOCS, "en", 13))
    realign(aligned)
    for side, group in (("ru", [14, 15]), ("en", [13, 14])):
        holders = {id(aligned.link_of(side, i)) for i in group}
        assert len(holders) == 1  # both members in the same link, or both unlinked


def test_parts_of_a_split_paragraph_can_be_aligned_apart(aligned):
    index = next(i for i, p in enumerate(DOCS["ru"].paragraphs) if len(p.sentences) >= 2 and aligned.link_of("ru", i))
    stack = CommandStack()
    stack.push(SplitParagraph(aligned, DOCS, "ru", index, 1))
    stack.push(LinkParagraphs(aligned, DOCS, ru=[Unit((index,), (0,))], en=[aligned.link_of("ru", index).en[0]]))
    realign(aligned)
    holders = [link for link in aligned.links if index in link.ru]
    assert holders and holders[0].origin == Origin.MANUAL and holders[0].ru_sentences[index] == [0]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_realignment_never_moves_a_confirmed_or_manual_link(data):
    alignment = align_documents(DOCS["ru"], DOCS["en"])
    n, m = len(DOCS["ru"].paragraphs), len(DOCS["en"].paragraphs)
    stack = CommandStack()
    for _ in range(data.draw(st.integers(0, 4))):  # hand links, right or wrong
        ru = data.draw(st.integers(0, n - 1))
        en = data.draw(st.integers(0, m - 1))
        try:
            stack.push(LinkParagraphs(alignment, DOCS, ru=[ru], en=[en, min(en + 1, m - 1)]))
        except AlignmentError:
            pass  # the same hand link twice
    for link in data.draw(st.lists(st.sampled_from(alignment.links), max_size=4, unique_by=id)):
        if link.origin == Origin.AUTO:
            stack.push(Confirm(alignment, DOCS, [link]))
    for side in data.draw(st.lists(st.sampled_from(["ru", "en"]), max_size=3)):  # merged and split units
        size = len(DOCS[side].paragraphs)
        index = data.draw(st.integers(0, size - 1))
        command = (MergeWithNext(alignment, DOCS, side, index) if data.draw(st.booleans())
                   else SplitParagraph(alignment, DOCS, side, index, 1))
        try:
            stack.push(command)
        except AlignmentError:
            pass  # e.g. a one-sentence paragraph cannot be split
    marked = data.draw(st.sets(st.integers(0, n - 1), max_size=3))
    if marked:
        stack.push(MarkNoCounterpart(alignment, DOCS, "ru", sorted(marked)))
    fixed = [(link, link.ru[:], link.en[:], link.origin) for link in alignment.links if link.fixed]
    side = data.draw(st.sampled_from(["ru", "en"]))
    size = len(DOCS[side].paragraphs)
    first = data.draw(st.integers(0, size - 1))
    last = data.draw(st.one_of(st.none(), st.integers(first, size - 1)))
    realign(alignment, window_for(alignment, DOCS, side, first, last))
    for link, ru, en, origin in fixed:
        assert any(kept is link for kept in alignment.links)
        assert (link.ru, link.en, link.origin) == (ru, en, origin)
    assert all(alignment.link_of("ru", i) is None for i in marked)


def test_a_change_planned_on_a_snapshot_is_applied_or_refused(aligned):
    planned = plan_realign(snapshot(aligned), DOCS, window_for(aligned, DOCS, "ru", 10), CONTEXT)
    stack = CommandStack()
    stack.push(Unlink(aligned, DOCS, [aligned.link_of("ru", 20)]))  # an edit while it was planned
    before = state(aligned)
    with pytest.raises(AlignmentError, match="changed while"):
        stack.push(Realign(aligned, DOCS, window_for(aligned, DOCS, "ru", 10), CONTEXT, change=planned))
    assert state(aligned) == before
    stack.undo()
    push_checked(stack, Realign(aligned, DOCS, window_for(aligned, DOCS, "ru", 10), CONTEXT, change=planned),
                 aligned, DOCS)


def test_a_hand_link_gets_sentence_links_and_differences(aligned):
    command = LinkParagraphs(aligned, DOCS, ru=[12], en=[12], describe=lambda link: describe(link, CONTEXT))
    command.do()
    link = aligned.link_of("ru", 12)
    assert link.origin == Origin.MANUAL and link.sentences
    assert all(p == 12 for pair in link.sentences for p, _ in pair.ru)


def test_align_again_keeps_hand_edits_in_the_same_alignment(aligned):
    stack = CommandStack()
    stack.push(LinkParagraphs(aligned, DOCS, ru=[10], en=[20]))
    stack.push(MarkNoCounterpart(aligned, DOCS, "ru", [4]))
    stack.push(MergeWithNext(aligned, DOCS, "ru", 14))
    manual = aligned.link_of("ru", 10)
    fresh = align_documents(DOCS["ru"], DOCS["en"])
    push_checked(stack, AlignAgain(aligned, DOCS, fresh), aligned, DOCS)
    assert aligned.link_of("ru", 10) is manual and aligned.link_of("ru", 4) is None
    assert all(not (set(link.ru) & {10, 4}) and 20 not in link.en for link in aligned.links if link is not manual)
    assert len({id(aligned.link_of("ru", i)) for i in (14, 15)}) == 1
    assert any(link.origin == Origin.AUTO for link in aligned.links)
