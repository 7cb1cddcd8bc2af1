"""Tests for reading a book's structure: heading kinds and numbers, the outline, the title."""

from __future__ import annotations

import pytest

from reader.core.classify import classify_blocks
from reader.core.document import Document, Kind, Source
from reader.core.formats.blocks import Block
from reader.core.segment import make_document
from reader.core.structure import (
    CHAPTER, PART, SECTION, HeadingInfo, outline, parse_heading, parse_number, roman_value, section_path,
    title_heading)


@pytest.mark.parametrize("text, kind, number", [
    ("ЧАСТЬ ПЯТАЯ", PART, 5), ("PART FIVE", PART, 5), ("Часть четвертая", PART, 4), ("Часть четвёртая", PART, 4),
    ("Книга вторая", PART, 2), ("Book III", PART, 3), ("Part 2", PART, 2), ("Часть двадцать первая", PART, 21),
    ("I", CHAPTER, 1), ("XIII", CHAPTER, 13), ("XLIV.", CHAPTER, 44), ("13.", CHAPTER, 13), ("7", CHAPTER, 7),
    ("Chapter 13", CHAPTER, 13), ("CHAPTER XXI", CHAPTER, 21), ("Chapter Twenty-One", CHAPTER, 21),
    ("Chapter the", None, None), ("Глава первая", CHAPTER, 1), ("ГЛАВА 3", CHAPTER, 3),
    ("Глава третья", CHAPTER, 3), ("Chapter First", CHAPTER, 1), ("Эпилог", SECTION, None),
    ("Epilogue", SECTION, None), ("I think so", None, None), ("1 января", None, None), ("Twenty", None, None),
    ("Mix", None, None), ("ivy", None, None),
])
def test_heading_kinds_and_numbers(text, kind, number):
    info = parse_heading(text)
    assert (info.kind, info.number) == (kind, number) if kind else info is None


def test_title_after_the_number():
    assert parse_heading("Глава 1. Утро") == HeadingInfo(CHAPTER, 1, "Утро", "глава")
    assert parse_heading("IV. The Ball").title == "The Ball"


@pytest.mark.parametrize("ru, en", [("I", "Chapter 1"), ("XIII", "Chapter 13"), ("ЧАСТЬ ПЯТАЯ", "PART FIVE"),
                                    ("Глава 2", "CHAPTER II"), ("Эпилог", "Epilogue"), ("Пролог", "Prologue")])
def test_headings_of_the_two_languages_match(ru, en):
    assert parse_heading(ru).matches(parse_heading(en))


@pytest.mark.parametrize("ru, en", [("I", "Chapter 2"), ("ЧАСТЬ ПЯТАЯ", "Chapter 5"), ("Эпилог", "Prologue")])
def test_different_headings_do_not_match(ru, en):
    assert not parse_heading(ru).matches(parse_heading(en))


def test_numbers():
    assert roman_value("MCMXCIV") == 1994 and roman_value("IIII") is None and roman_value("") is None
    assert parse_number(["двадцать", "третья"]) == (23, 2)
    assert parse_number(["forty", "two", "days"]) == (42, 2)
    assert parse_number(["nothing"]) == (None, 0)


def _book(texts_and_kinds):
    texts = [t for t, _ in texts_and_kinds]
    return make_document(texts, "en", kinds=[k for _, k in texts_and_kinds])


H, B = Kind.HEADING, Kind.BODY


def test_outline_of_parts_and_chapters():
    document = _book([("A Novel", H), ("PART ONE", H), ("Chapter 1", H), ("Text.", B), ("Chapter 2", H),
                      ("Text.", B), ("PART TWO", H), ("Chapter 1", H), ("Text.", B)])
    sections = outline(document)
    assert [(s.title, s.paragraph, s.end, s.level) for s in sections] == [
        ("A Novel", 0, 1, 1), ("PART ONE", 1, 6, 1), ("PART TWO", 6, 9, 1)]
    assert [(c.title, c.paragraph, c.end, c.level, c.number) for c in sections[1].children] == [
        ("Chapter 1", 2, 4, 2, 1), ("Chapter 2", 4, 6, 2, 2)]
    assert [s.title for s in section_path(sections, 8)] == ["PART TWO", "Chapter 1"]
    assert section_path(sections, 0)[0].title == "A Novel"
    assert [s.title for s in sections[1].walk()] == ["PART ONE", "Chapter 1", "Chapter 2"]


def test_bare_numerals_under_named_chapters_are_sections_inside_them():
    document = _book([("Глава 1", H), ("I", H), ("Текст.", B), ("II", H), ("Текст.", B), ("Глава 2", H)])
    sections = outline(document)
    assert [s.title for s in sections] == ["Глава 1", "Глава 2"]
    assert [s.title for s in sections[0].children] == ["I", "II"]


def test_format_levels_order_unnumbered_headings():
    paragraphs = [Block("Book", level=1), Block("A chapter", level=2), Block("Text of it.")]
    document = Document("en", "", Source(None, "text"), classify_blocks(paragraphs, "en"))
    sections = outline(document)
    assert [s.title for s in sections] == ["Book"] and [c.title for c in sections[0].children] == ["A chapter"]


def test_title_skips_a_blurb_label_and_prefers_a_title_before_the_parts():
    document = _book([("Annotation", H), ("Blurb.", B), ("АННА КАРЕНИНА", H), ("ЧАСТЬ ПЕРВАЯ", H), ("I", H)])
    assert title_heading(document) == "АННА КАРЕНИНА"
    assert title_heading(_book([("PART ONE", H), ("Chapter 1", H), ("Later Title", H)])) == "PART ONE"
    assert title_heading(_book([("Text.", B)])) == ""


def _classified(texts, language="ru"):
    return classify_blocks([Block(t) for t in texts], language, plain=True)


BODY = "Это обычный абзац текста романа, в нём есть несколько слов и точка в конце."


def test_a_list_of_parts_at_the_start_is_front_matter_not_the_first_headings():
    texts = ["ЧАСТЬ ПЕРВАЯ", "ЧАСТЬ ВТОРАЯ", "ЧАСТЬ ТРЕТЬЯ", "* * *", "ЧАСТЬ ПЕРВАЯ", "I", BODY, "ЧАСТЬ ВТОРАЯ",
             "I", BODY + " Второй.", "ЧАСТЬ ТРЕТЬЯ", "I", BODY + " Третий."]
    kinds = [p.kind for p in _classified(texts)]
    assert kinds[:3] == [Kind.META] * 3
    assert kinds[4:6] == [Kind.HEADING, Kind.HEADING] and kinds[7] == kinds[10] == Kind.HEADING


def test_a_contents_heading_goes_with_its_list():
    texts = ["Contents", "Chapter 1", "Chapter 2", "Chapter 3", "Chapter 1", "Some text of the book here.",
             "Chapter 2", "More text of the book here.", "Chapter 3", "The end of the book here."]
    kinds = [p.kind for p in _classified(texts, "en")]
    assert kinds[:4] == [Kind.META] * 4 and kinds[4] == Kind.HEADING


def test_headings_that_are_not_repeated_later_are_not_contents():
    texts = ["ЧАСТЬ ПЕРВАЯ", "I", "II", BODY]
    kinds = [p.kind for p in _classified(texts)]
    assert kinds[:3] == [Kind.HEADING] * 3


def test_a_counted_list_of_parts_is_contents_even_when_the_book_is_cut_short():
    texts = ["ЧАСТЬ ПЕРВАЯ", "ЧАСТЬ ВТОРАЯ", "ЧАСТЬ ТРЕТЬЯ", "* * *", "ЧАСТЬ ПЕРВАЯ", "I", BODY]
    kinds = [p.kind for p in _classified(texts)]
    assert kinds[:3] == [Kind.META] * 3 and kinds[4] is Kind.HEADING


def test_every_number_in_two_words_starts_with_a_two_word_start():
    from reader.core import structure

    words = (structure._EN_UNITS + structure._EN_UNIT_ORDINALS + list(structure._EN_TENS)
             + list(structure._EN_TENS_ORDINALS) + list(structure._RU_CARDINALS)
             + [stem + end for stem in structure._RU_ORDINAL_STEMS for end in ("ый", "ая", "ое", "ого", "ье")]
             + ["двадцатое", "пятьдёсят", "vi", "xiii", "13", "глава", "chapter", "the"])
    two_word = {(a, b) for a in words for b in words if parse_number([a, b])[1] == 2}
    assert ("twenty", "one") in two_word and ("двадцать", "первое") in two_word
    assert {a.replace("ё", "е") for a, _ in two_word} <= structure.TWO_WORD_STARTS
