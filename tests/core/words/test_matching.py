"""The word matcher on its own: competitive linking, place in the sentence, compounds, loose matches, function words."""

from __future__ import annotations

from reader.core.align.engine.lexicon import default_lexicon
from reader.core.words.function_words import function_keys
from reader.core.words.linker import _collect, match_sides
from reader.core.words.matching import Item, link_tokens, strength
from reader.core.words.model import Evidence
from reader.core.words.tokens import paragraph_words


def _pairs(ru: str, en: str) -> set[tuple[str, str]]:
    lexicon = default_lexicon()
    found = match_sides(_collect([paragraph_words(ru, "ru", lexicon)], {}),
                        _collect([paragraph_words(en, "en", lexicon)], {}), [])
    return {(p.ru.text, p.en.text) for p in found.pairs}


def test_a_repeated_word_goes_to_the_one_in_its_place():
    pairs = _pairs("Суд отложил дело, а потом суд закрыл дело.", "The court postponed the case, then the court closed it.")
    ru = paragraph_words("Суд отложил дело, а потом суд закрыл дело.", "ru", default_lexicon())
    lexicon = default_lexicon()
    found = match_sides(_collect([ru], {}), _collect([paragraph_words(
        "The court postponed the case, then the court closed it.", "en", lexicon)], {}), [])
    courts = sorted((p.ru.start, p.en.start) for p in found.pairs if p.en.text == "court")
    assert courts == [(0, 4), (26, 39)]  # first with first, second with second
    assert ("дело", "case") in pairs


def test_a_compound_takes_both_words_but_synonyms_side_by_side_do_not():
    assert {("Генпрокурор", "Prosecutor"), ("Генпрокурор", "General")} <= _pairs(
        "Генпрокурор выступил.", "The Prosecutor General spoke.")
    pairs = _pairs("Он упал, истекая кровью.", "He fell, streaming with blood.")
    assert sum(1 for _, en in pairs if en == "fell") == 1


def test_loose_matches_transliterations():
    assert ("коала", "koala") in _pairs("Это была коала.", "It was a koala.")


def test_function_words_are_matched_by_meaning():
    assert function_keys("уже", "ru") == ("=already",)
    assert "=not" in function_keys("didn't", "en") and "=can" in function_keys("can't", "en")
    assert function_keys("дом", "ru") == () and function_keys("house", "en") == ()
    pairs = _pairs("Он уже не знал, где она.", "He already did not know where she was.")
    assert {("уже", "already"), ("не", "not"), ("где", "where")} <= pairs


def test_strength_of_kinds_of_evidence():
    number = strength(Item(("#2019",), 0, 0, 0), Item(("#2019",), 0, 0, 0))
    assert number == (1.0, "#2019", Evidence.NUMBER)
    name = strength(Item(("@guts", "&gts"), 0, 0, 0), Item(("@gut", "@guts", "&gts"), 0, 0, 0))
    skeleton = strength(Item(("@gutz", "&gts"), 0, 0, 0), Item(("@gut", "@guts", "&gts"), 0, 0, 0))
    assert name[2] is Evidence.NAME and name[0] > skeleton[0]
    first = strength(Item(("convent", "other"), 0, 0, 0), Item(("convent",), 0, 0, 0))[0]
    late = strength(Item(tuple(f"k{n}" for n in range(20)) + ("convent",), 0, 0, 0), Item(("convent",), 0, 0, 0))[0]
    assert first > late  # a translation far down the Russian word's list is a weaker guess
    assert strength(Item(("a",), 0, 0, 0), Item(("b",), 0, 0, 0)) is None


def test_place_breaks_ties_and_a_weak_match_is_dropped():
    ru = [Item(("x",), 0.0, 0, 0), Item(("x",), 1.0, 9, 0)]
    en = [Item(("x",), 1.0, 9, 0)]
    assert [(m.ru, m.en) for m in link_tokens(ru, en)] == [(1, 0)]
    far = [Item(tuple(f"k{n}" for n in range(60)) + ("x",), 0.0, 0, 0)]
    assert link_tokens(far, en) == []
