"""Reading what a PDF page draws and carries, with pypdf."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Run:
    """A piece of text as drawn: its text and the position of its start (baseline)."""

    text: str
    x: float
    y: float


def text_runs(page) -> list[Run]:
    runs: list[Run] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            runs.append(Run(text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return runs


def page_annotations(page) -> list:
    return [a.get_object() for a in page.get("/Annots", [])]
