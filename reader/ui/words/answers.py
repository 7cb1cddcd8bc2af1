"""The answer to "which words render this word?" for a place in the window, what it says, how it is drawn.

The link is the one the window shows for the paragraph and sentence under the pointer
(``context.links.link_of``); a paragraph without counterpart is matched with its machine
translation when the window shows one (``context.translations``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.sides import Side
from reader.core.align import Link
from reader.core.words.linker import WordLinker
from reader.core.words.model import Counterpart, Evidence, Status, Word
from reader.core.links import sentence_at
from reader.ui.view.highlights import Highlight
from reader.ui.words.places import Place, word_highlight
from reader.ui.base.i18n import translator

#: the highlight layer of word links in both columns, above the selected sentence and below find results
LAYER = "words"
LAYER_Z = 35
#: (word under the pointer or cursor, its counterpart words): light and dark themes
COLORS = {False: (QColor("#9ec0ee"), QColor("#8fd19e")), True: (QColor("#3a6aa8"), QColor("#2f6b3a"))}
EVIDENCE_NAMES = {
    Evidence.TRANSLATION: QT_TRANSLATE_NOOP("Words", "dictionary"), Evidence.SAME: QT_TRANSLATE_NOOP("Words", "same word"),
    Evidence.NAME: QT_TRANSLATE_NOOP("Words", "name"), Evidence.NUMBER: QT_TRANSLATE_NOOP("Words", "number"),
    Evidence.DATE: QT_TRANSLATE_NOOP("Words", "date"), Evidence.ACRONYM: QT_TRANSLATE_NOOP("Words", "acronym"),
    Evidence.FUNCTION: QT_TRANSLATE_NOOP("Words", "usual rendering"),
}


tr = translator("Words")


@dataclass(frozen=True)
class Answer:
    """A look-up at a place: the counterpart answer, the link it was found in, the machine translation used."""

    place: Place
    found: Counterpart
    link: Link | None = None
    #: the text of the machine translation the word or its counterpart is in (None: a link of the pair)
    translation: str | None = None


def place_of(word: Word) -> Place:
    """Where a word of an answer is shown: its own column (a translation's words: the column showing it)."""
    return Place(word.side, word.paragraph, word.start, word.translation)


def look_up(linker: WordLinker, context, place: Place) -> Answer:
    """The counterpart of the word at ``place``."""
    if place.translation:
        translation = context.translations.get((place.source, place.paragraph))
        if translation is None:
            return Answer(place, Counterpart(Status.NO_WORD))
        found = linker.translation_counterpart(place.source, place.paragraph, translation.text, place.offset,
                                               in_translation=True)
        return Answer(place, found, None, translation.text)
    side, paragraph = place.column, place.paragraph
    document = context.pair.document(side)
    link = context.links.link_of(side, paragraph, sentence_at(document, paragraph, place.offset))
    found = linker.counterpart(link, side, paragraph, place.offset)
    translation = context.translations.get((side, paragraph))
    if found.status is Status.NO_LINK and link is None and translation is not None:
        found = linker.translation_counterpart(side, paragraph, translation.text, place.offset, in_translation=False)
        return Answer(place, found, None, translation.text)
    return Answer(place, found, link)


def _quoted(text: str) -> str:
    return f"“{text}”"


def describe(answer: Answer, aligned: bool = True) -> str:
    """What the status bar says about an answer (``aligned``: whether the pair's alignment is there yet)."""
    found = answer.found
    if found.word is None:
        return ""
    if found.status is Status.NO_LINK and not aligned:
        return tr("Word links appear when the alignment is done.")
    word = _quoted(found.word.text)
    where = tr("the machine translation") if answer.translation is not None else (
        tr("the English text") if Side(found.word.side) is Side.RU else tr("the Russian text"))
    if found.status is Status.FOUND:
        why = sorted({tr(str(EVIDENCE_NAMES[p.evidence])) for p in found.pairs})
        return tr("{word} ↔ {counterpart} ({why})").format(
            word=word, counterpart=" ".join(w.text for w in found.words), why=", ".join(why))
    if found.status is Status.FUNCTION:
        return tr("{word}: a function word; such words have no counterpart of their own.").format(word=word)
    if found.status is Status.NO_LINK:
        return tr("{word}: this paragraph has no counterpart.").format(word=word)
    return tr("{word}: no counterpart word in {where} of this link.").format(word=word, where=where)


def highlights(views: dict, answer: Answer, dark: bool) -> dict[str, list[Highlight]]:
    """The highlights of an answer per column: the word itself, and its counterpart words."""
    word_color, counterpart_color = COLORS[dark]
    items: dict[str, list[Highlight]] = {"ru": [], "en": []}
    found = answer.found
    if found.word is None:
        return items
    own = QTextCharFormat()
    own.setBackground(word_color)
    if found.status is not Status.FOUND:
        own.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    theirs = QTextCharFormat()
    theirs.setBackground(counterpart_color)
    for word, fmt in [(found.word, own)] + [(w, theirs) for w in found.words]:
        place = place_of(word)
        item = word_highlight(views[place.column], place, word.start, word.end, fmt)
        if item is not None:
            items[place.column].append(item)
    return items


def counterpart_columns(answer: Answer) -> set[str]:
    """The columns an answer's counterpart words are shown in."""
    return {w.side for w in answer.found.words}


__all__ = ["Answer", "LAYER", "LAYER_Z", "describe", "highlights", "look_up", "place_of"]
