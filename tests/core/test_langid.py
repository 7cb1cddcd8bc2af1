"""Tests for telling Russian from English."""

from __future__ import annotations

import pytest

from reader.core.langid import detect_language, identify


@pytest.mark.parametrize("text, language", [
    ("Президент России назвал подписание конвенции историческим событием, и это было важно.", "ru"),
    ("The president called the signing of the convention a historic event, and it was important.", "en"),
    ("Путин", "ru"), ("Putin", "en"),
    # an English text quoting Russian words is still English, and the other way round
    ("The word «перестройка» was on everyone's lips in the late eighties, and it is in the history books.",
     "en"),
    ("Слово perestroika вошло во все языки мира, и его знают до сих пор в разных странах.", "ru"),
])
def test_languages(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", [
    "Der Präsident hat die Konvention unterzeichnet, und die Vereinten Nationen haben sie im Dezember "
    "angenommen. Seitdem ist viel geschehen, aber die Umsetzung dauert noch an, sagen die Experten. " * 2,
    "12345 67890 !!! ???", "",
    "Ελληνικά κείμενα δεν είναι ούτε ρωσικά ούτε αγγλικά.",
])
def test_neither(text):
    assert detect_language(text) is None


def test_evidence():
    guess = identify("Это русский текст и в нём есть слова.")
    assert guess.language == "ru" and guess.cyrillic_share == 1.0 and guess.russian_words > 0


def test_ukrainian_is_not_russian():
    assert detect_language("Президент України підписав закон про освіту, який набуде чинності з вересня. "
                           "Це рішення підтримали більшість депутатів.") is None
