"""Per-paragraph matching features: content tokens with the English-side keys they can match.

Every content token of a paragraph gets a set of *keys* in one shared English space, so a
Russian token and an English token match when their key sets meet:

- ``convent`` — an English Snowball stem (English words; Russian words through the lexicon);
- ``#2019`` — a normalised number (``2 019``, ``2,019`` and ``2019`` are one number);
- ``%10`` — a month (``октября`` ↔ ``October``);
- ``@puti`` / ``&ptn`` — a name: prefix of a normalised transliteration / its consonant skeleton
  (``Путина`` ↔ ``Putin``, ``Гуцан`` ↔ ``Gutsan``, ``Ханое`` ↔ ``Hanoi``);
- ``^UN`` — an acronym (``ООН`` ↔ ``UN``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

import snowballstemmer
from anyascii import anyascii

from reader.core.align.engine.irregular import base_form
from reader.core.align.engine.lexicon import Lexicon, word_key
from reader.core.align.engine.params import TokenWeights
from reader.core.align.engine.similarity import mask_weight
from reader.core.align.engine.spelling import american
from reader.core.segment import fold_homoglyphs

TOKEN = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: an acronym written with dots (U.S., U.N., E.U.)
DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){2,}")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)

RU_STOP = frozenset("""и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по
только ее её мне было вот от меня еще ещё нет о об из ему теперь когда даже ну ли если уже или ни быть был
него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы
тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого
какой совсем ним здесь этом почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при
наконец хоть после над больше тот через эти нас про всего них какая много разве эту моя впрочем
свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это весь
который которая которые которых которого которой которым котором также свой своей своих своим
своего свои также лишь ее его их этих этими этим эта эти то другой другие других другим другая другое
другого наш наша наше наши нашего нашей нашим наших нам сам сама сами самим самой самого так очень
могут может мог могла могли можем будут будем буду будете стал стала стали стало свое своё своими всем
всеми просто каждый каждая каждое каждого каждом поэтому затем некоторые некоторых пока итак должен
должна должны должно ваш ваша ваше ваши вашей вашего снова те является являются являлся была также
из-за вообще именно однако например ведь вот это этого этому чтобы который нужно надо такие таких таким
такими такое такую такая также самых самый самая самое самые самым которое которую которого которому
которыми оно ними нему нем нём ней меня мной мною мои моих моей моего моему мой моя мое моё своему тому
том тех теми той ту""".split())
EN_STOP = frozenset("""a an the of to in on at by for with from as and or but not no nor be is are was were
been being am it its this that these those he she they we you i me him her them us my your his our
their what which who whom whose when where why how all any both each few more most other some such
than too very can will just should would could may might must shall do does did doing have has had
having into about over after before between under again further then once here there so if while
up down out off also only own same s t one now there because another like well even through way much
lot really actually still already right kind maybe without back sort thing things just yet ever
every thus however therefore
let us i'm it's that's there's""".split())
#: number words on both sides
NUMBER_WORDS = {w: str(n) for n, words in enumerate([
    (), ("один", "одна", "одно", "одного", "одной", "одном", "одну", "one"), ("два", "две", "двух", "двум", "two"),
    ("три", "трех", "трёх", "трем", "three"), ("четыре", "четырех", "четырёх", "four"), ("пять", "пяти", "five"),
    ("шесть", "шести", "six"), ("семь", "семи", "seven"), ("восемь", "восьми", "eight"),
    ("девять", "девяти", "nine"), ("десять", "десяти", "ten")]) for w in words}
WORD_PARTS = re.compile(r"[-'’]")
CONTRACTION = re.compile(r"(?:'s|’s|n't|n’t|'re|’re|'ve|’ve|'m|’m|'d|’d|'ll|’ll)$", re.IGNORECASE)

MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december"]
MONTHS_RU = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
             "декабр"]
_MONTH_RU_FORMS = {f"{stem}{end}": n + 1 for n, stem in enumerate(MONTHS_RU)
                   for end in (("й", "я", "е") if stem == "ма" else ("ь", "я", "е", "", "а"))}
MONTH_RU = {form: n for form, n in _MONTH_RU_FORMS.items() if form not in ("ма", "мае", "маа")} | {"мае": 5}
MONTH_EN = {name: n + 1 for n, name in enumerate(MONTHS_EN)} | {
    name[:3]: n + 1 for n, name in enumerate(MONTHS_EN) if name != "may"} | {"sept": 9}

#: Russian acronyms and abbreviations → English acronyms / stems (a small general list)
ACRONYMS = {
    "ООН": ("^UN", "unit", "nation"), "США": ("^US", "^USA", "america", "american", "unit", "state"),
    "ЕС": ("^EU", "europ", "union"), "НАТО": ("^NATO", "nato"), "РФ": ("russia", "russian", "feder"),
    "МИД": ("ministri", "foreign", "^MFA"), "ФСБ": ("^FSB",), "МВД": ("interior", "ministri", "polic"),
    "СНГ": ("^CIS",), "ВОЗ": ("^WHO", "health"), "МВФ": ("^IMF",), "ВВП": ("^GDP",),
    "КНР": ("china", "chines", "^PRC"), "ЮАР": ("africa", "south"), "ОАЭ": ("^UAE", "emir"),
    "ВС": ("arm", "forc"), "СМИ": ("media", "press"), "ДНР": ("donetsk", "^DPR"), "ЛНР": ("lugansk", "luhansk", "^LPR"),
    "МЧС": ("emerg", "ministri"), "ЦБ": ("central", "bank"), "РПЦ": ("church", "orthodox"),
    "ОПЕК": ("^OPEC", "opec"), "ЕАЭС": ("^EAEU", "eurasian"), "ШОС": ("^SCO",), "БРИКС": ("^BRICS", "brics"),
    "ИИ": ("^AI", "artifici", "intellig"), "ИТ": ("^IT", "inform", "technolog"), "КП": ("komsomolskaya", "pravda"),
    "ТАСС": ("^TASS", "tass"), "РИА": ("^RIA", "ria"), "МОК": ("^IOC", "olymp"), "ФИФА": ("^FIFA", "fifa"),
    "ЧМ": ("world", "championship", "cup"), "ВМФ": ("navi", "naval", "fleet"), "ВВС": ("air", "forc", "^BBC"),
    "ОИ": ("olymp",), "ЕГЭ": ("exam",), "ГД": ("duma",),
}
#: short forms the dictionary lacks
RU_EXTRA = {"млн": ("million",), "млрд": ("billion",), "трлн": ("trillion",), "тыс": ("thousand",),
            "данным": ("accord", "data", "inform"), "врио": ("acting", "interim"), "м": ("meter", "metr"),
            "руб": ("rubl", "roubl"), "долл": ("dollar",), "км": ("kilometr", "km"), "кг": ("kilogram", "kg"),
            "г": ("year",), "гг": ("year",), "ул": ("street",), "им": ("name",), "т": (), "д": ()}

YEAR_WORDS = {"год", "года", "году", "годом", "годе", "годах", "годы", "годов", "г", "гг"}

_ru_stem = snowballstemmer.stemmer("russian").stemWord
_en_stem = snowballstemmer.stemmer("english").stemWord
_stem_cache: dict[tuple[str, str], str] = {}


def stem(word: str, language: str) -> str:
    """Snowball stem of a lower-case word (cached)."""
    key = (word, language)
    found = _stem_cache.get(key)
    if found is None:
        found = (_ru_stem if language == "ru" else _en_stem)(word)
        _stem_cache[key] = found
    return found


#: English stems are compared on this many first letters ("russia"/"russian", "economi"/"econom")
def lexicon_stem(word: str, lexicon: Lexicon) -> str:
    """Stem of a lower-case Russian word: its Snowball stem if the lexicon knows it (the lexicon is keyed
    by Snowball stems), else its longest prefix the lexicon knows (dropping at most four letters), else
    its Snowball stem."""
    found = _stem_cache.get((word, "lex"))
    if found is None:
        snowball = stem(word, "ru")
        found = snowball if snowball in lexicon else next(
            (word[:k] for k in range(len(word), max(2, len(word) - 4), -1) if word[:k] in lexicon), None) or snowball
        _stem_cache[(word, "lex")] = found
    return found


def normalize_number(text: str) -> str:
    """One spelling per number: ``2 019``/``2,019``/``2019`` → ``2019``; ``2,5``/``2.5`` → ``2.5``."""
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    groups = re.split(r"[.,]", text)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3 and \
            not (len(groups) == 2 and "." in text and "," not in text and groups[0] == "0"):
        return str(int("".join(groups)))
    if len(groups) == 2:
        return f"{int(groups[0])}.{groups[1]}".rstrip("0").rstrip(".")
    return text.replace(",", ".").lstrip("0") or "0"


_HARD_C = re.compile(r"c(?![eiy])")
_REPEATS = re.compile(r"(.)\1+")
_NOT_LATIN = re.compile(r"[^a-z]")
_VOWELS = re.compile(r"[aeiou]")
_NAME_SPELLINGS = (("shch", "sh"), ("dzh", "j"), ("kh", "h"), ("ck", "k"), ("ph", "f"), ("x", "ks"), ("w", "v"),
                   ("z", "s"), ("j", "i"), ("y", "i"), ("ii", "i"))


def _name_norm(latin: str) -> str:
    text = latin.lower().replace("'", "").replace("’", "")
    for old, new in _NAME_SPELLINGS:
        text = text.replace(old, new)
    text = _HARD_C.sub("k", text)
    return _REPEATS.sub(r"\1", _NOT_LATIN.sub("", text))


def _skeleton(norm: str) -> str:
    return norm[:1] + _VOWELS.sub("", norm[1:])


def name_keys(word: str, language: str) -> tuple[str, ...]:
    """Keys of a capitalised word seen as a name (transliterated, case ending stripped)."""
    lower = word.lower()
    if language == "ru" and CYRILLIC.search(word):
        full = _name_norm(anyascii(lower))
        base = _name_norm(anyascii(stem(lower, "ru")))
        size = max(3, min(4, len(base)))
        keys = ["@" + full[:size], "&" + _skeleton(full)[:3]]
        return tuple(dict.fromkeys(k for k in keys if len(k) > 2))
    norm = _name_norm(lower)
    keys = ["@" + norm[:3], "@" + norm[:4], "&" + _skeleton(norm)[:3]]
    return tuple(dict.fromkeys(k for k in keys if len(k) > 2))


@dataclass
class Token:
    """One content token of a paragraph and the keys it can match."""

    text: str
    start: int
    ident: str  # what makes two tokens "the same word" for document frequency
    keys: tuple[str, ...]
    kind: str = "word"  # "word", "number", "name", "month"
    weight: float = 1.0
    sentence: int = 0


def covered_weight(mask: int, weights: list[float], mt: int, total: float) -> float:
    """How much of a paragraph ``mask`` covers, in the weight of its own tokens.

    ``mt`` marks the tokens of a machine translation of the paragraph: another reading of the same
    words, not more of them. Where the translation is covered better than the paragraph's own
    tokens, its covered share counts, times the paragraph's own weight ``total``: a good
    translation helps, a poor one costs nothing.
    """
    own = mask_weight(mask & ~mt, weights)
    if mt and mask & mt:
        own = max(own, mask_weight(mask & mt, weights) / mask_weight(mt, weights) * total)
    return own


@dataclass
class Unit:
    """What the search needs of one paragraph: token weights, its sentences as token masks, its length.

    ``mt`` is the mask of the tokens of the paragraph's machine translation (if any); they are in no
    sentence and not in ``total`` (see ``covered_weight``).
    """

    weights: list[float]
    sentences: list[int]
    chars: int = 1
    sentence_totals: list[float] = field(default_factory=list)
    mt: int = 0
    #: characters of each sentence (as ``sentences``), empty if not known
    sentence_chars: list[int] = field(default_factory=list)
    #: what makes each token "the same word" as another (see ``Token.ident``), empty if not known
    idents: tuple[str, ...] = ()
    #: the sentence (position in ``sentences``) of each token, -1 for none; None if sentences overlap
    #: (worked out from ``sentences`` when not given)
    bit_sentence: list[int] | None = None

    def __post_init__(self) -> None:
        if not self.sentence_totals:
            self.sentence_totals = [sum(w for bit, w in enumerate(self.weights) if mask >> bit & 1)
                                    for mask in self.sentences]
        self.total = sum(self.sentence_totals)
        self.mt_total = mask_weight(self.mt, self.weights)
        if self.bit_sentence is None:
            self.bit_sentence = self._bit_sentence()

    def _bit_sentence(self) -> list[int] | None:
        bit_sentence = [-1] * len(self.weights)
        for k, mask in enumerate(self.sentences):
            while mask:
                low = mask & -mask
                bit = low.bit_length() - 1
                if bit >= len(bit_sentence) or bit_sentence[bit] != -1:
                    return None
                bit_sentence[bit] = k
                mask ^= low
        return bit_sentence

    def covered(self, mask: int) -> float:
        """Weight of this paragraph covered by ``mask`` (see ``covered_weight``)."""
        return covered_weight(mask, self.weights, self.mt, self.total)

    def mt_share(self, mask: int) -> float:
        """Share of the machine translation's weight covered by ``mask`` (0 without one)."""
        return mask_weight(mask & self.mt, self.weights) / self.mt_total if self.mt_total else 0.0


@dataclass
class ParagraphFeatures:
    """The content tokens of one paragraph, stored column-wise: token ``k`` (bit ``k`` of every mask) has
    ``idents[k]``, ``keys[k]``, ``kinds[k]``, ``texts[k]``, ``starts[k]`` (-1 for a machine
    translation's), ``sentences[k]`` (-1 likewise) and, once the whole document is known, ``weights[k]``.

    ``total`` is the weight of the paragraph's own tokens, without those of a machine translation.
    One entry per column instead of one object per token keeps a novel's ~600,000 tokens small.
    """

    idents: list[str] = field(default_factory=list)
    keys: list[tuple[str, ...]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    total: float = 0.0
    chars: int = 0
    #: mask of the tokens that come from a machine translation of the paragraph
    mt_mask: int = 0
    #: characters of each sentence of the paragraph
    sentence_chars: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.idents)

    def keys_held(self) -> set[str]:
        """Every key of the paragraph's tokens."""
        return set().union(*self.keys)

    def add(self, text: str, start: int, ident: str, keys: tuple[str, ...], kind: str, sentence: int) -> None:
        """Append one token."""
        self.texts.append(text)
        self.starts.append(start)
        self.idents.append(ident)
        self.keys.append(keys)
        self.kinds.append(kind)
        self.sentences.append(sentence)

    @property
    def tokens(self) -> list[Token]:
        """The tokens as objects (a copy: for reading, e.g. in tests; changes do not come back)."""
        weights = self.weights or [1.0] * len(self.idents)
        return [Token(*row) for row in zip(self.texts, self.starts, self.idents, self.keys, self.kinds, weights,
                                           self.sentences, strict=True)]

    def covered(self, mask: int, weights: list[float] | None = None) -> float:
        """Weight of this paragraph covered by ``mask`` (see ``covered_weight``)."""
        return covered_weight(mask, self.weights if weights is None else weights, self.mt_mask, self.total)

    def unit(self) -> Unit:
        """The paragraph as the search sees it (weights, sentences as token masks, length)."""
        position_of: dict[int, int] = {}  # sentence → its place among the sentences, in order of appearance
        masks: list[int] = []
        weights: list[list[float]] = []
        bit_sentence: list[int] = []
        matching = len(self.weights) == len(self.sentences)
        token_weights = self.weights if matching else [0.0] * len(self.sentences)
        bit = 1
        for sentence, weight in zip(self.sentences, token_weights, strict=True):
            if sentence >= 0:
                k = position_of.get(sentence)
                if k is None:
                    k = position_of[sentence] = len(masks)
                    masks.append(0)
                    weights.append([])
                masks[k] |= bit
                weights[k].append(weight)
                bit_sentence.append(k)
            else:
                bit_sentence.append(-1)
            bit <<= 1
        chars = [self.sentence_chars[k] if k < len(self.sentence_chars) else 0 for k in position_of]
        return Unit(self.weights, masks, max(1, self.chars), mt=self.mt_mask,
                    sentence_totals=[sum(w) for w in weights], sentence_chars=chars,
                    idents=tuple(self.idents), bit_sentence=bit_sentence if matching else None)


def english_token(word: str, start: int, capital_ok: bool = True) -> Token | None:
    """A token of English text (or a Latin word inside Russian text), None for a stop word."""
    word = CONTRACTION.sub("", word) or word
    lower = word.lower()
    if lower in NUMBER_WORDS:
        return Token(word, start, "#" + NUMBER_WORDS[lower], ("#" + NUMBER_WORDS[lower],), "number")
    if lower in EN_STOP and not (word.isupper() and len(word) > 1):
        return None
    if lower in MONTH_EN and (lower != "may" or word[0].isupper()):
        return Token(word, start, "%" + str(MONTH_EN[lower]), ("%" + str(MONTH_EN[lower]),), "month")
    parts = [american(p) for p in WORD_PARTS.split(lower) if p]
    spelled = american(lower.replace("-", ""))
    readings = base_form(spelled)
    if readings[0] != spelled and readings[0] in EN_STOP:  # done, been
        return None
    stems = [stem(reading, "en") for reading in readings]
    if len(parts) > 1:
        stems += [stem(p, "en") for p in parts if p not in EN_STOP]
    keys = list(dict.fromkeys(word_key(s) for s in stems))
    kind = "word"
    if word.isupper() and len(word) > 1:
        keys.append("^" + word)
    if capital_ok and word[0].isupper():
        keys += name_keys(word, "en")
        kind = "name"
    return Token(word, start, stems[0], tuple(keys), kind)


_translation_key_cache: dict[tuple[str, int], list[str]] = {}


def _translation_keys(ru_stem: str, lexicon: Lexicon) -> list[str]:
    """The keys of the lexicon's translations of a Russian stem, in order (cached per stem and lexicon)."""
    found = _translation_key_cache.get((ru_stem, id(lexicon)))
    if found is None:
        if len(_translation_key_cache) > MAX_CACHED_WORDS:
            _translation_key_cache.clear()
        found = _translation_key_cache[(ru_stem, id(lexicon))] = [word_key(s) for s in lexicon.translations(ru_stem)]
    return found


def russian_token(word: str, start: int, lexicon: Lexicon) -> Token | None:
    """A token of Russian text with its English keys, None for a stop word."""
    lower = word.lower().replace("ё", "е")
    if lower in NUMBER_WORDS:
        return Token(word, start, "#" + NUMBER_WORDS[lower], ("#" + NUMBER_WORDS[lower],), "number")
    if lower in RU_STOP:
        return None
    if lower in MONTH_RU:
        return Token(word, start, "%" + str(MONTH_RU[lower]), ("%" + str(MONTH_RU[lower]),), "month")
    if word in ACRONYMS:
        return Token(word, start, word, tuple(k if k[0] == "^" else word_key(k) for k in ACRONYMS[word]), "name")
    if lower in RU_EXTRA:
        extra = tuple(word_key(k) for k in RU_EXTRA[lower])
        return Token(word, start, lower, extra) if extra else None
    ru = lexicon_stem(lower, lexicon)
    keys: list[str] = []
    for part in [ru] + ([lexicon_stem(p, lexicon) for p in lower.split("-")] if "-" in lower else []):
        keys += _translation_keys(part, lexicon)
    kind = "word"
    if word[0].isupper() or not keys:
        keys += name_keys(word, "ru")
        if "-" in word:  # Нуэво-Леон, Санкт-Петербург: each part is a name of its own
            keys += [k for part in word.split("-") if len(part) > 2 for k in name_keys(part, "ru")]
        kind = "name" if word[0].isupper() else "word"
    return Token(word, start, ru, tuple(dict.fromkeys(keys)), kind)


#: per word and reading (language, lexicon): (text, ident, keys, kind) of its token, None for a stop word
_analyses: dict[tuple[str, int], dict[str, tuple | None]] = {}
#: a word cache this large is started afresh
MAX_CACHED_WORDS = 300_000


def forget_words() -> None:
    """Let go of what was kept of the words read so far (a process that reads no more text)."""
    _analyses.clear()
    _stem_cache.clear()
    _translation_key_cache.clear()


def _analysis_cache(language: str, lexicon: Lexicon) -> dict[str, tuple | None]:
    key = (language, id(lexicon))
    cache = _analyses.get(key)
    if cache is None or len(cache) > MAX_CACHED_WORDS:
        cache = _analyses[key] = {}
    return cache


#: what the analysis cache gives for a word it has not seen (a tuple of its own, told apart by identity)
_NOT_CACHED: tuple = ("not cached",)


def _analyse(word: str, language: str, lexicon: Lexicon) -> tuple | None:
    """The analysis of one word as it stands in text (letters only: numbers are read apart)."""
    word_folded = fold_homoglyphs(word)  # as a paragraph's normalized form folds it
    if language == "ru" and CYRILLIC.search(word_folded):
        token = russian_token(word_folded, 0, lexicon)
    else:
        token = english_token(word_folded, 0, True)
    return None if token is None else (token.text, token.ident, token.keys, token.kind)


#: a number followed by one of these is also that many thousands
THOUSAND = frozenset("тыс тысяча тысячи тысяч тысячу тысячей тысячам тысячами тысячах thousand thousands".split())


def _thousands(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of a number token with the key of the same number of thousands added."""
    try:
        value = float(keys[0][1:]) * 1000
    except ValueError:
        return keys
    text = str(int(value)) if value.is_integer() else str(value)
    return keys + ("#" + text,)


def _undot_acronyms(text: str) -> str:
    """English text with U.S., U.N. written US, UN (padded with spaces: offsets stay those of the text)."""
    return DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", "") + " " * m.group().count("."), text)


def paragraph_features(text: str, language: str, lexicon: Lexicon, sentence_starts: list[int] | None = None,
                       translation: str | None = None) -> ParagraphFeatures:
    """Tokens of one paragraph (a Russian one may bring a machine translation as extra tokens)."""
    starts = sentence_starts or [0]
    if language != "ru":
        text = _undot_acronyms(text)
    features = ParagraphFeatures(chars=len(text),
                                 sentence_chars=[b - a for a, b in pairwise([*starts, len(text)])])
    cache = _analysis_cache(language, lexicon)
    sentence, bounds = 0, list(starts[1:]) + [len(text) + 1]
    bound = bounds[0]
    number_end = -10  # where the last number token ended (a following "тысяч", "году" belongs to it)
    add_text, add_start, add_ident = features.texts.append, features.starts.append, features.idents.append
    add_keys, add_kind, add_sentence = features.keys.append, features.kinds.append, features.sentences.append
    cached, missing = cache.get, _NOT_CACHED
    russian = language == "ru"
    for match in TOKEN.finditer(text):
        word, start = match.group(), match.start()
        if start >= bound:
            while start >= bounds[sentence]:
                sentence += 1
            bound = bounds[sentence]
        analysis = cached(word, missing)
        if analysis is missing:
            if word[0].isdigit():
                number = "#" + normalize_number(word)
                features.add(word, start, number, (number,), "number", sentence)
                number_end = match.end()
                continue
            analysis = cache[word] = _analyse(word, language, lexicon)
        if number_end + 2 >= start:
            lower = word.lower()
            if lower in THOUSAND:
                features.keys[-1] = _thousands(features.keys[-1])  # "639 тысяч" is "639,000"
                continue
            if russian and lower in YEAR_WORDS:
                continue  # "в 2019 году" is "in 2019"
        if analysis is not None:
            add_text(analysis[0])
            add_start(start)
            add_ident(analysis[1])
            add_keys(analysis[2])
            add_kind(analysis[3])
            add_sentence(sentence)
            if analysis[3] == "number":  # "четыре года", "три тысячи"
                number_end = match.end()
    if translation:
        for match in TOKEN.finditer(_undot_acronyms(translation)):
            word = match.group()
            token = Token(word, -1, "#" + normalize_number(word), ("#" + normalize_number(word),), "number") \
                if word[0].isdigit() else english_token(word, -1, capital_ok=word[0].isupper())
            if token is not None:
                features.mt_mask |= 1 << len(features.idents)
                features.add(word, -1, "mt:" + token.ident, token.keys, "mt", -1)
    return features


def assign_weights(paragraphs: list[ParagraphFeatures], kinds: TokenWeights) -> None:
    """Weight tokens by inverse document frequency within their document, and by kind."""
    kind_weight = kinds.by_kind()
    count = len(paragraphs)
    df: Counter[str] = Counter()
    for features in paragraphs:
        df.update(set(features.idents))
    scale = math.log(1 + max(count, 2))
    weight_of: dict[str, dict[str, float]] = {kind: {} for kind in kind_weight}  # kind → ident → weight
    for features in paragraphs:
        weights = []
        total = 0.0
        for ident, kind in zip(features.idents, features.kinds, strict=True):
            of_kind = weight_of[kind]
            weight = of_kind.get(ident)
            if weight is None:
                weight = of_kind[ident] = math.log(1 + count / df[ident]) / scale * kind_weight[kind]
            weights.append(weight)
            if kind != "mt":
                total += weight
        features.weights, features.total = weights, total
