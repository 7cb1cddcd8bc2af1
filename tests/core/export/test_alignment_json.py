"""The ``align`` command's outputs of an alignment: its JSON, and the export's TSV and TMX of it."""

import csv
import io
import json

import defusedxml.ElementTree as ET
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align import Alignment, Differences, Link, SentenceLink
from reader.core.export.alignment_json import to_json
from reader.core.export.common import ExportOptions
from reader.core.export.tmx import tmx_text
from reader.core.export.tsv import COLUMNS, tsv_text
from reader.core.segment import make_document
from reader.core.session import ReadingSession


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


def _session(alignment, ru, en):
    return ReadingSession(ru, en, alignment)


def test_tsv_has_a_header_and_one_row_per_link():
    alignment, ru, en = sample()
    rows = list(csv.reader(io.StringIO(tsv_text(_session(alignment, ru, en), ExportOptions(include_hidden=True))),
                           delimiter="\t"))
    assert rows[0] == COLUMNS and len(rows) == 2
    record = dict(zip(COLUMNS, rows[1], strict=True))
    assert (record["ru_ids"], record["en_ids"], record["score"], record["origin"]) == ("0,1", "0,1", "0.912", "auto")
    assert record["en_text"] == "First. Second sentence.\nThird & <last>."


def test_tmx_is_valid_tmx_1_4_with_escaped_text():
    alignment, ru, en = sample()
    root = ET.fromstring(tmx_text(_session(alignment, ru, en), ExportOptions(include_hidden=True)).encode("utf-8"))
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

    from reader.core.export.alignment_json import dumps_indented

    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)
