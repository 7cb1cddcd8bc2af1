"""British and American spellings meet: the lexicon is British, much English text American."""

import pytest

from reader.core.align.engine.features import paragraph_features
from reader.core.align.engine.lexicon import default_lexicon
from reader.core.align.engine.spelling import american


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


def test_the_ending_check_skips_only_words_no_rule_changes():
    from reader.core.align.engine import spelling

    def every_rule(word):
        if word in spelling._WORDS:
            return spelling._WORDS[word]
        for pattern, replacement in spelling._RULES:
            changed = pattern.sub(replacement, word)
            if changed != word:
                return changed
        return word

    stems = ["col", "hon", "organ", "real", "anal", "paral", "cent", "fib", "lab", "wise", "ab", "t"]
    endings = ["our", "ours", "oured", "ourite", "ise", "ised", "isation", "isable", "yse", "ysed", "tre", "tres",
               "tred", "bre", "bred", "er", "ing", "", "s", "ize", "or"]
    words = [stem + ending for stem in stems for ending in endings] + list(spelling._WORDS)
    assert sum(spelling.american(w) != w for w in words) > 40
    assert [spelling.american(w) for w in words] == [every_rule(w) for w in words]
