"""British and American spellings meet: the lexicon is British, much English text American."""

import pytest

from reader.core.align.features import paragraph_features
from reader.core.align.lexicon import default_lexicon
from reader.core.align.spelling import american


@pytest.mark.parametrize("british, us", [
    ("colour", "color"), ("honours", "honors"), ("favourite", "favorite"), ("behaviour", "behavior"),
    ("organise", "organize"), ("organisation", "organization"), ("realised", "realized"),
    ("analyse", "analyze"), ("centre", "center"), ("centred", "centered"), ("fibres", "fibers"),
    ("defence", "defense"), ("programme", "program"), ("grey", "gray"),
])
def test_british_spellings_become_american(british, us):
    assert american(british) == us
    assert american(us) == us


@pytest.mark.parametrize("word", ["hour", "four", "tour", "flour", "rise", "wise", "genre", "acre", "water"])
def test_words_spelt_alike_are_left_alone(word):
    assert american(word) == word


@pytest.mark.parametrize("ru, en", [("в честь Дня флота", "in honor of Navy Day"),
                                    ("министерство обороны", "the Ministry of Defense")])
def test_a_british_dictionary_matches_american_text(ru, en):
    lexicon = default_lexicon()
    ru_keys = {k for t in paragraph_features(ru, "ru", lexicon).tokens if t.kind == "word" for k in t.keys}
    en_keys = {k for t in paragraph_features(en, "en", lexicon).tokens for k in t.keys}
    assert ru_keys & en_keys - {"navi", "day", "minist"}
