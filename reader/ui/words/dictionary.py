"""The dictionary card in the window: Tools ▸ Look Up Word (Ctrl+D) and Look Up in the context menu show the
card of a word in the Dictionary dock (its grammar, its senses with the one the counterpart uses first);
Copy Card and Add to Notes (a highlight of the word with its lemma and sense as the note, undoable)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from reader.core.project.annotations import Annotation
from reader.core.words.card import WordCard
from reader.core.words.lookup import card_of, note_text, vocabulary_entry
from reader.core.words.model import Status
from reader.core.words.vocabulary import VocabularyEntry
from reader.core.words.vocabulary_commands import NoteWord
from reader.ui.base.actions import adopt, build_action
from reader.ui.base.i18n import choose_language, translator
from reader.ui.words.answers import Answer
from reader.ui.words.card_panel import DictionaryPanel
from reader.ui.view.shell import Shell


tr = translator("Words")


class DictionaryController(QObject):
    """The Dictionary dock and its actions; ``words`` (the WordsController) says which word to look up."""

    def __init__(self, shell: Shell, words, annotations):
        """``words``: the WordsController; ``annotations``: the AnnotationController (notes from cards)."""
        super().__init__(shell.widget())
        self.shell = shell
        self.context = shell.context
        self.words = words
        self.annotations = annotations  # a card's word can become a note
        #: the card shown: the look-up it came from, the card and the vocabulary entry it makes
        self.card: tuple[Answer, WordCard, VocabularyEntry | None] | None = None
        self.panel = DictionaryPanel(shell.widget())
        shell.add_dock(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.copy_requested.connect(self.copy_card)
        self.panel.note_requested.connect(self.add_to_notes)
        look_up = build_action("look_up", shell.widget())
        look_up.triggered.connect(lambda _checked=False: self.look_up_current())
        shell.add_action(look_up)
        toggle = adopt("dictionary_panel", self.panel.toggleViewAction())
        self.actions: dict[str, QAction] = {"look_up": look_up, "dictionary_panel": toggle}
        self.context.pair_opened.connect(self._on_pair_opened)

    def _on_pair_opened(self) -> None:
        self.card = None
        self.panel.show_card(None)

    def look_up_current(self) -> WordCard | None:
        """Look up the word the word links point at (see ``WordsController.target``)."""
        answer = self.words.target()
        if answer is None:
            self.shell.show_message(tr("Click a word (or point at it) to look it up."), 5000)
            return None
        return self.look_up(answer)

    def look_up(self, answer: Answer) -> WordCard | None:
        """Show the card of the word of ``answer`` in the Dictionary dock and keep the word in the vocabulary."""
        linker = self.words.linker()
        if linker is None or answer.found.word is None or answer.found.status is Status.NO_WORD:
            return None
        card = card_of(answer.found)
        entry = vocabulary_entry(linker, answer.link, answer.found, card, translation=answer.translation)
        self.card = (answer, card, entry)
        word = answer.found.word
        why_not = tr("Words of a machine translation cannot carry notes.") if word.translation else ""
        self.panel.show_card(card, self.language(), can_note=not word.translation, why_not=why_not)
        if not self.panel.isVisible():  # the dock narrows the columns: keep the word in sight once they reflow
            self.panel.show()
            if not word.translation:
                view = self.shell.pair_view.view(word.side)
                QTimer.singleShot(0, lambda: view.scroll_to_paragraphs([word.paragraph]))
        self.panel.raise_()
        if entry is not None:
            self.words.vocabulary.add(entry)
        return card

    def language(self) -> str:
        return choose_language(self.context.settings.language or None)

    def copy_card(self) -> None:
        if self.card is not None:
            QApplication.clipboard().setText(self.card[1].text(self.language()))
            self.shell.show_message(tr("The card was copied."), 3000)

    def add_to_notes(self) -> Annotation | None:
        """Highlight the card's word with its lemma and sense as the note (undoable), keeping it as noted."""
        if self.card is None:
            return None
        answer, _card, entry = self.card
        word = answer.found.word
        if word is None or word.translation or entry is None:
            return None
        annotations = self.annotations
        annotation = Annotation(word.side, word.paragraph, word.start, word.end, color=annotations.color,
                                note=note_text(entry), quote=word.text)
        noted = dataclasses.replace(entry, kind="noted")
        self.context.commands.push(NoteWord(annotations.annotations, annotation, self.words.vocabulary.vocabulary, noted))
        self.shell.show_message(tr("Added to the notes: {note}").format(note=annotation.note), 5000)
        return annotation
