"""Word counterparts inside the links of a pair: which English words render this Russian word, and back.

A :class:`WordLinker` belongs to one pair of documents. It computes the word matches of a link when
a word of it is first asked about, and keeps the matches of the most recent links (and the words of
the most recent paragraphs) in small caches: nothing is computed for the whole book up front. The
matches come from the aligner's own keys (``reader.core.words.matching``), inside the link's
sentence links where it has them: each sentence link is matched on its own first, then what is
left anywhere in the link is matched on strong evidence only (numbers, names, best translations).
A paragraph's machine translation is matched with the paragraph the same way.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from collections.abc import Hashable, Iterable

from reader.core.align.engine.lexicon import Lexicon, default_lexicon
from reader.core.align import Link
from reader.core.document import Document
from reader.core.segment import split_sentences
from reader.core.sides import PerSide, Side, other_side
from reader.core.words.matching import Item, Match, link_loose, link_tokens
from reader.core.words.function_words import function_keys
from reader.core.words.model import Counterpart, Evidence, Status, Word, WordPair
from reader.core.words.tokens import ParagraphWords, paragraph_words, sentence_starts_of

#: the second pass, across the sentence links of a link, takes only matches this strong
ACROSS_SENTENCES = 0.75
#: how many links' matches and how many paragraphs' words are kept
LINK_CACHE = 256
PARAGRAPH_CACHE = 512


class _LRU(collections.OrderedDict):
    """A dictionary that forgets its least recently used entries beyond ``size``."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def get_or(self, key: Hashable, make):
        if key in self:
            self.move_to_end(key)
            return self[key]
        value = self[key] = make()
        if len(self) > self.size:
            self.popitem(last=False)
        return value


@dataclass
class LinkWords:
    """The word matches of one link (or of a paragraph and its machine translation)."""

    pairs: list[WordPair] = field(default_factory=list)
    #: (side, paragraph, start, translation) of a word → indices of its pairs
    _by_word: dict[tuple, list[int]] = field(default_factory=dict, repr=False)

    def add(self, pair: WordPair) -> None:
        """Add a pair (and index it by both of its words)."""
        self.pairs.append(pair)
        for word in (pair.ru, pair.en):
            self._by_word.setdefault(_word_key(word), []).append(len(self.pairs) - 1)

    def pairs_of(self, word: Word) -> list[WordPair]:
        """The pairs ``word`` is in, best first."""
        return sorted((self.pairs[k] for k in self._by_word.get(_word_key(word), ())), key=lambda p: -p.score)

    def counterparts_of(self, word: Word) -> list[Word]:
        """The words matched with ``word``, in reading order."""
        found = {getattr(p, other_side(word.side)) for p in self.pairs_of(word)}
        return sorted(found, key=lambda w: (w.paragraph, w.start))


def _word_key(word: Word) -> tuple:
    return (word.side, word.paragraph, word.start, word.translation)


def link_signature(link: Link) -> tuple:
    """What a link's word matches depend on: its paragraphs, held sentences and sentence links."""
    return (tuple(link.ru), tuple(link.en),
            tuple((tuple(map(tuple, s.ru)), tuple(map(tuple, s.en))) for s in link.sentences),
            tuple(sorted((p, tuple(s)) for p, s in link.ru_sentences.items())),
            tuple(sorted((p, tuple(s)) for p, s in link.en_sentences.items())))


@dataclass
class _Side:
    """The tokens of one side of a link, in reading order: its content tokens and, apart, its function
    words that have a meaning class (see ``reader.core.words.function_words``)."""

    #: (paragraph's words, token) of each content token, and its (paragraph, sentence)
    refs: list[tuple[ParagraphWords, int]] = field(default_factory=list)
    units: list[tuple[int, int]] = field(default_factory=list)
    #: (paragraph's words, word, meaning classes) of each function word, and its (paragraph, sentence)
    function_refs: list[tuple[ParagraphWords, int, tuple[str, ...]]] = field(default_factory=list)
    function_units: list[tuple[int, int]] = field(default_factory=list)


def _collect(words: Iterable[ParagraphWords], held: dict[int, list[int]]) -> _Side:
    side = _Side()
    for pw in words:
        keep = held.get(pw.paragraph)
        for token, sentence in enumerate(pw.features.sentences):
            if sentence < 0 or (keep is not None and sentence not in keep):
                continue
            side.refs.append((pw, token))
            side.units.append((pw.paragraph, sentence))
        for index, token in enumerate(pw.tokens):
            sentence = pw.sentences[index]
            if token >= 0 or (keep is not None and sentence not in keep):
                continue
            keys = function_keys(pw.text[pw.starts[index]:pw.ends[index]], pw.side)
            if keys:
                side.function_refs.append((pw, index, keys))
                side.function_units.append((pw.paragraph, sentence))
    return side


def _places(side: _Side, units_of: list[tuple[int, int]], words_of: list[int],
            pws: list[ParagraphWords]) -> list[float]:
    """The place of each listed word in the block made of the sentences they stand in (0 first .. 1 last)."""
    units = sorted(set(units_of))
    offsets: dict[tuple[int, int], int] = {}
    total = 0
    by_paragraph = {pw.paragraph: pw for pw in pws}
    for unit in units:
        offsets[unit] = total
        total += by_paragraph[unit[0]].sentence_span(unit[1])[1]
    return [(offsets[unit] + word - pw.sentence_span(unit[1])[0]) / max(1, total - 1)
            for unit, word, pw in zip(units_of, words_of, pws, strict=True)]


def _items(side: _Side, members: list[int]) -> list[Item]:
    """Matcher items of the content tokens ``members`` of ``side``, placed within their block."""
    refs = [side.refs[k] for k in members]
    words = [pw.token_words[token] for pw, token in refs]
    places = _places(side, [side.units[k] for k in members], words, [pw for pw, _ in refs])
    items = []
    for (pw, token), word, place in zip(refs, words, places, strict=True):
        text = pw.features.texts[token]
        items.append(Item(pw.features.keys[token], place, word, pw.paragraph,
                          latin=pw.side == Side.RU and text.isascii(), compound="-" in text,
                          text=text, language="en" if text.isascii() else "ru"))
    return items


def _function_items(side: _Side, units: set[tuple[int, int]] | None) -> tuple[list[int], list[Item]]:
    """The function words of ``side`` in ``units`` (all: None) and their matcher items."""
    members = [k for k, unit in enumerate(side.function_units) if units is None or unit in units]
    refs = [side.function_refs[k] for k in members]
    places = _places(side, [side.function_units[k] for k in members], [w for _, w, _ in refs],
                     [pw for pw, _, _ in refs])
    return members, [Item(keys, place, word, pw.paragraph) for (pw, word, keys), place in zip(refs, places, strict=True)]


def _blocks(ru: _Side, en: _Side, sentence_links: list[tuple[set, set]]) -> list[tuple[list[int], list[int]]]:
    """The token groups matched on their own: one per sentence link, one of the tokens in none."""
    if not sentence_links:
        return [(list(range(len(ru.refs))), list(range(len(en.refs))))]
    blocks = []
    ru_free, en_free = set(range(len(ru.refs))), set(range(len(en.refs)))
    for ru_units, en_units in sentence_links:
        a = [k for k in range(len(ru.refs)) if ru.units[k] in ru_units]
        b = [k for k in range(len(en.refs)) if en.units[k] in en_units]
        ru_free.difference_update(a)
        en_free.difference_update(b)
        blocks.append((a, b))
    blocks.append((sorted(ru_free), sorted(en_free)))
    return blocks


def match_sides(ru: _Side, en: _Side, sentence_links: list[tuple[set, set]]) -> LinkWords:
    """Word matches between two sides: within each block, then across blocks on strong evidence; then the
    function words, within each sentence link."""
    matches: list[tuple[int, int, Match]] = []
    ru_taken: set[int] = set()
    en_taken: set[int] = set()
    for a, b in _blocks(ru, en, sentence_links):
        if not a or not b:
            continue
        ru_in: set[int] = set()
        en_in: set[int] = set()
        ru_items, en_items = _items(ru, a), _items(en, b)
        for m in link_tokens(ru_items, en_items, ru_taken=ru_in, en_taken=en_in):
            matches.append((a[m.ru], b[m.en], m))
        for m in link_loose(ru_items, en_items, ru_in, en_in):
            matches.append((a[m.ru], b[m.en], m))
        ru_taken.update(a[k] for k in ru_in)
        en_taken.update(b[k] for k in en_in)
    a = [k for k in range(len(ru.refs)) if k not in ru_taken]
    b = [k for k in range(len(en.refs)) if k not in en_taken]
    if a and b and sentence_links:
        for m in link_tokens(_items(ru, a), _items(en, b), use_place=False, min_score=ACROSS_SENTENCES):
            matches.append((a[m.ru], b[m.en], m))
    result = LinkWords()
    for i, j, m in matches:
        ru_pw, ru_token = ru.refs[i]
        en_pw, en_token = en.refs[j]
        for ru_word, en_word in _word_pairs(ru_pw, ru_token, en_pw, en_token):
            result.add(WordPair(ru_pw.word(ru_word), en_pw.word(en_word), m.evidence, m.key, round(m.score, 4)))
    blocks: list[tuple[set | None, set | None]] = [*sentence_links] or [(None, None)]  # None: the whole side
    for ru_units, en_units in blocks:
        a, ru_items = _function_items(ru, ru_units)
        b, en_items = _function_items(en, en_units)
        for m in link_tokens(ru_items, en_items):
            ru_pw, ru_word, _ = ru.function_refs[a[m.ru]]
            en_pw, en_word, _ = en.function_refs[b[m.en]]
            result.add(WordPair(ru_pw.word(ru_word), en_pw.word(en_word), Evidence.FUNCTION, m.key, round(m.score, 4)))
    return result


def _word_pairs(ru_pw: ParagraphWords, ru_token: int, en_pw: ParagraphWords, en_token: int) -> list[tuple[int, int]]:
    """The word pairs of a token pair: the words themselves, and the count words attached to a number
    (году, тысячи) with the other side's count words, or with its number if it has none."""
    ru_words, en_words = ru_pw.words_of_token(ru_token), en_pw.words_of_token(en_token)
    pairs = [(ru_words[0], en_words[0])]
    ru_rest, en_rest = ru_words[1:], en_words[1:]
    pairs += list(zip(ru_rest, en_rest, strict=False))  # the longer side's rest goes with the other's word
    pairs += [(r, en_words[0]) for r in ru_rest[len(en_rest):]]
    pairs += [(ru_words[0], e) for e in en_rest[len(ru_rest):]]
    return pairs


class WordLinker:
    """Word counterparts for one pair of documents, computed per link on demand and cached.

    The window asks :meth:`counterpart` on hover or click (the link is the one ``LinkIndex.link_of``
    gives for the paragraph and sentence under the pointer), and :meth:`translation_counterpart` for a
    machine translation shown for a paragraph. Documents are not changed; a linker for other documents
    (a re-read file) is a new linker. Edited links are recomputed (they are cached by content).
    """

    def __init__(self, ru: Document, en: Document, lexicon: Lexicon | None = None, *,
                 link_cache: int = LINK_CACHE, paragraph_cache: int = PARAGRAPH_CACHE) -> None:
        self.documents = PerSide(ru, en)
        self.lexicon = lexicon or default_lexicon()
        self._links = _LRU(link_cache)
        self._paragraphs = _LRU(paragraph_cache)

    def words(self, side: str, paragraph: int) -> ParagraphWords:
        """The words of a paragraph of ``side`` (cached)."""
        def make() -> ParagraphWords:
            document = self.documents[side]
            par = document.paragraphs[paragraph]
            return paragraph_words(par.text, side, self.lexicon, sentence_starts_of(par), side=side,
                                   paragraph=paragraph)
        return self._paragraphs.get_or((side, paragraph), make)

    def translation_words_of(self, side: str, paragraph: int, text: str) -> ParagraphWords:
        """The words of the machine translation ``text`` of paragraph ``paragraph`` of ``side`` (cached)."""
        language = other_side(side).value  # the translation is in the other side's language
        def make() -> ParagraphWords:
            starts = [span.start for span in split_sentences(text, language)] or [0]
            return paragraph_words(text, language, self.lexicon, starts, side=language, paragraph=paragraph,
                                   translation=True)
        return self._paragraphs.get_or(("mt", side, paragraph, text), make)

    def word_at(self, side: str, paragraph: int, offset: int) -> Word | None:
        """The word of a paragraph at character ``offset``, or None."""
        words = self.words(side, paragraph)
        index = words.index_at(offset)
        return None if index is None else words.word(index)

    def link_words(self, link: Link) -> LinkWords:
        """The word matches of ``link`` (computed on first use, then cached)."""
        def make() -> LinkWords:
            ru = _collect((self.words("ru", p) for p in link.ru), link.ru_sentences)
            en = _collect((self.words("en", p) for p in link.en), link.en_sentences)
            sentence_links = [({tuple(u) for u in s.ru}, {tuple(u) for u in s.en}) for s in link.sentences]
            return match_sides(ru, en, sentence_links)
        return self._links.get_or(link_signature(link), make)

    def translation_link_words(self, side: str, paragraph: int, text: str) -> LinkWords:
        """The word matches between paragraph ``paragraph`` of ``side`` and its machine translation ``text``
        (sentence by sentence when both have as many sentences, else as one block)."""
        def make() -> LinkWords:
            original = self.words(side, paragraph)
            translated = self.translation_words_of(side, paragraph, text)
            ru_pw, en_pw = (original, translated) if side == Side.RU else (translated, original)
            ru, en = _collect([ru_pw], {}), _collect([en_pw], {})
            ru_count, en_count = max(ru_pw.sentences, default=0) + 1, max(en_pw.sentences, default=0) + 1
            sentence_links = []
            if ru_count == en_count and ru_count > 1:
                sentence_links = [({(paragraph, s)}, {(paragraph, s)}) for s in range(ru_count)]
            return match_sides(ru, en, sentence_links)
        return self._links.get_or(("mt", side, paragraph, text), make)

    def counterpart(self, link: Link | None, side: str, paragraph: int, offset: int) -> Counterpart:
        """The counterpart words of the word at ``offset`` of paragraph ``paragraph`` of ``side`` inside
        ``link`` (the paragraph's link; None: the paragraph has no counterpart)."""
        words = self.words(side, paragraph)
        index = words.index_at(offset)
        if index is None:
            return Counterpart(Status.NO_WORD)
        if link is None or paragraph not in link.side(side):
            return Counterpart(Status.NO_LINK, words.word(index))
        held = link.side_sentences(side).get(paragraph)
        if held is not None and words.sentences[index] not in held:
            return Counterpart(Status.NO_LINK, words.word(index))
        return _answer(words, index, self.link_words(link))

    def translation_counterpart(self, side: str, paragraph: int, text: str, offset: int, *,
                                in_translation: bool) -> Counterpart:
        """As :meth:`counterpart`, between paragraph ``paragraph`` of ``side`` and its machine translation
        ``text``: the word at ``offset`` of the translation (``in_translation``) or of the paragraph."""
        words = self.translation_words_of(side, paragraph, text) if in_translation else self.words(side, paragraph)
        index = words.index_at(offset)
        if index is None:
            return Counterpart(Status.NO_WORD)
        return _answer(words, index, self.translation_link_words(side, paragraph, text))


def _answer(words: ParagraphWords, index: int, link_words: LinkWords) -> Counterpart:
    word = words.word(index)
    pairs = tuple(link_words.pairs_of(word))
    if not pairs:
        return Counterpart(Status.NONE if words.is_content(index) else Status.FUNCTION, word)
    return Counterpart(Status.FOUND, word, tuple(link_words.counterparts_of(word)), pairs)
