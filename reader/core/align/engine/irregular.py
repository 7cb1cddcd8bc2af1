"""Base forms of irregular English verbs and nouns.

The lexicon's English words are dictionary headwords (``say``, ``take``, ``child``), while a text
says ``said``, ``took``, ``children``; a Snowball stem cannot join them. English words go through
``base_form`` before they are stemmed.
"""

from __future__ import annotations

#: base form, then the past and past participle forms that differ from it
_VERBS = """
arise arose arisen|awake awoke awoken|bear bore borne born|beat beaten|become became|begin began begun
bend bent|bet|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred
bring brought|broadcast|build built|burn burnt|burst|buy bought|cast|catch caught|choose chose chosen
cling clung|come came|cost|creep crept|cut|deal dealt|dig dug|do did done|draw drew drawn
dream dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt
fight fought|find found|flee fled|fling flung|fly flew flown|forbid forbade forbidden|forecast
forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given
go went gone|grind ground|grow grew grown|hang hung|have had has|hear heard|hide hid hidden|hit
hold held|hurt|keep kept|kneel knelt|know knew known|lay laid|lead led|lean leant|leap leapt
learn learnt|leave left|lend lent|let|lie lay lain|light lit|lose lost|make made|mean meant
meet met|mislead misled|mistake mistook mistaken|overcome overcame|overtake overtook overtaken
overthrow overthrew overthrown|pay paid|prove proven|put|quit|read|rebuild rebuilt|ride rode ridden
ring rang rung|rise rose risen|run ran|say said says|see saw seen|seek sought|sell sold|send sent
set|shake shook shaken|shed|shine shone|shoot shot|show shown|shrink shrank shrunk|shut
sing sang sung|sink sank sunk|sit sat|sleep slept|slide slid|speak spoke spoken|speed sped
spend spent|spill spilt|spin spun|spit spat|split|spread|spring sprang sprung|stand stood
steal stole stolen|stick stuck|sting stung|stink stank stunk|strike struck stricken|string strung
strive strove striven|swear swore sworn|sweep swept|swell swollen|swim swam swum|swing swung
take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|thrust
undergo underwent undergone|understand understood|undertake undertook undertaken|upset
uphold upheld|wake woke woken|wear wore worn|weave wove woven|weep wept|win won|wind wound
withdraw withdrew withdrawn|withhold withheld|write wrote written
"""

_NOUNS = """
man men|woman women|child children|person people|foot feet|tooth teeth|mouse mice|goose geese
ox oxen|crisis crises|analysis analyses|thesis theses|basis bases|hypothesis hypotheses
phenomenon phenomena|criterion criteria|datum data|medium media|life lives|wife wives|knife knives
half halves|leaf leaves|wolf wolves|thief thieves|shelf shelves|calf calves
"""

#: forms that are also common words of their own keep their own reading too (see ``base_form``)
_AMBIGUOUS = frozenset("""bound found ground lay left lit saw wound rose spoke felt leaves data media
people bases lives""".split())


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for block in (_VERBS, _NOUNS):
        for entry in block.replace("\n", "|").split("|"):
            words = entry.split()
            for form in words[1:]:
                table.setdefault(form, words[0])
    return table


_BASE = _table()


def base_form(word: str) -> tuple[str, ...]:
    """The readings of a lower-case English word to stem: its base form if it is an irregular
    form (and the word itself too where that is also a word of its own), else just the word."""
    base = _BASE.get(word)
    if base is None:
        return (word,)
    return (base, word) if word in _AMBIGUOUS else (base,)
