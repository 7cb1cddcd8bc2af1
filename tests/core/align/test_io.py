"""JSON, TSV and TMX output of an alignment."""

import json

import defusedxml.ElementTree as ET
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align.io import serialize, to_json
from reader.core.align import Alignment, Differences, Link, SentenceLink
from reader.core.segment import make_document


def sample():
    ru = make_document(["Первое. Второе предложение.", "Третье.", "Лишний абзац."], "ru", path="ru.txt")
    en = make_document(["First. Second sentence.", "Third & <last>."], "en", path="en.txt")
    link = Link([0, 1], [0, 1], score=0.91234,
                sentences=[SentenceLink([(0, 0)], [(0, 0)]), SentenceLink([(0, 1), (1, 0)], [(0, 1), (1, 0)])],
                differences=Differences(ru_only=["2019"], en_only=[]))
    return Alignment(links=[link]), ru, en


def test_json_has_the_documented_shape():
    alignment, ru, en = sample()
    data = json.loads(to_json(alignment, ru, en))
    assert data["ru"]["path"] == "ru.txt"
    assert data["ru"]["paragraphs"][2] == {"index": 2, "kind": "body", "text": "Лишний абзац."}
    (link,) = data["links"]
    assert link["ru"] == [0, 1] and link["en"] == [0, 1] and link["score"] == 0.912
    # sentence indices are positions in the link's sentence sequence: paragraph 1's sentence 0 is the third
    assert link["sentences"] == [{"ru": [0], "en": [0]}, {"ru": [1, 2], "en": [1, 2]}]
    assert link["differences"] == {"ru_only": ["2019"], "en_only": []}


def test_tsv_has_a_header_and_one_line_per_link():
    alignment, ru, en = sample()
    lines = serialize(alignment, ru, en, "tsv").splitlines()
    assert lines[0].split("\t") == ["ru", "en", "score", "ru_text", "en_text"]
    assert lines[1].split("\t")[:3] == ["0,1", "0,1", "0.912"]
    assert len(lines) == 2


def test_tmx_is_valid_tmx_1_4_with_escaped_text():
    alignment, ru, en = sample()
    root = ET.fromstring(serialize(alignment, ru, en, "tmx").encode("utf-8"))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert root.find("header").get("srclang") == "ru"
    (unit,) = root.iter("tu")
    segs = {tuv.get("{http://www.w3.org/XML/1998/namespace}lang"): tuv.find("seg").text for tuv in unit.iter("tuv")}
    assert segs["en"] == "First. Second sentence. Third & <last>."
    assert segs["ru"].startswith("Первое.")


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                     lambda children: st.lists(children, max_size=4) | st.tuples(children, children)
                     | st.dictionaries(st.text(max_size=5), children, max_size=4), max_leaves=25)


@given(_JSON)
@settings(max_examples=300, deadline=None)
def test_the_indented_writer_writes_what_json_writes(value):
    import json

    from reader.core.align.io import dumps_indented

    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)
