"""Matching keys of tokens: numbers, dates, names, acronyms, Latin words, homoglyphs."""

import re

import pytest

from conftest import REPO
from reader.core.align.engine.features import name_keys, normalize_number, paragraph_features, word_key
from reader.core.align.engine.lexicon import default_lexicon


def keys(text, language):
    return {k for t in paragraph_features(text, language, default_lexicon()).tokens for k in t.keys}


def shared(ru, en):
    return keys(ru, "ru") & keys(en, "en")


@pytest.mark.parametrize("text, number", [
    ("2019", "2019"), ("2 019", "2019"), ("2,019", "2019"), ("2.5", "2.5"), ("2,5", "2.5"),
    ("1 000 000", "1000000"), ("15.5", "15.5"), ("007", "7"),
])
def test_numbers_are_normalised(text, number):
    assert normalize_number(text) == number


def test_number_spellings_match_across_languages():
    assert "#2019" in shared("в 2 019 году", "in 2,019")
    assert "#65" in shared("подписи 65 государств", "65 states signed")


@pytest.mark.parametrize("ru, en", [
    ("Гуцан", "Gutsan"), ("Ханой", "Hanoi"), ("Ханое", "Hanoi"), ("Путина", "Putin"),
    ("Дегтярева", "Degtyarev"), ("Хабаровского", "Khabarovsk"), ("Фургалом", "Furgal"),
    ("Джеймсу", "James"), ("Проза", "Prosa"), ("Зеленский", "Zelensky"),
])
def test_names_match_through_transliteration_and_case_endings(ru, en):
    assert set(name_keys(ru, "ru")) & set(name_keys(en, "en"))


def test_names_inside_sentences_match():
    assert shared("Генпрокурор Александр Гуцан прилетел в Ханой.", "Alexander Gutsan arrived in Hanoi.")


def test_unrelated_names_do_not_match():
    assert not set(name_keys("Москва", "ru")) & set(name_keys("London", "en"))


@pytest.mark.parametrize("ru, en", [("ООН", "UN"), ("США", "US"), ("ЕС", "EU"), ("НАТО", "NATO"),
                                     ("ООН", "U.N."), ("США", "U.S.")])
def test_acronyms(ru, en):
    assert "^" + en.replace(".", "") in shared(f"Решение {ru} вызвало споры.", f"The {en} decision was disputed.")


def test_dotted_acronym_keeps_the_offsets_of_the_words_after_it():
    text = "The U.S. decision was disputed."
    tokens = paragraph_features(text, "en", default_lexicon()).tokens
    assert [(t.text, text[t.start:t.start + len(t.text)]) for t in tokens][1:] == [("decision", "decision"),
                                                                                    ("disputed", "disputed")]


def test_months_and_days():
    assert {"%10", "#25"} <= shared("в субботу, 25 октября", "on Saturday, October 25")


def test_latin_word_inside_russian_text():
    assert word_key("microsoft") in shared("Об этом сообщила компания Microsoft.", "Microsoft said so.")


def test_homoglyph_inside_a_latin_word_is_folded():
    assert word_key("cybercrim") in keys("against сybercrime", "en")  # a Cyrillic "с" starts the word


def test_latin_look_alikes_inside_a_russian_word_are_folded_as_the_normalized_text_folds_them():
    from reader.core.segment import normalize

    # the novel's "пpицепился к своему бpату", "Бетcи": Latin p and c inside Russian words
    for mixed, plain in (("пpицепился к своему бpату", "прицепился к своему брату"), ("Бетcи", "Бетси")):
        assert normalize(mixed) == plain and keys(mixed, "ru") == keys(plain, "ru")
    assert keys("Бетcи", "ru") & keys("Betsy", "en")


def test_derived_english_words_share_a_key():
    assert word_key("russia") == word_key("russian") and word_key("economi") == word_key("econom")


def test_stop_words_are_not_tokens():
    assert paragraph_features("и в на с по", "ru", default_lexicon()).tokens == []
    assert paragraph_features("the of and to", "en", default_lexicon()).tokens == []


def test_lexical_translation_overlap():
    assert {word_key("convent"), "crime", "sign"} <= shared("подписание конвенции против преступлений",
                                                  "signing of the convention against crime")


def test_thousands_written_as_a_word_match_digits():
    assert "#639000" in shared("свыше 639 тысяч человек", "more than 639,000 people")
    assert "#15500" in shared("15,5 тыс. рублей", "15.5 thousand rubles")
    assert "#2000" not in keys("2 тысячелетия", "ru")  # a millennium is not a thousand


def test_each_part_of_a_hyphenated_name_matches():
    assert shared("в штате Нуэво-Леон", "in the state of Nuevo Leon") >= {"@leon"}


@pytest.mark.parametrize("ru, en", [
    ("президент заявил", "the president said"), ("взял слово", "took the floor"),
    ("дети пострадали", "children were hurt"), ("утром", "in the morning"), ("трое мужчин", "three men"),
    ("часов", "hours"),
])
def test_irregular_english_forms_and_inflected_russian_words_meet(ru, en):
    # said/took/children are looked up as say/take/child; часов is час (hour), not часовой (sentry)
    assert shared(ru, en) - {"#3"}


def test_irregular_form_of_a_stop_word_is_a_stop_word():
    assert paragraph_features("it was done", "en", default_lexicon()).tokens == []


def test_dotted_acronym_in_a_machine_translation_is_read_as_one_too():
    features = paragraph_features("Решение США.", "ru", default_lexicon(), translation="The U.S. decision.")
    translated = [t for t in features.tokens if t.kind == "mt"]
    assert any("^US" in t.keys for t in translated)


def test_the_c_stemmer_is_used_and_stems_as_the_python_one():
    """PyStemmer (a dependency) is what snowballstemmer runs when installed: the same stems, much faster."""
    import Stemmer
    import snowballstemmer
    from snowballstemmer.english_stemmer import EnglishStemmer
    from snowballstemmer.russian_stemmer import RussianStemmer

    from reader.core.pair import load_pair

    assert isinstance(snowballstemmer.stemmer("russian"), Stemmer.Stemmer)
    book = REPO / "bench" / "data" / "book-dev" / "anna-karenina.parts1-4."
    pair = load_pair(f"{book}ru.txt", f"{book}en.txt")
    for document, python_stemmer in ((pair.ru, RussianStemmer()), (pair.en, EnglishStemmer())):
        words = sorted({w.lower() for p in document.paragraphs[:400] for w in re.findall(r"[^\W\d_]+", p.text)})
        assert len(words) > 1000
        c_stemmer = snowballstemmer.stemmer(document.language.replace("ru", "russian").replace("en", "english"))
        assert c_stemmer.stemWords(words) == python_stemmer.stemWords(words)


def test_a_units_token_sentences_are_those_its_sentence_masks_give():
    from reader.core.align import AlignContext
    from reader.core.segment import make_document

    ru = make_document(["Первая фраза здесь. Вторая фраза тут! А третья? Да.", "Одна фраза."], "ru")
    en = make_document(["First sentence here. Second one there! And a third? Yes."], "en")
    context = AlignContext.build(ru, en)
    for features in [*context.ru_features.values(), *context.en_features.values()]:
        unit = features.unit()
        assert unit.bit_sentence == unit._bit_sentence()
        assert len(set(unit.bit_sentence)) == len(unit.sentences) > 0
