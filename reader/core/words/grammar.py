"""A Russian word form's grammar from pymorphy3, said in words, in English and in Russian.

``analyses("домов")`` gives the readings of a form, most likely first, each with its lemma, part of
speech and the form's grammar: *genitive plural* / *родительный падеж, множественное число*.
pymorphy3 (and its dictionary, some 15 MB in memory) is loaded on first use only.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

#: part of speech → (English, Russian)
POS = {
    "NOUN": ("noun", "существительное"), "ADJF": ("adjective", "прилагательное"),
    "ADJS": ("short adjective", "краткое прилагательное"), "COMP": ("comparative", "сравнительная степень"),
    "VERB": ("verb", "глагол"), "INFN": ("verb", "глагол"), "PRTF": ("participle", "причастие"),
    "PRTS": ("short participle", "краткое причастие"), "GRND": ("adverbial participle", "деепричастие"),
    "NUMR": ("numeral", "числительное"), "ADVB": ("adverb", "наречие"), "NPRO": ("pronoun", "местоимение"),
    "PRED": ("predicative", "предикатив"), "PREP": ("preposition", "предлог"), "CONJ": ("conjunction", "союз"),
    "PRCL": ("particle", "частица"), "INTJ": ("interjection", "междометие"),
}
#: grammeme → (English, Russian)
GRAMMEMES = {
    "nomn": ("nominative", "именительный падеж"), "gent": ("genitive", "родительный падеж"),
    "datv": ("dative", "дательный падеж"), "accs": ("accusative", "винительный падеж"),
    "ablt": ("instrumental", "творительный падеж"), "loct": ("prepositional", "предложный падеж"),
    "voct": ("vocative", "звательный падеж"), "gen2": ("partitive genitive", "второй родительный падеж"),
    "acc2": ("second accusative", "второй винительный падеж"), "loc2": ("locative", "второй предложный падеж"),
    "sing": ("singular", "единственное число"), "plur": ("plural", "множественное число"),
    "masc": ("masculine", "мужской род"), "femn": ("feminine", "женский род"), "neut": ("neuter", "средний род"),
    "ms-f": ("common gender", "общий род"),
    "past": ("past tense", "прошедшее время"), "pres": ("present tense", "настоящее время"),
    "futr": ("future tense", "будущее время"),
    "1per": ("1st person", "1-е лицо"), "2per": ("2nd person", "2-е лицо"), "3per": ("3rd person", "3-е лицо"),
    "perf": ("perfective", "совершенный вид"), "impf": ("imperfective", "несовершенный вид"),
    "actv": ("active", "действительный залог"), "pssv": ("passive", "страдательный залог"),
    "impr": ("imperative", "повелительное наклонение"),
    "anim": ("animate", "одушевлённое"), "inan": ("inanimate", "неодушевлённое"),
    "tran": ("transitive", "переходный"), "intr": ("intransitive", "непереходный"),
    "Supr": ("superlative", "превосходная степень"), "Qual": ("qualitative", "качественное"),
    "Name": ("first name", "имя"), "Surn": ("surname", "фамилия"), "Patr": ("patronymic", "отчество"),
    "Geox": ("place name", "топоним"), "Orgn": ("organisation", "организация"), "Abbr": ("abbreviation", "аббревиатура"),
}
#: what describes the lemma (said once)
LEXICAL = ("anim", "inan", "masc", "femn", "neut", "ms-f", "perf", "impf", "tran", "intr", "Name", "Surn", "Patr",
           "Geox", "Orgn", "Abbr")
#: what describes the form, in groups said together ("3rd person singular, present tense"; "genitive plural")
FORM_GROUPS = (("1per", "2per", "3per", "impr", "masc", "femn", "neut", "sing", "plur"),
               ("past", "pres", "futr", "actv", "pssv"),
               ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2", "Supr"))
#: the parts of speech whose gender is the lemma's (a noun's) rather than the form's (an adjective's)
GENDER_IS_LEXICAL = {"NOUN", "NPRO"}
#: verbs say person and number, then tense (the others case, gender and number together)
VERBAL_ORDER = (0, 1, 2)
PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn"}


@dataclass(frozen=True)
class Analysis:
    """One reading of a Russian word form."""

    form: str
    lemma: str
    pos: str  # pymorphy3's part of speech (NOUN, VERB, INFN, …); "" when unknown
    #: the lemma's own grammar (gender, aspect, animacy) as (English, Russian) words, and the form's
    #: (case, number, tense) likewise, in the groups said together
    lexical: tuple[tuple[str, str], ...] = ()
    grammar: tuple[tuple[tuple[str, str], ...], ...] = ()
    score: float = 1.0
    #: pymorphy3 knows the word (not a guess from its ending)
    known: bool = True

    def pos_name(self, language: str = "en") -> str:
        """The part of speech in words."""
        names = POS.get(self.pos)
        return "" if names is None else names[0 if language == "en" else 1]

    def describe(self, language: str = "en") -> str:
        """The form's grammar in words: "genitive plural of дом (noun, inanimate, masculine)" or, in
        Russian, "родительный падеж, множественное число от дом (существительное, …)"."""
        k = 0 if language == "en" else 1
        head = ", ".join([self.pos_name(language)] + [w[k] for w in self.lexical if w[k]])
        if self.pos == "INFN":
            form = "infinitive" if language == "en" else "инфинитив"
        else:
            inner = " " if language == "en" else ", "
            form = ", ".join(inner.join(w[k] for w in group) for group in self.grammar if group)
        if not form:
            return f"{self.lemma} ({head})" if head else self.lemma
        joiner = "of" if language == "en" else "от"
        return f"{form} {joiner} {self.lemma} ({head})" if head else f"{form} {joiner} {self.lemma}"


_lock = threading.Lock()


@functools.cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


def morph():
    """The shared pymorphy3 analyser (made on first use)."""
    with _lock:
        return _morph()


def _analysis(parse, proper_case: bool) -> Analysis:
    tag = parse.tag
    grammemes = set(tag.grammemes)
    pos = tag.POS or ""
    lexical_set = set(LEXICAL) if pos in GENDER_IS_LEXICAL else set(LEXICAL) - {"masc", "femn", "neut"}
    lexical = tuple(GRAMMEMES[g] for g in LEXICAL if g in grammemes and g in lexical_set)
    groups = [tuple(GRAMMEMES[g] for g in group if g in grammemes and g not in lexical_set) for group in FORM_GROUPS]
    if pos in ("VERB", "INFN"):
        grammar = tuple(groups[i] for i in VERBAL_ORDER)
    else:  # "genitive masculine singular", then "present tense active" (of a participle)
        grammar = (groups[2] + groups[0], groups[1])
    lemma = parse.normal_form
    if proper_case and (grammemes & PROPER or not morph().word_is_known(parse.word)):
        lemma = lemma[:1].upper() + lemma[1:]
    return Analysis(parse.word, lemma, pos, lexical, grammar, float(parse.score), morph().word_is_known(parse.word))


def analyses(word: str, limit: int = 4) -> list[Analysis]:
    """The readings of a Russian word form, most likely first (distinct lemma, part of speech and
    grammar), at most ``limit``."""
    seen: set[tuple] = set()
    found: list[Analysis] = []
    capital = word[:1].isupper()
    for parse in morph().parse(word.lower()):
        analysis = _analysis(parse, capital)
        key = (analysis.lemma, analysis.pos, analysis.grammar)
        if key in seen:
            continue
        seen.add(key)
        found.append(analysis)
        if len(found) >= limit:
            break
    return found
