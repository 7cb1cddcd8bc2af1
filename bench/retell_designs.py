"""The designs of the retelling work side by side on the development set, per variant and half.

    python bench/retell_designs.py

- ``search``: the paragraph search alone (``follow_sentences`` off);
- ``sentence-first``: the links the sentence-first pass derives, on every pair;
- ``default``: what the aligner does (the choice of ``reader.core.align.engine.retell``);
- ``oracle``: per document the better of ``search`` and ``sentence-first`` by its own gold (edge hits
  minus misses and false edges, plus strict hits minus false links): a bound for any choice per
  document between the two, not a design.

Halves are those of ``bench/align_errors.py`` (CRC32 of the id).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_errors import DEV, scores_by_half

from reader.core.align import AlignContext, AlignOptions, align_documents
from reader.core.align.evaluation.gold import plain_document, read_set
from reader.core.align.evaluation.metrics import Scores
from reader.core.align.engine.sentence_first import align_by_sentences


def _links(alignment_links) -> list[dict]:
    return [{"ru": list(link.ru), "en": list(link.en)} for link in alignment_links]


def _merit(row: dict, links: list[dict]) -> int:
    scores = Scores.empty()
    scores.add(links, row["links"], len(row["ru"]))
    edge, strict = scores.edge, scores.strict
    return 2 * edge.hits - edge.predicted - edge.gold + 2 * strict.hits - strict.predicted


def main() -> int:
    rows = list(read_set(DEV))
    designs: dict[str, list[dict]] = {"search": [], "sentence-first": [], "default": [], "oracle": []}
    for row in rows:
        ru, en = plain_document(row["ru"], "ru"), plain_document(row["en"], "en")
        search = _links(align_documents(ru, en, AlignOptions(follow_sentences=False)).links)
        found = align_by_sentences(AlignContext.build(ru, en), list(range(len(ru.paragraphs))),
                                   list(range(len(en.paragraphs))))
        first = _links(found.links)
        designs["search"].append({"links": search})
        designs["sentence-first"].append({"links": first})
        designs["default"].append({"links": _links(align_documents(ru, en).links)})
        best = search if _merit(row, search) >= _merit(row, first) else first
        designs["oracle"].append({"links": best})
    print(f"{'design':<16}{'half':<6}{'variant':<12}{'edge':>7}{'strict':>8}{'null':>7}")
    for name, predictions in designs.items():
        for (half, variant), scores in sorted(scores_by_half(rows, predictions).items()):
            print(f"{name:<16}{half:<6}{variant:<12}{scores.edge.f1:>7.3f}{scores.strict.f1:>8.3f}{scores.null.f1:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
