"""The vocabulary: entries kept once, Anki-ready TSV and CSV read back, and the list in the project file."""

from __future__ import annotations

import csv
import io
import json

import pytest

from reader.core.errors import ProjectFormatError
from reader.core.project.project import Project, SourceRef, project_from_dict, project_to_dict
from reader.core.project.storage import load_project, save_project
from reader.core.words.vocabulary import (COLUMNS, Vocabulary, VocabularyEntry, entry_to_dict, export_file,
                                          export_text, read_export)


def _entries() -> list[VocabularyEntry]:
    return [
        VocabularyEntry("домов", "дом", "house", "ru", 3, 10, 15, sentence="Он вышел из домов, сказал: «Да».",
                        counterpart_sentence='He came out of the houses and said, "Yes."', counterpart="houses",
                        added="2026-01-02T10:00:00+00:00"),
        VocabularyEntry("castle", "castle", "за\u0301мок", "en", 7, 0, 6, sentence="The castle\tstood\nthere.",
                        counterpart_sentence="За\u0301мок стоял там.", counterpart="замок", kind="noted"),
    ]


def test_a_word_and_sense_is_kept_once_and_removal_can_be_undone():
    vocabulary = Vocabulary()
    first, second = _entries()
    assert vocabulary.add(first) and vocabulary.add(second)
    again = VocabularyEntry("дома", "Дом", "HOUSE", "ru", 5, 0, 4)
    assert not vocabulary.add(again) and len(vocabulary) == 2  # the same lemma and sense
    assert vocabulary.add(VocabularyEntry("дома", "дом", "home", "ru", 5, 0, 4))  # another sense
    index, removed = vocabulary.remove(first.id)
    assert index == 0 and removed is first and vocabulary.find(first) is None
    vocabulary.insert(index, removed)
    assert vocabulary[0] is first and vocabulary.remove("no such id") is None


@pytest.mark.parametrize("fmt, separator", [("tsv", "\t"), ("csv", ",")])
def test_export_for_anki_reads_back(tmp_path, fmt, separator):
    entries = _entries()
    path = export_file(entries, tmp_path / f"words.{fmt}")
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # UTF-8, no byte order mark
    assert not raw.startswith(b"\xef\xbb\xbf")
    head = text.splitlines()[:4]
    assert head == [f"#separator:{'tab' if fmt == 'tsv' else 'comma'}", "#html:false",
                    "#columns:" + separator.join(COLUMNS), f"#tags column:{len(COLUMNS)}"]
    rows = read_export(text)
    assert len(rows) == 2
    assert rows[0]["word"] == "домов" and rows[0]["sense"] == "house" and rows[0]["language"] == "ru"
    assert rows[0]["sentence"] == "Он вышел из домов, сказал: «Да»."  # a comma inside: quoted in CSV
    assert rows[0]["counterpart_sentence"] == 'He came out of the houses and said, "Yes."'  # quotes doubled
    assert rows[1]["sentence"] == "The castle stood there."  # tabs and line breaks are flattened
    assert rows[1]["lemma"] == "castle" and rows[1]["sense"] == "за\u0301мок" and rows[1]["paragraph"] == "7"
    assert rows[1]["tags"] == "parallel-reader en"
    # any CSV reader sees the same fields (Anki's importer is one)
    body = "".join(line + "\n" for line in text.splitlines() if not line.startswith("#"))
    parsed = list(csv.reader(io.StringIO(body), delimiter=separator))
    assert [len(row) for row in parsed] == [len(COLUMNS)] * 2 and parsed[0][0] == "домов"


def test_export_refuses_an_unknown_format():
    with pytest.raises(ValueError, match="tsv or csv"):
        export_text(_entries(), "xlsx")


def test_vocabulary_in_the_project_file(tmp_path):
    project = Project(SourceRef(str(tmp_path / "a.ru.txt")), SourceRef(str(tmp_path / "a.en.txt")))
    for entry in _entries():
        project.vocabulary.add(entry)
    path = save_project(project, tmp_path / "reading.preader")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["vocabulary"][0] == entry_to_dict(_entries()[0]) | {"id": data["vocabulary"][0]["id"],
                                                                    "added": "2026-01-02T10:00:00+00:00"}
    loaded = load_project(path)
    assert [entry_to_dict(e) for e in loaded.vocabulary] == [entry_to_dict(e) for e in project.vocabulary]
    # a project without words writes no vocabulary key; a hand-written entry needs only word, side, paragraph
    assert "vocabulary" not in project_to_dict(Project(SourceRef("a"), SourceRef("b")))
    minimal = project_from_dict({"format": "parallel-reader-project", "version": 1, "original": "a", "counterpart": "b",
                                 "vocabulary": [{"word": "мир", "side": "ru", "paragraph": 2}]})
    entry = minimal.vocabulary[0]
    assert (entry.lemma, entry.sense, entry.start, entry.end, entry.kind) == ("мир", "", 0, 3, "looked-up")


@pytest.mark.parametrize("entry, field, reason", [
    ({"word": "мир", "side": "de", "paragraph": 1}, "vocabulary[0].side", "must be ru or en"),
    ({"word": 5, "side": "ru", "paragraph": 1}, "vocabulary[0].word", "must be text"),
    ({"word": "мир", "side": "ru", "paragraph": -1}, "vocabulary[0].paragraph", "between 0"),
    ({"word": "мир", "side": "ru", "paragraph": 1, "start": 5, "end": 2}, "vocabulary[0].start", "must not be after"),
    ({"word": "мир", "side": "ru", "paragraph": 1, "kind": "seen"}, "vocabulary[0].kind", "looked-up or noted"),
    ({"word": "мир", "side": "ru", "paragraph": 1, "sentence": "x" * 100_001}, "vocabulary[0].sentence",
     "more than 100,000"),
    ("мир", "vocabulary[0]", "must be an object"),
])
def test_wrong_vocabulary_entries_name_the_field(entry, field, reason):
    data = {"format": "parallel-reader-project", "version": 1, "original": "a", "counterpart": "b",
            "vocabulary": [entry]}
    with pytest.raises(ProjectFormatError) as info:
        project_from_dict(data)
    assert info.value.field == field and reason in info.value.reason
