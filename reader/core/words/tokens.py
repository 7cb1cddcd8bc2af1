"""The words of one paragraph, and which of them are the aligner's content tokens.

Every word of the text (what the aligner's tokenizer sees as a word or a number) can be pointed at
and stepped through by the word cursor; the content words among them carry the aligner's keys
(``reader.core.align.engine.features.paragraph_features``) and can have counterparts. Function words (и,
the, of) have no token. A count word the aligner folds into the number before it (``2019 году``,
``13,3 тысячи``) is *attached* to that number's token.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from reader.core.align.engine.features import (DOTTED_ACRONYM, THOUSAND, TOKEN, YEAR_WORDS, ParagraphFeatures,
                                        paragraph_features)
from reader.core.align.engine.lexicon import Lexicon
from reader.core.words.model import Word


@dataclass
class ParagraphWords:
    """All words of one text with their sentence and content token (``-1``: a function word)."""

    side: str
    paragraph: int
    text: str
    features: ParagraphFeatures
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    #: word → index of its token in ``features`` (-1 for a word without one)
    tokens: list[int] = field(default_factory=list)
    #: words attached to the number token before them (a count word: году, тысячи, thousand)
    attached: list[bool] = field(default_factory=list)
    #: the text is a machine translation of paragraph ``paragraph``
    translation: bool = False
    #: token → word
    token_words: list[int] = field(default_factory=list)
    _spans: dict[int, tuple[int, int]] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, index: int) -> Word:
        """Word ``index`` as a :class:`Word`."""
        start, end = self.starts[index], self.ends[index]
        return Word(self.side, self.paragraph, start, end, self.text[start:end], self.translation)

    def index_at(self, offset: int) -> int | None:
        """The word holding character ``offset`` (``start <= offset < end``), or None."""
        k = bisect.bisect_right(self.starts, offset) - 1
        if k >= 0 and offset < self.ends[k]:
            return k
        return None

    def index_near(self, offset: int, forward: bool = True) -> int | None:
        """The word at ``offset``, else the first word after it (``forward``) or the last before it."""
        found = self.index_at(offset)
        if found is not None:
            return found
        k = bisect.bisect_right(self.starts, offset)
        if forward:
            return k if k < len(self.starts) else None
        return k - 1 if k > 0 else None

    def words_of_token(self, token: int) -> list[int]:
        """The words a token stands for: its own word and the count words attached to it."""
        first = self.token_words[token]
        result = [first]
        k = first + 1
        while k < len(self.tokens) and self.attached[k] and self.tokens[k] == token:
            result.append(k)
            k += 1
        return result

    def sentence_span(self, sentence: int) -> tuple[int, int]:
        """(index of the first word, number of words) of a sentence."""
        if self._spans is None:
            spans: dict[int, tuple[int, int]] = {}
            for index, k in enumerate(self.sentences):
                first, count = spans.get(k, (index, 0))
                spans[k] = (first, count + 1)
            self._spans = spans
        return self._spans.get(sentence, (0, 0))

    def is_content(self, index: int) -> bool:
        """Whether word ``index`` is a content word (one the matcher can link)."""
        return self.tokens[index] >= 0


def _word_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Character spans of the words of ``text`` as the aligner's tokenizer cuts them (a dotted acronym
    such as U.S. is one word)."""
    if language == "ru":
        return [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    dotted = {m.start(): m.end() for m in DOTTED_ACRONYM.finditer(text)}
    undotted = DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", "") + " " * m.group().count("."), text)
    return [(m.start(), dotted.get(m.start(), m.end())) for m in TOKEN.finditer(undotted)]


def sentence_starts_of(paragraph) -> list[int]:
    """The start offsets of a document paragraph's sentences (``[0]`` if it has none)."""
    return [span.start for span in paragraph.sentences] or [0]


def paragraph_words(text: str, language: str, lexicon: Lexicon, sentence_starts: list[int] | None = None, *,
                    side: str | None = None, paragraph: int = 0, translation: bool = False) -> ParagraphWords:
    """The words of a paragraph's ``text`` in ``language`` ("ru" or "en") with the aligner's tokens."""
    starts = sentence_starts or [0]
    features = paragraph_features(text, language, lexicon, starts)
    words = ParagraphWords(side or language, paragraph, text, features, translation=translation)
    token_at = {start: k for k, start in enumerate(features.starts)}
    words.token_words = [0] * len(features.starts)
    count_words = THOUSAND | (YEAR_WORDS if language == "ru" else frozenset())
    for start, end in _word_spans(text, language):
        index = len(words.starts)
        token = token_at.get(start, -1)
        attached = False
        if token < 0 and index and words.tokens[-1] >= 0 and start <= words.ends[-1] + 2 \
                and features.kinds[words.tokens[-1]] == "number" and text[start:end].lower() in count_words:
            token, attached = words.tokens[-1], True
        elif token >= 0:
            words.token_words[token] = index
        words.starts.append(start)
        words.ends.append(end)
        words.sentences.append(max(0, bisect.bisect_right(starts, start) - 1))
        words.tokens.append(token)
        words.attached.append(attached)
    return words
