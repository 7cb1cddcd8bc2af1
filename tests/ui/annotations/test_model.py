"""The annotations table model: qtmodeltester, reading order, resets on change."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.project.annotations import AddAnnotation, Annotation, AnnotationSet, DeleteAnnotation
from reader.ui.annotations.model import ID_ROLE, AnnotationsModel


def _set() -> AnnotationSet:
    return AnnotationSet([Annotation("en", 3, 0, 5, note="later", quote="Later", id="e3"),
                          Annotation("ru", 1, 2, 9, note="первая", quote="цитата", id="r1"),
                          Annotation("link", 2, counterpart=2, note="link", color=None, id="l2"),
                          Annotation("ru", 9, 0, 2, quote="??", id="gone", unplaced=True)])


def test_model_passes_qtmodeltester(qtmodeltester):
    annotations = _set()
    model = AnnotationsModel(annotations)
    qtmodeltester.check(model)
    AddAnnotation(annotations, Annotation("en", 0, 1, 2, note="new")).do()
    DeleteAnnotation(annotations, "r1").do()
    qtmodeltester.check(model)


def test_rows_in_reading_order_with_place_text_note(qapp):
    annotations = _set()
    model = AnnotationsModel(annotations, lambda side, p: p if side == "ru" else p - 2.5)
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    assert ids == ["e3", "r1", "l2", "gone"]  # English ¶3 sits before Russian ¶1 by the position function
    row = model.row_of("r1")
    # a reader counts paragraphs from 1: index 1 is the second paragraph
    assert [model.data(model.index(row, c)) for c in range(3)] == ["RU ¶2", "цитата", "первая"]
    assert model.data(model.index(model.row_of("l2"), 0)) == "Link ¶3 ↔ ¶3"
    assert model.data(model.index(model.row_of("gone"), 0)) == "Not placed"
    assert model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole).name() == "#ffe066"
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    AddAnnotation(annotations, Annotation("ru", 0, 0, 1, id="first")).do()
    assert resets and model.data(model.index(0, 0), ID_ROLE) == "first"
