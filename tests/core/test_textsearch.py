"""Finding a query in a document and whole-word terms in a text."""

from __future__ import annotations

from reader.core.segment import make_document
from reader.core.textsearch import find_matches, locate_terms


def test_find_and_terms():
    en = make_document(["One.", "Two two.", "Three three three."], "en")
    assert [(m.paragraph, m.start) for m in find_matches(en, "en", "three")] == [(2, 0), (2, 6), (2, 12)]
    assert [m.start for m in find_matches(en, "en", "Three", case_sensitive=True)] == [0]
    assert locate_terms("In 2019 and 20190 Гуцан", ["2019", "гуцан"]) == [(3, 7, "2019"), (18, 23, "гуцан")]
    assert locate_terms("countries of the UN", ["un"]) == [(17, 19, "un")]
