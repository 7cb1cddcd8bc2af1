"""Entry point of the aligner: ``align_documents(ru, en) -> Alignment``.

PLACEHOLDER (to be replaced by the real aligner of the alignment issue): links alignable
paragraphs by relative position only, so the window can be built against the final API.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from reader.core.align.model import Alignment, Link
from reader.core.document import Document


@dataclass
class AlignOptions:
    """Settings of one alignment run."""

    #: also align meta/caption/duplicate paragraphs
    include_all_kinds: bool = False
    #: machine translations of Russian paragraphs into English (paragraph index → text), an extra signal
    ru_translations: dict[int, str] | None = None


def align_documents(ru: Document, en: Document, options: AlignOptions | None = None, *,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> Alignment:
    """Align two documents paragraph by paragraph."""
    ru_ids, en_ids = ru.alignable_indices(), en.alignable_indices()
    links = []
    for k, i in enumerate(ru_ids):
        if en_ids:
            j = en_ids[min(len(en_ids) - 1, k * len(en_ids) // max(1, len(ru_ids)))]
            if not links or links[-1].en != [j]:
                links.append(Link([i], [j], score=0.5))
            else:
                links[-1].ru.append(i)
    return Alignment(links=links)
