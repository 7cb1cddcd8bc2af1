"""Opening a project: checksums and links filled in, re-anchoring when a source file changed."""

from __future__ import annotations

import json

import pytest

from pairs import EN, RU, make_doc, write_texts
from reader.core.errors import ProjectError
from reader.core.project.annotations import Annotation
from reader.core.project.session import file_sha256, new_project, open_project
from reader.core.project.storage import load_project, save_project


def _open(path, ru_texts=RU, en_texts=EN):
    return open_project(path, documents=(make_doc(ru_texts, "ru"), make_doc(en_texts, "en")))


def test_hand_written_project_is_completed(tmp_path):
    ru_path, en_path = write_texts(tmp_path)
    path = tmp_path / "hand.preader"
    path.write_text(json.dumps({"format": "parallel-reader-project", "version": 1,
                                "original": {"path": ru_path.name}, "counterpart": {"path": en_path.name},
                                "annotations": [{"side": "ru", "paragraph": 1, "start": 0, "end": 9,
                                                 "note": "who"}]}), encoding="utf-8")
    before = path.read_bytes()
    opened = _open(path)
    assert path.read_bytes() == before  # opening never writes
    assert opened.project.original.sha256 == file_sha256(ru_path)
    assert opened.alignment.links  # missing links were computed by the aligner
    (annotation,) = opened.project.annotations
    assert annotation.quote == "Президент" and annotation.id
    assert not opened.changed and not opened.notices


def test_changed_source_reanchors_and_keeps_the_lost(tmp_path):
    ru_path, en_path = write_texts(tmp_path)
    project = new_project(ru_path, en_path, project_path=tmp_path / "p.preader")
    opened = _open(project)
    project.annotations.add(Annotation("ru", 3, 0, 11, note="moves", quote=RU[3][:11]))
    start = RU[4].index("оригинале")
    project.annotations.add(Annotation("ru", 4, start, start + 9, note="vanishes", quote="оригинале"))
    project.annotations.add(Annotation("en", 2, 4, 12, note="english side untouched", quote=EN[2][4:12]))
    save_project(opened.project)

    new_ru = [RU[0], "Новый абзац в начале.", *RU[1:4]]  # a paragraph inserted, the last one deleted
    write_texts(tmp_path, new_ru, EN)
    reopened = _open(tmp_path / "p.preader", new_ru, EN)
    assert reopened.changed == ["ru"]
    notes = {a.note: a for a in reopened.project.annotations}
    assert set(notes) == {"moves", "vanishes", "english side untouched"}  # nothing dropped
    assert (notes["moves"].paragraph, notes["moves"].start) == (4, 0)
    assert notes["vanishes"].unplaced and reopened.anchoring.unplaced[0].note == "vanishes"
    assert not notes["english side untouched"].unplaced and notes["english side untouched"].paragraph == 2
    assert "could not be found" in reopened.notices[0]
    save_project(reopened.project)
    again = load_project(tmp_path / "p.preader")
    assert [a.note for a in again.annotations.unplaced()] == ["vanishes"]
    assert again.original.sha256 == file_sha256(tmp_path / "pair.ru.txt")


def test_missing_source_file_is_a_clear_error(tmp_path):
    ru_path, en_path = write_texts(tmp_path)
    save_project(new_project(ru_path, en_path), tmp_path / "p.preader")
    en_path.unlink()
    with pytest.raises(ProjectError, match="cannot be read") as caught:
        open_project(tmp_path / "p.preader")
    assert str(en_path) in str(caught.value) and caught.value.hint


def test_translations_of_an_older_project_are_read_and_written_back(tmp_path):
    """A project written before the model label was stored: one translation with its text, one only by its cache
    key. Both are shown with the package as the model's name, and saving writes the same entries back."""
    from reader.core.export.formats import shown_translations
    from reader.core.mt.cache import TranslationCache

    ru_path, en_path = write_texts(tmp_path)
    entries = [{"side": "ru", "paragraph": 4, "package": "translate-ru_en-1_9", "version": "1.9",
                "text": "Only in the original."},
               {"side": "en", "paragraph": 3, "package": "translate-en_ru-1_9", "version": "1.9"}]
    path = tmp_path / "old.preader"
    path.write_text(json.dumps({"format": "parallel-reader-project", "version": 1,
                                "original": {"path": ru_path.name}, "counterpart": {"path": en_path.name},
                                "translations": entries}), encoding="utf-8")
    TranslationCache().put("translate-en_ru-1_9", "1.9", EN[3], "Он открыт для подписания.")
    shown = shown_translations(_open(path))
    assert {key: (t.text, t.marker) for key, t in shown.items()} == {
        ("ru", 4): ("Only in the original.", "[Machine translation — translate-ru_en-1_9 1.9]"),
        ("en", 3): ("Он открыт для подписания.", "[Machine translation — translate-en_ru-1_9 1.9]")}
    saved = json.loads(save_project(load_project(path), tmp_path / "again.preader").read_text(encoding="utf-8"))
    assert saved["translations"] == sorted(({"label": "", "text": "", **entry} for entry in entries),
                                           key=lambda entry: (entry["side"], entry["paragraph"]))


def test_the_aligner_context_of_an_opening_is_kept_for_re_aligning(tmp_path):
    """A project without links is aligned as it opens; the aligner's prepared features stay in the session, for
    the options they were built with (another aligner's opening keeps none)."""
    from reader.core.align import AlignContext, AlignOptions

    ru_path, en_path = write_texts(tmp_path)
    path = tmp_path / "hand.preader"
    path.write_text(json.dumps({"format": "parallel-reader-project", "version": 1,
                                "original": {"path": ru_path.name}, "counterpart": {"path": en_path.name}}),
                    encoding="utf-8")
    options = AlignOptions()
    session = open_project(path, options=options)
    kept = session.align_context(options)
    assert isinstance(kept, AlignContext) and kept.ru is session.ru and kept.options is options
    assert session.align_context(None) is None  # built for other options: not offered
    assert session.alignment is session.project.alignment and session.alignment.links
    again = open_project(path, aligner=lambda ru, en, **kw: session.alignment)
    assert again.align_context(None) is None and again.alignment is session.alignment
