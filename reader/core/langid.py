"""Telling Russian from English (and from anything else) in a document's text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[A-Za-z]")
_RUSSIAN_ONLY = re.compile(r"[ыэёЫЭЁ]")  # letters of Russian that Ukrainian and Bulgarian lack
_OTHER_CYRILLIC = re.compile(r"[іїєґђјљњћџІЇЄҐЂЈЉЊЋЏ]")
_DIACRITICS = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_WORDS = re.compile(r"[^\W\d_]+")
RUSSIAN_WORDS = frozenset(
    "и в не на что с по как это он она они к из у за от о а но для же так то все бы был была были "
    "его ее её при также только или уже было мы вы я ты их до если этот этой после".split())
ENGLISH_WORDS = frozenset(
    "the of and to in a is that for it as was with be by on not he she they this are or from at "
    "which have has an but were its their been will would said".split())
_SAMPLE = 100_000


@dataclass
class LanguageGuess:
    """What the text looks like: the language ("ru", "en" or None) and the evidence."""

    language: str | None
    cyrillic_share: float
    russian_words: float
    english_words: float


def identify(text: str) -> LanguageGuess:
    """Guess whether ``text`` is Russian or English from its script and its most common words."""
    sample = text[:_SAMPLE]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    letters = sum(1 for ch in sample if ch.isalpha())
    words = [w.lower() for w in _WORDS.findall(sample)]
    total = max(len(words), 1)
    russian = sum(1 for w in words if w in RUSSIAN_WORDS) / total
    english = sum(1 for w in words if w in ENGLISH_WORDS) / total
    share = cyrillic / max(cyrillic + latin, 1)
    # letters Russian does not use (Ukrainian і ї є ґ, Serbian ђ ј љ њ ћ џ) and Latin diacritics
    other_cyrillic = len(_OTHER_CYRILLIC.findall(sample)) / max(letters, 1)
    diacritics = len(_DIACRITICS.findall(sample)) / max(letters, 1)
    short = len(words) < 12
    language = None
    if letters and (cyrillic + latin) / letters >= 0.6:
        if share >= 0.6 and other_cyrillic < 0.01 and (russian >= 0.02 or short or _RUSSIAN_ONLY.search(sample)):
            language = "ru"
        elif share <= 0.4 and (english >= 0.05 or (english >= 0.02 and diacritics < 0.003)
                               or (short and diacritics < 0.01)):
            language = "en"
    return LanguageGuess(language, share, russian, english)


def detect_language(text: str) -> str | None:
    """``"ru"``, ``"en"``, or None when the text is neither (or has no letters)."""
    return identify(text).language
