"""Hand edits survive a project file: origins, no-counterpart marks, merged and split units, link parts."""

from __future__ import annotations

import copy

import pytest

from reader.core.align import Alignment
from reader.core.align.units_json import apply_alignment_extras, apply_link_extras
from reader.core.align.validate import check_alignment
from reader.core.commands import CommandStack
from reader.core.errors import AlignmentError
from reader.core.project.project import Project, SourceRef
from reader.core.project.storage import load_project, save_project

from .edit_fixtures import alignment, documents, sample_edits


def edited() -> Alignment:
    al, docs = alignment(), documents()
    sample_edits(al, docs, CommandStack())
    check_alignment(al, docs)
    return al


def test_project_file_round_trip_keeps_every_edit(tmp_path):
    al = edited()
    path = save_project(Project(original=SourceRef("a.ru.txt"), counterpart=SourceRef("a.en.txt"),
                                alignment=copy.deepcopy(al)), tmp_path / "pair.prproj")
    text = path.read_text(encoding="utf-8")
    assert '"ru_sentences"' in text and '"units"' in text and '"no_counterpart"' in text
    loaded = load_project(path).alignment
    check_alignment(loaded, documents())

    def key(a):
        return sorted((link.ru, link.en, link.origin, link.ru_sentences, link.en_sentences) for link in a.links)

    assert key(loaded) == key(al)
    assert loaded.no_counterpart == al.no_counterpart
    assert loaded.units == al.units


@pytest.mark.parametrize("data, reason", [
    ({"no_counterpart": [1]}, "no_counterpart must be an object"),
    ({"no_counterpart": {"ru": ["x"]}}, "whole numbers"),
    ({"units": {"ru": {"merged": "3-4"}}}, "merged must be a list"),
    ({"units": {"ru": {"split": {"a": [1]}}}}, "not a paragraph index"),
])
def test_bad_extras_are_refused_with_a_reason(data, reason):
    with pytest.raises(AlignmentError, match=reason):
        apply_alignment_extras(data, Alignment())


def test_bad_link_parts_are_refused():
    with pytest.raises(AlignmentError, match="ru_sentences"):
        apply_link_extras({"ru_sentences": {"1": "all"}}, alignment().links[0])


def test_a_hand_written_project_with_inconsistent_units_is_aligned_again(tmp_path):
    import json

    from pairs import write_texts
    from reader.core.align import align_documents
    from reader.core.project.session import open_project

    ru_path, en_path = write_texts(tmp_path)
    path = tmp_path / "hand.preader"
    path.write_text(json.dumps({
        "format": "parallel-reader-project", "version": 1,
        "original": {"path": ru_path.name}, "counterpart": {"path": en_path.name},
        "links": [{"ru": [2], "en": [2], "origin": "manual"}],
        "units": {"ru": {"split": {"2": [7]}}}}), encoding="utf-8")  # paragraph 2 has two sentences
    opened = open_project(path, aligner=lambda ru, en, **kw: align_documents(ru, en, **kw))
    assert any("do not fit" in notice for notice in opened.notices)
    assert opened.alignment.units["ru"].split == {}
