"""The project schema: crafted project files are refused with the field and the reason, before anything uses them."""

from __future__ import annotations

import copy
import json
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_module
from reader.core.errors import ProjectError, ProjectFormatError
from reader.core.project.project import project_from_dict, project_to_dict
from reader.core.project.session import open_project
from reader.core.project.storage import backup_path, load_project, save_project

from . import crafted_projects as crafted

#: crafted file → the field named and words of the reason
WRONG_TYPES = {
    "sentences-int": ("links[0].sentences", "must be a list"),
    "sentence-parts-int": ("links[0].sentences[0].ru", "must be a list"),
    "differences-int": ("links[0].differences", "must be an object"),
    "differences-list-int": ("links[0].differences.ru_only", "must be a list"),
    "translations-int": ("translations", "must be a list"),
    "color-number": ("annotations[0].color", "must be text (it is a number)"),
    "color-list": ("annotations[0].color", "must be text (it is a list)"),
    "paragraph-bool": ("annotations[0].paragraph", "must be a whole number (it is true or false)"),
    "paragraph-huge": ("annotations[0].paragraph", "must be between 0 and 10,000,000"),
    "score-nan": ("links[0].score", "between 0 and 1"),
    "settings-list": ("settings", "must be an object"),
    "fingerprints-int": ("fingerprints.ru", "must be a list"),
    "id-object": ("annotations[0].id", "must be text"),
}


def test_wrong_types_name_the_field(tmp_path):
    paths = {path.stem: path for path in crafted.wrong_types(tmp_path)}
    assert set(paths) == set(WRONG_TYPES)
    for name, (field, reason) in WRONG_TYPES.items():
        with pytest.raises(ProjectFormatError) as info:
            load_project(paths[name])
        assert info.value.field == field and reason in info.value.reason, (name, str(info.value))
        assert str(paths[name]) in str(info.value)


@pytest.mark.parametrize("make, words", [
    (crafted.deep, "nested too deeply"),
    (crafted.nul_path, "original.path holds a NUL character"),
    (lambda folder: crafted.huge_note(folder, 0.01), "annotations[0].note is 277,560 characters long, more than 100,000"),
    (lambda folder: crafted.many_annotations(folder, 0.2), "annotations holds 20,000 entries, more than 10,000"),
])
def test_crafted_projects_are_refused(tmp_path, make, words):
    path = make(tmp_path)
    with pytest.raises(ProjectError, match="not valid") as info:
        load_project(path)
    assert words in str(info.value)


@pytest.mark.parametrize("make, words", [
    (crafted.unknown_user, "home folder of a user this computer does not know"),
    (crafted.dev_zero, "this is a device, not a file"),
    (crafted.fifo, "this is a named pipe, not a file"),
])
def test_sources_that_are_not_files_are_refused_at_once(tmp_path, make, words):
    path = make(tmp_path)
    outcome = []

    def attempt():
        try:
            open_project(path)
        except ProjectError as error:
            outcome.append(str(error))

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(20)  # reading /dev/zero or a pipe without a writer would never end
    assert outcome and words in outcome[0]


def test_position_and_view_are_kept(tmp_path):
    data = json.loads(crafted.many_annotations(tmp_path, 0.0001).read_text(encoding="utf-8"))
    data["position"] = {"ru": 3, "en": 2}
    data["view"] = {"contents": {"open": True, "width": 240}, "future": [1, 2]}
    project = project_from_dict(data)
    written = project_to_dict(project)
    assert written["position"] == {"ru": 3, "en": 2} and written["view"] == data["view"]
    for bad, words in (({"ru": -1, "en": 0}, "position.ru must be between 0"), ({"ru": 1}, "position.en"),
                       ([1, 2], "position must be an object")):
        with pytest.raises(ProjectFormatError) as info:
            project_from_dict(dict(data, position=bad))
        assert words in str(info.value)


def test_a_usable_backup_is_named(tmp_path):
    path = crafted.many_annotations(tmp_path, 0.0001)
    project = load_project(path)
    save_project(project)
    save_project(project)  # NAME.bak is now a good copy
    path.write_text(path.read_text(encoding="utf-8").replace('"paragraph": 0', '"paragraph": "x"', 1),
                    encoding="utf-8")
    with pytest.raises(ProjectFormatError) as info:
        load_project(path)
    assert info.value.backup == str(backup_path(path)) and backup_path(path).name in info.value.hint
    backup_path(path).write_text("{", encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert info.value.backup is None  # a broken backup is not offered


def test_export_refuses_wrong_types_without_a_traceback(tmp_path):
    paths = {path.stem: path for path in crafted.wrong_types(tmp_path)}
    for name in ("sentences-int", "color-number", "translations-int"):
        result = run_module("export", str(paths[name]), "-o", str(tmp_path / f"{name}.pdf"))
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        assert WRONG_TYPES[name][0] in result.stderr


_JSON = st.recursive(st.none() | st.booleans() | st.integers(-2, 10 ** 12) | st.floats(allow_nan=True)
                     | st.text(max_size=8), lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)
_VALID = {"format": "parallel-reader-project", "version": 1, "original": {"path": "a.txt", "sha256": "ab"},
          "counterpart": "b.txt",
          "links": [{"ru": [0], "en": [0, 1], "origin": "manual", "score": 0.5,
                     "sentences": [{"ru": [[0, 0]], "en": [[0, 0], [1, 0]]}],
                     "differences": {"ru_only": ["2019"], "en_only": []}, "ru_sentences": {"0": [0]}}],
          "no_counterpart": {"ru": [3], "en": []}, "units": {"ru": {"merged": [[4, 5]], "split": {"6": [1]}}},
          "annotations": [{"id": "a", "side": "ru", "paragraph": 0, "start": 0, "end": 2, "color": "#ffe066",
                           "note": "n", "quote": "q", "created": "t", "unplaced": False},
                          {"side": "link", "paragraph": 0, "counterpart": 0, "note": "x"}],
          "translations": [{"side": "ru", "paragraph": 3, "package": "p", "version": "1", "text": "t"}],
          "settings": {"layout": "side-by-side"}, "fingerprints": {"ru": ["abc"], "en": []},
          "position": {"ru": 0, "en": 0}, "view": {"x": 1}}


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, prefix + (index,))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzzed_projects_load_or_are_refused(tmp_path, data):
    """A valid project with one value replaced by any JSON: a project that saves again, or a ProjectError."""
    project_data = copy.deepcopy(_VALID)
    where = data.draw(st.sampled_from(list(_paths(project_data))[1:]))
    parent = project_data
    for key in where[:-1]:
        parent = parent[key]
    parent[where[-1]] = data.draw(_JSON)
    path = tmp_path / "fuzz.preader"
    path.write_text(json.dumps(project_data), encoding="utf-8")
    try:
        project = load_project(path)
    except ProjectError as error:
        assert str(error)
        return
    json.dumps(project_to_dict(project))  # what was accepted can be written back
    for annotation in project.annotations:
        annotation.validate()


def test_position_keeps_the_selected_paragraph(tmp_path):
    from reader.core.navigation import Position

    data = json.loads(crafted.many_annotations(tmp_path, 0.0001).read_text(encoding="utf-8"))
    data["position"] = {"ru": 30, "en": 28, "side": "en", "paragraph": 31}
    project = project_from_dict(data)
    assert project.position == Position(30, 28, ("en", 31))
    assert project_to_dict(project)["position"] == data["position"]
    assert "position" not in project.extra
    for bad, words in (({"ru": 1, "en": 1, "side": "fr", "paragraph": 2}, "position.side"),
                       ({"ru": 1, "en": 1, "side": "ru"}, "position.paragraph"),
                       ({"ru": 1, "en": 1, "side": "ru", "paragraph": -2}, "position.paragraph")):
        with pytest.raises(ProjectFormatError) as info:
            project_from_dict(dict(data, position=bad))
        assert words in str(info.value)
