"""The keyboard word cursor: the next or previous word of a column, across its paragraphs and the machine
translations shown among them (hidden paragraphs are skipped)."""

from __future__ import annotations

from reader.core.words.linker import WordLinker
from reader.core.words.tokens import ParagraphWords
from reader.ui.words.places import Place, block_of, place_of_block


def words_at(linker: WordLinker, context, place: Place) -> ParagraphWords | None:
    """The words of the text a place is in (a paragraph, or a machine translation shown in the window)."""
    if place.translation:
        translation = context.translations.get((place.source, place.paragraph))
        if translation is None:
            return None
        return linker.translation_words_of(place.source, place.paragraph, translation.text)
    return linker.words(place.column, place.paragraph)


def first_word(linker: WordLinker, context, place: Place, forward: bool = True) -> Place | None:
    """The word at or after (``forward``; else at or before) ``place`` in its text, or None."""
    words = words_at(linker, context, place)
    if words is None or not len(words):
        return None
    k = words.index_near(place.offset, forward)
    return None if k is None else Place(place.column, place.paragraph, words.starts[k], place.translation)


def step(view, linker: WordLinker, context, place: Place, forward: bool) -> Place | None:
    """The word after (before) the one at ``place`` in the column ``view``; None at the end of the column."""
    words = words_at(linker, context, place)
    if words is not None and len(words):
        k = words.index_at(place.offset)
        if k is None:
            k = words.index_near(place.offset, forward)
        else:
            k += 1 if forward else -1
        if k is not None and 0 <= k < len(words):
            return Place(place.column, place.paragraph, words.starts[k], place.translation)
    found = block_of(view, place)
    if found is None:
        return None
    block = found[0]
    while True:
        block = block.next() if forward else block.previous()
        if not block.isValid():
            return None
        if not block.isVisible():
            continue
        start = place_of_block(view, block)
        if start is None:
            continue
        words = words_at(linker, context, start)
        if words is not None and len(words):
            k = 0 if forward else len(words) - 1
            return Place(start.column, start.paragraph, words.starts[k], start.translation)
