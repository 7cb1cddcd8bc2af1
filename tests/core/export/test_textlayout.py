"""Line breaking with offsets: every word kept in order, lines fit, x positions match the font metrics."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from reader.core.export.fonts import REGULAR, register_fonts
from reader.core.export.textlayout import Measure, break_lines, marker_position, visible, x_offset

register_fonts()
MEASURE = Measure(REGULAR, 9.5)
WORDS = st.text(alphabet="абвгдежзийклмнопрстуфхцчшщыэюяABCDEFabcdef0123456789.,«»-\xad", min_size=1, max_size=40)
TEXTS = st.lists(st.tuples(WORDS, st.sampled_from([" ", "  ", "\n", "\t "])), max_size=60).map(
    lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, width=st.floats(min_value=20, max_value=300))
def test_lines_keep_every_word_in_order_and_fit(text, width):
    lines = break_lines(text, width, MEASURE)
    words = re.findall(r"\S+", text)
    if all(MEASURE(w) <= width for w in words):
        # every line starts at a word or right after a (soft) hyphen inside a word
        assert all(line.start == 0 or text[line.start - 1].isspace() or
                   (text[line.start - 1] in "-\xad" and text[line.start - 3:line.start - 1].isalnum())
                   for line in lines)
    # over-long words are cut; either way every character comes out once, in order
    assert "".join("".join(line.text.split()) for line in lines) == "".join(text.split())
    previous_end = 0
    for line in lines:
        assert line.start >= previous_end and line.end >= line.start
        assert line.text == re.sub(r"\s", " ", text[line.start:line.end])
        assert MEASURE(line.text) <= width + 0.01 or len(line.text.split()) <= 1
        previous_end = line.end


def test_markers_take_room_and_shift_later_text():
    text = "Президент России подписал закон"
    at = marker_position(text, 5)  # inside "Президент": the marker goes after the word
    assert at == len("Президент")
    (line,) = break_lines(text, 500, MEASURE, [(at, "1")], Measure(REGULAR, 9.5 * 0.62))
    (marker,) = line.markers
    start = text.index("России")
    assert x_offset(line, start, MEASURE, after_marker=True) == stringWidth(text[:start], REGULAR, 9.5) + marker.width
    assert x_offset(line, at, MEASURE, after_marker=False) == stringWidth("Президент", REGULAR, 9.5)
    assert x_offset(line, at, MEASURE, after_marker=True) == stringWidth("Президент", REGULAR, 9.5) + marker.width


def test_marker_position_skips_trailing_space_and_empty_text():
    assert marker_position("abc def ", 4) == 3
    assert marker_position("abc def", 7) == 7
    assert marker_position("", 0) == 0


def test_compound_words_break_after_their_hyphen():
    text = "о противодействии использованию информационно-коммуникационных технологий IT-преступлений"
    width = MEASURE("о противодействии использованию информационно-") + 1
    lines = [line.text for line in break_lines(text, width, MEASURE)]
    assert lines[0] == "о противодействии использованию информационно-"
    assert lines[1].startswith("коммуникационных")
    # a hyphen with fewer than two letters on a side does not break: "e-mail", "-5"
    narrow = MEASURE("send e-") + 1
    assert [line.text for line in break_lines("send e-mail", narrow, MEASURE)] == ["send", "e-mail"]


def test_soft_hyphens_are_invisible_except_at_a_break():
    text = "Это инфор\xadмация о конвен\xadции, и она до\xadстаточно длинная."
    (whole,) = break_lines(text, 1000, MEASURE)
    assert whole.shown == "Это информация о конвенции, и она достаточно длинная."
    assert MEASURE(whole.text) == stringWidth(whole.shown, REGULAR, 9.5)
    start = text.index("мация")
    assert x_offset(whole, start, MEASURE, after_marker=True) == stringWidth("Это инфор", REGULAR, 9.5)
    narrow = break_lines(text, MEASURE("Это информация о конвенции, и она до-") + 0.5, MEASURE)
    assert [line.shown for line in narrow] == ["Это информация о конвенции, и она до-", "статочно длинная."]
    assert visible("до\xad", line_end=False) == "до"
