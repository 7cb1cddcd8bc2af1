"""Tests for recognising metadata lines: dates, times, site names, bylines, glued prefixes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import metadata


@pytest.mark.parametrize("line", [
    "12 March 2024", "March 12, 2024 10:15 am", "Updated: 2023-01-05T10:00:00Z", "14:05 МСК",
    "25 октября 2025 г.", "Пятница, 3 мая 2024", "2019", "Published 03.04.2021 | 12:00 GMT",
    "Updated 2 hours ago", "5 min read", "3 минуты назад", "вчера, 18:40",
])
def test_date_lines_are_meta(line):
    assert metadata.is_date_line(line)


@pytest.mark.parametrize("line", ["The Moscow Times", "РИА Новости", "BBC News", "www.example.com",
                                  "By John Smith", "Автор: Иван Петров", "© 2024 Example Media", "Share",
                                  "Читайте также: Силуанов рассказал о бюджете", "Reuters"])
def test_sites_and_bylines_are_meta(line):
    assert metadata.is_metadata(line)


@pytest.mark.parametrize("line", ["In 2019 the treaty was drafted.", "March is a cold month in Moscow.",
                                  "Moscow Is Cold Today and Tomorrow, Forecasters Warn",
                                  "Сегодня Путин подписал указ о поддержке семей.", "By then it was too late.",
                                  "From the window she saw the sea", "Source of the trouble was unclear",
                                  "By the end of the war the city had lost half of its people, and " * 4])
def test_ordinary_lines_are_not_meta(line):
    assert not metadata.is_metadata(line)


def test_meta_prefix_split_general():
    assert metadata.split_meta_prefix("Published: 12 March 2024 The minister said the plan was ready.") == \
        ("Published: 12 March 2024", "The minister said the plan was ready.")
    assert metadata.split_meta_prefix("03.04.2021 14:00 Власти объявили о новых мерах поддержки.") == \
        ("03.04.2021 14:00", "Власти объявили о новых мерах поддержки.")
    # a sentence that merely starts with a year or a day is left alone
    assert metadata.split_meta_prefix("2019 Was a difficult year for the company.") is None
    assert metadata.split_meta_prefix("25 октября Путин подписал указ о поддержке.") is None


def _date_line_without_shortcut(text: str) -> bool:
    from reader.core import metadata

    if not metadata.DATE_TOKEN.search(text):
        return False
    rest = metadata._LABEL.sub(" ", metadata.DATE_TOKEN.sub(" ", text))
    return not metadata._SEPARATORS.sub("", rest)


_DATE_WORDS = ["Yesterday", "just", "now", "an", "hour", "ago", "Monday", "Mon.", "GMT", "сегодня", "только", "что",
               "минуту", "назад", "Updated:", "Опубликовано:", "on", "at", "в", "от", "weeks", "дней", "Вс", "12",
               "March", "2019", "года", "10:30", "MSK", "·", "|", "—", "Levin", "said", "Левин", "сказал", "дома"]


@given(st.lists(st.sampled_from(_DATE_WORDS), min_size=1, max_size=6))
@settings(max_examples=400, deadline=None)
def test_the_quick_date_line_test_agrees_with_the_full_one(words):
    from reader.core.metadata import is_date_line

    text = " ".join(words)
    assert is_date_line(text) == _date_line_without_shortcut(text)
