"""Re-aligning part of a retold pair: the re-aligned links follow the sentences the way a whole
alignment's do (real retold pairs of the dev-set slice, and the book slice, where they do not)."""

import pytest

from conftest import REPO
from reader.core.align import AlignContext, AlignOptions, Alignment, align_documents
from reader.core.align.editing.edit import LinkParagraphs
from reader.core.align.evaluation.gold import plain_document, read_set
from reader.core.align.editing.realign import Realign, plan_realign, whole_window, window_for
from reader.core.commands import CommandStack

SLICE = REPO / "tests" / "data" / "align-dev-slice.jsonl"


def _pairs(alignment: Alignment) -> set:
    return {(tuple(link.ru), tuple(link.en)) for link in alignment.links}


@pytest.fixture(scope="module")
def retold():
    """A retold pair whose sentence-first links differ from the paragraph search's."""
    row = next(row for row in read_set(SLICE)
               if (row["id"], row["variant"]) == ("wmt21-ru-en:vesti.ru.343764", "retold"))
    return {"ru": plain_document(row["ru"], "ru"), "en": plain_document(row["en"], "en")}


def test_realigning_a_retold_pair_gives_the_links_of_a_whole_alignment(retold):
    whole = align_documents(retold["ru"], retold["en"])
    alone = align_documents(retold["ru"], retold["en"], AlignOptions(follow_sentences=False))
    assert _pairs(whole) != _pairs(alone)  # the sentences change this pair's links
    empty = Alignment()
    context = AlignContext.build(retold["ru"], retold["en"])
    assert context.follows_sentences()
    CommandStack().push(Realign(empty, retold, whole_window(retold), context))
    assert _pairs(empty) == _pairs(whole)
    # with the option off, re-aligning gives the search's links, as aligning does
    off = Alignment()
    context = AlignContext.build(retold["ru"], retold["en"], AlignOptions(follow_sentences=False))
    CommandStack().push(Realign(off, retold, whole_window(retold), context))
    assert _pairs(off) == _pairs(alone)


def test_the_gap_before_a_manual_link_follows_the_sentences_of_that_gap(retold):
    # the search links the headline (ru 0) to English 0, which keeps one sentence of ru 1 (see
    # test_retell); a person links the merged ru 3-4 to English 1, and the gap before it is re-aligned
    alignment = align_documents(retold["ru"], retold["en"], AlignOptions(follow_sentences=False))
    assert alignment.link_of("en", 0).ru == [0]
    LinkParagraphs(alignment, retold, ru=[3, 4], en=[1]).do()
    window = window_for(alignment, retold, "ru", 0, 2)
    searched = plan_realign(alignment, retold, window, AlignContext.build(retold["ru"], retold["en"],
                                                                          AlignOptions(follow_sentences=False)))
    assert _pairs(Alignment(links=searched.added)) == {((0,), (0,))}
    change = plan_realign(alignment, retold, window, AlignContext.build(retold["ru"], retold["en"]))
    assert _pairs(Alignment(links=change.added)) == {((1,), (0,))}
    (link,) = change.added
    assert [(s.ru, s.en) for s in link.sentences] == [([(1, 2)], [(0, 0)])]  # the one surviving sentence
    stack = CommandStack()
    stack.push(Realign(alignment, retold, window, AlignContext.build(retold["ru"], retold["en"])))
    assert _pairs(alignment) == {((1,), (0,)), ((3, 4), (1,))}


def test_a_book_is_realigned_by_the_search_alone():
    from reader.core.formats import load_document

    ru = load_document(REPO / "tests" / "data" / "book-slice.ru.txt", language="ru")
    en = load_document(REPO / "tests" / "data" / "book-slice.en.txt", language="en")
    documents = {"ru": ru, "en": en}
    context = AlignContext.build(ru, en)
    assert not context.follows_sentences()
    with_option = plan_realign(Alignment(), documents, whole_window(documents), context)
    off = AlignContext.build(ru, en, AlignOptions(follow_sentences=False))
    without = plan_realign(Alignment(), documents, whole_window(documents), off)
    assert [(link.ru, link.en) for link in with_option.added] == [(link.ru, link.en) for link in without.added]
