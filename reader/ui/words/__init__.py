"""Word by word in the window: counterpart words under the pointer and the word cursor, the dictionary
card, and the vocabulary (see :mod:`reader.ui.words.controller`; the logic is in ``reader.core.words``)."""
