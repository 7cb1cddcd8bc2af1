"""The reading pane: click → counterpart, 1:n groups, gaps, sentences, keyboard, scroll sync, swap."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from reader.core.align.model import Link, SentenceLink
from reader.core.session import ReadingSession

from ..helpers import click_paragraph, fixed_aligner, make_pair_docs, wait_aligned

# ru 0..11, en 0..9: ru 4 and ru 9 have no counterpart; en 3 covers ru 3 and ru 5 is a 1:2 link
LINKS = [Link([0], [0], 0.9), Link([1], [1], 0.9), Link([2], [2], 0.3), Link([3], [3], 0.9),
         Link([5], [4, 5], 0.8), Link([6, 7], [6], 0.8), Link([8], [7], 0.9), Link([10], [8], 0.9),
         Link([11], [9], 0.9)]


def open_docs(qtbot, window, links=LINKS, **kwargs):
    ru, en = make_pair_docs(**kwargs)
    window.context.aligner = fixed_aligner(links)
    window.context.set_pair(ReadingSession(ru, en))
    wait_aligned(qtbot, window.context)
    return window.pair_view


def backgrounds(view):
    """Paragraph index → the colour painted behind it."""
    return {i: view.paragraph_background(i).name() for i in range(view.paragraph_count())
            if view.paragraph_background(i) is not None}


def test_click_highlights_counterpart_group(qtbot, shell):
    pane = open_docs(qtbot, shell)
    click_paragraph(qtbot, pane.view("ru"), 5)
    assert pane.selected() == ("ru", 5)
    colors = pane.colors
    assert backgrounds(pane.view("ru")) == {5: colors.selected.name()}
    assert backgrounds(pane.view("en")) == {4: colors.counterpart.name(), 5: colors.counterpart.name()}
    en = pane.view("en")
    assert en.is_paragraph_visible(4)
    assert pane.gutter.selected is shell.context.links.link_of("ru", 5)
    rect = en.paragraph_rect(4)  # the colour is really painted behind the counterpart's text
    pixel = en.viewport().grab().toImage().pixelColor(int(rect.left()) - 2, int(en.to_viewport_y(rect.top()) + 2))
    assert pixel.name() == colors.counterpart.name()


def test_many_to_one_highlights_siblings(qtbot, shell):
    pane = open_docs(qtbot, shell)
    click_paragraph(qtbot, pane.view("en"), 6)
    assert backgrounds(pane.view("ru")) == {6: pane.colors.counterpart.name(), 7: pane.colors.counterpart.name()}
    click_paragraph(qtbot, pane.view("ru"), 7)
    assert backgrounds(pane.view("ru")) == {6: pane.colors.counterpart.name(), 7: pane.colors.selected.name()}
    assert backgrounds(pane.view("en")) == {6: pane.colors.counterpart.name()}


def test_far_counterpart_is_scrolled_into_view(qtbot, window):
    links = [Link([0], [9]), Link([11], [0])]
    pane = open_docs(qtbot, window, links, ru_count=12, en_count=40)
    window.set_scroll_sync(False)
    pane.view("en").verticalScrollBar().setValue(0)
    click_paragraph(qtbot, pane.view("ru"), 0)
    assert pane.view("en").is_paragraph_visible(9)


def test_paragraph_without_counterpart_is_marked(qtbot, shell):
    pane = open_docs(qtbot, shell)
    ru = pane.view("ru")
    assert set(ru.marks()) >= {4, 9}
    assert ru.marks()[4].color == pane.colors.no_counterpart
    assert "No counterpart in the English text" in ru.marks()[4].tooltip
    assert ru.marks()[2].color == pane.colors.weak  # score 0.3 is below the weak threshold
    click_paragraph(qtbot, ru, 4)
    assert pane.selected() == ("ru", 4)
    assert backgrounds(pane.view("en")) == {}
    assert pane.gutter.selected is None
    rect = ru.paragraph_rect(4)
    assert "No counterpart" in ru.tooltip_at(QPoint(int(rect.left() + 5), int(ru.to_viewport_y(rect.top()) + 5)))


def test_keyboard_moves_selection(qtbot, shell):
    pane = open_docs(qtbot, shell)
    ru = pane.view("ru")
    click_paragraph(qtbot, ru, 0)
    ru.setFocus()
    qtbot.keyClick(ru, Qt.Key.Key_Down)
    assert pane.selected() == ("ru", 1)
    qtbot.keyClick(ru, Qt.Key.Key_J)
    qtbot.keyClick(ru, Qt.Key.Key_J)
    assert pane.selected() == ("ru", 3)
    qtbot.keyClick(ru, Qt.Key.Key_K)
    assert pane.selected() == ("ru", 2)
    assert backgrounds(pane.view("en")) == {2: pane.colors.counterpart.name()}
    qtbot.keyClick(ru, Qt.Key.Key_End)
    assert pane.selected() == ("ru", 11)
    assert ru.is_paragraph_visible(11)
    qtbot.keyClick(ru, Qt.Key.Key_PageUp)
    assert pane.selected()[1] < 11
    qtbot.keyClick(ru, Qt.Key.Key_Home)
    assert pane.selected() == ("ru", 0)
    qtbot.keyClick(ru, Qt.Key.Key_Down)
    for _ in range(4):
        qtbot.keyClick(ru, Qt.Key.Key_J)
    assert pane.selected() == ("ru", 5)
    qtbot.keyClick(ru, Qt.Key.Key_Right)  # over to the counterpart (the first of two)
    assert pane.selected() == ("en", 4)
    en = pane.view("en")
    qtbot.keyClick(en, Qt.Key.Key_Right)  # already the right-hand column
    assert pane.selected() == ("en", 4)
    qtbot.keyClick(en, Qt.Key.Key_H)
    assert pane.selected() == ("ru", 5)


def test_sentence_click_highlights_counterpart_sentence(qtbot, shell):
    links = [Link([0], [0], sentences=[SentenceLink([(0, 0)], [(0, 1)]), SentenceLink([(0, 1)], [(0, 0)])])]
    pane = open_docs(qtbot, shell, links, ru_count=2, en_count=2)
    ru, en = pane.view("ru"), pane.view("en")
    document = shell.context.pair.ru
    second = document.paragraphs[0].sentences[1]
    pane.select("ru", 0, second.start + 1)
    [mine] = ru.highlights("sentence")
    assert (mine.start, mine.end) == (second.start, second.end)
    [theirs] = en.highlights("sentence")
    first_en = shell.context.pair.en.paragraphs[0].sentences[0]
    assert (theirs.paragraph, theirs.start, theirs.end) == (0, first_en.start, first_en.end)
    pane.select("ru", 0, -1)
    assert en.highlights("sentence") == []


def test_scroll_sync_on_and_off(qtbot, window):
    links = [Link([i], [i]) for i in range(60)]
    pane = open_docs(qtbot, window, links, ru_count=60, en_count=60)
    ru, en = pane.view("ru"), pane.view("en")
    window.set_scroll_sync(True)
    target = ru.paragraph_extent([30])[0]
    ru.verticalScrollBar().setValue(int(target))
    assert en.is_paragraph_visible(30)
    assert abs(en.paragraph_extent([30])[0] - en.verticalScrollBar().value() - (target - ru.verticalScrollBar().value())) < 60
    window.set_scroll_sync(False)
    assert window.context.settings.scroll_sync is False
    before = en.verticalScrollBar().value()
    ru.verticalScrollBar().setValue(0)
    assert en.verticalScrollBar().value() == before
    window.set_scroll_sync(True)  # turning it on brings the other side level again
    assert en.verticalScrollBar().value() < before


def test_scroll_sync_keeps_linked_groups_level_and_interpolates(qtbot, window):
    # two Russian paragraphs to each English one: the columns move at different speeds
    links = [Link([2 * i, 2 * i + 1], [i]) for i in range(30)]
    pane = open_docs(qtbot, window, links, ru_count=60, en_count=30)
    ru, en = pane.view("ru"), pane.view("en")
    window.set_scroll_sync(True)
    reference = ru.viewport().height() * pane.sync.reference
    top, bottom = ru.paragraph_extent([40, 41])
    en_top, en_bottom = en.paragraph_extent([20])
    assert abs((bottom - top) - (en_bottom - en_top)) > 40  # the groups differ in height
    for fraction in (0.0, 0.5, 0.9):
        ru.verticalScrollBar().setValue(int(top + fraction * (bottom - top) - reference))
        level = ru.verticalScrollBar().value() + reference  # the document line at the reference height
        ru_fraction = (level - top) / (bottom - top)
        en_level = en.verticalScrollBar().value() + reference
        assert abs((en_level - en_top) / (en_bottom - en_top) - ru_fraction) < 0.02
    en.verticalScrollBar().setValue(int(en.paragraph_extent([10])[0] - reference))  # the other way round
    assert abs(ru.verticalScrollBar().value() + reference - ru.paragraph_extent([20])[0]) <= 2


def test_swap_sides_moves_columns(qtbot, window):
    pane = open_docs(qtbot, window)
    splitter = pane.splitter
    assert splitter.widget(0) is pane.view("ru") and splitter.widget(2) is pane.view("en")
    window.action_map["swap_sides"].trigger()
    assert pane.left_side == "en"
    assert splitter.widget(0) is pane.view("en") and splitter.widget(2) is pane.view("ru")
    assert pane.gutter.left is pane.view("en")
    click_paragraph(qtbot, pane.view("en"), 4)
    assert backgrounds(pane.view("ru")) == {5: pane.colors.counterpart.name()}
    assert pane.gutter.band(pane.gutter.selected) is not None


def test_gutter_paints_only_visible_links(qtbot, shell):
    links = [Link([i], [i]) for i in range(80)]
    pane = open_docs(qtbot, shell, links, ru_count=80, en_count=80)
    visible = pane.gutter.visible_links()
    assert 0 < len(visible) < 40
    pane.view("ru").verticalScrollBar().setValue(pane.view("ru").verticalScrollBar().maximum())
    assert all(link.ru[0] > 20 for link in pane.gutter.visible_links())
    link = pane.gutter.visible_links()[-1]
    path = pane.gutter.band(link)
    assert pane.gutter.tooltip_for(link) == "Link confidence 100%, found automatically"
    pane.gutter.link_clicked.emit(pane.gutter.link_at(path.boundingRect().center()) or link)
    assert pane.selected()[0] == "ru"


def test_gutter_bands_are_shaded_by_confidence_and_cross_where_links_cross(qtbot, shell):
    links = [Link([0], [0], 0.95), Link([1], [3], 0.9), Link([3], [1], 0.9), Link([2], [2], 0.3)]
    pane = open_docs(qtbot, shell, links, ru_count=5, en_count=5)
    gutter = pane.gutter
    index = shell.context.links
    strong, weak = index.link_of("ru", 0), index.link_of("ru", 2)
    image = gutter.grab().toImage()
    background = gutter.palette().window().color()

    def fill_near_left_end(link):
        box = gutter.band(link).boundingRect()
        return image.pixelColor(4, int(box.top() + 12))

    def distance(a, b):
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())

    strong_fill, weak_fill = fill_near_left_end(strong), fill_near_left_end(weak)
    assert distance(strong_fill, background) > distance(weak_fill, background) > 0  # lighter when less sure
    colors = pane.colors
    assert abs(weak_fill.hsvHue() - colors.weak.hsvHue()) < 15  # and in the warning colour
    assert abs(strong_fill.hsvHue() - colors.band.hsvHue()) < 15
    crossing = [gutter.band(index.link_of("ru", 1)), gutter.band(index.link_of("ru", 3))]
    assert crossing[0].intersects(crossing[1])
    assert not gutter.band(strong).intersects(gutter.band(weak))


def test_hidden_meta_paragraphs(qtbot, window):
    pane = open_docs(qtbot, window, meta_ru=(4,))
    ru = pane.view("ru")
    assert ru.paragraph_rect(4).height() > 0
    window.set_show_meta(False)
    assert ru.paragraph_rect(4).height() == 0
    click_paragraph(qtbot, ru, 3)
    ru.setFocus()
    qtbot.keyClick(ru, Qt.Key.Key_Down)
    assert pane.selected() == ("ru", 5)  # the hidden paragraph is skipped
    window.set_show_meta(True)
    assert ru.paragraph_rect(4).height() > 0


def test_differences_are_marked_with_tooltips(qtbot, shell):
    from reader.core.align import Differences

    links = [Link([0], [0], differences=Differences(ru_only=["Абзац 0"], en_only=["sentence 3"]))]
    pane = open_docs(qtbot, shell, links, ru_count=3, en_count=3)
    ru, en = pane.view("ru"), pane.view("en")
    ru_marks = ru.highlights("differences")
    assert [(h.paragraph, h.start, h.end) for h in ru_marks][:1] == [(0, 0, 7)]
    assert ru_marks[0].tooltip == "Not in the English text: Абзац 0"
    [en_mark] = en.highlights("differences")
    text = shell.context.pair.en.paragraphs[0].text
    assert text[en_mark.start:en_mark.end] == "sentence 3"
    assert en_mark.tooltip == "Not in the Russian text: sentence 3"
    rect = en.paragraph_rect(0)
    line = en.line_layout(0).lineForTextPosition(en_mark.start)
    x = line.cursorToX(en_mark.start + 2)
    x = x[0] if isinstance(x, tuple) else x
    pos = QPoint(int(rect.left() + x), int(en.to_viewport_y(rect.top() + line.y()) + 4))
    assert "Not in the Russian text: sentence 3" in en.tooltip_at(pos)
