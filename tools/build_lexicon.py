"""Build the compact Russian→English lexicon the aligner ships (resources/lexicon/ru-en.tsv.gz).

Source: Müller's English–Russian dictionary (Debian package ``mueller7-dict``, GPL-2+), read
from its dictd files. Every English headword's Russian translations are parsed out of the loose
entry text (transcriptions, grammar and domain labels, parenthesised remarks and usage examples
are dropped), lemmatised with pymorphy3 and inverted. The result is keyed by the Snowball stems
of all inflected forms of each Russian lemma, and its values are Snowball stems of the English
headword (and of its irregular forms), so the aligner needs neither pymorphy3 nor the dictionary
at run time.

It also writes the dictionary card's data (resources/lexicon/senses.tsv.gz): from the edition with
stress marks (``mueller7accent-dict``), every English headword's Russian translations in the
dictionary's order, grouped by part of speech, with their stress, and every Russian lemma's
English headwords, best sense first (see ``resources/lexicon/README.md`` for the format).

Usage: python tools/build_lexicon.py [--index mueller7.index] [--dict mueller7.dict.dz] [-o OUT]
                                     [--accent-index mueller7accent.index] [--accent-dict mueller7accent.dict.dz]
                                     [--senses OUT] [--only lexicon|senses]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import re
import sys
from pathlib import Path

import pymorphy3
import snowballstemmer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from reader.core.align.engine.spelling import american

DICTD = Path("/usr/share/dictd")
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
#: how many English stems one Russian key keeps (best-ranked first)
MAX_TARGETS = 40
#: Russian words never used as keys (too general to say anything about a pair)
RU_STOP = set("""и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только
ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него
до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя
их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой
совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при
наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три
эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно
всю между это весь который свой такой также очень кто-л что-л кого-л чего-л кому-л чему-л чем-л
кем-л ком-л чём-л""".split())
#: English headwords never used as targets
EN_STOP = set("""a an the of to in on at by for with from as and or but not be is are was were been
it its this that these those he she they we you i me him her them us my your his our their
smb smth one oneself""".split())

#: high-frequency news words and function-like words the dictionary lacks or buries
HAND = {
    "заявить": "say state declare announce tell statement",
    "заявлять": "say state declare announce tell statement",
    "сообщить": "report say tell inform announce",
    "сообщать": "report say tell inform announce",
    "сообщение": "report message statement",
    "отметить": "note say point stress",
    "отмечать": "note say point stress",
    "подчеркнуть": "stress emphasize underline note",
    "добавить": "add",
    "уточнить": "clarify specify add say",
    "пояснить": "explain clarify say",
    "рассказать": "tell say describe speak spoke talk",
    "говориться": "say",
    "словам": "accord say",
    "слово": "word say",
    "передавать": "report transmit",
    "назвать": "call name describe",
    "называть": "call name describe",
    "подписать": "sign",
    "произойти": "occur happen",
    "происходить": "occur happen",
    "случиться": "happen occur",
    "пожар": "fire",
    "возгорание": "fire blaze",
    "завод": "plant factory works",
    "предприятие": "enterprise company plant business",
    "рад": "glad happy pleased",
    "соскучиться": "miss",
    "показать": "show",
    "показывать": "show",
    "начать": "start begin",
    "начинать": "start begin",
    "получить": "receive get obtain",
    "получать": "receive get obtain",
    "стать": "become",
    "становиться": "become",
    "хотеть": "want wish",
    "считать": "believe consider think count",
    "решить": "decide solve",
    "решение": "decision solution",
    "вопрос": "question issue matter",
    "проблема": "problem issue",
    "ситуация": "situation",
    "данные": "data",
    "исследование": "study research",
    "результат": "result outcome",
    "помощь": "help aid assistance",
    "работа": "work job",
    "работать": "work",
    "связать": "link connect relate tie",
    "связанный": "related linked connected",
    "часть": "part share portion",
    "возможный": "possible potential",
    "возможно": "possibly maybe perhaps possible",
    "примерно": "about approximately around roughly",
    "время": "time",
    "увидеть": "see saw seen",
    "вокруг": "around",
    "сильный": "strong powerful",
    "сильно": "strongly heavily badly",
    "напомнить": "recall remind",
    "начало": "start beginning",
    "подумать": "think",
    "ряд": "number series row several",
    "около": "about around nearly almost",
    "момент": "moment time",
    "известный": "known famous well-known",
    "прошлый": "last past previous",
    "большой": "big large great major",
    "спасибо": "thank thanks",
    "любой": "any",
    "против": "against versus",
    "принять": "adopt accept take pass",
    "почти": "almost nearly",
    "пострадать": "injure hurt suffer",
    "пострадавший": "injured victim",
    "разработать": "develop design",
    "большинство": "majority most",
    "место": "place site venue spot",
    "находиться": "locate situate",
    "оказаться": "turn prove",
    "уровень": "level rate",
    "среди": "among",
    "подобный": "similar such like",
    "общий": "common general total overall",
    "занимать": "occupy take hold rank",
    "подписание": "sign signing",
    "президент": "president",
    "премьер": "premier prime minister",
    "министр": "minister secretary",
    "министерство": "ministry department",
    "глава": "head chief leader chapter",
    "губернатор": "governor",
    "правительство": "government cabinet",
    "депутат": "deputy lawmaker mp",
    "чиновник": "official",
    "ведомство": "agency department",
    "власть": "authority power",
    "власти": "authority",
    "сотрудник": "employee staff officer",
    "представитель": "representative spokesman spokesperson",
    "пресс-секретарь": "spokesman spokesperson secretary press",
    "генпрокурор": "prosecutor general attorney",
    "генпрокуратура": "prosecutor general office",
    "прокуратура": "prosecutor office",
    "гражданин": "citizen national",
    "житель": "resident inhabitant",
    "жительница": "resident woman",
    "человек": "people person man",
    "год": "year",
    "процент": "percent per cent",
    "тысяча": "thousand",
    "миллион": "million",
    "миллиард": "billion",
    "рубль": "ruble rouble",
    "доллар": "dollar",
    "евро": "euro",
    "ранее": "earlier previous before",
    "также": "also too",
    "однако": "however but",
    "например": "example instance",
    "сегодня": "today",
    "вчера": "yesterday",
    "завтра": "tomorrow",
    "понедельник": "monday", "вторник": "tuesday", "среда": "wednesday",
    "четверг": "thursday", "пятница": "friday", "суббота": "saturday", "воскресенье": "sunday",
    "коронавирус": "coronavirus covid virus",
    "пандемия": "pandemic",
    "вакцина": "vaccine",
    "вакцинация": "vaccination vaccine",
    "интернет": "internet online",
    "соцсеть": "social network media",
    "эксперт": "expert",
    "политолог": "political scientist analyst",
    "журналист": "journalist reporter",
    "телеграм-канал": "telegram channel",
    "россия": "russia russian",
    "российский": "russia russian",
    "москва": "moscow",
    "украина": "ukraine ukrainian",
    "киев": "kiev kyiv",
    "сша": "us usa america american",
    "американский": "us america american",
    "европейский": "europe european",
    "международный": "international",
    "мировой": "world global",
    "мир": "world peace",
    "страна": "country nation state",
    "государство": "state country nation",
    "регион": "region",
    "край": "region territory krai edge",
    "область": "region oblast area",
    "город": "city town",
    "столица": "capital",
    "сфера": "sphere field area",
    "кибер-преступность": "cybercrime",
    "киберпреступность": "cybercrime cyber crime",
    "ит": "it",
    "цифровой": "digital",
    "технология": "technology",
    "информационный": "information",
    "коммуникационный": "communication",
    "противодействие": "combat counter counteract resist",
    "правоохранительный": "law enforcement",
    "инициатива": "initiative",
    "конвенция": "convention",
    "договор": "treaty agreement contract",
    "угроза": "threat",
    "безопасность": "security safety",
    "террорист": "terrorist",
    "терроризм": "terrorism",
    "экстремистский": "extremist",
    "наркотик": "drug",
    "оружие": "weapon arm",
    "журнал": "magazine journal",
    "издание": "publication outlet edition",
    "агентство": "agency",
    "компания": "company firm",
    "сайт": "site website",
    "интервью": "interview",
    "школа": "school",
    "больница": "hospital",
    "врач": "doctor physician",
    "полиция": "police",
    "суд": "court trial",
    "выборы": "election",
    "матч": "match game",
    "команда": "team command",
    "игрок": "player",
    "тренер": "coach",
    "сезон": "season",
    "клуб": "club",
    "шифрование": "encryption encrypt cipher",
    "шифровать": "encrypt",
    "зашифровать": "encrypt",
    "расшифровать": "decrypt decipher",
    "взломать": "hack crack break",
    "хакер": "hacker",
    "смартфон": "smartphone phone",
    "приложение": "app application",
    "пользователь": "user",
    "онлайн": "online",
    "дети": "children child kids kid",
    "ребенок": "child kid baby",
    "отставка": "resignation resign step",
    "уйти": "leave step quit",
    "санкция": "sanction",
    "вакцинироваться": "vaccinate",
    "карантин": "quarantine lockdown",
    "заразиться": "infect catch",
    "заражение": "infection",
}

#: places (countries, their adjectives, cities, regions) from ``lexicon_places.tsv``
PLACES = Path(__file__).resolve().parent / "lexicon_places.tsv"


def read_places(path: Path = PLACES) -> dict[str, str]:
    """Russian lemma → English words, from the places file (``#`` lines are comments)."""
    places = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, english = line.split("\t")
            places[lemma.strip()] = english.strip()
    return places


def read_entries(index_path: Path, dict_path: Path):
    """Yield (headword, entry text) from a dictd index and its (gzipped) data file."""
    data = gzip.open(dict_path, "rb").read() if dict_path.suffix == ".dz" else dict_path.read_bytes()

    def b64(text: str) -> int:
        value = 0
        for ch in text:
            value = value * 64 + B64.index(ch)
        return value

    for line in index_path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith(("00-database", "_")):
            continue
        start, length = b64(parts[1]), b64(parts[2])
        yield parts[0], data[start:start + length].decode("utf-8", "replace")


LABEL = re.compile(r"_[^\s.;,)]*\.?")
PARENS = re.compile(r"\([^()]*\)")
TRANSCRIPTION = re.compile(r"\[[^\]]*\]")
NUMBERING = re.compile(r"(?<![\w-])(?:\d+[.)]|[а-яa-z][)])")
IRREGULAR = re.compile(r"_v\.\s*\(([a-z ,;]+)\)")
#: inflected forms whose stems become keys (short adjectives and comparatives collide with other words)
LEXEME_POS = {"NOUN", "ADJF", "VERB", "INFN", "PRTF", "GRND", "NPRO", "NUMR", "ADVB", None}
CYR_WORD = re.compile(r"^[а-яё]+(?:-[а-яё]+)?$")


def parse_entry(headword: str, text: str) -> tuple[list[str], list[tuple[str, int]]]:
    """The English forms of an entry and its Russian translations with a rank (lower is better)."""
    body = text.split("\n", 1)[1] if "\n" in text else ""
    forms = [headword.lower()]
    for group in IRREGULAR.findall(body):
        forms += [w for w in re.split(r"[\s,;]+", group) if w.isalpha() and w != "or"]
    body = " ".join(body.split())
    body = TRANSCRIPTION.sub(" ", body)
    for _ in range(2):
        body = PARENS.sub(" ", body)
    body = LABEL.sub(" ", body)
    body = NUMBERING.sub(";§", body)
    words: list[tuple[str, float]] = []
    sense = 0
    for segment in re.split(r"[;:]", body):
        if segment.strip().startswith("§"):
            sense += 1
        pieces = segment.replace("§", "").split(",")
        for position, piece in enumerate(pieces):
            piece = piece.strip(" .!?«»\"'=~").lower().replace("ё", "е")
            if re.search(r"[a-z0-9]", piece):
                break  # a usage example: the rest of the segment translates it
            tokens = piece.split()
            rank = sense + 0.1 * position
            if len(tokens) == 1 and CYR_WORD.match(tokens[0]):
                words.append((tokens[0], rank))
            elif 1 < len(tokens) <= 3:
                words += [(t, rank + 4) for t in tokens if CYR_WORD.match(t) and len(t) > 3]
    return forms, words


def aspect_partners(lemma: str, morph) -> list[str]:
    """Perfective/imperfective partners of a verb guessed by suffix and checked against the dictionary."""
    guesses = []
    for old, new in (("ывать", "ать"), ("ивать", "ать"), ("ивать", "ить"), ("ять", "ить"), ("ать", "ить"),
                     ("ить", "ять"), ("ить", "ать"), ("ать", "ывать"), ("ать", "ивать"), ("ить", "ивать")):
        if lemma.endswith(old):
            guesses.append(lemma[: -len(old)] + new)
    return [g for g in guesses if morph.word_is_known(g) and any(p.tag.POS == "INFN" for p in morph.parse(g))]


def build(index_path: Path, dict_path: Path) -> dict[str, list[str]]:
    """Russian stem → English stems, best first."""
    morph = pymorphy3.MorphAnalyzer()
    ru_stem = snowballstemmer.stemmer("russian").stemWord
    en_stem = snowballstemmer.stemmer("english").stemWord
    by_lemma: dict[str, dict[str, int]] = collections.defaultdict(dict)

    def add(lemma: str, english: list[str], rank: int) -> None:
        for form in english:
            if form in EN_STOP:
                continue
            form = american(form)  # British headwords meet American texts (see reader/core/align/engine/spelling.py)
            for stem in {en_stem(form), en_stem(form.replace("-", ""))}:
                if len(stem) >= 2:
                    old = by_lemma[lemma].get(stem)
                    by_lemma[lemma][stem] = rank if old is None else min(old, rank)

    for headword, text in read_entries(index_path, dict_path):
        if not re.fullmatch(r"[A-Za-z][a-z]*(?:-[a-z]+)?", headword):
            continue  # multi-word headwords, abbreviations in capitals
        forms, words = parse_entry(headword, text)
        for word, rank in words:
            lemma = morph.parse(word)[0].normal_form.replace("ё", "е")
            if lemma in RU_STOP or len(lemma) < 2:
                continue
            add(lemma, forms, rank)
            if lemma.endswith("ть"):
                for partner in aspect_partners(lemma, morph):
                    add(partner, forms, rank + 1)
    for lemma, english in {**HAND, **read_places()}.items():
        add(lemma, english.split(), -1)

    table: dict[str, dict[str, int]] = collections.defaultdict(dict)
    for lemma, targets in by_lemma.items():
        stems = {ru_stem(lemma)}
        parses = morph.parse(lemma)
        if parses and parses[0].normal_form.replace("ё", "е") == lemma:
            stems |= {ru_stem(f.word.replace("ё", "е")) for f in parses[0].lexeme if f.tag.POS in LEXEME_POS}
        for stem in stems:
            if len(stem) < 2:
                continue
            for en, rank in targets.items():
                old = table[stem].get(en)
                table[stem][en] = rank if old is None else min(old, rank)
    return {stem: [en for en, _ in sorted(t.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))][:MAX_TARGETS]
            for stem, t in table.items()}


#: the English parts of speech the senses keep (Müller's labels → the names the card shows)
POS_LABELS = {"n": "noun", "a": "adjective", "v": "verb", "adv": "adverb", "prep": "preposition",
              "pron": "pronoun", "cj": "conjunction", "conj": "conjunction", "interj": "interjection",
              "predic": "predicative", "num": "numeral"}
POS_LABEL = re.compile(r"_(" + "|".join(sorted(POS_LABELS, key=len, reverse=True)) + r")\.")
#: a marker that survives the clean-up (private-use characters: no letter, digit or punctuation)
POS_MARK = "\ue000"
#: Russian vowels: the accented edition writes the stressed one in capitals (мИр, зАмок, замОк)
VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
ACUTE = "\u0301"
#: how many Russian translations one English headword keeps, and English senses one Russian lemma
MAX_TRANSLATIONS = 12
MAX_SENSES = 12


def stressed(word: str) -> tuple[str, bool]:
    """A word of the accented edition written in lower case with U+0301 after its stressed vowel (ё is
    left as it is: it is always stressed), and whether the dictionary marked a stress."""
    if len(word) > 1 and word.isupper():
        return word, False  # an abbreviation (США)
    capitals = [k for k, ch in enumerate(word) if ch.isupper()]
    stress = [k for k in capitals if word[k] in VOWELS and not (k == 0 and len(capitals) > 1)]
    lower = word.lower()
    if len(stress) != 1:
        return lower, False
    k = stress[0]
    if capitals[0] == 0 != k:  # a name: its capital stays
        lower = word[0] + lower[1:]
    if lower[k] == "ё" or sum(ch in VOWELS for ch in lower.lower()) < 2:
        return lower, True
    return lower[:k + 1] + ACUTE + lower[k + 1:], True


def plain(word: str) -> str:
    """A word without its stress mark, lower case, ё as е: how the senses are keyed."""
    return word.replace(ACUTE, "").lower().replace("ё", "е")


#: words of the dictionary's own remarks (напр., преим., в устойчивых сочетаниях): a piece with one is no translation
METALANGUAGE = set("напр преим употр тж см обыкн особ разг сочетаниях выражениях значении".split())
DIGIT_NUMBERING = re.compile(r"(?<![\w-])\d+[.)]")
LETTER_NUMBERING = re.compile(r"(?<![\w-])[а-яa-z][)]")


def parse_senses(text: str) -> list[tuple[str, int, int, str]]:
    """The Russian translations of an entry of the accented edition, in the entry's order: (part of speech,
    sense number, place in the sense, translation as written, stress in capitals). A translation is one
    word or a phrase of up to three; what follows a usage example in a sense translates the example and
    is left out."""
    body = text.split("\n", 1)[1] if "\n" in text else ""
    body = " ".join(body.split())
    body = TRANSCRIPTION.sub(" ", body)
    for _ in range(2):
        body = PARENS.sub(" ", body)
    body = POS_LABEL.sub(lambda m: f";{POS_MARK}{m.group(1)}{POS_MARK} ", body)
    body = LABEL.sub(" ", body)
    body = DIGIT_NUMBERING.sub(";§", body)
    body = LETTER_NUMBERING.sub(";¤", body)
    found: list[tuple[str, int, int, str]] = []
    sense, pos, example = 1, "", False
    filled = 0  # translations in the current sense (a new number starts the next sense)
    for segment in re.split(r"[;:]", body):
        segment = segment.strip()
        if segment.startswith(POS_MARK):  # a part of speech numbers its senses from 1 again
            _, label, segment = segment.split(POS_MARK, 2)
            pos, example = POS_LABELS[label], False
            sense, filled = 1, 0
        if segment.startswith("§"):
            sense += 1 if filled else 0
            filled, example = 0, False
        if example:
            continue
        for piece in segment.lstrip("§¤").split(","):
            piece = " ".join(piece.strip(" .!?«»\"'=~").split())
            if re.search(r"[A-Za-z0-9]", piece):
                example = True  # a usage example: the rest of the sense translates examples
                break
            tokens = piece.split()
            lower = [t.lower() for t in tokens]
            if 1 <= len(tokens) <= 3 and all(CYR_WORD.match(t) for t in lower) \
                    and not METALANGUAGE.intersection(lower) and not all(t in RU_STOP for t in lower):
                found.append((pos, sense, filled, piece))
                filled += 1
    return found


#: perfective ending → imperfective ending of regular aspect pairs: прийти/приходить, понять/понимать,
#: собрать/собирать, назвать/называть, отдать/отдавать, встать/вставать, достигнуть/достигать. The
#: dictionary lists many perfectives only under their imperfective: the senses give them its senses.
ASPECT_PAIRS = (("йти", "ходить"), ("нять", "нимать"), ("брать", "бирать"), ("звать", "зывать"),
                ("дать", "давать"), ("стать", "ставать"), ("нуть", "ать"))


def perfective_partners(lemma: str, morph) -> list[str]:
    """The perfective partners of an imperfective verb by ASPECT_PAIRS, checked against pymorphy3's
    dictionary (входить → войти: a prefix may take an ``о`` before ``йти``)."""
    guesses = []
    for perfective, imperfective in ASPECT_PAIRS:
        if lemma.endswith(imperfective) and len(lemma) > len(imperfective):
            prefix = lemma[: -len(imperfective)]
            guesses += [prefix + perfective, prefix + "о" + perfective] if perfective == "йти" else [prefix + perfective]
    found = []
    for guess in guesses:
        parses = [p for p in morph.parse(guess) if p.tag.POS == "INFN" and p.normal_form == guess]
        if morph.word_is_known(guess) and any("perf" in p.tag for p in parses):
            found.append(guess)
    return found


def aspect(verb: str, morph) -> str:
    """"perf" or "impf" for an infinitive pymorphy3 knows, else ""."""
    for parse in morph.parse(verb):
        if parse.tag.POS == "INFN" and parse.normal_form == verb:
            return str(parse.tag.aspect or "")
    return ""


#: pymorphy3's part of speech of a lemma → the senses' code for it
LEMMA_POS = {"NOUN": "n", "ADJF": "a", "INFN": "v", "ADVB": "d", "PREP": "p", "NPRO": "r", "CONJ": "c",
             "INTJ": "i", "PRED": "x", "NUMR": "u"}


#: one-letter codes of the parts of speech in the ``ru`` lines of the senses file
POS_CODES = {"noun": "n", "adjective": "a", "verb": "v", "adverb": "d", "preposition": "p", "pronoun": "r",
             "conjunction": "c", "interjection": "i", "predicative": "x", "numeral": "u", "": "-"}


def build_senses(index_path: Path, dict_path: Path) -> tuple[dict[str, list[tuple[str, list[str]]]],
                                                               dict[str, tuple[list[str], list[str]]]]:
    """English headword → [(part of speech, Russian translations with stress)], and Russian lemma →
    (its stressed spellings, English senses ``headword/POS`` best first).

    A lemma's senses are ordered by the number of the dictionary sense it stands in (first senses
    first) and its place in that sense, then by how often the English word occurs in the whole
    dictionary (a common word is used in many examples: мир is first *peace* and *world*, not *pax*).
    A perfective verb gets the senses of its imperfective partner (прийти those of приходить) where the
    pair is regular, and verbs the senses of a guessed partner after their own. The aligner's hand list and places
    (high-frequency words the dictionary lacks or buries, exonyms: стать → become, Китай → China)
    come first, as they do in the lexicon.
    """
    morph = pymorphy3.MorphAnalyzer()
    english: dict[str, list[tuple[str, list[str]]]] = {}
    ranks: dict[str, dict[str, tuple]] = collections.defaultdict(dict)
    stresses: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    lemma_of: dict[str, str] = {}
    partners: dict[str, list[str]] = {}

    def add(lemma: str, headword: str, rank: tuple) -> None:
        old = ranks[lemma].get(headword)
        ranks[lemma][headword] = rank if old is None else min(old, rank)

    entries = list(read_entries(index_path, dict_path))
    frequency = collections.Counter(w.lower() for _, text in entries for w in re.findall(r"[A-Za-z]+", text))
    for lemma, words in {**HAND, **read_places()}.items():
        for position, word in enumerate(words.split()):
            add(lemma, f"{word}/-", (0, position, 0))
    for headword, text in entries:
        if not re.fullmatch(r"[A-Za-z][a-z]*(?:-[a-z]+)?", headword):
            continue  # multi-word headwords, abbreviations in capitals
        headword = headword.lower()
        groups: dict[str, list[str]] = {}
        for pos, sense, position, piece in parse_senses(text):
            words = [stressed(t) for t in piece.split()]
            shown = " ".join(w for w, _ in words)
            group = groups.setdefault(pos, [])
            if shown not in group and sum(map(len, groups.values())) < MAX_TRANSLATIONS:
                group.append(shown)
            if len(words) != 1:
                continue
            word, marked = words[0]
            key = plain(word)
            if key not in lemma_of:
                lemma_of[key] = morph.parse(key)[0].normal_form.replace("ё", "е")
            lemma = lemma_of[key]
            if lemma in RU_STOP or len(lemma) < 2:
                continue
            if key == lemma and (marked or "ё" in word):
                stresses[lemma][word] += 1
            add(lemma, f"{headword}/{POS_CODES[pos]}", (sense, min(position, 3), -frequency[headword]))
            if lemma.endswith("ть"):
                if lemma not in partners:
                    partners[lemma] = perfective_partners(lemma, morph)
                for partner in partners[lemma]:  # as good a sense of the pair as of the imperfective
                    add(partner, f"{headword}/{POS_CODES[pos]}", (sense, min(position, 3), -frequency[headword]))
                for partner in aspect_partners(lemma, morph):
                    if aspect(partner, morph) not in ("", aspect(lemma, morph)):  # стоять/стоить are no pair
                        add(partner, f"{headword}/{POS_CODES[pos]}", (sense + 100, min(position, 3), -frequency[headword]))
        if any(groups.values()):
            english.setdefault(headword, []).extend((pos, words) for pos, words in groups.items() if words)
    russian = {}
    for lemma, targets in ranks.items():
        own = LEMMA_POS.get(morph.parse(lemma)[0].tag.POS, "-")
        merged: dict[str, str] = {}  # headword → part of speech, in rank order
        for sense, _ in sorted(targets.items(), key=lambda kv: (kv[1], kv[0])):
            word, code = sense.split("/")
            # the lemma's own part of speech where the headword has it too (дом: home the noun, not the
            # adverb of дома), and the hand list's "-" filled in
            current = merged.get(word)
            if current is None or current == "-" or (code == own and current != own):
                merged[word] = code  # a word keeps its place, by its best rank
        senses = [f"{word}/{code}" for word, code in merged.items()][:MAX_SENSES]
        spellings = [w for w, _ in sorted(stresses[lemma].items(), key=lambda kv: (-kv[1], kv[0]))][:2]
        russian[lemma] = (spellings, senses)
    return english, russian


def senses_text(english: dict[str, list[tuple[str, list[str]]]],
                russian: dict[str, tuple[list[str], list[str]]]) -> str:
    """The senses file: ``en`` lines (headword, groups ``POS: word, word`` joined by `` | ``), then ``ru``
    lines (lemma, its stressed spellings joined by ``,``, senses ``headword/POS`` joined by spaces)."""
    lines = []
    for headword, groups in sorted(english.items()):
        shown = " | ".join(f"{pos or '-'}: {', '.join(words)}" for pos, words in groups)
        lines.append(f"en\t{headword}\t{shown}\n")
    for lemma, (spellings, senses) in sorted(russian.items()):
        lines.append(f"ru\t{lemma}\t{','.join(spellings)}\t{' '.join(senses)}\n")
    return "".join(lines)


def write_gzip(path: Path, text: str) -> None:
    """Write ``text`` gzipped and deterministic (no time stamp), through a temporary file."""
    tmp = path.with_suffix(".tmp")
    with gzip.GzipFile(tmp, "wb", mtime=0, compresslevel=9) as out:
        out.write(text.encode("utf-8"))
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    resources = Path(__file__).resolve().parent.parent / "resources" / "lexicon"
    parser.add_argument("--index", type=Path, default=DICTD / "mueller7.index")
    parser.add_argument("--dict", type=Path, default=DICTD / "mueller7.dict.dz")
    parser.add_argument("-o", "--output", type=Path, default=resources / "ru-en.tsv.gz")
    parser.add_argument("--accent-index", type=Path, default=DICTD / "mueller7accent.index")
    parser.add_argument("--accent-dict", type=Path, default=DICTD / "mueller7accent.dict.dz")
    parser.add_argument("--senses", type=Path, default=resources / "senses.tsv.gz")
    parser.add_argument("--only", choices=("lexicon", "senses"), help="build one of the two files")
    args = parser.parse_args(argv)
    if args.only != "senses":
        table = build(args.index, args.dict)
        lines = "".join(f"{stem}\t{' '.join(targets)}\n" for stem, targets in sorted(table.items()))
        tmp = args.output.with_suffix(".tmp")
        with gzip.GzipFile(tmp, "wb", mtime=0) as out:
            out.write(lines.encode("utf-8"))
        tmp.replace(args.output)
        print(f"{len(table)} Russian keys written to {args.output}", file=sys.stderr)
    if args.only != "lexicon":
        english, russian = build_senses(args.accent_index, args.accent_dict)
        write_gzip(args.senses, senses_text(english, russian))
        print(f"{len(english)} English headwords and {len(russian)} Russian lemmas written to {args.senses} "
              f"({args.senses.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
