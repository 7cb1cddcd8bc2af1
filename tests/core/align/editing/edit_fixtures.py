"""Small real documents and alignments for the alignment-edit tests."""

from __future__ import annotations

import copy
import re

from reader.core.align import Alignment, Link, Origin
from reader.core.document import Document, Paragraph, Source, Span

RU = [
    "Путин подписал закон.",
    "Конвенция ООН направлена против киберпреступности. Её приняли в декабре. Россия предложила её в 2017 году.",
    "Министр сказал, что работа продолжится.",
    "В Ханое прошла церемония. На ней были представители 65 стран.",
    "Гуцан заявил о новых шагах.",
    "Документ вступит в силу после ратификации.",
    "Пресс-служба Кремля сообщила об этом в среду.",
    "Больше подробностей не приводится.",
]
EN = [
    "Putin signed the law.",
    "The UN convention targets cybercrime. It was adopted in December.",
    "Russia proposed it in 2017.",
    "The minister said work would go on.",
    "A ceremony was held in Hanoi. Delegates of 65 countries attended.",
    "Gutsan announced new steps.",
    "The document enters into force after ratification.",
    "The Kremlin press service said so on Wednesday.",
]


def make_document(language: str, texts: list[str]) -> Document:
    """A document with one paragraph per text and a sentence span per sentence."""
    paragraphs = []
    for i, text in enumerate(texts):
        spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]*", text) if m.group().strip()]
        spans = [Span(s.start + (len(text[s.start:s.end]) - len(text[s.start:s.end].lstrip())), s.end) for s in spans]
        paragraphs.append(Paragraph(index=i, text=text, normalized=text.lower(), sentences=spans))
    return Document(language=language, title=language, source=Source(None, "text"), paragraphs=paragraphs)


def documents() -> dict[str, Document]:
    """The small test pair."""
    return {"ru": make_document("ru", RU), "en": make_document("en", EN)}


def alignment() -> Alignment:
    """A plausible automatic alignment of the small pair, with one confirmed and one manual link."""
    return Alignment(links=[
        Link([0], [0], score=0.9),
        Link([1], [1, 2], score=0.8, origin=Origin.CONFIRMED),
        Link([2], [3], score=0.7),
        Link([3], [4], score=0.3),
        Link([4], [5], score=0.6, origin=Origin.MANUAL),
        Link([5], [6], score=0.9),
    ])


def state(alignment: Alignment):
    """A deep copy of everything an edit may change (compare two of them with ==)."""
    return copy.deepcopy((alignment.links, alignment.no_counterpart, alignment.units))


def push_checked(stack, command, alignment: Alignment, documents: dict[str, Document]):
    """Push ``command``; check the result is consistent and that undo and redo are exact; return the state."""
    from reader.core.align.validate import check_alignment

    before = state(alignment)
    stack.push(command)
    check_alignment(alignment, documents)
    after = state(alignment)
    stack.undo()
    assert state(alignment) == before
    stack.redo()
    assert state(alignment) == after
    return after


def sample_edits(alignment: Alignment, documents: dict[str, Document], stack) -> None:
    """One edit of each kind, pushed on ``stack``: split + part link, merge, no-counterpart mark, confirm."""
    from reader.core.align.editing.edit import Confirm, LinkParagraphs, MarkNoCounterpart, MergeWithNext, SplitParagraph
    from reader.core.align.units import Unit

    stack.push(SplitParagraph(alignment, documents, "ru", 1, 2))
    stack.push(LinkParagraphs(alignment, documents, ru=[Unit((1,), (2,))], en=[2]))
    stack.push(MergeWithNext(alignment, documents, "en", 6))
    stack.push(MarkNoCounterpart(alignment, documents, "ru", [7]))
    stack.push(Confirm(alignment, documents, [alignment.link_of("ru", 0)]))
