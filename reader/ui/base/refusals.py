"""Why an alignment edit was refused, in the interface language (shown in the status bar).

The Qt-free core refuses an edit with an ``AlignmentError`` whose ``template`` is its English
message with fields and whose ``params`` hold the details (``reader.core.align.validate.refusal``
lists the fields). This module lists every template for the translation tools and says an error
in the interface language. Paragraphs are numbered as everywhere in the window (Go to Paragraph,
tooltips: the paragraph's index), sentences as the Split dialog numbers them (from 1).

A translation picks the grammatical case of a side or paragraph name with a format spec:
``{paragraph}`` is in the nominative, ``{paragraph:genitive}`` in the genitive (one of ``CASES``).
The names in each case are messages of this context too, told apart by the case. The message
is shown with a capital first letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from reader.core.errors import AlignmentError
from reader.ui.base.i18n import QT_TRANSLATE_NOOP

# every ``template`` of a refused alignment edit (reader.core.align.editing.edit and .realign)
REFUSALS = (
    #: {paragraph} names a paragraph in the nominative ("русский абзац 5"), {paragraph:genitive} and
    #: {paragraph:prepositional} in those cases; {side} ("русский") likewise. The first letter is made capital.
    QT_TRANSLATE_NOOP("Refusals", "There is no {paragraph}."),
    QT_TRANSLATE_NOOP("Refusals", "Only a split paragraph can be linked in parts; {paragraph} is not split."),
    QT_TRANSLATE_NOOP("Refusals", "Sentences {sentences} are not whole parts of {paragraph}."),
    QT_TRANSLATE_NOOP("Refusals", "Select at least one {side} paragraph to link."),
    QT_TRANSLATE_NOOP("Refusals", "These paragraphs are already linked by hand."),
    QT_TRANSLATE_NOOP("Refusals", "Select a linked paragraph to unlink."),
    QT_TRANSLATE_NOOP("Refusals", "That link is no longer in the alignment."),
    QT_TRANSLATE_NOOP("Refusals", "Select a paragraph to mark."),
    QT_TRANSLATE_NOOP("Refusals", "These paragraphs are already marked as having no counterpart."),
    QT_TRANSLATE_NOOP("Refusals", "These paragraphs are not marked as having no counterpart."),
    QT_TRANSLATE_NOOP("Refusals", "This link is already confirmed or was made by hand."),
    QT_TRANSLATE_NOOP("Refusals", "This link is not a confirmed one."),
    QT_TRANSLATE_NOOP("Refusals", "{paragraph} is the last one; there is nothing to merge it with."),
    QT_TRANSLATE_NOOP("Refusals", "{paragraph} is split; join its parts before merging."),
    QT_TRANSLATE_NOOP("Refusals", "{paragraph} is not merged with another one."),
    QT_TRANSLATE_NOOP("Refusals", "{paragraph} is merged with another one; unmerge it first."),
    QT_TRANSLATE_NOOP("Refusals", "{paragraph} has a single sentence and cannot be split."),
    QT_TRANSLATE_NOOP("Refusals", "{paragraph} has {count} sentence(s); it can only be split "
                                  "before sentences {first} to {last}."),
    QT_TRANSLATE_NOOP("Refusals", "{paragraph} is already split before sentence {at}."),
    QT_TRANSLATE_NOOP("Refusals", "{paragraph} is not split before sentence {at}."),
    QT_TRANSLATE_NOOP("Refusals", "Choose paragraphs inside the text to re-align."),
    QT_TRANSLATE_NOOP("Refusals", "The alignment changed while it was being re-aligned; re-align again."),
)

# the grammatical cases a translation may ask for, e.g. ``{paragraph:genitive}``
CASES = ("nominative", "genitive", "prepositional")


def _side_names() -> dict[tuple[str, str], str]:
    """The name of each side ("ru", "en") in each case: "Russian" (in Russian "русский", "русского"…)."""
    return {
        ("ru", "nominative"): QCoreApplication.translate("Refusals", "Russian", "nominative"),
        ("ru", "genitive"): QCoreApplication.translate("Refusals", "Russian", "genitive"),
        ("ru", "prepositional"): QCoreApplication.translate("Refusals", "Russian", "prepositional"),
        ("en", "nominative"): QCoreApplication.translate("Refusals", "English", "nominative"),
        ("en", "genitive"): QCoreApplication.translate("Refusals", "English", "genitive"),
        ("en", "prepositional"): QCoreApplication.translate("Refusals", "English", "prepositional"),
    }


def _paragraph_pattern(case: str) -> str:
    """How a paragraph is named in ``case``, with the fields ``{side}`` (in the same case) and ``{number}``."""
    if case == "genitive":
        return QCoreApplication.translate("Refusals", "{side} paragraph {number}", "genitive")
    if case == "prepositional":
        return QCoreApplication.translate("Refusals", "{side} paragraph {number}", "prepositional")
    return QCoreApplication.translate("Refusals", "{side} paragraph {number}", "nominative")


@dataclass(frozen=True)
class Name:
    """A side's name or, with a ``number``, a paragraph's; the format spec is the case: ``{paragraph:genitive}``."""

    side: str
    number: int | None = None

    def __format__(self, case: str) -> str:
        case = case or "nominative"
        if case not in CASES:
            raise ValueError(f"no {case!r} form of a name")
        side = _side_names()[(self.side, case)]
        return side if self.number is None else _paragraph_pattern(case).format(side=side, number=self.number)


def fields(params: dict[str, Any]) -> dict[str, Any]:
    """The values a template's fields show: names with cases, sentence numbers counted from 1."""
    shown = dict(params)
    side = params.get("side")
    if side is not None:
        shown["side"] = Name(side)
        if "paragraph" in params:
            shown["paragraph"] = Name(side, params["paragraph"])
    for key in ("at", "first", "last"):
        if key in params:
            shown[key] = params[key] + 1
    if "sentences" in params:
        shown["sentences"] = ", ".join(str(index + 1) for index in params["sentences"])
    return shown


def refusal_text(error: AlignmentError) -> str:
    """Why ``error`` refused an edit, in the interface language (its English message if it has no template)."""
    if not error.template:
        return str(error)
    try:
        text = QCoreApplication.translate("Refusals", error.template).format(**fields(error.params))
    except (KeyError, IndexError, ValueError):  # a translation asking for a field or case that is not there
        return str(error)
    return text[:1].upper() + text[1:]
