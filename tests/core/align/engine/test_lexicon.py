"""The bundled lexicon: loads, and finds translations through inflected Russian forms."""

import pytest

from reader.core.align.engine.features import stem
from reader.core.align.engine.lexicon import Lexicon, default_lexicon


@pytest.mark.parametrize("word, english", [
    ("конвенции", "convent"), ("конвенцию", "convent"), ("преступлений", "crime"),
    ("преступления", "crime"), ("подписал", "sign"), ("подписала", "sign"), ("государств", "state"),
    ("сотрудничеству", "cooper"), ("заявил", "say"), ("пожара", "fire"),
])
def test_inflected_forms_reach_their_translation(word, english):
    assert english in default_lexicon().translations(stem(word, "ru"))


def test_unknown_stem_has_no_translation():
    assert default_lexicon().translations("щщщщщщщ") == ()


def test_default_lexicon_is_shared_and_large():
    assert default_lexicon() is default_lexicon()
    assert len(default_lexicon()) > 40000


def test_read_a_lexicon_file(tmp_path):
    import gzip

    path = tmp_path / "lex.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write("кошк\tcat kitten\nсобак\tdog\n")
    lexicon = Lexicon.read(path)
    assert lexicon.translations("кошк") == ("cat", "kitten")
    assert lexicon.translations("собака") == ("dog",)  # one letter shorter
    assert "собак" in lexicon and len(lexicon) == 2


@pytest.mark.parametrize("word, english", [
    # places, from tools/lexicon_places.tsv: exonyms that transliteration cannot reach
    ("Китая", "china"), ("Швеции", "sweden"), ("Пекине", "beij"), ("Турции", "turkey"), ("Грузии", "georgia"),
    # a lemma spelt with ё keeps all its forms (ребёнок: ребёнка, дети, детей)
    ("ребенка", "child"), ("детей", "child"), ("детям", "child"),
    # British headwords are kept in American spelling
    ("честь", "honor"), ("обороны", "defens"),
])
def test_places_and_lemmas_with_yo_reach_their_translation(word, english):
    from reader.core.align.engine.features import lexicon_stem

    lexicon = default_lexicon()
    assert english in lexicon.translations(lexicon_stem(word.lower(), lexicon))
