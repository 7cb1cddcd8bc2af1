"""Machine translations of Russian paragraphs as an aligner signal, end to end with the synthetic model."""

from __future__ import annotations

import pytest

from reader.core.align import AlignOptions, align_documents
from reader.core.cancel import Cancelled
from reader.core.document import Document, Kind, Paragraph, Source
from reader.core.mt.alignment import ru_translations


def _document(language, texts, kinds=None):
    kinds = kinds or [Kind.BODY] * len(texts)
    return Document(language, "t", Source(None, "text"),
                    [Paragraph(i, t, k, normalized=t) for i, (t, k) in enumerate(zip(texts, kinds, strict=True))])


RU = _document("ru", ["25 октября 2025", "Президент подписал конвенцию.", "Кошка читает книгу. Мы знаем."],
               [Kind.META, Kind.BODY, Kind.BODY])
EN = _document("en", ["The president signed the convention.", "The cat reads a book."])


def test_translations_of_alignable_paragraphs(installed_ru_en):
    translations = ru_translations(RU)
    assert sorted(translations) == [1, 2] and all(translations.values())
    assert sorted(ru_translations(RU, include_all_kinds=True)) == [0, 1, 2]
    progress = []
    assert ru_translations(RU, progress=lambda d, t: progress.append((d, t))) == translations
    assert progress == [(1, 2), (2, 2)]
    alignment = align_documents(RU, EN, AlignOptions(ru_translations=translations))
    assert alignment.links  # the aligner runs with the extra signal


def test_cancelled_raises(installed_ru_en):
    with pytest.raises(Cancelled):
        ru_translations(RU, cancelled=lambda: True)


def test_only_russian_documents(installed_ru_en):
    with pytest.raises(ValueError):
        ru_translations(EN)


def test_sample_pair_end_to_end(installed_ru_en, seed_paths):
    """The sample pair read from its files, translated with the synthetic model, aligned with the translations."""
    from reader.core.formats import load_document

    ru, en = (load_document(path) for path in seed_paths)
    translations = ru_translations(ru)
    assert sorted(translations) == ru.alignable_indices()
    alignment = align_documents(ru, en, AlignOptions(ru_translations=translations))
    assert alignment.links
    assert all(0 <= i < len(ru) for link in alignment.links for i in link.ru)
