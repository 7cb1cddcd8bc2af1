"""Machine translations of a Russian document's paragraphs as an extra signal for the aligner.

``AlignOptions.ru_translations`` (reader.core.align.aligner) takes paragraph index → English text;
:func:`ru_translations` produces it with the installed ru→en package, through the cache.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.core.document import Document
from reader.core.mt.cache import TranslationCache
from reader.core.mt.service import translate_paragraphs

#: larger batches than for reading: throughput matters more here than seeing the first paragraph early
BATCH_SENTENCES = 128


def ru_translations(document: Document, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, *, include_all_kinds: bool = False,
                    cache: TranslationCache | None = None) -> dict[int, str]:
    """English translations of the document's alignable paragraphs (all paragraphs if ``include_all_kinds``).

    Raises TranslationError when the extra or a ru→en package is missing, Cancelled when cancelled.
    """
    if document.language != "ru":
        raise ValueError(f"expected a Russian document, got {document.language!r}")
    indices = ([p.index for p in document.paragraphs] if include_all_kinds
               else document.alignable_indices())
    by_index = {p.index: p for p in document.paragraphs}
    texts = [by_index[i].text for i in indices]
    results = translate_paragraphs(texts, "ru", "en", progress, cancelled, cache=cache,
                                   batch_sentences=BATCH_SENTENCES)
    return {i: r.text for i, r in zip(indices, results, strict=True) if r.text}
