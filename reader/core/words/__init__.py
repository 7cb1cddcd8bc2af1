"""Word by word: the counterpart of a word inside a link, dictionary cards, and the vocabulary a reader keeps.

- ``linker.WordLinker`` — which words of the other side render a word (computed per link on demand);
- ``card.word_card`` — a dictionary card for a Russian or English word (lemma, stress, grammar, senses);
- ``vocabulary.Vocabulary`` — the words a person looked up or noted, exported for Anki;
- ``lookup`` — what the window asks of a word under the pointer: its card, its vocabulary entry, its note.

Everything here is Qt-free; the window is a thin layer over it.
"""
