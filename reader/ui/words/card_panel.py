"""The dictionary dock: the card of the word looked up, with Copy and Add to Notes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from reader.core.words.card import SHOWN_SENSES, WordCard
from reader.ui.base.i18n import translator


tr = translator("DictionaryPanel")


def _labels() -> dict[str, str]:
    return {"or": tr("or"), "guess": tr("guessed from its ending"), "missing": tr("Not in the dictionary."),
            "used": tr("used here"), "more": tr("and {n} more"), "russian": tr("Russian"),
            "counterpart": tr("Counterpart")}


def card_html(card: WordCard, language: str = "en") -> str:
    """The card as rich text for the panel (labels in the interface ``language``)."""
    data = card.to_dict()
    labels = {k: escape(v) for k, v in _labels().items()}
    out = [f"<h2>{escape(card.word)}</h2>"]
    if card.language == "ru":
        for reading in data["readings"]:
            forms = f" {labels['or']} ".join(reading["forms"][language])
            head = f"<b>{escape(reading['heading'][language])}</b>"
            if forms:
                head += f" — {escape(forms)}"
            if reading["guessed"]:
                head += f" <i>({labels['guess']})</i>"
            out.append(f"<p>{head}</p>")
            if not reading["senses"]:
                out.append(f"<p><i>{labels['missing']}</i></p>")
                continue
            items = []
            for sense in reading["senses"][:SHOWN_SENSES]:
                text = escape(sense["headword"])
                if sense["pos"]:
                    text += f" <span style='color:#777'>({escape(sense['pos'])})</span>"
                if sense["synonyms"]:
                    text += f": {escape(', '.join(sense['synonyms']))}"
                if sense["used"]:
                    text = f"<b>{text}</b> ← {labels['used']}"
                items.append(f"<li>{text}</li>")
            more = len(reading["senses"]) - SHOWN_SENSES
            out.append(f"<ol>{''.join(items)}</ol>")
            if more > 0:
                out.append(f"<p><i>{labels['more'].format(n=more)}</i></p>")
    else:
        if card.headword is None:
            out.append(f"<p><i>{labels['missing']}</i></p>")
        else:
            if card.headword != card.word.lower():
                out.append(f"<p><b>{escape(card.headword)}</b></p>")
            pos, items = None, []
            for t in data["translations"]:
                if t["pos"] != pos:
                    if items:
                        out.append(f"<ul>{''.join(items)}</ul>")
                        items = []
                    pos = t["pos"]
                    out.append(f"<p>{escape(pos) if pos else labels['russian']}:</p>")
                text = escape(t["text"])
                used = f" ← {labels['used']}" if t["used"] else ""
                items.append(f"<li><b>{text}</b>{used}</li>" if used else f"<li>{text}</li>")
            if items:
                out.append(f"<ul>{''.join(items)}</ul>")
    if card.counterpart:
        out.append(f"<p>{labels['counterpart']}: <b>{escape(' '.join(card.counterpart))}</b></p>")
    return "".join(out)


class DictionaryPanel(QDockWidget):
    """A dock showing one word's dictionary card; it asks the controller to copy it or note the word."""

    copy_requested = Signal()
    note_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(tr("Dictionary"), parent)
        self.setObjectName("dictionary_dock")
        self.setMinimumWidth(260)
        self.browser = QTextBrowser()
        self.browser.setObjectName("dictionary_card")
        self.browser.setOpenLinks(False)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.copy_button = QPushButton(tr("&Copy Card"))
        self.note_button = QPushButton(tr("Add to &Notes"))
        self.copy_button.clicked.connect(self.copy_requested)
        self.note_button.clicked.connect(self.note_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.note_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.show_card(None)

    def show_card(self, card: WordCard | None, language: str = "en", *, can_note: bool = True,
                  why_not: str = "") -> None:
        """Show ``card`` (None: the hint how to look a word up)."""
        if card is None:
            hint = tr("Click a word and press Ctrl+D, or choose Look Up in its context menu, to see its card.")
            self.browser.setHtml(f"<p><i>{escape(hint)}</i></p>")
        else:
            self.browser.setHtml(card_html(card, language))
        self.copy_button.setEnabled(card is not None)
        self.note_button.setEnabled(card is not None and can_note)
        self.note_button.setToolTip(why_not if card is not None and not can_note else
                                    tr("Highlight the word with its lemma and sense as the note, and keep it in "
                                       "the vocabulary"))
        self.hint.setText(why_not if card is not None and not can_note else "")
        self.hint.setVisible(bool(self.hint.text()))
