"""Frequent words the aligner leaves out as stop words, with their usual English renderings.

The aligner matches content words only: уже, только, должен, also, never carry no key. A reader
pointing at them still expects their counterparts, so the word matcher matches these among
themselves, by meaning classes (``уже`` and ``already`` are both ``=already``), after the content
words and inside the same sentences. Prepositions, conjunctions such as и, pronouns and particles
are left out: their renderings depend on the construction (a Russian case often stands for an
English preposition), and guessing them would cost more than it gives.
"""

from __future__ import annotations

import re

#: meaning class → Russian word forms | English word forms
_TABLE = """
already: уже | already
still: ещё еще | still yet
again: снова опять вновь | again
also: также тоже | also too
only: только лишь | only just merely
very: очень | very
always: всегда | always
never: никогда | never
now: теперь сейчас | now
then: тогда потом затем | then afterwards later
here: здесь тут | here
there: там | there
almost: почти | almost nearly
can: может могут мог могла могло могли можем можете могу можешь можно | can could may might able
must: должен должна должно должны нужно надо необходимо | must should ought need needs needed
cannot: нельзя | cannot can't
after: после | after
before: перед прежде | before
between: между | between
without: без | without
through: через сквозь | through across via
more: более больше | more
most: самый самая самое самые самых самым самой самого наиболее | most
many: много многие многих многим многими | many much lot lots
other: другой другая другое другие других другим другими другого другой другую другому | other another others
each: каждый каждая каждое каждого каждой каждому каждым каждом | each every
all: весь вся всё все всех всем всеми всего всей всю | all whole entire
why: почему зачем | why
where: где куда | where
when: когда | when
if: если | if
because: потому поскольку | because since
but: но однако | but however
or: или либо | or
although: хотя | although though
not: не нет | not no n't
"""


def _read(table: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    ru: dict[str, list[str]] = {}
    en: dict[str, list[str]] = {}
    for line in table.strip().splitlines():
        name, words = line.split(":", 1)
        ru_words, en_words = words.split("|")
        for word in ru_words.split():
            ru.setdefault(word, []).append("=" + name)
        for word in en_words.split():
            en.setdefault(word, []).append("=" + name)
    return ({w: tuple(k) for w, k in ru.items()}, {w: tuple(k) for w, k in en.items()})


RUSSIAN, ENGLISH = _read(_TABLE)
_NEGATED = re.compile(r"^(\w+?)(?:n['’]t)$", re.IGNORECASE)
_IRREGULAR_NEGATIONS = {"can't": "can", "won't": "will", "shan't": "shall", "cannot": "can"}


def function_keys(word: str, language: str) -> tuple[str, ...]:
    """The meaning classes of a stop word (``уже`` → ``("=already",)``), empty for any other word."""
    lower = word.lower().replace("’", "'")
    if language == "ru":
        return RUSSIAN.get(lower.replace("ё", "е"), RUSSIAN.get(lower, ()))
    keys = ENGLISH.get(lower, ())
    base = _IRREGULAR_NEGATIONS.get(lower)
    if base is None:
        negated = _NEGATED.match(lower)
        base = negated.group(1) if negated else None
    if base is not None:
        keys = tuple(dict.fromkeys(keys + ENGLISH.get(base, ()) + ("=not",)))
    return keys
