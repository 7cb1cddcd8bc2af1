"""What differs inside a link: numbers, dates and names present on one side only."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from anyascii import anyascii
from rapidfuzz import fuzz

from reader.core.align.features import MONTH_EN, MONTH_RU, Token, stem, word_key
from reader.core.align.model import Differences
from reader.core.structure import parse_number, roman_value

RU_DATE = re.compile(r"\b(\d{1,2})\s+([а-яё]+)(?:\s+(\d{4}))?", re.IGNORECASE)
EN_DATE = re.compile(r"\b(?:(\d{1,2})\s+([A-Za-z]+)|([A-Z][a-z]+)\.?\s+(\d{1,2})\b)(?:,?\s+(\d{4}))?")


def _dates(texts: list[str], language: str) -> dict[str, str]:
    """Day-month dates: key ``month-day`` → display string."""
    found = {}
    for text in texts:
        if language == "ru":
            for match in RU_DATE.finditer(text):
                month = MONTH_RU.get(match.group(2).lower())
                if month:
                    found[f"{month}-{int(match.group(1))}"] = match.group().strip()
        else:
            for match in EN_DATE.finditer(text):
                day, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
                month = MONTH_EN.get(name.lower())
                if month and 1 <= int(day) <= 31:
                    found[f"{month}-{int(day)}"] = match.group().strip()
    return found


@functools.lru_cache(maxsize=4096)
def _title_case(text: str) -> bool:
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _is_name(token: Token, text: str) -> bool:
    if not token.text[:1].isupper() or token.kind != "name" or token.start < 0 or _title_case(text):
        return False
    if re.search(r"-[^\W\d_]*[a-zа-яё]", token.text) and not token.text.split("-")[-1][:1].isupper():
        return False  # "IT-преступлений" is a word, "Санкт-Петербург" a name
    before = text[:token.start].rstrip(" «»\"'“”„(—–-")
    return bool(before) and before[-1] not in ".!?:"


def _side(link_side, document, features_of):
    """The texts of one side's paragraphs, and its own tokens (not a machine translation's), each with its
    paragraph's text."""
    texts = [document.paragraphs[i].text for i in link_side]
    tokens = []
    for i in link_side:
        features, text = features_of[i], document.paragraphs[i].text
        for bit, (kind, start) in enumerate(zip(features.kinds, features.starts, strict=True)):
            if start >= 0:
                tokens.append((Token(features.texts[bit], start, features.idents[bit], features.keys[bit], kind),
                               text))
    return texts, tokens


_ROMAN_LETTERS = frozenset("IVXLCDM")
#: "I'm", "I'll", "I've", "I'd" in e-texts that drop apostrophes: not names
_NOT_NAMES = frozenset("Im Ill Ive Id".split())


@functools.cache
def _english_words() -> frozenset[str]:
    """The keys of every English word the bundled lexicon translates into."""
    from reader.core.align.lexicon import default_lexicon

    return frozenset(default_lexicon().english_keys())


def _dictionary_word(token: Token) -> bool:
    """Whether a capitalised English word is a word of the dictionary (Madame, Countess), not a name."""
    if not token.text.isascii():
        return False
    return word_key(stem(token.text.lower(), "en")) in _english_words()


def _value(token: Token) -> int | float | None:
    """The number a token stands for, however it is written: figures, a roman numeral (``XIII``), or a
    cardinal or ordinal word in either language (``three``, ``третий``, ``ПЯТАЯ``, ``fifth``)."""
    if token.kind == "number":
        try:
            return float(token.keys[0][1:])
        except ValueError:
            return None
    word = token.text
    if len(word) >= 2 and word.isupper() and set(word) <= _ROMAN_LETTERS:
        return roman_value(word)
    number, used = parse_number([word.lower()])
    return float(number) if used and number is not None else None


def _values(tokens) -> set[float]:
    """Every number the tokens write, also in two words (``двадцать первое``, ``twenty one``)."""
    values = {float(v) for v in (_value(t) for t, _ in tokens) if v is not None}
    words = [t.text.lower() for t, _ in tokens]
    for k in range(len(words) - 1):
        number, used = parse_number(words[k:k + 2])
        if used == 2 and number is not None:
            values.add(float(number))
    return values


def _missing(tokens, other_keys, other_names, dated_numbers, other_values: Collection[float] = frozenset()) -> list[str]:
    out: dict[str, None] = {}
    for token, text in tokens:
        if token.kind == "number":
            # a number counts only in figures: "one", "три" are as often words of speech as numbers
            if token.text[:1].isdigit() and token.keys[0] not in other_keys and \
                    token.keys[0] not in dated_numbers and _value(token) not in other_values:
                out[token.text] = None
        elif _is_name(token, text) and not other_keys.intersection(token.keys) and \
                (_value(token) is None or _value(token) not in other_values) and \
                token.text not in _NOT_NAMES and not _dictionary_word(token):
            latin = anyascii(token.text).lower()
            if not any(fuzz.partial_ratio(latin, name) >= 80 for name in other_names):
                out[token.text] = None
    return list(out)


def link_differences(link, context) -> Differences:
    """Numbers, dates and names of a link found on one side and not the other (display strings)."""
    ru_texts, ru_tokens = _side(link.ru, context.ru, context.ru_features)
    en_texts, en_tokens = _side(link.en, context.en, context.en_features)
    ru_keys = {k for t, _ in ru_tokens for k in t.keys}
    en_keys = {k for t, _ in en_tokens for k in t.keys}
    ru_names = [anyascii(t.text).lower() for t, _ in ru_tokens if t.text[:1].isupper()]
    en_names = [t.text.lower() for t, _ in en_tokens if t.text[:1].isupper()]
    ru_dates, en_dates = _dates(ru_texts, "ru"), _dates(en_texts, "en")
    dated = {"#" + key.split("-")[1] for key in set(ru_dates) | set(en_dates)}
    ru_only = [text for key, text in ru_dates.items() if key not in en_dates]
    en_only = [text for key, text in en_dates.items() if key not in ru_dates]
    ru_only += _missing(ru_tokens, en_keys, en_names, dated, _values(en_tokens))
    en_only += _missing(en_tokens, ru_keys, ru_names, dated, _values(ru_tokens))
    return Differences(ru_only=ru_only, en_only=en_only)
