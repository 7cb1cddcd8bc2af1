"""The dictionary card of a word: lemma with stress, grammar, senses, the sense used in the counterpart.

For a Russian word form the card gives each reading pymorphy3 finds (lemma with the dictionary's
stress mark, part of speech, the form's grammar in English and in Russian) with the lemma's English
senses in the dictionary's order; for an English word, the Russian words that translate its
headword. When the counterpart words are known (from the word matches of a link), the reading and
the sense they confirm come first and are marked. All from bundled data (``senses.tsv.gz``).
A card is data (``to_dict``, for the widget) and plain text (``text``, to copy).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Sequence

from reader.core.align.engine.features import english_token, stem, word_key
from reader.core.align.engine.spelling import american
from reader.core.words.grammar import Analysis, analyses
from reader.core.words.senses import MATCHING_POS, Senses, default_senses, plain

#: the words the plain text uses, per interface language
LABELS = {
    "en": {"counterpart": "Counterpart", "missing": "not in the dictionary", "guess": "guessed from its ending",
           "used": "used here", "translations": "Russian", "or": "or"},
    "ru": {"counterpart": "Соответствие", "missing": "нет в словаре", "guess": "разбор по окончанию",
           "used": "здесь", "translations": "по-русски", "or": "или"},
}
#: the parts of speech whose lemma pymorphy3 gives as a verb (participles, adverbial participles)
VERB_LEMMA = {"PRTF", "PRTS", "GRND", "VERB", "INFN"}
#: senses shown in the plain text per reading
SHOWN_SENSES = 8
@dataclass
class Sense:
    """One English sense of a Russian lemma: the headword, its part of speech, a few Russian words of the
    same sense (what else the dictionary renders it by) and whether the counterpart uses it."""

    headword: str
    pos: str = ""
    synonyms: list[str] = field(default_factory=list)
    used: bool = False


@dataclass
class Reading:
    """One lemma a Russian form may belong to, with the form's grammar (one or more analyses) and senses."""

    lemma: str
    #: the lemma with its stress mark(s) where the dictionary has them (за́мок), else the lemma
    stressed: str
    analyses: list[Analysis]
    senses: list[Sense] = field(default_factory=list)
    in_dictionary: bool = True

    @property
    def pos(self) -> str:
        return self.analyses[0].pos

    def forms(self, language: str = "en") -> list[str]:
        """The grammar of each analysis of the form, in words (without the lemma)."""
        found = []
        for analysis in self.analyses:
            k = 0 if language == "en" else 1
            inner = " " if language == "en" else ", "
            form = ", ".join(inner.join(w[k] for w in group) for group in analysis.grammar if group)
            if analysis.pos == "INFN":
                form = "infinitive" if language == "en" else "инфинитив"
            if form and form not in found:
                found.append(form)
        return found

    def heading(self, language: str = "en") -> str:
        """The lemma, its part of speech and the lemma's grammar: "дом (noun, inanimate, masculine)"."""
        first = self.analyses[0]
        k = 0 if language == "en" else 1
        parts = [first.pos_name(language)] + [w[k] for w in first.lexical]
        described = ", ".join(p for p in parts if p)
        return f"{self.stressed} ({described})" if described else self.stressed


@dataclass
class Translation:
    """A Russian translation of an English headword, and whether the counterpart uses it."""

    text: str
    pos: str = ""
    used: bool = False


@dataclass
class WordCard:
    """The dictionary card of one word."""

    word: str
    language: str  # the word's language, "ru" or "en"
    counterpart: tuple[str, ...] = ()
    #: a Russian word's readings, the one the counterpart confirms (else the likeliest) first
    readings: list[Reading] = field(default_factory=list)
    #: an English word's headword (None: not in the dictionary) and translations
    headword: str | None = None
    translations: list[Translation] = field(default_factory=list)

    @property
    def in_dictionary(self) -> bool:
        """Whether the dictionary has the word at all."""
        if self.language == "en":
            return self.headword is not None
        return any(r.in_dictionary for r in self.readings)

    def to_dict(self) -> dict:
        """The card as plain data for the widget (texts in both interface languages)."""
        return {
            "word": self.word, "language": self.language, "counterpart": list(self.counterpart),
            "in_dictionary": self.in_dictionary, "headword": self.headword,
            "readings": [{"lemma": r.lemma, "stressed": r.stressed, "pos": r.pos, "in_dictionary": r.in_dictionary,
                          "heading": {"en": r.heading("en"), "ru": r.heading("ru")},
                          "forms": {"en": r.forms("en"), "ru": r.forms("ru")},
                          "guessed": not r.analyses[0].known,
                          "senses": [{"headword": s.headword, "pos": s.pos, "synonyms": list(s.synonyms),
                                      "used": s.used} for s in r.senses]}
                         for r in self.readings],
            "translations": [{"text": t.text, "pos": t.pos, "used": t.used} for t in self.translations],
        }

    def text(self, language: str = "en") -> str:
        """The card as plain text (to copy), its labels in the interface ``language`` ("en" or "ru")."""
        labels = LABELS.get(language, LABELS["en"])
        lines = [self.word]
        if self.language == "ru":
            for reading in self.readings:
                forms = f" {labels['or']} ".join(reading.forms(language))
                head = reading.heading(language) + (f" — {forms}" if forms else "")
                if not reading.analyses[0].known:
                    head += f" ({labels['guess']})"
                lines.append(head)
                if not reading.senses:
                    lines.append(f"  {labels['missing']}")
                for n, sense in enumerate(reading.senses[:SHOWN_SENSES], 1):
                    extra = f" ({sense.pos})" if sense.pos else ""
                    if sense.synonyms:
                        extra += f": {', '.join(sense.synonyms)}"
                    mark = f" ← {labels['used']}" if sense.used else ""
                    lines.append(f"  {n}. {sense.headword}{extra}{mark}")
        else:
            if self.headword is None:
                lines.append(f"  {labels['missing']}")
            else:
                if self.headword != self.word.lower():
                    lines[0] += f" → {self.headword}"
                pos = ""
                for t in self.translations:
                    if t.pos != pos:
                        pos = t.pos
                        lines.append(f"  {pos}:" if pos else f"  {labels['translations']}:")
                    lines.append(f"    {t.text}" + (f" ← {labels['used']}" if t.used else ""))
        if self.counterpart:
            lines.append(f"{labels['counterpart']}: {' '.join(self.counterpart)}")
        return "\n".join(lines)


def _english_keys(word: str) -> set[str]:
    """The aligner's word keys of an English word (became and become share ``becom``)."""
    token = english_token(word.lower(), 0, capital_ok=False)
    keys = {k for k in token.keys if k[0] not in "#%^@&"} if token else set()
    return keys or {word_key(stem(american(word.lower()), "en"))}


def _reading(lemma: str, group: list[Analysis], senses: Senses, keys: set[str]) -> Reading:
    entry = senses.russian(lemma)
    if entry is None:
        return Reading(lemma, lemma, group, in_dictionary=False)
    wanted = "verb" if group[0].pos in VERB_LEMMA else MATCHING_POS.get(group[0].pos, "")
    proper = lemma[:1].isupper()
    found = []
    for headword, pos in entry.senses:
        english = senses.english(headword)
        renderings = [w for p, words in (english.groups if english else ()) if p == pos or not pos for w in words]
        same = [w for w in renderings if plain(w) != entry.lemma][:4]
        shown = headword[:1].upper() + headword[1:] if proper and not pos else headword
        found.append(Sense(shown, pos, same, used=bool(_english_keys(headword) & keys)))
    # the sense used in the counterpart first, then the senses of the form's part of speech, then the rest
    found.sort(key=lambda s: (not s.used, bool(wanted) and s.pos not in ("", wanted)))
    stressed = _stressed(entry, found, senses)
    shown = lemma[:1] + stressed[1:] if lemma[:1].isupper() and stressed[:1].lower() == lemma[:1].lower() else stressed
    return Reading(lemma, shown, group, found)


def _stressed(entry, found: list[Sense], senses: Senses) -> str:
    """The lemma with stress: the spelling the used sense's entry gives where the lemma is stressed two
    ways (за́мок castle, замо́к lock), else every spelling the dictionary has."""
    if len(entry.spellings) > 1:
        for sense in found:
            if sense.used:
                english = senses.english(sense.headword)
                for word in english.translations() if english else ():
                    if plain(word) == entry.lemma and word in entry.spellings:
                        return word
        return ", ".join(entry.spellings)
    return entry.spellings[0] if entry.spellings else entry.lemma


def russian_card(word: str, counterpart: Sequence[str] = (), senses: Senses | None = None) -> WordCard:
    """The card of a Russian word form; ``counterpart`` are the English words matched with it, if any."""
    senses = senses or default_senses()
    keys = set().union(*(_english_keys(w) for w in counterpart)) if counterpart else set()
    found = analyses(word)
    if found and not found[0].known:  # a guess from the ending: only the likeliest (a noun, for a name)
        nouns = [a for a in found if a.pos == "NOUN"] if word[:1].isupper() else []
        found = (nouns or found)[:1]
    groups: dict[tuple[str, str], list[Analysis]] = {}
    for analysis in found:
        lemma_pos = "VERB" if analysis.pos in VERB_LEMMA else analysis.pos
        groups.setdefault((analysis.lemma, lemma_pos), []).append(analysis)
    readings = [_reading(lemma, group, senses, keys) for (lemma, _), group in groups.items()]
    # the reading the counterpart confirms first, then those the dictionary knows, in pymorphy3's order;
    # a reading the dictionary does not know is kept only when it is the likeliest
    readings = [r for k, r in enumerate(readings) if k == 0 or r.in_dictionary]
    readings.sort(key=lambda r: (not any(s.used for s in r.senses), not r.in_dictionary))
    return WordCard(word, "ru", tuple(counterpart), readings=readings)


def english_card(word: str, counterpart: Sequence[str] = (), senses: Senses | None = None) -> WordCard:
    """The card of an English word; ``counterpart`` are the Russian words matched with it, if any."""
    senses = senses or default_senses()
    headword = senses.english_headword(word)
    card = WordCard(word, "en", tuple(counterpart), headword=headword)
    entry = senses.english(headword) if headword else None
    if entry is None:
        return card
    lemmas = {plain(a.lemma) for w in counterpart for a in analyses(w)[:2]} | {plain(w) for w in counterpart}
    translations = [Translation(text, pos, used=plain(text) in lemmas) for pos, words in entry.groups for text in words]
    translations.sort(key=lambda t: not t.used)
    card.translations = translations
    return card


def word_card(word: str, language: str, counterpart: Sequence[str] = (), senses: Senses | None = None) -> WordCard:
    """The card of a word in ``language`` ("ru" or "en")."""
    if language == "ru":
        return russian_card(word, counterpart, senses)
    return english_card(word, counterpart, senses)
