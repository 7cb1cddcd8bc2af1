"""Word counterparts inside links: the sample pair, a faithful translation, split paragraphs, machine translation."""

from __future__ import annotations

import pytest

from conftest import SEED_EN, SEED_RU
from faithful_pair import EN_PARAGRAPH, RU_PARAGRAPH
from reader.core.align import Link, SentenceLink, align_documents
from reader.core.pair import load_pair
from reader.core.segment import make_document
from reader.core.words.linker import WordLinker
from reader.core.words.model import Evidence, Status

@pytest.fixture(scope="module")
def sample():
    pair = load_pair(SEED_RU, SEED_EN)
    alignment = align_documents(pair.ru, pair.en)
    return pair.ru, pair.en, alignment.index(), WordLinker(pair.ru, pair.en)


@pytest.fixture(scope="module")
def faithful():
    ru, en = make_document([RU_PARAGRAPH], "ru"), make_document([EN_PARAGRAPH], "en")
    return WordLinker(ru, en), Link([0], [0])


def _at(text: str, word: str) -> int:
    offset = text.find(word)
    assert offset >= 0, word
    return offset


def _look(linker, link, side, paragraph, text, word):
    return linker.counterpart(link, side, paragraph, _at(text, word) + 1)


def test_names_and_numbers_both_ways(faithful):
    linker, link = faithful
    # Гуцан by transliteration; Ханое = Hanoi is in the lexicon (its places)
    for ru_word, en_word, evidence in (("Гуцан", "Gutsan", Evidence.NAME), ("Ханое", "Hanoi", Evidence.TRANSLATION),
                                       ("2019", "2019", Evidence.NUMBER), ("Александр", "Alexander", None)):
        found = _look(linker, link, "ru", 0, RU_PARAGRAPH, ru_word)
        assert found.status is Status.FOUND and [w.text for w in found.words] == [en_word], ru_word
        assert found.words[0].start == _at(EN_PARAGRAPH, en_word)
        if evidence:
            assert found.pairs[0].evidence is evidence
        back = _look(linker, link, "en", 0, EN_PARAGRAPH, en_word)
        assert [w.text for w in back.words] == [ru_word] + (["году"] if ru_word == "2019" else []), en_word


def test_translations_and_a_compound(faithful):
    linker, link = faithful
    for ru_word, en_words in (("историческое", ["historic"]), ("подписания", ["signing"]),
                              ("конвенции", ["convention"]), ("генпрокурор", ["Prosecutor", "General"])):
        found = _look(linker, link, "ru", 0, RU_PARAGRAPH, ru_word)
        assert [w.text for w in found.words] == en_words, ru_word
    # the count word after a number goes with it
    assert [w.text for w in _look(linker, link, "ru", 0, RU_PARAGRAPH, "году").words] == ["2019"]
    assert [w.text for w in _look(linker, link, "en", 0, EN_PARAGRAPH, "2019").words] == ["2019", "году"]


def test_function_words_and_words_off_the_text(faithful):
    linker, link = faithful
    assert _look(linker, link, "ru", 0, RU_PARAGRAPH, " в ").status is Status.FUNCTION  # "в" has no key
    assert _look(linker, link, "en", 0, EN_PARAGRAPH, " the ").status is Status.FUNCTION
    assert linker.counterpart(link, "ru", 0, _at(RU_PARAGRAPH, "»")).status is Status.NO_WORD
    assert linker.counterpart(None, "ru", 0, 5).status is Status.NO_LINK


def test_a_word_the_counterpart_does_not_render_has_none():
    ru = make_document(["Вчера Гуцан подписал конвенцию в Ханое."], "ru")
    en = make_document(["The convention was signed yesterday."], "en")
    linker, link = WordLinker(ru, en), Link([0], [0])
    text = ru.paragraphs[0].text
    assert _look(linker, link, "ru", 0, text, "Гуцан").status is Status.NONE
    assert [w.text for w in _look(linker, link, "ru", 0, text, "конвенцию").words] == ["convention"]
    assert [w.text for w in _look(linker, link, "ru", 0, text, "подписал").words] == ["signed"]


def test_sample_pair(sample):
    """In the sample pair the English report gives the year but leaves out who read the message and where."""
    ru, en, index, linker = sample
    text = ru.paragraphs[2].text
    link = index["ru"][2]
    year = _look(linker, link, "ru", 2, text, "2019")
    assert [w.text for w in year.words] == ["2019"] and year.words[0].paragraph in link.en
    assert _look(linker, link, "en", year.words[0].paragraph, en.paragraphs[year.words[0].paragraph].text,
                 "2019").words[0].text == "2019"
    assert "Gutsan" not in " ".join(p.text for p in en.paragraphs)
    assert _look(linker, link, "ru", 2, text, "Гуцан").status is Status.NONE
    assert _look(linker, link, "ru", 2, text, "Ханое").status is Status.NONE
    assert [w.text for w in _look(linker, link, "ru", 2, text, "историческое").words] == ["historic"]


def test_matches_are_one_to_one_within_sentences(sample):
    """Each content word is matched at most once (a compound may take two neighbours), on both sides."""
    ru, en, index, linker = sample
    for link in {id(link): link for link in index["ru"].values()}.values():
        pairs = linker.link_words(link).pairs
        seen_en = [(p.en.paragraph, p.en.start) for p in pairs if p.evidence is not Evidence.FUNCTION]
        seen_ru = [(p.ru.paragraph, p.ru.start) for p in pairs if p.evidence is not Evidence.FUNCTION]
        for pair in pairs:
            assert pair.ru.paragraph in link.ru and pair.en.paragraph in link.en
            assert ru.paragraphs[pair.ru.paragraph].text[pair.ru.start:pair.ru.end] == pair.ru.text
            assert en.paragraphs[pair.en.paragraph].text[pair.en.start:pair.en.end] == pair.en.text
        # at most two partners per word (a compound), and most words have one
        assert all(seen_en.count(w) <= 2 for w in seen_en) and all(seen_ru.count(w) <= 2 for w in seen_ru)


def test_sentence_links_keep_matches_inside_their_sentences():
    ru = make_document(["Москва подписала договор. Париж отказался."], "ru")
    en = make_document(["Paris refused. Moscow signed the treaty."], "en")
    linker = WordLinker(ru, en)
    crossed = Link([0], [0], sentences=[SentenceLink([(0, 0)], [(0, 1)]), SentenceLink([(0, 1)], [(0, 0)])])
    pairs = {(p.ru.text, p.en.text) for p in linker.link_words(crossed).pairs}
    assert {("Москва", "Moscow"), ("договор", "treaty"), ("Париж", "Paris"), ("отказался", "refused")} <= pairs
    # a wrong sentence link: the content words still meet on strong evidence only (names), not on loose ones
    wrong = Link([0], [0], sentences=[SentenceLink([(0, 0)], [(0, 0)]), SentenceLink([(0, 1)], [(0, 1)])])
    pairs = {(p.ru.text, p.en.text) for p in linker.link_words(wrong).pairs}
    assert ("Москва", "Moscow") in pairs and ("Париж", "Paris") in pairs


def test_a_split_paragraph_answers_in_its_own_part():
    ru = make_document(["Путин подписал закон. Гуцан прибыл в Ханой."], "ru")
    en = make_document(["Putin signed the law.", "Gutsan arrived in Hanoi."], "en")
    first = Link([0], [0], ru_sentences={0: [0]})
    second = Link([0], [1], ru_sentences={0: [1]})
    linker = WordLinker(ru, en)
    text = ru.paragraphs[0].text
    assert [w.text for w in _look(linker, second, "ru", 0, text, "Гуцан").words] == ["Gutsan"]
    assert _look(linker, first, "ru", 0, text, "Гуцан").status is Status.NO_LINK
    assert [w.text for w in _look(linker, first, "ru", 0, text, "Путин").words] == ["Putin"]
    assert all(p.en.paragraph == 0 for p in linker.link_words(first).pairs)


def test_matches_are_cached_per_link_and_follow_edits(faithful):
    linker, link = faithful
    assert linker.link_words(link) is linker.link_words(Link([0], [0]))
    edited = Link([0], [0], sentences=[SentenceLink([(0, 0)], [(0, 0)])])
    assert linker.link_words(edited) is not linker.link_words(link)


def test_machine_translation_of_a_paragraph(faithful):
    linker, _ = faithful
    translation = "Gutsan, the Prosecutor General of Russia, read the greeting in Hanoi in 2019."
    found = linker.translation_counterpart("ru", 0, translation, _at(RU_PARAGRAPH, "Гуцан") + 1, in_translation=False)
    assert [w.text for w in found.words] == ["Gutsan"] and found.words[0].translation
    back = linker.translation_counterpart("ru", 0, translation, _at(translation, "Hanoi"), in_translation=True)
    assert back.word.translation and [w.text for w in back.words] == ["Ханое"] and not back.words[0].translation
    from reader.core.words.lookup import vocabulary_entry

    entry = vocabulary_entry(linker, None, found, translation=translation)
    assert entry.counterpart == "Gutsan" and entry.counterpart_sentence == translation
    assert entry.sentence == RU_PARAGRAPH
    # an English paragraph with a Russian translation
    english = linker.translation_counterpart("en", 0, "Гуцан прочитал приветствие.", _at(EN_PARAGRAPH, "Gutsan"),
                                             in_translation=False)
    assert [w.text for w in english.words] == ["Гуцан"]


def test_words_of_a_paragraph_for_the_word_cursor(faithful):
    linker, _ = faithful
    words = linker.words("ru", 0)
    texts = [words.word(k).text for k in range(len(words))]
    assert texts[:3] == ["Это", "без", "преувеличения"] and "2019" in texts and texts[-1] == "Ханое"
    assert words.index_near(0) == 0 and words.index_near(len(RU_PARAGRAPH) + 5) is None
    assert words.index_near(len(RU_PARAGRAPH) + 5, forward=False) == len(words) - 1
    assert linker.word_at("ru", 0, _at(RU_PARAGRAPH, "Гуцан") + 2).text == "Гуцан"


def test_a_looked_up_word_makes_a_card_an_entry_and_a_note():
    from reader.core.words.lookup import card_at, note_text, vocabulary_entry

    ru = make_document(["Вчера мы вышли из домов. Потом пошёл дождь."], "ru")
    en = make_document(["Yesterday we came out of the houses. Then it rained."], "en")
    linker = WordLinker(ru, en)
    link = Link([0], [0], sentences=[SentenceLink([(0, 0)], [(0, 0)]), SentenceLink([(0, 1)], [(0, 1)])])
    text = ru.paragraphs[0].text
    card = card_at(linker, link, "ru", 0, _at(text, "домов"))
    assert card.readings[0].lemma == "дом" and card.readings[0].senses[0].used and card.counterpart == ("houses",)
    found = linker.counterpart(link, "ru", 0, _at(text, "домов"))
    entry = vocabulary_entry(linker, link, found, card, kind="noted")
    assert (entry.word, entry.lemma, entry.sense, entry.counterpart, entry.kind) == ("домов", "дом", "house", "houses",
                                                                                     "noted")
    assert entry.sentence == "Вчера мы вышли из домов." and entry.counterpart_sentence == \
        "Yesterday we came out of the houses."
    assert (entry.paragraph, entry.start, entry.end) == (0, _at(text, "домов"), _at(text, "домов") + 5)
    assert note_text(entry) == "домов — дом: house (houses)"
    # a word without counterpart still gets its sentence pair from the sentence link
    rain = linker.counterpart(link, "ru", 0, _at(text, "Потом"))
    other = vocabulary_entry(linker, link, rain)
    assert other.sentence == "Потом пошёл дождь." and other.counterpart_sentence == "Then it rained."
    assert card_at(linker, link, "ru", 0, _at(text, ".")) is None
    english = vocabulary_entry(linker, link, linker.counterpart(link, "en", 0, en.paragraphs[0].text.find("houses")))
    assert english.lemma == "house" and english.side == "en" and english.counterpart == "домов"
