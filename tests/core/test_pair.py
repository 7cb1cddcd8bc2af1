"""Tests for reading a Russian/English pair."""

from __future__ import annotations

import pytest

from reader.core.errors import LanguageError
from reader.core.pair import load_pair


def test_in_order(seed_paths):
    ru, en = seed_paths
    pair = load_pair(ru, en)
    assert (pair.ru.language, pair.en.language, pair.swapped, pair.notices) == ("ru", "en", False, [])
    assert pair.paths == (str(ru), str(en)) and pair.alignment is None and pair.project is None


def test_swapped_with_notice(seed_paths):
    ru, en = seed_paths
    pair = load_pair(en, ru)
    assert pair.swapped
    assert pair.ru.source.path == str(ru) and pair.en.source.path == str(en)
    assert pair.paths == (str(ru), str(en))  # the Russian file first, as the session keeps them
    assert "other way round" in pair.notices[0]


def test_same_language_refused(seed_paths, tmp_path):
    ru, _ = seed_paths
    other = tmp_path / "other.txt"
    other.write_text("Это другой русский текст о погоде. Сегодня в Москве идёт снег, и на улицах "
                     "холодно.", encoding="utf-8")
    with pytest.raises(LanguageError, match="both files are in Russian"):
        load_pair(ru, other)


def test_neither_language_refused(seed_paths, tmp_path):
    _, en = seed_paths
    german = tmp_path / "de.txt"
    german.write_text("Der Präsident hat die Konvention unterzeichnet. Die Vereinten Nationen haben "
                      "sie im Dezember angenommen, und seitdem ist viel geschehen. " * 3, encoding="utf-8")
    with pytest.raises(LanguageError, match="neither Russian nor English"):
        load_pair(german, en)
