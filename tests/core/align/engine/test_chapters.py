"""Books: headings linked first as anchors, chapters aligned between them, gaps closed by length."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from reader.core.align import AlignOptions, align_documents
from reader.core.align.evaluation.gold import read_set
from reader.core.align.gaps import find_gaps
from reader.core.align.engine.lengths import LengthModel, align_by_length
from reader.core.align.engine.params import LengthParams
from reader.core.document import Kind
from reader.core.pair import load_pair
from reader.core.segment import make_document

SLICE = REPO / "tests" / "data"
H, B = Kind.HEADING, Kind.BODY


@pytest.fixture(scope="module")
def parallel_docs():
    """The human translations of the test slice: lists of (ru paragraphs, en paragraphs), 1:1."""
    rows = [row for row in read_set(SLICE / "align-dev-slice.jsonl") if row["variant"] == "parallel"]
    return [(row["ru"], row["en"]) for row in rows]


def _book(chapters, ru_headings, en_headings, part=("ЧАСТЬ ПЕРВАЯ", "PART ONE")):
    """A two-language book: a part heading, then each chapter's heading and its paragraphs."""
    ru, en = [(part[0], H)], [(part[1], H)]
    for (ru_texts, en_texts), ru_heading, en_heading in zip(chapters, ru_headings, en_headings, strict=True):
        ru += [(ru_heading, H)] + [(t, B) for t in ru_texts]
        en += [(en_heading, H)] + [(t, B) for t in en_texts]
    return (make_document([t for t, _ in ru], "ru", kinds=[k for _, k in ru]),
            make_document([t for t, _ in en], "en", kinds=[k for _, k in en]))


def _roman(number: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][number]


def _heading_links(alignment, ru, en):
    return sorted((ru.paragraphs[link.ru[0]].text, en.paragraphs[link.en[0]].text) for link in alignment.links
                  if ru.paragraphs[link.ru[0]].kind is H)


def test_headings_meet_across_numerals_and_ordinal_words(parallel_docs):
    ru, en = _book(parallel_docs[:4], ["I", "II", "III", "IV"], ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"])
    alignment = align_documents(ru, en)
    assert _heading_links(alignment, ru, en) == [
        ("I", "Chapter 1"), ("II", "Chapter 2"), ("III", "Chapter 3"), ("IV", "Chapter 4"),
        ("ЧАСТЬ ПЕРВАЯ", "PART ONE")]


def test_a_stray_repeated_heading_does_not_take_the_next_chapters_counterpart(parallel_docs):
    """The e-text's defect: chapter 2's text goes on under a stray 'III' before the real 'III'."""
    first, second, third = parallel_docs[:3]
    half = len(second[0]) // 2
    ru_chapters = [first, (second[0][:half], []), (second[0][half:], []), third]
    ru, _ = _book(ru_chapters, ["I", "II", "III", "III"], [""] * 4)
    _, en = _book([first, second, third], [""] * 3, ["Chapter 1", "Chapter 2", "Chapter 3"])
    alignment = align_documents(ru, en)
    links = {tuple(link.ru): link.en for link in alignment.links}
    real_third = [p.index for p in ru.paragraphs if p.text == "III"][1]
    chapter_3 = next(p.index for p in en.paragraphs if p.text == "Chapter 3")
    assert links[(real_third,)] == [chapter_3]
    stray = [p.index for p in ru.paragraphs if p.text == "III"][0]
    chapter_2 = next(p.index for p in en.paragraphs if p.text == "Chapter 2")
    after_stray = [i for link in alignment.links for i in link.ru if stray < i < real_third]
    assert after_stray, "the text under the stray heading is linked"
    for link in alignment.links:
        if set(link.ru) & set(range(stray + 1, real_third)):
            assert all(chapter_2 < j < chapter_3 for j in link.en)


def test_chapter_by_chapter_gives_the_links_of_the_whole_book_search(parallel_docs):
    ru, en = _book(parallel_docs[:3], ["I", "II", "III"], ["Chapter 1", "Chapter 2", "Chapter 3"])
    by_chapter = align_documents(ru, en)
    whole = align_documents(ru, en, AlignOptions(book=False))

    def body_links(alignment):
        return sorted((tuple(link.ru), tuple(link.en)) for link in alignment.links
                      if all(ru.paragraphs[i].kind is B for i in link.ru))

    assert body_links(by_chapter) == body_links(whole)
    assert len(body_links(by_chapter)) == sum(len(r) for r, _ in parallel_docs[:3])


def test_the_chapter_asked_for_first_comes_first_and_partial_results_grow(parallel_docs, monkeypatch):
    import reader.core.align.aligner as aligner

    monkeypatch.setattr(aligner, "PARTIAL_EVERY", 0.0)  # report after every chapter
    ru, en = _book(parallel_docs[:4], ["I", "II", "III", "IV"], ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"])
    last_chapter = next(p.index for p in ru.paragraphs if p.text == "IV")
    seen = []
    final = align_documents(ru, en, partial=lambda a: seen.append([list(link.ru) for link in a.links]),
                            first=last_chapter + 1)
    first_report = {i for link in seen[0] for i in link}
    body_of_last = {p.index for p in ru.paragraphs if p.index > last_chapter}
    assert body_of_last <= first_report  # the last chapter's text is in the first report
    assert not first_report & {p.index for p in ru.paragraphs if p.kind is B and p.index < last_chapter}
    assert all(len(a) <= len(b) for a, b in pairwise(seen))
    assert sorted(seen[-1]) == sorted(list(link.ru) for link in final.links)


def _all_links(alignment):
    return sorted((tuple(link.ru), tuple(link.en), link.score) for link in alignment.links)


def test_the_order_of_the_chapters_does_not_change_the_links(parallel_docs):
    """Whichever chapter is aligned first (the window asks for the one on screen), the links are the same."""
    ru, en = _book(parallel_docs[:4], ["I", "II", "III", "IV"], ["Chapter 1", "Chapter 2", "Chapter 3", "Chapter 4"])
    in_order = _all_links(align_documents(ru, en))
    for heading in ("II", "III", "IV"):
        chapter = next(p.index for p in ru.paragraphs if p.text == heading)
        assert _all_links(align_documents(ru, en, first=chapter + 1)) == in_order, heading


def test_a_stretch_the_words_cannot_join_is_joined_by_length_in_a_translation(parallel_docs):
    """Paragraphs of words the lexicon does not know, in a faithful translation, are linked by their
    lengths and marked weak; the same stretch in a pair that is mostly unlinked stays unlinked."""
    chapters = [list(doc) for doc in parallel_docs + parallel_docs]  # a book of twelve chapters
    unknown_ru = ["Бзынь фрындик шмурдяк " * k + "." for k in (2, 5, 3, 8, 4)]
    unknown_en = ["Blorf quindle zamph " * k + "." for k in (2, 5, 3, 8, 4)]
    ru_texts, en_texts = chapters[1]
    chapters[1] = (ru_texts[:2] + unknown_ru + ru_texts[2:], en_texts[:2] + unknown_en + en_texts[2:])
    numbers = range(1, len(chapters) + 1)
    ru, en = _book(chapters, [_roman(n) for n in numbers], [f"Chapter {n}" for n in numbers])
    alignment = align_documents(ru, en)
    by_text = {ru.paragraphs[link.ru[0]].text: link for link in alignment.links}
    for ru_text, en_text in zip(unknown_ru, unknown_en, strict=True):
        link = by_text[ru_text]
        assert [en.paragraphs[j].text for j in link.en] == [en_text] and link.score < 0.5
    assert find_gaps(alignment, ru, en) == []
    without = align_documents(ru, en, AlignOptions(fill_by_length=False))
    assert find_gaps(without, ru, en), "the first pass leaves the stretch unlinked"


def test_length_alignment_takes_a_merge_and_leaves_out_what_fits_nothing():
    model = LengthModel(1.0, 1.0)
    groups = align_by_length([100, 50, 50, 400], [100, 100, 30], model, LengthParams())
    assert [(ru, en) for ru, en, _ in groups] == [([0], [0]), ([1, 2], [1])]


# --- a real novel: the first chapters of Anna Karenina ---------------------------------------------

_RU_CHAPTER = re.compile(r"^[IVXL]+$")
_EN_CHAPTER = re.compile(r"^Chapter (\d+)$")


def _chapter_of(document, pattern):
    """Each paragraph's chapter number by the test's own reading of the headings (0 before the first)."""
    chapter, result = 0, []
    for paragraph in document.paragraphs:
        if pattern.match(paragraph.text):
            chapter += 1
        result.append(chapter)
    return result


@pytest.fixture(scope="module")
def novel():
    pair = load_pair(SLICE / "book-slice.ru.txt", SLICE / "book-slice.en.txt")
    return pair.ru, pair.en, align_documents(pair.ru, pair.en)


def test_novel_links_do_not_depend_on_the_chapter_aligned_first(novel):
    """What one chapter's search learns does not reach another's links before that one is searched."""
    ru, en, alignment = novel
    in_order = _all_links(alignment)
    chapters = sorted(set(_chapter_of(ru, _RU_CHAPTER)))
    ru_chapter = _chapter_of(ru, _RU_CHAPTER)
    for chapter in chapters[len(chapters) // 2:][:2] + chapters[-1:]:
        first = next(i for i, c in enumerate(ru_chapter) if c == chapter)
        assert _all_links(align_documents(ru, en, first=first + 1)) == in_order, chapter


def test_novel_links_stay_inside_their_chapter(novel):
    ru, en, alignment = novel
    ru_chapter, en_chapter = _chapter_of(ru, _RU_CHAPTER), _chapter_of(en, _EN_CHAPTER)
    inside = [len({ru_chapter[i] for i in link.ru} | {en_chapter[j] for j in link.en}) == 1
              for link in alignment.links]
    assert sum(inside) / len(inside) >= 0.995


def test_novel_body_is_linked_without_gaps(novel):
    ru, en, alignment = novel
    chapters = _chapter_of(ru, _RU_CHAPTER)
    body = [p.index for p in ru.paragraphs if p.kind is B and chapters[p.index] > 0]
    linked = {i for link in alignment.links for i in link.ru}
    assert sum(i in linked for i in body) / len(body) >= 0.99
    assert find_gaps(alignment, ru, en) == []


def test_novel_headings_meet_their_counterparts(novel):
    ru, en, alignment = novel
    pairs = _heading_links(alignment, ru, en)
    expected = [(_roman, f"Chapter {n}") for n, _roman in enumerate(["I", "II", "III", "IV", "V", "VI"], 1)]
    assert set(expected) <= set(pairs) and ("ЧАСТЬ ПЕРВАЯ", "PART ONE") in pairs
    table_of_contents = [p for p in ru.paragraphs[:15] if p.text == "ЧАСТЬ ПЕРВАЯ"]
    assert table_of_contents and table_of_contents[0].kind is Kind.META


_TOKEN_KEYS = st.lists(st.lists(st.sampled_from("abcdefghij"), min_size=1, max_size=3).map(tuple), max_size=8)


@given(_TOKEN_KEYS, _TOKEN_KEYS)
@settings(max_examples=200, deadline=None)
def test_heading_openings_share_what_token_by_token_matching_finds(ru_keys, en_keys):
    from reader.core.align.engine.chapters import _share
    from reader.core.align.engine.similarity import key_masks, mask_weight, token_sets_match

    ru_weights, en_weights = [1.0 + k / 7 for k in range(len(ru_keys))], [1.0 + k / 5 for k in range(len(en_keys))]
    ru_mask, en_mask = token_sets_match(ru_keys, en_keys)
    expected = (mask_weight(ru_mask, ru_weights) / sum(ru_weights) + mask_weight(en_mask, en_weights)
                / sum(en_weights)) / 2 if ru_keys and en_keys else 0.0
    assert _share((ru_keys, ru_weights, key_masks(ru_keys)), (en_keys, en_weights, key_masks(en_keys))) == expected
