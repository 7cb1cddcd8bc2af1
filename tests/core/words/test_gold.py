"""Word links against the hand-made gold links (tests/data/word-gold.jsonl): the gold itself, and floors."""

from __future__ import annotations

import json

from conftest import REPO
from reader.core.words.evaluation import evaluate, read_gold

GOLD = REPO / "tests" / "data" / "word-gold.jsonl"


def test_the_gold_is_well_formed():
    pairs = read_gold(GOLD)
    assert len(pairs) == 30 and len({p.id for p in pairs}) == 30
    dev = {json.loads(line)["id"]: json.loads(line) for line in (REPO / "bench" / "data" / "align-dev.jsonl")
           .read_text(encoding="utf-8").splitlines() if '"parallel"' in line}
    for pair in pairs:
        for text, words in ((pair.ru, pair.ru_words), (pair.en, pair.en_words)):
            for word, start in words:
                assert text[start:start + len(word)] == word
        assert not pair.sure & pair.possible, pair.id
        for a, b in pair.sure | pair.possible:
            assert 0 <= a < len(pair.ru_words) and 0 <= b < len(pair.en_words), pair.id
        assert pair.ru in dev[pair.id]["ru"] and pair.en in dev[pair.id]["en"]  # parallel dev pairs, as they are


def test_precision_and_recall_floors():
    """Targets: precision at least 0.9 at recall of the sure links at least 0.6 (bench/words_bench.py prints the
    figures and the misses)."""
    scores = evaluate(read_gold(GOLD))
    assert scores.precision >= 0.95, scores.wrong
    assert scores.recall >= 0.7
