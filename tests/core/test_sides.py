"""The two sides of a pair and the record of one thing per side."""

from __future__ import annotations

import json

import pytest

from reader.core.sides import PerSide, Side, other_side


def test_a_side_is_its_string():
    assert Side.RU == "ru" and "en" == Side.EN and Side("ru") is Side.RU
    assert {"ru": 1}[Side.RU] == 1 and {Side.EN: 2}["en"] == 2  # same hash as the string
    assert f"{Side.RU}-{Side.EN}" == "ru-en" and str(Side.EN) == "en"
    assert json.dumps({Side.RU: [Side.EN]}) == '{"ru": ["en"]}'  # files keep their strings
    with pytest.raises(ValueError):
        Side("link")


def test_other_side():
    assert Side.RU.other() is Side.EN and Side.EN.other() is Side.RU
    assert other_side("ru") is Side.EN and other_side(Side.EN) is Side.RU


def test_per_side_record():
    record = PerSide(ru=[1], en=[2])
    assert record["ru"] == record[Side.RU] == record.ru == [1]
    record["en"] = [3]
    assert record.en == [3] and list(record) == [[1], [3]]
    assert list(record.items()) == [(Side.RU, [1]), (Side.EN, [3])]
    assert PerSide.build(str) == PerSide("ru", "en")
    assert record.map(len) == PerSide(1, 1) and record.as_dict() == {"ru": [1], "en": [3]}
    with pytest.raises(ValueError):
        record["link"]
