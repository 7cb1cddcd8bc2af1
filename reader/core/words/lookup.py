"""What the window asks about a word under the pointer: its card, and the vocabulary entry or note it makes.

These put the pieces together (word counterparts, the dictionary card, the sentences the word and its
counterpart stand in) so that the window only shows the answers.
"""

from __future__ import annotations

from reader.core.align import Link
from reader.core.segment import split_sentences
from reader.core.sides import PerSide, other_side
from reader.core.words.card import WordCard, word_card
from reader.core.words.linker import WordLinker
from reader.core.words.model import Counterpart, Status, Word
from reader.core.words.vocabulary import VocabularyEntry


def card_at(linker: WordLinker, link: Link | None, side: str, paragraph: int, offset: int) -> WordCard | None:
    """The dictionary card of the word at ``offset`` (None off a word), its counterpart's sense first."""
    found = linker.counterpart(link, side, paragraph, offset)
    return None if found.word is None else card_of(found)


def card_of(found: Counterpart) -> WordCard:
    """The dictionary card of a looked-up word (which must be on a word)."""
    assert found.word is not None
    return word_card(found.word.text, found.word.side, [w.text for w in found.words])


def _sentence_of(linker: WordLinker, word: Word, text: str | None = None) -> tuple[int, str]:
    """(sentence index, sentence text) of a word in its paragraph, or in the translation ``text``."""
    if word.translation:
        words = linker.translation_words_of(other_side(word.side), word.paragraph, text or "")
    else:
        words = linker.words(word.side, word.paragraph)
    index = words.index_at(word.start)
    sentence = words.sentences[index] if index is not None else 0
    members = [k for k, s in enumerate(words.sentences) if s == sentence]
    if not members:
        return sentence, ""
    spans = split_sentences(words.text, word.side) if word.translation else \
        linker.documents[word.side].paragraphs[word.paragraph].sentences
    if sentence < len(spans):
        return sentence, words.text[spans[sentence].start:spans[sentence].end].strip()
    return sentence, words.text[words.starts[members[0]]:words.ends[members[-1]]].strip()


def sentences_of(linker: WordLinker, link: Link | None, found: Counterpart, translation: str | None = None
                 ) -> tuple[str, str]:
    """The sentence of the looked-up word and its counterpart sentence(s): those holding the counterpart
    words, else those the link's sentence link gives, else nothing."""
    if found.word is None:
        return "", ""
    index, own = _sentence_of(linker, found.word, translation)
    others: dict[tuple, str] = {}
    for word in found.words:
        k, text = _sentence_of(linker, word, translation)
        others[(word.paragraph, k)] = text
    if not others and link is not None and not found.word.translation:
        mine = (found.word.paragraph, index)
        across = other_side(found.word.side)
        for sentence_link in link.sentences:
            ends = PerSide(sentence_link.ru, sentence_link.en)
            if mine in [tuple(u) for u in ends[found.word.side]]:
                for paragraph, k in ends[across]:
                    spans = linker.documents[across].paragraphs[paragraph].sentences
                    if k < len(spans):
                        text = linker.documents[across].paragraphs[paragraph].text
                        others[(paragraph, k)] = text[spans[k].start:spans[k].end].strip()
    return own, " ".join(text for _, text in sorted(others.items()))


def vocabulary_entry(linker: WordLinker, link: Link | None, found: Counterpart, card: WordCard | None = None, *,
                     kind: str = "looked-up", translation: str | None = None) -> VocabularyEntry | None:
    """The vocabulary entry of a looked-up word: its lemma (with stress) and the sense the counterpart uses
    (else the dictionary's first), the two sentences, where it is. None off a word."""
    if found.word is None or found.status is Status.NO_WORD:
        return None
    card = card or card_of(found)
    lemma, sense = found.word.text, ""
    if card.language == "ru" and card.readings:
        reading = card.readings[0]
        lemma = reading.stressed.split(", ")[0] if reading.in_dictionary else reading.lemma
        used = [s for s in reading.senses if s.used] or reading.senses
        sense = used[0].headword if used else " ".join(w.text for w in found.words)
    elif card.language == "en":
        lemma = card.headword or found.word.text.lower()
        translations = [t for t in card.translations if t.used] or card.translations
        sense = translations[0].text if translations else " ".join(w.text for w in found.words)
    sentence, counterpart_sentence = sentences_of(linker, link, found, translation)
    return VocabularyEntry(found.word.text, lemma, sense, found.word.side, found.word.paragraph, found.word.start,
                           found.word.end, sentence=sentence, counterpart_sentence=counterpart_sentence,
                           counterpart=" ".join(w.text for w in found.words), kind=kind)


def note_text(entry: VocabularyEntry) -> str:
    """The text "add to notes" puts into an annotation: "домов — дом: house (houses)"."""
    text = f"{entry.word} — {entry.lemma}" if entry.lemma.lower() != entry.word.lower() else entry.word
    if entry.sense:
        text += f": {entry.sense}"
    if entry.counterpart and entry.counterpart.lower() != entry.sense.lower():
        text += f" ({entry.counterpart})"
    return text
