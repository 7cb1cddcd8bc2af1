"""Word tests build the word controllers over the small shell, as the window does: machine translation,
annotations, the vocabulary and the words (``shell.translation``, ``shell.annotations``, ``shell.words``)."""

from __future__ import annotations

import pytest


@pytest.fixture
def shell(shell):
    from reader.ui.annotations.controller import AnnotationController
    from reader.ui.translation.controller import TranslationController
    from reader.ui.words.controller import WordsController
    from reader.ui.words.vocabulary import VocabularyController

    shell.translation = TranslationController(shell)
    shell.annotations = AnnotationController(shell)
    shell.words = WordsController(shell, VocabularyController(shell), shell.annotations, shell.translation)
    return shell
