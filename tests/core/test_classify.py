"""Tests for paragraph kinds, on the sample pair and on other web-capture shapes."""

from __future__ import annotations

import pytest

from reader.core.classify import classify_blocks
from reader.core.document import Kind
from reader.core.formats import load_document
from reader.core.formats.blocks import Block


def kinds(texts, language="en", plain=True):
    return [p.kind for p in classify_blocks([Block(t) for t in texts], language, plain=plain)]


def test_russian_seed(seed_paths):
    document = load_document(seed_paths[0])
    assert document.language == "ru"
    assert document.paragraphs[0].kind is Kind.META
    assert document.paragraphs[0].text == "date 2025-10-25"
    body = [p for p in document.paragraphs if p.kind is Kind.BODY]
    assert len(body) == 9 and len(document.paragraphs) == 10
    assert body[0].text.startswith("Президент России Владимир Путин назвал")


def test_english_seed(seed_paths):
    document = load_document(seed_paths[1])
    assert document.language == "en"
    main = [p for p in document.paragraphs if p.kind in (Kind.BODY, Kind.HEADING)]
    openings = [p.text[:20] for p in main]
    assert openings == ["Putin Calls Signing ", "The signing of the U", '"This historic event',
                        "Despite the difficul", '"The Convention is d']
    assert main[0].kind is Kind.HEADING
    assert main[2].text.endswith("signing ceremony.")  # the quote alone, not its merged capture
    stray = {p.text: p.kind for p in document.paragraphs if p.kind in (Kind.META, Kind.CAPTION)}
    assert stray == {"Sputnik International": Kind.META, "2025": Kind.META,
                     "08:26 GMT 25.10.2025": Kind.META, "Russian President Vladimir Putin": Kind.CAPTION}
    duplicates = [p for p in document.paragraphs if p.kind is Kind.DUPLICATE]
    assert len(duplicates) == 4
    for p in duplicates:
        assert document.paragraphs[p.duplicate_of].kind in (Kind.BODY, Kind.HEADING)
    # nothing of the source is lost
    raw = document.source.path
    with open(raw, encoding="utf-8") as f:
        lines = [line.strip() for line in f if line.strip()]
    assert [p.text for p in document.paragraphs] == lines


def test_caption_beside_metadata_without_verb():
    texts = ["Ministers Agree New Climate Deal", "10:30 GMT 12.05.2024", "German Chancellor Olaf Scholz",
             "The ministers agreed on a new deal on Friday after long talks in Berlin."]
    assert kinds(texts) == [Kind.HEADING, Kind.META, Kind.CAPTION, Kind.BODY]


def test_line_with_a_verb_is_not_a_caption():
    texts = ["Intro line of the article that is long enough.", "12.05.2024", "Scholz Meets Macron",
             "The two leaders met in Paris on Friday."]
    assert kinds(texts, plain=False)[2] is Kind.BODY


def test_russian_caption_uses_morphology():
    texts = ["Власти объявили о новых мерах поддержки бизнеса.", "12.05.2024",
             "Президент России Владимир Путин", "Путин подписал указ.", "12.05.2024",
             "Путин Подписал Новый Закон"]
    assert kinds(texts, "ru", plain=False) == [Kind.BODY, Kind.META, Kind.CAPTION, Kind.BODY, Kind.META,
                                               Kind.BODY]


def test_exact_and_contained_repeats():
    a = "The first paragraph has one sentence that is long. And a second sentence that is long too."
    b = "The first paragraph has one sentence that is long."
    texts = ["Headline Of The Story", a, "Another paragraph with its own words entirely.", b, a]
    result = classify_blocks([Block(t) for t in texts], "en", plain=True)
    assert [p.kind for p in result] == [Kind.HEADING, Kind.BODY, Kind.BODY, Kind.DUPLICATE, Kind.DUPLICATE]
    assert result[3].duplicate_of == 1 and result[4].duplicate_of == 1


def test_merged_capture_yields_to_its_parts():
    one = "The council approved the budget for next year after a long debate."
    two = "Critics said the plan ignored the needs of small towns and villages."
    texts = [one + " " + two, "Something else entirely happened in the city on that day.", one, two]
    result = classify_blocks([Block(t) for t in texts], "en")
    assert [p.kind for p in result][0] is Kind.DUPLICATE and result[0].duplicate_of == 2
    assert [p.kind for p in result][2:] == [Kind.BODY, Kind.BODY]


def test_short_repeats_are_not_duplicates():
    assert kinds(["A long first line of the body text.", "* * *", "Second body paragraph text.", "* * *"],
                 plain=False) == [Kind.BODY] * 4


def test_plain_headings():
    texts = ["Глава 1", "Это был тёплый вечер, и все сидели на веранде.", "ЧАСТЬ ВТОРАЯ",
             "Прошёл год."]
    assert kinds(texts, "ru") == [Kind.HEADING, Kind.BODY, Kind.HEADING, Kind.BODY]


def test_format_kinds_are_kept():
    blocks = [Block("Chapter One", level=1), Block("A figure", kind=Kind.CAPTION), Block("Body text here.")]
    result = classify_blocks(blocks, "en")
    assert [(p.kind, p.level) for p in result] == [(Kind.HEADING, 1), (Kind.CAPTION, 0), (Kind.BODY, 0)]


WIRE_CAPTURE = """Ukraine and Russia agree to new round of talks, Kremlin says
By Guy Faulconbridge
3 minute read
October 12, 2024 9:41 AM GMT+1 Updated 2 hours ago
Ukraine and Russia agree to new round of talks, Kremlin says
MOSCOW, Oct 12 (Reuters) - Russia and Ukraine agreed on Saturday to hold a new round of talks, the Kremlin said.
Kremlin spokesman Dmitry Peskov
"We are ready to continue," Peskov told reporters. He gave no date.
Reporting by Guy Faulconbridge; Editing by Alex Richardson
Share
"""

AGENCY_CAPTURE = """Минфин предложил повысить налог на прибыль банков

Экономика

12:45 14.10.2024 (обновлено: 13:02 14.10.2024)

Минфин предложил повысить налог на прибыль банков

© РИА Новости / Илья Питалев

Министр финансов России Антон Силуанов

МОСКВА, 14 окт — РИА Новости. Министерство финансов предложило повысить налог на прибыль для крупных банков.

Читайте также: Силуанов рассказал о бюджете

По словам министра, изменения вступят в силу в следующем году.
"""


@pytest.mark.parametrize("text, expected", [
    (WIRE_CAPTURE, "heading meta meta meta duplicate body caption body meta meta"),
    (AGENCY_CAPTURE, "heading meta meta duplicate meta caption body meta body"),
])
def test_other_web_captures(tmp_path, text, expected):
    path = tmp_path / "capture.txt"
    path.write_text(text, encoding="utf-8")
    assert " ".join(p.kind.value for p in load_document(path).paragraphs) == expected


def test_dialogue_lines_are_text():
    texts = ["THE BLUE CARBUNCLE", "I had called upon my friend on the second morning after Christmas.",
             '"Come in, Watson"', "\u2014 Кто там?", "Chapter II", "It was a cold night."]
    assert kinds(texts) == [Kind.HEADING, Kind.BODY, Kind.BODY, Kind.BODY, Kind.HEADING, Kind.BODY]


def test_a_repeat_far_from_what_it_repeats_is_not_a_duplicate():
    line = "The letter said that the estate would be sold before the winter came."
    filler = [f"Paragraph number {i} of the story goes on with its own words." for i in range(60)]
    found = kinds([line] + filler + [line])
    assert found[-1] is Kind.BODY
    assert kinds([line] + filler[:3] + [line])[-1] is Kind.DUPLICATE
