"""Edge, strict and null scores."""

import pytest

from reader.core.align.evaluation.metrics import Scores


def test_perfect_prediction():
    scores = Scores.empty()
    gold = [{"ru": [0], "en": [0]}, {"ru": [1, 2], "en": [1]}]
    scores.add(gold, gold, ru_count=4)
    assert [round(f1, 3) for _, _, _, f1 in scores.rows()] == [1.0, 1.0, 1.0]


def test_partial_prediction():
    scores = Scores.empty()
    gold = [{"ru": [0], "en": [0]}, {"ru": [1, 2], "en": [1]}]
    predicted = [{"ru": [0], "en": [0]}, {"ru": [1], "en": [1]}, {"ru": [3], "en": [2]}]
    scores.add(predicted, gold, ru_count=4)
    rows = {name: (p, r, f) for name, p, r, f in scores.rows()}
    assert rows["edge"][:2] == pytest.approx((2 / 3, 2 / 3))
    assert rows["strict"][:2] == pytest.approx((1 / 3, 1 / 2))
    # gold nulls: {3}; predicted nulls: {2}
    assert rows["null"] == (0.0, 0.0, 0.0)


def test_no_items_counts_as_perfect():
    scores = Scores.empty()
    scores.add([], [], ru_count=0)
    assert scores.null.f1 == 1.0
