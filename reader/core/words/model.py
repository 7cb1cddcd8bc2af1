"""The plain data of word counterparts: a word in a text, a pair of matched words, a look-up's answer."""

from __future__ import annotations

import enum
from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    """One word as it stands in a paragraph: ``text[start:end]`` of paragraph ``paragraph`` of ``side``.

    ``translation`` marks a word of the machine translation of that paragraph (then the offsets are in
    the translation's text, and ``side`` is the translation's language).
    """

    side: str  # "ru" or "en"
    paragraph: int
    start: int
    end: int
    text: str
    translation: bool = False


class Evidence(str, enum.Enum):
    """Why two words were matched (the aligner's kind of key they share)."""

    TRANSLATION = "translation"  # the lexicon gives one as a translation of the other
    SAME = "same"  # the same word (a Latin word in the Russian text, a shared stem)
    NAME = "name"  # the same name, transliterated
    NUMBER = "number"  # the same number, in figures or in words
    DATE = "date"  # the same month
    ACRONYM = "acronym"  # an acronym and its English form (ООН = UN)
    FUNCTION = "function"  # a frequent word and its usual rendering (уже = already)


@dataclass(frozen=True)
class WordPair:
    """A Russian word matched with an English word inside one link; ``key`` is the key they share
    (an English stem prefix such as ``conven``, ``#2019``, ``@guts``) and ``score`` its strength in (0, 1]."""

    ru: Word
    en: Word
    evidence: Evidence
    key: str
    score: float


class Status(str, enum.Enum):
    """What a look-up found."""

    FOUND = "found"  # the word has counterpart words
    NONE = "none"  # a content word with no counterpart in the link
    FUNCTION = "function"  # a function word (и, the, of): such words are not matched
    NO_LINK = "no-link"  # the paragraph has no counterpart at all
    NO_WORD = "no-word"  # the offset is not on a word


@dataclass(frozen=True)
class Counterpart:
    """The answer to "which words render this word?": the word asked about (None off a word), its
    counterpart words on the other side in reading order, and why."""

    status: Status
    word: Word | None = None
    words: tuple[Word, ...] = ()
    pairs: tuple[WordPair, ...] = ()

    @property
    def found(self) -> bool:
        """Whether there are counterpart words to show."""
        return bool(self.words)
