"""Edit ▸ Undo/Redo name the last edit in the interface language."""

from __future__ import annotations

import re

from reader.core.align.editing import edit, realign  # noqa: F401 - realign defines commands too
from reader.core.align import Link
from reader.core.project.annotations import (AddAnnotation, Annotation, AnnotationSet, DeleteAnnotation,
                                             EditAnnotation)
from reader.ui.base.command_names import COMMAND_NAMES, command_name
from reader.core.session import ReadingSession

from ..helpers import fixed_aligner, make_pair_docs, wait_aligned


def alignment_edits(cls=edit.AlignmentEdit):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from alignment_edits(subclass)


def annotation_command_texts() -> set[str]:
    texts = set()
    for annotation in (Annotation("ru", 0, 0, 3), Annotation("en", 1), Annotation("link", 0, counterpart=0)):
        annotations = AnnotationSet([annotation])
        texts.add(AddAnnotation(AnnotationSet(), annotation).text)
        texts.add(EditAnnotation(annotations, annotation.id, note="new").text)
        texts.add(EditAnnotation(annotations, annotation.id, color="green").text)
        texts.add(DeleteAnnotation(annotations, annotation.id).text)
    return texts


def test_every_command_of_the_core_has_a_listed_name():
    texts = {cls.text for cls in alignment_edits()} | {edit.AlignmentEdit.text} | annotation_command_texts()
    assert len(texts) > 15
    assert texts <= set(COMMAND_NAMES), sorted(texts - set(COMMAND_NAMES))


def test_undo_and_redo_name_the_edit_in_russian(qtbot, qapp, window):
    from reader.ui.base.i18n import install_translations

    translators = install_translations(qapp, "ru")
    try:
        assert all(re.search("[а-яё]", command_name(name).lower()) for name in COMMAND_NAMES)
        ru, en = make_pair_docs(4, 4)
        window.context.aligner = fixed_aligner([Link([0], [0]), Link([1], [1])])
        window.open_documents(ReadingSession(ru, en))
        wait_aligned(qtbot, window.context)
        window.pair_view.select("ru", 1)
        window.link_editor.actions["unlink"].trigger()
        undo = window.action_map["undo"].text()
        assert "Unlink" not in undo and command_name("Unlink") in undo
        window.action_map["undo"].trigger()
        assert command_name("Unlink") in window.action_map["redo"].text()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert command_name("Unlink") == "Unlink"
