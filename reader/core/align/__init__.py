"""Paragraph (and sentence) alignment of a Russian document with an English one.

The public surface: ``align_documents`` and ``AlignOptions`` (with ``align_spans`` and ``AlignContext``
for re-aligning part of a pair; ``AlignParams``, every tuning value, is ``AlignOptions.params``), and the
alignment model (``Alignment``, ``Link`` …). How links are found lives in ``engine/``, hand edits in
``editing/``, measuring against gold links in ``evaluation/``.

The aligner's entry points are imported on first use, so that reading or drawing an alignment does not
load the engine (its tokenisers and lexicon code).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.align.engine.params import AlignParams
from reader.core.align.model import SIDES, Alignment, Differences, Link, Origin, SentenceLink, Units

if TYPE_CHECKING:
    from reader.core.align.aligner import AlignContext, AlignOptions, align_documents, align_spans

__all__ = ["SIDES", "AlignContext", "AlignOptions", "AlignParams", "Alignment", "Differences", "Link", "Origin",
           "SentenceLink", "Units", "align_documents", "align_spans"]

_ALIGNER = ("AlignContext", "AlignOptions", "align_documents", "align_spans")


def __getattr__(name: str) -> object:
    """The aligner's entry points, imported when first asked for."""
    if name in _ALIGNER:
        from reader.core.align import aligner
        return getattr(aligner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
