"""TMX 1.4: structure, languages, segments, notes; parsed back safely with defusedxml."""

from __future__ import annotations

import pytest
from defusedxml import ElementTree as SafeET

from reader.core.export.common import ExportCancelled
from reader.core.export.tmx import XML_LANG, export_tmx


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
    assert [p.get("type") for p in split.findall("prop")] == ["x-score", "x-origin"]
    assert "\x07" not in units[0].find("tuv[1]/seg").text


def test_cancelled(tmp_path, annotated):
    with pytest.raises(ExportCancelled):
        export_tmx(annotated, tmp_path / "x.tmx", cancelled=lambda: True)
    assert not (tmp_path / "x.tmx").exists()
