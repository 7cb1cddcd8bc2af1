"""Word-link precision and recall against hand-made gold links (``tests/data/word-gold.jsonl``).

Each gold line is a sentence pair with its words (text and start offset) and two sets of links in
the usual word-alignment form ``"ru-en ru-en …"`` (word indices): ``sure`` links, which a translator
would draw without hesitation, and ``possible`` ones (function words, loose renderings). As is usual
for such gold (Och and Ney), precision counts a link right when it is sure or possible, and recall is
taken over the sure links.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.align.engine.lexicon import Lexicon, default_lexicon
from reader.core.segment import split_sentences
from reader.core.words.linker import _collect, match_sides
from reader.core.words.tokens import paragraph_words


@dataclass
class GoldPair:
    """One hand-linked sentence pair."""

    id: str
    ru: str
    en: str
    ru_words: list[tuple[str, int]]
    en_words: list[tuple[str, int]]
    sure: set[tuple[int, int]]
    possible: set[tuple[int, int]]


def _links(text: str) -> set[tuple[int, int]]:
    return {(int(a), int(b)) for a, b in (item.split("-") for item in text.split())}


def read_gold(path: Path) -> list[GoldPair]:
    """The gold pairs of a JSON-lines file."""
    pairs = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        data = json.loads(line)
        pairs.append(GoldPair(data["id"], data["ru"], data["en"], [tuple(w) for w in data["ru_words"]],
                              [tuple(w) for w in data["en_words"]], _links(data["sure"]), _links(data["possible"])))
    return pairs


def predict(pair: GoldPair, lexicon: Lexicon) -> set[tuple[int, int]]:
    """The word links the matcher makes in a gold pair (as gold word indices)."""
    ru = paragraph_words(pair.ru, "ru", lexicon, [s.start for s in split_sentences(pair.ru, "ru")])
    en = paragraph_words(pair.en, "en", lexicon, [s.start for s in split_sentences(pair.en, "en")])
    ru_index = {start: k for k, (_, start) in enumerate(pair.ru_words)}
    en_index = {start: k for k, (_, start) in enumerate(pair.en_words)}
    found = match_sides(_collect([ru], {}), _collect([en], {}), [])
    return {(ru_index[p.ru.start], en_index[p.en.start]) for p in found.pairs
            if p.ru.start in ru_index and p.en.start in en_index}


@dataclass
class Scores:
    """Precision, recall and the links behind them."""

    predicted: int = 0
    right: int = 0  # predicted links that are sure or possible
    sure: int = 0
    sure_found: int = 0
    all_gold: int = 0
    all_found: int = 0
    #: (pair id, ru word, en word) of predicted links not in the gold, and of sure links not found
    wrong: list[tuple[str, str, str]] = field(default_factory=list)
    missed: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Recall of the sure links."""
        return self.sure_found / self.sure if self.sure else 0.0

    @property
    def recall_all(self) -> float:
        """Recall of all gold links, sure and possible."""
        return self.all_found / self.all_gold if self.all_gold else 0.0


def evaluate(pairs: list[GoldPair], lexicon: Lexicon | None = None) -> Scores:
    """Score the matcher on gold pairs."""
    lexicon = lexicon or default_lexicon()
    scores = Scores()
    for pair in pairs:
        predicted = predict(pair, lexicon)
        gold = pair.sure | pair.possible
        scores.predicted += len(predicted)
        scores.right += len(predicted & gold)
        scores.sure += len(pair.sure)
        scores.sure_found += len(predicted & pair.sure)
        scores.all_gold += len(gold)
        scores.all_found += len(predicted & gold)
        scores.wrong += [(pair.id, pair.ru_words[a][0], pair.en_words[b][0]) for a, b in sorted(predicted - gold)]
        scores.missed += [(pair.id, pair.ru_words[a][0], pair.en_words[b][0]) for a, b in sorted(pair.sure - predicted)]
    return scores
