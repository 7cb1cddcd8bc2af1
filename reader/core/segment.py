"""Text normalization for matching and sentence splitting with exact character offsets.

Russian sentences are split with razdel. English sentences are split with a regular
expression splitter that knows common abbreviations, initials and quotes: it agrees
with pysbd on ordinary prose and is about a hundred times faster, which matters for
whole books and for the aligner's benchmarks.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

import razdel

from reader.core.document import Document, Kind, Paragraph, Source, Span

# Cyrillic letters and the Latin letters they look exactly like (the one table: the aligner folds its words
# with ``fold_homoglyphs`` too, so a paragraph's normalized form and its tokens agree).
_CYR_TO_LAT = dict(zip(
    "аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅ",
    "aeopcyxijsdqwABEKMHOPCTXIJS",
    strict=True,
))
_LAT_TO_CYR = {lat: cyr for cyr, lat in _CYR_TO_LAT.items() if cyr not in "ԁԛԝ"}
#: a word with letters of both scripts
_MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z\u00c0-\u024f])(?=\w*[\u0400-\u052f])\w+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff\u0500-\u052f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _fold_word(match: re.Match) -> str:
    word = match.group(0)
    cyrillic = len(_CYRILLIC.findall(word))
    if not cyrillic:
        return word
    latin = len(_LATIN.findall(word))
    if not latin:
        return word
    to_latin = all(ch in _CYR_TO_LAT for ch in word if _CYRILLIC.match(ch))
    to_cyrillic = all(ch in _LAT_TO_CYR for ch in word if _LATIN.match(ch))
    if to_latin and (latin >= cyrillic or not to_cyrillic):
        return "".join(_CYR_TO_LAT.get(ch, ch) for ch in word)
    if to_cyrillic:
        return "".join(_LAT_TO_CYR.get(ch, ch) for ch in word)
    return word


def fold_homoglyphs(text: str) -> str:
    """Replace look-alike letters of the other script inside a word (Cyrillic ``с`` in ``сybercrime``)."""
    if text.isascii() or not (_CYRILLIC.search(text) and _LATIN.search(text)):
        return text  # no word can mix the scripts
    return _MIXED_WORD.sub(_fold_word, text)


#: characters that do not show and split words for matching: soft hyphen, zero-width space, joiners, BOM
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def normalize(text: str) -> str:
    """The form of ``text`` used for matching: NFC, invisible characters dropped, whitespace and homoglyphs
    folded."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text.isascii():
        text = text.translate(_INVISIBLE)
    return fold_homoglyphs(" ".join(text.split()))


# --- sentence splitting -------------------------------------------------------------

#: words that end with a period without ending a sentence (compared lower-case, without the dot)
ENGLISH_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof st jr sr messrs mmes rev fr hon esq gen gov sen rep lt col capt cmdr sgt
maj adm brig cpl pvt supt insp det vs v cf e.g i.e viz al approx ca est dept univ assn bros
inc ltd co corp llc plc no nos vol vols pp p ch chap fig figs sec art ed eds trans
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
mt ft ave blvd rd hwy ste apt u.s u.k u.n u.s.a e.u d.c a.m p.m
""".split())

#: tried only where a run of terminal punctuation starts: from inside a run it could only fail again, and
#: trying every position of a long run ("......") made the search quadratic in the run's length
_BOUNDARY = re.compile(
    r"""(?<![.!?\u2026])[.!?\u2026]+  # the terminal punctuation
        [\"'\u201d\u2019\u00bb)\]]*  # closing quotes and brackets
        (?=\s+[\"'\u201c\u2018\u00ab(\[\u2014\u2013-]?[A-Z\u00c0-\u00de\u0400-\u042f0-9])""",
    re.VERBOSE)
_TERMINAL = re.compile(r"[.!?\u2026]")
_TOKEN_BEFORE = re.compile(r"(\S+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation or an initial rather than a sentence."""
    match = _TOKEN_BEFORE.search(text, max(0, dot - 40), dot)
    if not match:
        return False
    token = match.group(1).lstrip("\"'\u201c\u2018(\u00ab[").lower()
    if token in ENGLISH_ABBREVIATIONS:
        return True
    # a single letter (an initial: "J. K. Rowling") or dotted letters ("U.S.", "Ph.D.")
    if len(token) == 1 and token.isalpha():
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", token))


def _english_cuts(text: str) -> list[int]:
    cuts = []
    for match in _BOUNDARY.finditer(text):
        punct_end = match.start() + len(match.group(0).rstrip("\"'\u201d\u2019\u00bb)]"))
        if text[punct_end - 1] == "." and text[match.start():punct_end] == "." \
                and _is_abbreviation(text, match.start()):
            continue
        cuts.append(match.end())
    return cuts


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` without its surrounding spaces, None if nothing is left."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return None
    lead = len(piece) - len(piece.lstrip())
    return Span(start + lead, start + lead + len(stripped))


def _spans_from_cuts(text: str, cuts: list[int]) -> list[Span]:
    starts = [0, *cuts]
    spans = (_trimmed(text, start, end) for start, end in zip(starts, [*cuts, len(text)], strict=True))
    return [span for span in spans if span is not None]


#: Russian abbreviations of two letters or more that razdel keeps inside a sentence
RUSSIAN_ABBREVIATIONS = frozenset("""
проф акад доц тыс млн млрд руб коп стр рис табл англ лат франц нем обл респ пос просп корп тов ген полк
лейт кап изд ред сост напр прим см ср вып илл рус укр гос мин зам зав мгр
ул кв гл др пр ст гг вв им тт чл ок пл эт сб вс пн вт чт пт жд ср
""".split())
#: a sentence end razdel would also find: a lower-case word of 2+ letters, the end mark, a capital
_RU_CONFIDENT = re.compile(r"[.!?](?<=[а-яё]{2}[.!?])\s+(?=[А-ЯЁ])")
_RU_TOKEN_BEFORE = re.compile(r"(\w+)$")


#: the stops of a run after its third: razdel weighs every stop as a possible sentence end (slow on "......")
_LONG_RUN = re.compile(r"(?<=[.!?\u2026]{3})[.!?\u2026]+")


def _razdel_offsets(piece: str) -> list[tuple[int, int]]:
    """razdel's sentences of ``piece`` as offsets, with runs of stops read as their first three."""
    runs = [match.span() for match in _LONG_RUN.finditer(piece)]
    if not runs:
        return [(s.start, s.stop) for s in razdel.sentenize(piece)]
    # the text kept between runs; where each cut is in the shortened text, and the shift after it
    kept: list[str] = []
    cut_at: list[int] = []
    shifts: list[int] = []
    at = 0
    for run_start, run_end in runs:
        kept.append(piece[at:run_start])
        cut_at.append(run_start - (shifts[-1] if shifts else 0))
        shifts.append((shifts[-1] if shifts else 0) + run_end - run_start)
        at = run_end
    kept.append(piece[at:])

    def original(offset: int) -> int:  # an offset at a cut goes past the run: the run stays in its sentence
        k = bisect.bisect_right(cut_at, offset)
        return offset + (shifts[k - 1] if k else 0)

    return [(original(s.start), original(s.stop)) for s in razdel.sentenize("".join(kept))]


def _russian_spans(text: str) -> list[Span]:
    """razdel's sentences, computed piece by piece between boundaries it certainly agrees with (fast)."""
    cuts = []
    for match in _RU_CONFIDENT.finditer(text):
        word = _RU_TOKEN_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if word and word.group(1).lower() not in RUSSIAN_ABBREVIATIONS:
            cuts.append(match.start() + 1)
    spans: list[Span | None] = []
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        piece = text[start:end]
        if _TERMINAL.search(piece.strip()[:-1]):
            spans.extend(_trimmed(text, start + a, start + b) for a, b in _razdel_offsets(piece))
        else:
            spans.append(_trimmed(text, start, end))
    return [span for span in spans if span is not None]


@functools.lru_cache(maxsize=16384)
def _split_cached(text: str, language: str) -> tuple[Span, ...]:
    if language == "ru":
        return tuple(_russian_spans(text))
    return tuple(_spans_from_cuts(text, _english_cuts(text)))


def split_sentences(text: str, language: str) -> list[Span]:
    """The sentences of ``text`` as spans of exact character offsets, covering its non-space text.

    ``language`` is "ru" (razdel) or "en" (any other value is split like English).
    No span is empty; an all-space text has no sentences.
    """
    stripped = text.strip()
    if not stripped:
        return []
    # fast path: no terminal punctuation before the end means one sentence
    if not _TERMINAL.search(stripped, 0, max(len(stripped) - 1, 0)) or len(stripped) < 4:
        whole = _trimmed(text, 0, len(text))
        return [whole] if whole is not None else []
    return list(_split_cached(text, language))


def make_document(texts: list[str], language: str, *, title: str = "", path: str | None = None,
                  kinds: list[Kind] | None = None) -> Document:
    """A document whose paragraphs are exactly ``texts`` (all body unless ``kinds`` is given),
    with normalized forms and sentences filled in."""
    if kinds is not None and len(kinds) != len(texts):
        raise ValueError("kinds must have one entry per text")
    paragraphs = []
    for index, text in enumerate(texts):
        kind = kinds[index] if kinds is not None else Kind.BODY
        paragraphs.append(Paragraph(
            index=index, text=text, kind=kind, normalized=normalize(text),
            sentences=split_sentences(text, language),
            level=1 if kind is Kind.HEADING else 0))
    return Document(language=language, title=title, source=Source(path, "text"), paragraphs=paragraphs)
