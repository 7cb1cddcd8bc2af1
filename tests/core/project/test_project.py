"""The project file: round trip, hand-written files, and clear errors for files it cannot read."""

from __future__ import annotations

import json

import pytest

from reader.core.align import Origin
from reader.core.errors import ProjectError
from reader.core.project.annotations import Annotation
from reader.core.mt.translation import MachineTranslation
from reader.core.project.project import Project, SourceRef, project_to_dict
from reader.core.project.storage import load_project, save_project
from pairs import sample_pair


def _project(tmp_path) -> Project:
    _, _, alignment = sample_pair()
    alignment.no_counterpart["ru"].add(4)
    alignment.units["en"].merged.append([2, 3])
    alignment.links[1].ru_sentences[1] = [0]
    project = Project(SourceRef(str(tmp_path / "texts" / "a.ru.txt"), "ab" * 32),
                      SourceRef(str(tmp_path / "texts" / "a.en.txt"), "cd" * 32), alignment=alignment,
                      translations={("ru", 4): MachineTranslation("Only in the original.", "Argos ru→en 1.9",
                                                                  "translate-ru_en-1_9", "1.9", "ru")},
                      settings={"layout": "interleaved"}, extra={"merges": [[1, 2]]})
    project.annotations.add(Annotation("ru", 1, 0, 9, note="заметка", quote="Президент"))
    project.annotations.add(Annotation("link", 2, counterpart=2, note="the report split this", color=None))
    return project


def test_round_trip(tmp_path):
    project = _project(tmp_path)
    path = save_project(project, tmp_path / "reading.preader")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "parallel-reader-project" and data["version"] == 1
    assert data["original"]["path"] == "texts/a.ru.txt"  # relative to the project file
    assert data["links"][2] == {"ru": [2], "en": [2, 3], "origin": "auto", "score": 0.85}
    assert data["merges"] == [[1, 2]]  # unknown keys survive
    loaded = load_project(path)
    assert project_to_dict(loaded) == project_to_dict(project)
    assert loaded.source_paths() == ((tmp_path / "texts" / "a.ru.txt").resolve(),
                                     (tmp_path / "texts" / "a.en.txt").resolve())
    assert loaded.alignment.links[1].origin is Origin.CONFIRMED
    assert loaded.alignment.no_counterpart["ru"] == {4}
    assert loaded.alignment.units["en"].merged == [[2, 3]]
    assert loaded.alignment.links[1].ru_sentences == {1: [0]}
    assert [a.note for a in loaded.annotations] == ["заметка", "the report split this"]
    assert loaded.translations == project.translations
    assert data["translations"][0]["label"] == "Argos ru→en 1.9"


def test_save_as_keeps_sources_in_place(tmp_path):
    project = _project(tmp_path)
    save_project(project, tmp_path / "one.preader")
    save_project(project, tmp_path / "sub" / "two.preader")
    data = json.loads((tmp_path / "sub" / "two.preader").read_text(encoding="utf-8"))
    assert data["original"]["path"] == "../texts/a.ru.txt"


def test_hand_written_file_minimal(tmp_path):
    path = tmp_path / "hand.json"
    path.write_text(json.dumps({
        "format": "parallel-reader-project", "version": 1,
        "original": {"path": "a.txt"}, "counterpart": {"path": "b.txt"},
        "annotations": [{"side": "ru", "paragraph": 2, "start": 0, "end": 14, "color": "#ffe066", "note": "n"}]}))
    project = load_project(path)
    assert project.alignment is None  # missing links: the program aligns
    assert project.original.sha256 is None
    (annotation,) = project.annotations
    assert annotation.id and annotation.start == 0 and annotation.end == 14


@pytest.mark.parametrize("content, words", [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not valid JSON"),
    (json.dumps({"format": "something-else", "version": 1}).encode(), "not a Parallel Reader project"),
    (json.dumps({"format": "parallel-reader-project", "version": 7, "original": {"path": "a"},
                 "counterpart": {"path": "b"}}).encode(), "newer version"),
    (json.dumps({"format": "parallel-reader-project", "version": 1, "original": {"path": "a"},
                 "counterpart": {"path": "b"}, "links": [{"ru": [0], "en": []}]}).encode(), "links[0].en must not be empty"),
    (json.dumps({"format": "parallel-reader-project", "version": 1, "original": {"path": "a"},
                 "counterpart": {"path": "b"}, "links": [{"ru": [0], "en": [0]}, {"ru": [0], "en": [1]}]}).encode(),
     "two links"),
    (json.dumps({"format": "parallel-reader-project", "version": 1, "original": {"path": "a"},
                 "counterpart": {"path": "b"}, "annotations": [{"side": "ru", "paragraph": 1, "start": 4}]}).encode(),
     "annotations[0] needs both start and end"),
])
def test_bad_files_give_clear_errors_and_stay_untouched(tmp_path, content, words):
    path = tmp_path / "bad.preader"
    path.write_bytes(content)
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert words in str(caught.value)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.preader"]


def test_missing_file(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        load_project(tmp_path / "nothing.preader")
