"""An annotated sample pair for the export tests."""

from __future__ import annotations

import pytest

from pairs import EN, sample_pair
from reader.core.session import ReadingSession
from reader.core.mt.translation import MachineTranslation
from reader.core.project.annotations import Annotation

ASSEMBLY = EN[2].index("the General Assembly")


@pytest.fixture
def annotated() -> ReadingSession:
    """The sample pair with a highlight with a Russian note, a two-line English highlight, a link note,
    a paragraph note, a plain highlight and a machine translation for the unpaired Russian paragraph."""
    ru, en, alignment = sample_pair()
    annotations = [
        Annotation("ru", 1, 0, 9, note="Кто именно?", quote="Президент", id="ru-note"),
        Annotation("en", 2, ASSEMBLY, ASSEMBLY + len("the General Assembly"), note="Which session?",
                   quote="the General Assembly", id="en-note", color="#a5d8ff"),
        Annotation("en", 4, 4, 14, quote="Convention", id="plain"),
        Annotation("link", 2, counterpart=2, note="The report split this paragraph in two", color=None, id="link"),
        Annotation("ru", 3, note="Весь абзац", id="para"),
    ]
    translations = {("ru", 4): MachineTranslation("This paragraph exists only in the original.", "translate-ru_en 1.9", side="ru")}
    return ReadingSession(ru, en, alignment, annotations, translations)
