"""The senses builder of tools/build_lexicon.py on dictionary entries written as Müller's stressed edition has them."""

from __future__ import annotations

import gzip
import importlib.util

import pytest

from conftest import REPO
from reader.core.words.senses import Senses

spec = importlib.util.spec_from_file_location("build_lexicon", REPO / "tools" / "build_lexicon.py")
build_lexicon = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_lexicon)

CASTLE = """castle
   [\u2197kɑ:sl]
   1. _n.
      1) зАмок; дворЕц
      2) твердЫня; убЕжище
      3) _шахм. ладьЯ; castles in the air (или in the sky, in Spain) воздУшные
      зАмки
   2. _v. _шахм. рокировАть(ся)
"""
LOCK = """lock
   _I  [lɘk] _n.
      1) лОкон; _pl. вОлосы
   _II [lɘk]
         1. _n.
      1) замОк (тж. в оружии); запОр; under lock and key
      зАпертый, под замкОм
      2) _тех. стОпор, чекА
         2. _v.
      1) запирАть(ся) на замОк
"""


@pytest.mark.parametrize("written, shown, marked", [
    ("зАмок", "за\u0301мок", True), ("замОк", "замо\u0301к", True), ("Ехать", "е\u0301хать", True),
    ("всЁм", "всём", True), ("мир", "мир", False), ("ЛОндон", "Ло\u0301ндон", True), ("США", "США", False),
])
def test_stress_written_in_capitals(written, shown, marked):
    assert build_lexicon.stressed(written) == (shown, marked)


def test_senses_of_an_entry():
    found = build_lexicon.parse_senses(CASTLE)
    assert found[:4] == [("noun", 1, 0, "зАмок"), ("noun", 1, 1, "дворЕц"), ("noun", 2, 0, "твердЫня"),
                         ("noun", 2, 1, "убЕжище")]
    assert ("noun", 3, 0, "ладьЯ") in found and not any("воздУшные" in piece for *_, piece in found)  # an example's
    assert found[-1] == ("verb", 1, 0, "рокировАть")  # a part of speech numbers its senses from 1
    lock = build_lexicon.parse_senses(LOCK)
    assert ("noun", 1, 0, "замОк") in lock and not any("зАпертый" in piece for *_, piece in lock)


def test_built_file_reads_back(tmp_path):
    index, data = tmp_path / "test.index", tmp_path / "test.dict.dz"
    body = (CASTLE + LOCK).encode("utf-8")
    b64 = build_lexicon.B64

    def encode(value: int) -> str:
        text = ""
        while True:
            text = b64[value % 64] + text
            value //= 64
            if not value:
                return text

    index.write_text(f"castle\t{encode(0)}\t{encode(len(CASTLE.encode()))}\n"
                     f"lock\t{encode(len(CASTLE.encode()))}\t{encode(len(LOCK.encode()))}\n", encoding="utf-8")
    data.write_bytes(gzip.compress(body))
    english, russian = build_lexicon.build_senses(index, data)
    out = tmp_path / "senses.tsv.gz"
    build_lexicon.write_gzip(out, build_lexicon.senses_text(english, russian))
    senses = Senses.read(out)
    assert senses.english("castle").groups[0] == ("noun", ("за\u0301мок", "дворе\u0301ц", "тверды\u0301ня",
                                                          "убе\u0301жище", "ладья\u0301"))
    entry = senses.russian("замок")
    assert set(entry.spellings) == {"за\u0301мок", "замо\u0301к"}
    # both first in their first sense: the English word used more often in the dictionary's text comes first
    assert [h for h, _ in entry.senses] == ["lock", "castle"]
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(out.read_bytes())  # deterministic, no time stamp
    assert out.read_bytes()[4:8] == b"\0\0\0\0"
