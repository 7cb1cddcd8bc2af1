"""Recognising metadata lines of captured web pages and books: dates, times, site names, bylines."""

from __future__ import annotations

import re

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
    "янв|фев|мар|апр|июн|июл|авг|сент|сен|окт|ноя|дек")
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
    "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс")
_ZONES = r"(?:GMT|UTC|MSK|МСК|EST|EDT|PST|PDT|CET|CEST|EET|BST)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?"
_ISO = r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_NUMERIC = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_WORDY = (rf"\d{{1,2}}\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?(?:\s*(?:г\.|года|г\b))?"
          rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}")
_YEAR = r"(?:1[89]|20)\d{2}(?:\s*(?:г\.|года|год\b|г\b))?"
_RELATIVE = (r"(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|"
             r"\d+\s*(?:-\s*)?(?:minutes?|mins?)\s+read|just now|yesterday|today|"
             r"(?:\d+\s+)?(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юи]|нед)\s+назад|"
             r"\d+\s+мин(?:\.|ут[аы]?)?\s+(?:на\s+)?чтени[яе]|вчера|сегодня|только что")
#: one date, time or zone; full dates and times first so that a year does not eat them
DATE_TOKEN = re.compile(
    rf"(?<!\w)(?:{_ISO}|{_NUMERIC}|{_TIME}|{_WORDY}|{_RELATIVE}|{_ZONES}|{_YEAR}|(?:{_WEEKDAYS})\.?)(?!\w)",
    re.IGNORECASE)
#: dates that could not start an ordinary sentence (not just a year or a day and month)
_STRONG_DATE = re.compile(rf"(?:{_ISO}|{_NUMERIC}|{_TIME})", re.IGNORECASE)
_LABELS = (r"date|dated|published|updated|last updated|posted|modified|time|on|at|"
           r"дата|опубликовано|обновлено|изменено|время|от|в")
_LABEL = re.compile(rf"(?<!\w)(?:{_LABELS})(?!\w)", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,.:;|/•·\u2013\u2014\-()\[\]]+")

#: a metadata prefix glued to the sentence after it: an optional label, then dates and times
META_PREFIX = re.compile(
    rf"^\s*(?P<meta>(?:(?P<label>{_LABELS})\s*:?\s*)?"
    rf"(?:{DATE_TOKEN.pattern})(?:[\s,|]+(?:{DATE_TOKEN.pattern}))*)"
    r"[\s,|:\u2013\u2014-]+(?=[«\"\u201c\u201eA-ZА-ЯЁ])",
    re.IGNORECASE)

_MEDIA_LAST_WORDS = frozenset(
    "international news agency times post press media tv radio today daily journal herald tribune "
    "gazette network online magazine weekly wire chronicle observer telegraph guardian independent "
    "express insider review monitor новости агентство газета вести известия ведомости журнал радио тв "
    "онлайн медиа пресс".split())
_AGENCIES = frozenset(
    "sputnik reuters afp bloomberg tass ria interfax bbc cnn rt ap dpa xinhua euronews "
    "тасс риа интерфакс спутник регнум лента.ру коммерсантъ коммерсант".split())
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|ru|org|net|info|io|co|uk|рф|su|"
                     r"de|fr|tv|media|news)(?:/\S*)?$", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?:by|from|author|authors|reporting by|written by|editing by|edited by|source|text|"
    r"автор|авторы|текст|источник|редактор|корреспондент|обозреватель)\b\s*:?\s+\S",
    re.IGNORECASE)
_NAME_JOINERS = frozenset("and in for of the de von van и из для".split()) | {"by", "editing", "reporting", "writing"}
#: page furniture of captured web pages: sharing, subscribing, links to other stories
_FURNITURE = re.compile(
    r"^(?:share|share this|subscribe|advertisement|read more|read also|see also|related|related articles|"
    r"comments?|tags|follow us|sign up|log in|print|email|"
    r"поделиться|подписаться|подпишитесь|реклама|читайте также|смотрите также|читать далее|"
    r"комментарии|теги|по теме|новости по теме)\b\s*:?", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b|все права защищены|all rights reserved)", re.IGNORECASE)
CAPTION_LABEL = re.compile(r"^(?:photo|image|picture|credit|фото|фотография|изображение|иллюстрация)"
                           r"\s*(?::|\u2014|-|by\b)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'.-]*")


#: every word a date line without figures can hold (weekdays, zones, "an hour ago", "вчера", labels): a
#: line without figures that has any other word is no date line (most text is told so without DATE_TOKEN)
_WORDS_WITHOUT_FIGURES = frozenset(f"""
{_WEEKDAYS.replace("|", " ")} gmt utc msk мск est edt pst pdt cet cest eet bst
seconds second minutes minute mins min hours hour hrs hr days day weeks week ago a an one just now yesterday today
секунд секунду секунды минут минуту минуты час часа часов дня дней день неделю недели нед назад вчера сегодня
только что {_LABELS.replace("|", " ")}""".split())
_WORD_RUN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_PLAIN_LETTERS = re.compile(r"[a-zа-яё]+", re.IGNORECASE)


def _cannot_be_date_line(text: str) -> bool:
    """A quick sufficient test that ``text`` is no date line: no figures, and a plain word no date holds."""
    if _DIGIT.search(text):
        return False
    for run in _WORD_RUN.findall(text):
        if run.lower() not in _WORDS_WITHOUT_FIGURES and _PLAIN_LETTERS.fullmatch(run):
            return True
    return False


def is_date_line(text: str) -> bool:
    """Whether ``text`` is nothing but dates, times, years, zones and their labels."""
    if _cannot_be_date_line(text) or not DATE_TOKEN.search(text):
        return False
    rest = DATE_TOKEN.sub(" ", text)
    rest = _LABEL.sub(" ", rest)
    return not _SEPARATORS.sub("", rest)


def is_site_name(text: str) -> bool:
    """Whether ``text`` is a short line naming a news site or agency (``Sputnik International``)."""
    stripped = text.strip()
    if _DOMAIN.match(stripped):
        return True
    words = stripped.split()
    if not 1 <= len(words) <= 5 or stripped[-1] in ".!?:;,":
        return False
    lowered = [w.strip("«»\"'()").lower() for w in words]
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False
    return lowered[-1] in _MEDIA_LAST_WORDS or any(w in _AGENCIES for w in lowered)


def is_byline(text: str) -> bool:
    """Whether ``text`` is a byline, source line, copyright notice or page furniture ("Share")."""
    stripped = text.strip()
    if _COPYRIGHT.match(stripped):
        return len(stripped) <= 200
    if _FURNITURE.match(stripped) and len(stripped.split()) <= 10:
        return True
    match = _BYLINE.match(stripped)
    if not match or len(stripped.split()) > 10 or stripped[-1] in ".!?":
        return False
    if ":" in match.group(0):
        return True
    # without a colon ("By John Smith") the rest must be names, not a sentence ("By then it was late")
    rest = stripped[match.end() - 1:].replace(";", " ").replace(",", " ").split()
    return all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in rest)


#: metadata lines are short; longer paragraphs are not even looked at
MAX_META_LENGTH = 200


def is_metadata(text: str) -> bool:
    """Whether a whole paragraph is metadata (date line, site name, byline)."""
    if len(text) > MAX_META_LENGTH:
        return False
    return is_date_line(text) or is_site_name(text) or is_byline(text)


def split_meta_prefix(text: str) -> tuple[str, str] | None:
    """``(prefix, rest)`` when ``text`` starts with a date/time prefix glued to a sentence, else None."""
    match = META_PREFIX.match(text)
    if not match:
        return None
    meta = match.group("meta")
    rest = text[match.end():]
    if not (match.group("label") or _STRONG_DATE.search(meta)):
        return None
    if len(rest) < 20 or not any(ch.islower() for ch in rest):
        return None
    return meta.strip(), rest.strip()
