"""Small documents and pairs for project and export tests (built in memory, no parsing involved)."""

from __future__ import annotations

import re

from reader.core.align import Alignment, Link, Origin
from reader.core.document import Document, Kind, Paragraph, Source, Span

RU = [
    "# Путин подписал конвенцию",
    "Президент России подписал закон о ратификации конвенции ООН против киберпреступности.",
    "Документ был принят Генеральной Ассамблеей в декабре 2024 года. Он открыт для подписания.",
    "Подписанная конвенция направлена на борьбу с преступлениями в информационной сфере.",
    "Этот абзац есть только в оригинале и не имеет пары.",
]
EN = [
    "# Putin signs the convention",
    "The Russian President signed a law ratifying the UN convention against cybercrime.",
    "The document was adopted by the General Assembly in December 2024.",
    "It is open for signature.",
    "The Convention is designed to fight crimes in the information sphere.",
]


def make_doc(texts: list[str], language: str, title: str = "", kinds: dict[int, Kind] | None = None) -> Document:
    """A document of ``texts``; a text starting with ``# `` is a level-1 heading (the marker is dropped)."""
    paragraphs = []
    for i, text in enumerate(texts):
        kind = Kind.BODY
        level = 0
        if text.startswith("# "):
            text, kind, level = text[2:], Kind.HEADING, 1
        if kinds and i in kinds:
            kind = kinds[i]
        spans = [Span(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]*", text) if m.group().strip()]
        paragraphs.append(Paragraph(index=i, text=text, kind=kind, normalized=text.lower(), sentences=spans,
                                    level=level))
    return Document(language=language, title=title or paragraphs[0].text, source=Source(None, "text"),
                    paragraphs=paragraphs)


def sample_pair() -> tuple[Document, Document, Alignment]:
    """A five-paragraph pair with a 1:2 link and a Russian paragraph without counterpart."""
    ru, en = make_doc(RU, "ru"), make_doc(EN, "en")
    alignment = Alignment(links=[Link([0], [0], 0.97), Link([1], [1], 0.91, Origin.CONFIRMED),
                                 Link([2], [2, 3], 0.85), Link([3], [4], 0.66, Origin.MANUAL)])
    return ru, en, alignment


def write_texts(folder, ru: list[str] = RU, en: list[str] = EN):
    """Write the texts as two .txt files (blank-line separated paragraphs); return their paths."""
    ru_path, en_path = folder / "pair.ru.txt", folder / "pair.en.txt"
    ru_path.write_text("\n\n".join(t.removeprefix("# ") for t in ru) + "\n", encoding="utf-8")
    en_path.write_text("\n\n".join(t.removeprefix("# ") for t in en) + "\n", encoding="utf-8")
    return ru_path, en_path
