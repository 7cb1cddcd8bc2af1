"""Undoable edits of the vocabulary (commands for the window's undo stack, see ``reader.core.commands``)."""

from __future__ import annotations

from reader.core.project.annotations import Annotation, AnnotationSet
from reader.core.words.vocabulary import Vocabulary, VocabularyEntry


class AddWord:
    """Add an entry to the vocabulary (a word looked up); undo removes it."""

    text = "Add word to vocabulary"

    def __init__(self, vocabulary: Vocabulary, entry: VocabularyEntry):
        self.vocabulary = vocabulary
        self.entry = entry

    def do(self) -> None:
        self.vocabulary.add(self.entry)

    def undo(self) -> None:
        self.vocabulary.remove(self.entry.id)


class RemoveWords:
    """Remove entries from the vocabulary; undo puts each back where it was."""

    def __init__(self, vocabulary: Vocabulary, entry_ids: list[str]):
        self.vocabulary = vocabulary
        self.entry_ids = list(entry_ids)
        self.removed: list[tuple[int, VocabularyEntry]] = []
        self.text = "Remove word from vocabulary" if len(self.entry_ids) == 1 else "Remove words from vocabulary"

    def do(self) -> None:
        self.removed = [found for found in (self.vocabulary.remove(i) for i in self.entry_ids) if found is not None]

    def undo(self) -> None:
        for index, entry in reversed(self.removed):
            self.vocabulary.insert(index, entry)


class NoteWord:
    """"Add to notes": a highlight of the word with its lemma and sense as the note, and the word in the
    vocabulary (as noted) unless it is there already; one edit, undone at once."""

    text = "Add word to notes"

    def __init__(self, annotations: AnnotationSet, annotation: Annotation, vocabulary: Vocabulary,
                 entry: VocabularyEntry):
        self.annotations = annotations
        self.annotation = annotation
        self.vocabulary = vocabulary
        self.entry = entry
        self.added = False

    def do(self) -> None:
        self.annotations.add(self.annotation)
        self.added = self.vocabulary.add(self.entry)

    def undo(self) -> None:
        if self.added:
            self.vocabulary.remove(self.entry.id)
        self.annotations.remove(self.annotation.id)


#: every ``text`` these commands can have (the window lists them for translation)
COMMAND_TEXTS = (AddWord.text, "Remove word from vocabulary", "Remove words from vocabulary", NoteWord.text)
