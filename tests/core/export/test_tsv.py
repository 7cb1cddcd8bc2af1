"""TSV: one link per line, read back with csv, texts with tabs, quotes and newlines intact."""

from __future__ import annotations

import csv

from reader.core.export.tsv import COLUMNS, export_tsv

from small_book import en_body, read_book, write_txt


def test_read_back(tmp_path, annotated):
    annotated.en.paragraphs[4].text = 'The "Convention"\tis designed to fight crimes.'
    path = export_tsv(annotated, tmp_path / "pair.tsv")
    with open(path, encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream, delimiter="\t"))
    assert rows[0] == COLUMNS
    assert len(rows) == 5 and all(len(r) == len(COLUMNS) for r in rows)
    record = dict(zip(COLUMNS, rows[3], strict=True))
    assert (record["ru_ids"], record["en_ids"], record["score"]) == ("2", "2,3", "0.850")
    assert record["en_text"] == "The document was adopted by the General Assembly in December 2024.\nIt is open for signature."
    assert record["notes"] == "[link] The report split this paragraph in two | [en «the General Assembly»] Which session?"
    assert dict(zip(COLUMNS, rows[4], strict=True))["en_text"] == 'The "Convention"\tis designed to fight crimes.'
    assert dict(zip(COLUMNS, rows[4], strict=True))["origin"] == "manual"


def test_a_book_names_each_links_part_and_chapter(tmp_path):
    path = export_tsv(read_book(write_txt(tmp_path)), tmp_path / "book.tsv")
    with open(path, encoding="utf-8", newline="") as stream:
        records = [dict(zip(COLUMNS, r, strict=True)) for r in list(csv.reader(stream, delimiter="\t"))[1:]]
    where = {record["en_text"]: record["section"] for record in records}
    assert where[en_body(2, 2, 7)] == "ЧАСТЬ ВТОРАЯ › II"
    assert where["PART TWO"] == "ЧАСТЬ ВТОРАЯ"
