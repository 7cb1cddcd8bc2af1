"""Sentence links inside a paragraph link, and the differences of a link."""

from reader.core.align.aligner import align_documents
from reader.core.segment import make_document


def test_sentences_follow_their_translations():
    ru = make_document(["Путин прилетел в Ханой. Погода была дождливой. Макрон остался в Париже."], "ru")
    en = make_document(["Putin arrived in Hanoi. Macron stayed in Paris."], "en")
    (link,) = align_documents(ru, en).links
    pairs = [(s.ru, s.en) for s in link.sentences]
    assert ([(0, 0)], [(0, 0)]) in pairs
    assert ([(0, 2)], [(0, 1)]) in pairs
    assert all((0, 1) not in s.ru for s in link.sentences)  # the weather has no counterpart


def test_differences_report_numbers_dates_and_names():
    ru = make_document(["Генпрокурор Александр Гуцан подписал конвенцию в Ханое 25 октября, "
                        "под ней стоят подписи 65 государств."], "ru")
    en = make_document(["Alexander Gutsan signed the convention in Hanoi on October 26, "
                        "and 72 states have signed it."], "en")
    (link,) = align_documents(ru, en).links
    assert "65" in link.differences.ru_only and "72" in link.differences.en_only
    assert "25 октября" in link.differences.ru_only and "October 26" in link.differences.en_only
    assert not {"Гуцан", "Ханое", "Александр"} & set(link.differences.ru_only)


def test_differences_report_a_missing_name():
    ru = make_document(["Министр Сергей Лавров встретился с коллегами в Женеве и обсудил кризис."], "ru")
    en = make_document(["The minister met colleagues in Geneva and discussed the crisis."], "en")
    (link,) = align_documents(ru, en).links
    assert "Лавров" in link.differences.ru_only
