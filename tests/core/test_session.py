"""The reading session: one pair with what is made on it, and a copy for work in the background."""

from __future__ import annotations

from pairs import EN, RU, make_doc, sample_pair
from reader.core.align import AlignContext, AlignOptions
from reader.core.mt.translation import MachineTranslation
from reader.core.project.annotations import Annotation, AnnotationSet
from reader.core.session import ReadingSession
from reader.core.sides import Side


def test_documents_per_side_and_texts():
    ru, en, alignment = sample_pair()
    session = ReadingSession(ru, en, alignment)
    assert session.document("ru") is ru and session.document(Side.EN) is en
    assert list(session.documents) == [ru, en] and session.documents["en"] is en
    assert session.texts().ru == [text.removeprefix("# ") for text in RU] and session.texts()["en"][1] == EN[1]
    assert session.title() == f"{ru.title} — {en.title}"


def test_annotations_given_as_a_list_become_a_set():
    session = ReadingSession(make_doc(RU, "ru"), make_doc(EN, "en"), annotations=[Annotation("ru", 1, note="a")])
    assert isinstance(session.annotations, AnnotationSet) and [a.note for a in session.annotations] == ["a"]


def test_a_snapshot_does_not_follow_later_edits():
    ru, en, alignment = sample_pair()
    session = ReadingSession(ru, en, alignment, [Annotation("ru", 1, note="kept")],
                             {("ru", 4): MachineTranslation("Only here.", "Argos ru→en 1.9", side="ru")})
    copy = session.snapshot()
    session.annotations.add(Annotation("en", 2, note="later"))
    session.translations[("ru", 3)] = MachineTranslation("Later.", "Argos ru→en 1.9", side="ru")
    session.notices.append("later")
    assert [a.note for a in copy.annotations] == ["kept"] and list(copy.translations) == [("ru", 4)]
    assert copy.notices == [] and copy.alignment is alignment and copy.ru is ru


def test_the_aligner_context_is_offered_for_the_options_it_was_built_with():
    ru, en, _ = sample_pair()
    session = ReadingSession(ru, en)
    options = AlignOptions()
    assert session.align_context(options) is None
    context = AlignContext.build(ru, en, options)
    session.keep_align_context(context, options)
    assert session.align_context(options) is context
    assert session.align_context(AlignOptions()) is None and session.align_context(None) is None  # other options
    session.forget_align_context()
    assert session.align_context(options) is None
