"""Sentence links inside a paragraph link, and the differences of a link."""

import functools
import operator

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align import align_documents
from reader.core.segment import make_document


def test_sentences_follow_their_translations():
    ru = make_document(["Путин прилетел в Ханой. Погода была дождливой. Макрон остался в Париже."], "ru")
    en = make_document(["Putin arrived in Hanoi. Macron stayed in Paris."], "en")
    (link,) = align_documents(ru, en).links
    pairs = [(s.ru, s.en) for s in link.sentences]
    assert ([(0, 0)], [(0, 0)]) in pairs
    assert ([(0, 2)], [(0, 1)]) in pairs
    assert all((0, 1) not in s.ru for s in link.sentences)  # the weather has no counterpart


def test_differences_report_numbers_dates_and_names():
    ru = make_document(["Генпрокурор Александр Гуцан подписал конвенцию в Ханое 25 октября, "
                        "под ней стоят подписи 65 государств."], "ru")
    en = make_document(["Alexander Gutsan signed the convention in Hanoi on October 26, "
                        "and 72 states have signed it."], "en")
    (link,) = align_documents(ru, en).links
    assert "65" in link.differences.ru_only and "72" in link.differences.en_only
    assert "25 октября" in link.differences.ru_only and "October 26" in link.differences.en_only
    assert not {"Гуцан", "Ханое", "Александр"} & set(link.differences.ru_only)


def test_differences_report_a_missing_name():
    ru = make_document(["Министр Сергей Лавров встретился с коллегами в Женеве и обсудил кризис."], "ru")
    en = make_document(["The minister met colleagues in Geneva and discussed the crisis."], "en")
    (link,) = align_documents(ru, en).links
    assert "Лавров" in link.differences.ru_only


def _reference_gain(ru, en, params, a, da, b, db):
    """The gain of a sentence step as first written: each token's hits on the other side's sentences,
    summed per step (kept here to check the look-up tables against)."""
    def hits(units, others):
        holders = {}
        for o, (_, keys, _) in enumerate(others):
            for token_keys in keys:
                for key in token_keys:
                    holders[key] = holders.get(key, 0) | (1 << o)
        return [[functools.reduce(operator.or_, (holders.get(k, 0) for k in token_keys), 0)
                 for token_keys in keys] for _, keys, _ in units]

    def side(units, others, own, other, share):
        wanted = sum(1 << o for o in other)
        gain = 0.0
        for k, row in zip(own, (hits(units, others)[k] for k in own), strict=True):
            matched = 0.0
            for hit, weight in zip(row, units[k][2], strict=True):
                if hit & wanted:
                    matched += weight
            gain += matched - share * sum(units[k][2])
        return gain

    ru_range, en_range = range(a, a + da), range(b, b + db)
    return (side(ru, en, ru_range, en_range, params.ru_share) + side(en, ru, en_range, ru_range, params.en_share)
            - params.link_cost * 0.5)


_KEYS = st.lists(st.tuples(st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=3).map(tuple),
                           st.floats(0.1, 3.0)), max_size=6)


@given(st.lists(_KEYS, min_size=1, max_size=5), st.lists(_KEYS, min_size=1, max_size=5))
@settings(max_examples=150, deadline=None)
def test_sentence_gains_are_those_of_the_token_by_token_sum(ru_rows, en_rows):
    from reader.core.align.engine.params import SearchParams
    from reader.core.align.engine.sentences import STEPS, _Pairs

    def units(rows):
        return [((0, s), [keys for keys, _ in row], [weight for _, weight in row]) for s, row in enumerate(rows)]

    ru, en, params = units(ru_rows), units(en_rows), SearchParams()
    pairs = _Pairs(ru, en, params)
    for a in range(len(ru)):
        for b in range(len(en)):
            for da, db in STEPS:
                if da and db and a + da <= len(ru) and b + db <= len(en):
                    assert pairs.gain(a, da, b, db) == _reference_gain(ru, en, params, a, da, b, db)
