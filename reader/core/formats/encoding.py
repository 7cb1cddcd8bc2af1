"""Decoding text files of unknown encoding, with a Cyrillic-aware choice among single-byte codepages."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from reader.core.errors import BinaryFileError, DecodingError
from reader.core.formats.budget import current_budget

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
]
#: single-byte Cyrillic codepages, most common first (the first wins a tie)
CYRILLIC_CODEPAGES = ("cp1251", "koi8-r", "cp866")
_FREQUENT = set("оеаинтсрвлкмдпуяыь")  # the most frequent Russian letters, about 85% of running text
_CYRILLIC_LETTER = re.compile(r"[а-яёА-ЯЁ]")
_TYPOGRAPHY = set("\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u20ac\u00ab\u00bb\u00a0\u00b0\u00a9\u00ae\u2122\u2022")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SAMPLE = 200_000


def _cyrillic_score(text: str) -> float:
    """How much ``text`` looks like Russian: share of lowercase and of frequent letters among Cyrillic ones."""
    letters = _CYRILLIC_LETTER.findall(text)
    if not letters:
        return 0.0
    high = sum(1 for ch in text if ord(ch) >= 0x80)
    lower = sum(1 for ch in letters if ch.islower())
    frequent = sum(1 for ch in letters if ch in _FREQUENT)
    coverage = len(letters) / max(high, 1)
    return coverage * (lower / len(letters)) * (frequent / len(letters))


def _western_score(data: bytes) -> float:
    """Share of the non-ASCII characters of ``data`` read as cp1252 that are Latin letters or typography."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return 0.0
    high = [ch for ch in text if ord(ch) >= 0x80]
    good = sum(1 for ch in high if ("\u00c0" <= ch <= "\u024f" and ch not in "\u00d7\u00f7") or ch in _TYPOGRAPHY)
    return good / max(len(high), 1)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(sample) >= 4 and max(even, odd) > len(sample) // 4 and min(even, odd) < len(sample) // 50:
        return "utf-16-be" if even > odd else "utf-16-le"
    return None


def _check_text(text: str) -> str:
    current_budget().check("characters", len(text))
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise BinaryFileError("this file holds binary data, not text")
    return text


def decode(data: bytes) -> tuple[str, str]:
    """``data`` as text and the name of the encoding it was in.

    Handles UTF-8 with or without a BOM, UTF-16/32 with a BOM (or UTF-16 without one),
    the Cyrillic codepages cp1251, KOI8-R, cp866, ISO 8859-5 and Mac Cyrillic, and
    whatever else charset-normalizer recognises. Data that cannot decode to fewer characters than the
    reading budget allows (four bytes a character at most) is refused before it is decoded.
    """
    current_budget().check("characters", len(data) // 4)
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(name)), name
            except UnicodeDecodeError:
                raise DecodingError(f"this file starts like {name} but is not valid {name}") from None
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4000]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            try:
                return _check_text(data.decode(utf16)), utf16
            except UnicodeDecodeError:
                pass
        raise BinaryFileError("this file holds binary data, not text")
    sample = data[:_SAMPLE]
    scored: list[tuple[float, int, str]] = []
    for name in CYRILLIC_CODEPAGES:
        try:
            scored.append((_cyrillic_score(sample.decode(name)), -len(scored), name))
        except UnicodeDecodeError:
            continue
    best = max(scored, default=(0.0, 0, ""))
    if best[0] >= 0.35:
        return _check_text(data.decode(best[2])), best[2]
    if _western_score(sample) >= 0.9:
        return _check_text(data.decode("cp1252")), "cp1252"
    match = charset_normalizer.from_bytes(sample).best()
    if match is None or match.encoding is None:
        raise DecodingError("the text encoding of this file could not be recognised")
    try:
        return _check_text(data.decode(match.encoding)), match.encoding
    except (UnicodeDecodeError, LookupError):
        raise DecodingError("the text encoding of this file could not be recognised") from None
