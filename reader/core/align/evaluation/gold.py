"""Running the aligner over a set of gold pairs (the format of ``bench/data/align-dev.jsonl``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable, Iterator

from reader.core.align.aligner import AlignOptions, align_documents
from reader.core.align.evaluation.metrics import Scores
from reader.core.document import Document
from reader.core.errors import InputError


def plain_document(texts: list[str], language: str) -> Document:
    """A document whose paragraphs are exactly ``texts``, all body text, split into sentences."""
    from reader.core.segment import make_document

    return make_document(texts, language)


def read_set(path: Path) -> Iterator[dict]:
    """The pairs of a set file, checked for the keys the evaluation needs."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the set {path}: {error}") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not (isinstance(row["ru"], list) and isinstance(row["en"], list) and isinstance(row["links"], list)):
                raise TypeError("ru, en and links must be lists")
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path}, line {number}: not a pair with ru, en and links ({error})") from error
        yield row


@dataclass
class Report:
    """Scores per variant, predictions per pair, and the time taken."""

    scores: dict[str, Scores] = field(default_factory=dict)
    predictions: list[dict] = field(default_factory=list)
    seconds: float = 0.0


def evaluate(rows: list[dict], options: AlignOptions | None = None,
             progress: Callable[[int, int], None] | None = None) -> Report:
    """Align every pair and score it against its gold links."""
    import time

    report = Report()
    started = time.perf_counter()
    for done, row in enumerate(rows):
        ru, en = plain_document(row["ru"], "ru"), plain_document(row["en"], "en")
        alignment = align_documents(ru, en, options)
        links = [{"ru": link.ru, "en": link.en, "score": link.score} for link in alignment.sorted_links()]
        variant = row.get("variant", "all")
        report.scores.setdefault(variant, Scores.empty()).add(links, row["links"], len(row["ru"]))
        report.predictions.append({"id": row.get("id", str(done)), "variant": variant, "links": links})
        if progress:
            progress(done + 1, len(rows))
    report.seconds = time.perf_counter() - started
    return report
