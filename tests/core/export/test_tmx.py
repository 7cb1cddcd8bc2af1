"""TMX 1.4: structure, languages, segments, notes; parsed back safely with defusedxml."""

from __future__ import annotations

import pytest
from defusedxml import ElementTree as SafeET

from reader.core.export.common import ExportCancelled
from reader.core.export.tmx import XML_LANG, export_tmx

from small_book import read_book, ru_body, write_txt


def test_structure(tmp_path, annotated):
    annotated.ru.paragraphs[0].text += "\x07"  # a control character XML cannot carry
    root = SafeET.parse(export_tmx(annotated, tmp_path / "pair.tmx")).getroot()
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    for attribute in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang",
                      "datatype"):
        assert header.get(attribute)
    assert header.get("srclang") == "ru" and header.get("segtype") == "paragraph"
    units = root.find("body").findall("tu")
    assert len(units) == 4  # one per link; the unpaired paragraph is not a translation unit
    for unit in units:
        variants = unit.findall("tuv")
        assert [v.get(XML_LANG) for v in variants] == ["ru", "en"]
        assert all(v.find("seg").text for v in variants)
    split = units[2]
    assert split.find("tuv[2]/seg").text == "The document was adopted by the General Assembly in December 2024. " \
                                            "It is open for signature."
    assert split.find("note").text == "The report split this paragraph in two"
    assert split.find("tuv[2]/note").text == "«the General Assembly» Which session?"
    assert units[1].find("tuv[1]/note").text == "«Президент» Кто именно?"
    assert [p.get("type") for p in split.findall("prop")][:2] == ["x-score", "x-origin"]
    assert "\x07" not in units[0].find("tuv[1]/seg").text


def test_cancelled(tmp_path, annotated):
    with pytest.raises(ExportCancelled):
        export_tmx(annotated, tmp_path / "x.tmx", cancelled=lambda: True)
    assert not (tmp_path / "x.tmx").exists()


def test_a_book_names_each_units_part_and_chapter(tmp_path):
    data = read_book(write_txt(tmp_path))
    root = SafeET.parse(export_tmx(data, tmp_path / "book.tmx")).getroot()
    sections = {unit.find("tuv[1]/seg").text: unit.find("prop[@type='x-section']").text
                for unit in root.find("body").findall("tu")}
    assert sections["ЧАСТЬ ПЕРВАЯ"] == "ЧАСТЬ ПЕРВАЯ"
    assert sections[ru_body(1, 1, 1)] == "ЧАСТЬ ПЕРВАЯ › I"
    assert sections[ru_body(2, 3, 20)] == "ЧАСТЬ ВТОРАЯ › III"
