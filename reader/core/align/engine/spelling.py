"""One English spelling for words that British and American English spell differently.

The bundled lexicon comes from a British dictionary (colour, defence, organise, centre), while
much English text, news above all, is American (color, defense, organize, center). Both the
lexicon's English words and the words of an English text go through ``american`` before they
are stemmed, so the two spellings meet. The rules need only be consistent, not always right:
a word they change wrongly ("devour" → "devor") is changed the same way on both sides.
"""

from __future__ import annotations

import re

_RULES = (
    # colour → color, honourable → honorable, labours → labors (not hour, four, tour, flour)
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|ful|less|able|ably|ite|ites|ism|isms|er|ers)?$"), r"or\1"),
    # organise → organize, organisation → organization, realised → realized (not rise, wise)
    (re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|er|ers|ation|ations|able)$"), r"iz\1"),
    # analyse → analyze, paralysed → paralyzed
    (re.compile(r"(?<=[a-z]{2})ys(e|ed|es|ing|er|ers)$"), r"yz\1"),
    # centre → center, fibres → fibers, centred → centered
    (re.compile(r"(?<=[a-z]{2})([bt])re(s)?$"), r"\1er\2"),
    (re.compile(r"(?<=[a-z]{2})([bt])red$"), r"\1ered"),
)

_WORDS = {
    "defence": "defense", "defences": "defenses", "offence": "offense", "offences": "offenses",
    "licence": "license", "licences": "licenses", "pretence": "pretense",
    "programme": "program", "programmes": "programs", "catalogue": "catalog", "catalogues": "catalogs",
    "dialogue": "dialog", "dialogues": "dialogs", "analogue": "analog", "grey": "gray", "cheque": "check",
    "cheques": "checks", "tyre": "tire", "tyres": "tires", "plough": "plow", "aluminium": "aluminum",
    "sceptic": "skeptic", "sceptical": "skeptical", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "mould": "mold", "storey": "story", "storeys": "stories", "jewellery": "jewelry", "pyjamas": "pajamas",
    "paediatric": "pediatric", "anaesthetic": "anesthetic", "haemorrhage": "hemorrhage",
    "leukaemia": "leukemia", "oesophagus": "esophagus", "foetus": "fetus", "diarrhoea": "diarrhea",
}


#: the endings some rule may change (a word ending otherwise is left as it is, without trying each rule)
_ENDINGS = re.compile(r"(?:our(?:s|ed|ing|ful|less|able|ably|ite|ites|ism|isms|er|ers)?"
                      r"|is(?:e|ed|es|ing|er|ers|ation|ations|able)|ys(?:e|ed|es|ing|er|ers)|[bt]res?|[bt]red)$")


def american(word: str) -> str:
    """The American spelling of a lower-case English word (the word itself if it has no other)."""
    found = _WORDS.get(word)
    if found is not None:
        return found
    if not _ENDINGS.search(word):
        return word
    for pattern, replacement in _RULES:
        changed = pattern.sub(replacement, word)
        if changed != word:
            return changed
    return word
