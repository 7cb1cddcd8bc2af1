"""Notes as plain text: quotes in guillemets, once, shortened at a word."""

from __future__ import annotations

from reader.core.export.plain import note_text, quoted
from reader.core.project.annotations import Annotation


def test_quote_in_guillemets_once():
    assert quoted("историческое событие") == "«историческое событие»"
    assert quoted("«непростую международную обстановку»") == "«непростую международную обстановку»"
    assert quoted("назвал «непростой» обстановку") == "«назвал „непростой“ обстановку»"
    assert quoted("  two\nlines ") == "«two lines»"


def test_long_quote_shortened_at_a_word():
    text = "Подписанная конвенция призвана противостоять противоправным действиям в цифровой сфере"
    short = quoted(text, 40)
    assert short.startswith("«Подписанная конвенция") and short.endswith("…»") and len(short) <= 43
    assert text.startswith(short[1:-2])  # whole words, nothing cut mid-word
    assert text[len(short) - 3] == " "
    assert quoted("a" * 100, 40) == "«" + "a" * 40 + "…»"  # no space: cut at the limit


def test_note_text_of_a_quoted_highlight():
    note = Annotation("ru", 3, 0, 10, note="Paraphrased", quote="«непростую»")
    assert note_text(note) == "[ru «непростую»] Paraphrased"
