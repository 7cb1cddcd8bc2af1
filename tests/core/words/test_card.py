"""The dictionary card: grammar of forms, stress, senses in the dictionary's order, the counterpart's sense first."""

from __future__ import annotations

import gzip

import pytest

from reader.core.words.card import english_card, russian_card, word_card
from reader.core.words.grammar import analyses
from reader.core.words.senses import Senses, default_senses, english_candidates


@pytest.mark.parametrize("form, english, russian", [
    ("домов", "genitive plural of дом (noun, inanimate, masculine)",
     "родительный падеж, множественное число от дом (существительное, неодушевлённое, мужской род)"),
    ("шла", "feminine singular, past tense of идти (verb, imperfective, intransitive)",
     "женский род, единственное число, прошедшее время от идти (глагол, несовершенный вид, непереходный)"),
    ("читает", "3rd person singular, present tense of читать (verb, imperfective, transitive)",
     "3-е лицо, единственное число, настоящее время от читать (глагол, несовершенный вид, переходный)"),
    ("Ханое", "prepositional singular of Ханой (noun, inanimate, masculine, place name)",
     "предложный падеж, единственное число от Ханой (существительное, неодушевлённое, мужской род, топоним)"),
    ("читать", "infinitive of читать (verb, imperfective, transitive)",
     "инфинитив от читать (глагол, несовершенный вид, переходный)"),
])
def test_grammar_in_words(form, english, russian):
    first = analyses(form)[0]
    assert first.describe("en") == english
    assert first.describe("ru") == russian


def test_a_participle_and_an_ambiguous_form():
    participle = analyses("читающего")[0]
    assert participle.pos == "PRTF" and participle.lemma == "читать"
    assert participle.describe("en").startswith("genitive masculine singular, present tense active of читать")
    lemmas = [a.lemma for a in analyses("стали")]
    assert lemmas[0] == "стать" and "сталь" in lemmas


def test_the_counterpart_chooses_the_reading_and_the_sense():
    verb = russian_card("стали", ["became"])
    assert verb.readings[0].lemma == "стать" and verb.readings[0].senses[0].headword == "become"
    assert verb.readings[0].senses[0].used
    noun = russian_card("стали", ["steel"])
    assert noun.readings[0].lemma == "сталь" and noun.readings[0].forms("en")[0] == "genitive singular"
    assert noun.readings[0].senses[0].headword == "steel" and noun.readings[0].senses[0].used
    # without a counterpart: pymorphy3's likeliest reading, the dictionary's first senses
    plain = russian_card("стали")
    assert plain.readings[0].lemma == "стать" and not any(s.used for r in plain.readings for s in r.senses)


def test_stress_marks_from_the_dictionary():
    assert russian_card("замка", ["castle"]).readings[0].stressed == "за\u0301мок"
    assert russian_card("замка", ["lock"]).readings[0].stressed == "замо\u0301к"
    assert russian_card("замка").readings[0].stressed == "за\u0301мок, замо\u0301к"
    assert russian_card("красивой").readings[0].stressed == "краси\u0301вый"
    assert russian_card("ребёнка").readings[0].stressed == "ребёнок"  # ё is its own stress mark


def test_senses_in_the_dictionarys_order():
    senses = [s.headword for s in russian_card("домов").readings[0].senses]
    assert senses[:2] == ["house", "home"]
    world = russian_card("мира", ["world"]).readings[0].senses
    assert world[0].headword == "world" and world[0].used and "peace" in [s.headword for s in world[:3]]
    assert russian_card("пришла", ["came"]).readings[0].senses[0].headword == "come"  # the imperfective's senses


def test_a_name_the_dictionary_lacks():
    card = russian_card("Гуцан", ["Gutsan"])
    assert not card.in_dictionary and len(card.readings) == 1 and card.readings[0].lemma == "Гуцан"
    assert "not in the dictionary" in card.text() and "нет в словаре" in card.text("ru")
    assert "Counterpart: Gutsan" in card.text()


def test_english_card():
    card = english_card("became", ["стал"])
    assert card.headword == "become" and card.translations[0].text == "станови\u0301ться"
    peace = english_card("peace", ["мира"])
    assert peace.translations[0].text == "мир" and peace.translations[0].used
    assert english_card("Gutsan").headword is None and not english_card("Gutsan").in_dictionary
    assert english_candidates("stories")[:2] == ["stories", "story"] and "stop" in english_candidates("stopped")
    assert default_senses().english_headword("colors") == "colour"


def test_card_as_text_and_as_data():
    card = word_card("домов", "ru", ["houses"])
    text = card.text()
    assert text.splitlines()[:3] == ["домов", "дом (noun, inanimate, masculine) — genitive plural",
                                     text.splitlines()[2]]
    assert "1. house (noun)" in text and "← used here" in text and "Counterpart: houses" in text
    assert "родительный падеж, множественное число" in card.text("ru") and "← здесь" in card.text("ru")
    data = card.to_dict()
    assert data["readings"][0]["lemma"] == "дом" and data["readings"][0]["senses"][0] == {
        "headword": "house", "pos": "noun", "synonyms": data["readings"][0]["senses"][0]["synonyms"], "used": True}
    assert data["readings"][0]["forms"] == {"en": ["genitive plural"], "ru": ["родительный падеж, множественное число"]}
    assert word_card("house", "en").to_dict()["headword"] == "house"


def test_senses_file_format(tmp_path):
    path = tmp_path / "senses.tsv.gz"
    path.write_bytes(gzip.compress("en\tcastle\tnoun: за\u0301мок, дворе\u0301ц | verb: рокирова\u0301ть\n"
                                   "en\tlock\tnoun: замо\u0301к\n"
                                   "ru\tзамок\tза\u0301мок,замо\u0301к\tcastle/n lock/n\n".encode()))
    senses = Senses.read(path)
    assert len(senses) == 3
    assert senses.russian("За\u0301мок").senses == (("castle", "noun"), ("lock", "noun"))
    assert senses.english("castle").groups == (("noun", ("за\u0301мок", "дворе\u0301ц")), ("verb", ("рокирова\u0301ть",)))
    assert senses.english("cast") is None and senses.russian("дом") is None
    assert senses.english_headword("castles") == "castle" and senses.english_headword("locked") == "lock"
    assert russian_card("замки", ["locks"], senses).readings[0].stressed == "замо\u0301к"
