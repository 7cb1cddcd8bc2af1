"""The overview strip beside each column's scroll bar: a gap of a real pair marked, counted, clickable."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from reader.ui.files.loader import load_pair_files
from reader.ui.view.overview import GAP, WEAK, describe, stretches
from reader.core.links import LinkIndex
from reader.core.align import Alignment, Link
from reader.core.segment import make_document
from tests.small_book import en_body, ru_body, write_txt
from tests.ui.helpers import wait_aligned

LEFT_OUT = range(5, 13)  # part one, chapter II: paragraphs 5-12 of the translation replaced by other text


def book_with_a_gap(folder):
    """The small test book whose English text has eight paragraphs of part one, chapter II replaced by
    unrelated ones: neither side's paragraphs there have a counterpart."""
    ru, en = write_txt(folder, chapters=3, paragraphs=20)
    text = en.read_text(encoding="utf-8")
    for k in LEFT_OUT:
        text = text.replace(en_body(1, 2, k), f"Meanwhile, far away, ship number {k} sailed past the lighthouse while its keeper slept.")
    en.write_text(text, encoding="utf-8")
    return ru, en


def index_of(document, text: str) -> int:
    return next(p.index for p in document.paragraphs if p.text == text)


def test_the_strip_marks_a_gap_counts_it_and_a_click_goes_there(qtbot, window, tmp_path):
    pair = load_pair_files(*book_with_a_gap(tmp_path))
    pane = window.pair_view
    counts = []
    pane.gaps_changed.connect(counts.append)
    window.open_documents(pair)
    assert pane.gap_count() == -1  # links still coming
    wait_aligned(qtbot, window.context)
    assert pane.gap_count() == 1 and counts[-1] == 1
    ru_start = index_of(pair.ru, ru_body(1, 2, LEFT_OUT[0]))
    ru_view, en_view = pane.view("ru"), pane.view("en")
    gaps = [mark for mark in ru_view.overview.marks if mark.kind == GAP]
    assert [(m.start, m.stop) for m in gaps] == [(ru_start, ru_start + len(LEFT_OUT))]
    en_gaps = [mark for mark in en_view.overview.marks if mark.kind == GAP]
    assert len(en_gaps) == 1 and en_gaps[0].stop - en_gaps[0].start == len(LEFT_OUT)
    assert "8 paragraphs" in describe(gaps[0], "ru") and f"¶ {ru_start + 1}–" in describe(gaps[0], "ru")

    strip = ru_view.overview
    assert strip.isVisible() and strip.width() > 4
    assert strip.geometry().left() >= ru_view.viewport().geometry().right()  # beside the scroll bar, not on text
    rect = next(r for r, mark in strip.mark_rects() if mark.kind == GAP)
    image = strip.grab().toImage()
    assert image.pixelColor(int(rect.center().x()), int(rect.center().y())) == pane.colors.no_counterpart
    assert not ru_view.is_paragraph_visible(ru_start)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert pane.selected() == ("ru", ru_start)
    assert ru_view.is_paragraph_visible(ru_start)


def test_weak_links_are_marked_and_unfinished_alignments_mark_no_gap():
    ru = make_document([f"Абзац {i}." for i in range(6)], "ru")
    en = make_document([f"Paragraph {i}." for i in range(6)], "en")
    links = LinkIndex(Alignment([Link([0], [0], 0.9), Link([1], [1], 0.2), Link([2], [2], 0.3), Link([4], [4], 0.9)]))
    marks = stretches(ru, links, "ru", [], 0.6)
    assert [(m.kind, m.start, m.stop) for m in marks] == [(WEAK, 1, 3), ("unlinked", 3, 4), ("unlinked", 5, 6)]
    assert [(m.kind, m.start) for m in stretches(ru, links, "ru", [], 0.6, complete=False)] == [(WEAK, 1)]
    assert [(m.kind, m.start, m.stop) for m in stretches(en, links, "en", [], 0.6)] == [
        (WEAK, 1, 3), ("unlinked", 3, 4), ("unlinked", 5, 6)]  # the English column alike
