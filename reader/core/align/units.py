"""Alignment units: paragraphs as the aligner sees them after a person merged or split some.

A unit is either one whole paragraph, a group of consecutive paragraphs merged into one
(``Units.merged``), or one part of a split paragraph (``Units.split``), named by its sentences.
A link *holds* each of its paragraphs either whole or, for a split paragraph, some of its
sentences (``Link.ru_sentences``/``Link.en_sentences``); the helpers here read and build that.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from reader.core.align.model import Link, SentenceLink, Units
from reader.core.document import Document, Paragraph, Span
from reader.core.segment import normalize

#: what a link holds of one paragraph: ``None`` for the whole paragraph, else sentence indices
Held = frozenset[int] | None


@dataclass(frozen=True)
class Unit:
    """One alignment unit: whole paragraphs, or some sentences of one split paragraph."""

    paragraphs: tuple[int, ...]
    #: for a part of a split paragraph: its sentence indices; None for whole paragraphs
    sentences: tuple[int, ...] | None = None


def sentence_count(document: Document, index: int) -> int:
    """Number of sentences of paragraph ``index`` (a paragraph without sentence spans counts as one)."""
    return max(1, len(document.paragraphs[index].sentences))


def group_of(units: Units, index: int) -> list[int] | None:
    """The merged group holding paragraph ``index``, or None."""
    for group in units.merged:
        if group[0] <= index <= group[-1]:
            return group
    return None


def parts_of(units: Units, document: Document, index: int) -> list[tuple[int, ...]]:
    """The sentence indices of each part of paragraph ``index`` (one part if it is not split)."""
    count = sentence_count(document, index)
    bounds = [0, *units.split.get(index, []), count]
    return [tuple(range(a, b)) for a, b in pairwise(bounds)]


def units_in(units: Units, document: Document, indices: list[int]) -> list[Unit]:
    """The units of the sorted paragraph ``indices``, in reading order.

    A merged group becomes one unit (all its members are taken, even those not in ``indices``);
    a split paragraph becomes one unit per part.
    """
    result: list[Unit] = []
    seen_groups: set[int] = set()
    for index in indices:
        group = group_of(units, index)
        if group is not None:
            if group[0] not in seen_groups:
                seen_groups.add(group[0])
                result.append(Unit(tuple(group)))
        elif index in units.split:
            result.extend(Unit((index,), part) for part in parts_of(units, document, index))
        else:
            result.append(Unit((index,)))
    return result


def holdings(link: Link, side: str) -> dict[int, Held]:
    """Paragraph → what ``link`` holds of it on ``side``."""
    parts = link.side_sentences(side)
    return {i: (frozenset(parts[i]) if i in parts else None) for i in link.side(side)}


def unit_holdings(unit_list: list[Unit]) -> dict[int, Held]:
    """Paragraph → what a link made of ``unit_list`` holds of it (parts of one paragraph are joined)."""
    held: dict[int, Held] = {}
    for unit in unit_list:
        for index in unit.paragraphs:
            if unit.sentences is None:
                held[index] = None
            elif index not in held or held[index] is not None:
                held[index] = (held.get(index) or frozenset()) | frozenset(unit.sentences)
    return held


def set_side(link: Link, side: str, held: dict[int, Held], document: Document) -> None:
    """Make ``link`` hold exactly ``held`` on ``side`` (a part set covering all sentences is stored as whole)."""
    indices = sorted(held)
    parts: dict[int, list[int]] = {}
    for index in indices:
        sentences = held[index]
        if sentences is not None and len(sentences) < sentence_count(document, index):
            parts[index] = sorted(sentences)
    if side == "ru":
        link.ru, link.ru_sentences = indices, parts
    else:
        link.en, link.en_sentences = indices, parts


def subtract(held: Held, taken: Held, document: Document, index: int) -> Held | Literal[False]:
    """What is left of ``held`` (of paragraph ``index``) after ``taken`` is removed; False if nothing."""
    if taken is None:
        return False
    everything = frozenset(range(sentence_count(document, index)))
    left = (everything if held is None else held) - taken
    if not left:
        return False
    return None if left == everything else left


def keep_sentence_links(link: Link) -> None:
    """Drop the sentence links of ``link`` that point outside what it holds now."""
    def inside(side: str, items: list[tuple[int, int]]) -> bool:
        held = holdings(link, side)
        return bool(items) and all(p in held and ((kept := held[p]) is None or s in kept) for p, s in items)

    link.sentences = [s for s in link.sentences if inside("ru", s.ru) and inside("en", s.en)]


def unit_document(document: Document, unit_list: list[Unit]) -> Document:
    """A stand-in document whose paragraph ``k`` is the text of unit ``k`` (for the aligner)."""
    paragraphs = []
    for k, unit in enumerate(unit_list):
        text = ""
        spans: list[Span] = []
        for index in unit.paragraphs:
            paragraph = document.paragraphs[index]
            own = paragraph.sentences or [Span(0, len(paragraph.text))]
            chosen = [own[s] for s in unit.sentences] if unit.sentences is not None else own
            base = chosen[0].start
            if text:
                text += "\n"
            offset = len(text)
            text += paragraph.text[base:chosen[-1].end]
            spans.extend(Span(offset + s.start - base, offset + s.end - base) for s in chosen)
        first = document.paragraphs[unit.paragraphs[0]]
        paragraphs.append(Paragraph(index=k, text=text, kind=first.kind, normalized=normalize(text),
                                    sentences=spans, level=first.level))
    return Document(language=document.language, title=document.title, source=document.source,
                    paragraphs=paragraphs)


def unit_sentence(document: Document, unit: Unit, sentence: int) -> tuple[int, int]:
    """The real (paragraph, sentence) of sentence ``sentence`` of ``unit``'s stand-in paragraph."""
    if unit.sentences is not None:
        return unit.paragraphs[0], unit.sentences[sentence]
    for index in unit.paragraphs:
        count = sentence_count(document, index)
        if sentence < count:
            return index, sentence
        sentence -= count
    raise IndexError("sentence outside the unit")


def link_from_units(stand_in: Link, ru_units: list[Unit], en_units: list[Unit],
                    documents: dict[str, Document]) -> Link:
    """Turn a link between stand-in paragraphs (unit numbers) into a link between real paragraphs."""
    link = Link([], [], score=stand_in.score, origin=stand_in.origin, differences=stand_in.differences)
    chosen = {"ru": [ru_units[k] for k in stand_in.ru], "en": [en_units[k] for k in stand_in.en]}
    for side in ("ru", "en"):
        set_side(link, side, unit_holdings(chosen[side]), documents[side])
    table = {"ru": ru_units, "en": en_units}
    for pair in stand_in.sentences:
        link.sentences.append(SentenceLink(
            ru=[unit_sentence(documents["ru"], table["ru"][k], s) for k, s in pair.ru],
            en=[unit_sentence(documents["en"], table["en"][k], s) for k, s in pair.en]))
    return link
