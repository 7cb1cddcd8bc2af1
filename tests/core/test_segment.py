"""Tests for normalization and sentence splitting."""

from __future__ import annotations

import pysbd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.document import Kind
from reader.core.segment import fold_homoglyphs, make_document, normalize, split_sentences


def texts(text, language):
    return [text[s.start:s.end] for s in split_sentences(text, language)]


class TestNormalize:

    def test_cyrillic_letter_in_latin_word(self):
        assert normalize("against \u0441ybercrime") == "against cybercrime"

    def test_latin_letter_in_cyrillic_word(self):
        assert normalize("Пpeзидент") == "Президент"

    def test_pure_words_untouched(self):
        assert normalize("IT-преступлений and Путин") == "IT-преступлений and Путин"

    def test_whitespace_folded(self):
        assert normalize("  a\u00a0\u00a0b\n\tc  ") == "a b c"

    def test_invisible_characters_dropped(self):
        assert normalize("инфор\u00adмация zero\u200bwidth \ufeffBOM") == "информация zerowidth BOM"

    def test_nfc(self):
        assert normalize("e\u0301") == "\u00e9"

    def test_unfoldable_mixed_word_kept(self):
        assert fold_homoglyphs("Жz") == "Жz"


class TestEnglish:

    @pytest.mark.parametrize("text, expected", [
        ("Mr. Smith went to Washington. He met Dr. Jones there.",
         ["Mr. Smith went to Washington.", "He met Dr. Jones there."]),
        ("The U.S. economy grew 3.5% in 2019. Growth slowed later.",
         ["The U.S. economy grew 3.5% in 2019.", "Growth slowed later."]),
        ("J. K. Rowling wrote it. It sold well!", ["J. K. Rowling wrote it.", "It sold well!"]),
        ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
        ('"This is it," Putin said. "We agree."', ['"This is it," Putin said.', '"We agree."']),
        ("What? No way... Really! Yes.", ["What?", "No way...", "Really!", "Yes."]),
        ("See Fig. 3 for details. It shows a trend.", ["See Fig. 3 for details.", "It shows a trend."]),
        ("It is e.g. a test. And more.", ["It is e.g. a test.", "And more."]),
        ("lower case after a period. does not split", ["lower case after a period. does not split"]),
    ])
    def test_split(self, text, expected):
        assert texts(text, "en") == expected

    @pytest.mark.parametrize("text", [
        "Mr. Smith went to Washington. He met Dr. Jones at noon on Monday.",
        "It costs $4.50 each. That is cheap.",
        "The signing is a historic event, Putin said on Saturday. Diplomats were able to join forces.",
        "He lives at No. 10 Downing Street. It is big.",
    ])
    def test_agrees_with_pysbd_on_plain_prose(self, text):
        reference = [s.strip() for s in pysbd.Segmenter(language="en", clean=False).segment(text)]
        assert texts(text, "en") == reference


class TestRussian:

    def test_abbreviations(self):
        text = "Это т.е. пример, и т.д. Второе предложение. В. В. Путин сказал."
        assert texts(text, "ru") == ["Это т.е. пример, и т.д.", "Второе предложение.", "В. В. Путин сказал."]

    def test_quotes(self):
        text = "«Это событие», — сказал он. Затем он ушёл."
        assert texts(text, "ru") == ["«Это событие», — сказал он.", "Затем он ушёл."]


@pytest.mark.parametrize("text", [
    "Он пришёл в 5 ч. Утром. Проф. Иванов был там. Цена 100 руб. Завтра дороже.",
    "Он живёт на ул. Ленина. Это в г. Москве. Было это в 1990-х гг. Потом всё изменилось.",
    "Я видел его. Он ушёл! Куда? Не знаю. Ок. Да. Улица им. Пушкина. Дом 5, кв. Семь.",
    "«Это событие», — сказал он. — Нет. Т. е. всё. А. С. Пушкин родился в Москве. Вот и всё…",
])
def test_russian_fast_path_agrees_with_razdel(text):
    import razdel

    reference = [s.text for s in razdel.sentenize(text)]
    assert texts(text, "ru") == reference


@pytest.mark.parametrize("language", ["ru", "en"])
def test_empty_and_space(language):
    assert split_sentences("", language) == []
    assert split_sentences("  \n ", language) == []


@pytest.mark.parametrize("language", ["ru", "en"])
def test_short_text_offsets(language):
    assert [(s.start, s.end) for s in split_sentences("  Hi  ", language)] == [(2, 4)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab яЖ.!?\u2026\"«»\n\t,-3")), max_size=60),
       st.sampled_from(["ru", "en"]))
def test_spans_cover_nonspace_text(text, language):
    spans = split_sentences(text, language)
    position = 0
    for span in spans:
        assert span.start < span.end
        assert position <= span.start
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        assert text[position:span.start].strip() == ""
        position = span.end
    assert text[position:].strip() == ""


def test_make_document():
    document = make_document(["Title", "One. Two \u0441ats."], "en", title="T", path="x.txt",
                             kinds=[Kind.HEADING, Kind.BODY])
    assert document.language == "en" and document.title == "T" and document.source.path == "x.txt"
    assert [p.index for p in document.paragraphs] == [0, 1]
    assert [p.kind for p in document.paragraphs] == [Kind.HEADING, Kind.BODY]
    assert document.paragraphs[0].level == 1
    assert document.paragraphs[1].text == "One. Two \u0441ats."
    assert document.paragraphs[1].normalized == "One. Two cats."
    assert document.paragraphs[1].sentence_texts() == ["One.", "Two \u0441ats."]


def test_make_document_defaults_to_body():
    document = make_document(["а", "б"], "ru")
    assert [p.kind for p in document.paragraphs] == [Kind.BODY, Kind.BODY]


def test_make_document_checks_kinds_length():
    with pytest.raises(ValueError):
        make_document(["a"], "en", kinds=[])
