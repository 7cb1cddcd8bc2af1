"""Paragraph numbers in the column margin: shown on request, painted where nothing else is, remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QKeySequence

from reader.core.document import Kind
from reader.core.segment import make_document
from reader.ui.view.column import MARK_OFFSET, PAD, ColumnView, Mark
from reader.core.session import ReadingSession
from reader.ui.base.theme import DARK, LIGHT

from ..helpers import fixed_aligner, make_pair_docs, sentences, wait_aligned


@pytest.fixture
def view(qtbot):
    widget = ColumnView("ru")
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    widget.show()
    qtbot.waitExposed(widget)
    kinds = [Kind.META if i == 2 else Kind.BODY for i in range(30)]
    widget.set_document(make_document(sentences("Абзац", 30), "ru", kinds=kinds))
    return widget


def render(view) -> QImage:
    return view.viewport().grab().toImage()


def ink(image: QImage, rect: QRect, background: QColor) -> list[QColor]:
    """The colours in ``rect`` of ``image`` that differ clearly from ``background``."""
    found = []
    for x in range(max(0, rect.left()), min(image.width(), rect.right() + 1)):
        for y in range(max(0, rect.top()), min(image.height(), rect.bottom() + 1)):
            color = image.pixelColor(x, y)
            if abs(color.lightness() - background.lightness()) > 40:
                found.append(color)
    return found


def margin_strip(view) -> QRect:
    """The part of the left margin left of the mark strip (where the numbers go), in viewport pixels."""
    left = int(view.paragraph_rect(0).left() - MARK_OFFSET)
    return QRect(0, 0, left, view.viewport().height())


def test_numbers_are_off_until_asked_for_and_then_label_every_shown_paragraph_on_screen(view):
    assert not view.shows_numbers() and view.number_labels() == []
    view.set_show_numbers(True)
    labels = view.number_labels()
    first, last = view.visible_range()
    assert [label.index for label in labels] == list(range(first, last + 1))
    assert [label.text for label in labels] == [str(i + 1) for i in range(first, last + 1)]  # counted from 1
    for label in labels:  # each on its paragraph's first line
        top = view.to_viewport_y(view.paragraph_rect(label.index).top())
        assert top <= label.rect.center().y() <= top + view.line_layout(label.index).lineAt(0).height()
    view.set_show_numbers(False)
    assert view.number_labels() == []


def test_numbers_are_painted_grey_in_the_margin_and_vanish_when_turned_off(view):
    background = view.viewport().palette().base().color()
    assert ink(render(view), margin_strip(view), background) == []
    view.set_show_numbers(True)
    painted = ink(render(view), margin_strip(view), background)
    assert len(painted) > 20
    grey = LIGHT.muted_text
    assert all(abs(c.red() - c.green()) < 12 and abs(c.green() - c.blue()) < 12 for c in painted)  # grey, no colour
    assert min(c.lightness() for c in painted) <= grey.lightness() + 30
    view.set_show_numbers(False)
    assert ink(render(view), margin_strip(view), background) == []


def test_numbers_stay_clear_of_marks_and_paragraph_backgrounds(view):
    view.set_marks({i: Mark(QColor("#e0603a"), "no counterpart") for i in range(10)})
    view.set_selected(4)
    view.set_show_numbers(True)
    for label in view.number_labels():
        text_left = view.paragraph_rect(label.index).left()
        assert label.rect.left() >= 0  # inside the column (never under the gutter or the window edge)
        assert label.rect.right() < text_left - MARK_OFFSET  # left of the mark strip
        assert label.rect.right() < text_left - PAD  # and of the selected paragraph's background
    image = render(view)
    background = view.viewport().palette().base().color()
    for label in view.number_labels():  # as painted: grey figures alone, no mark or background over them
        painted = ink(image, label.rect.toAlignedRect().adjusted(-2, 0, 2, 0), background)
        assert painted and all(abs(c.red() - c.blue()) < 12 for c in painted)


def test_meta_paragraphs_are_numbered_only_while_shown_and_machine_translations_never(view):
    view.set_extra_paragraph("mt:en:0", 0, "Machine text.", "Machine translation · test")
    view.set_show_numbers(True)
    assert [label.index for label in view.number_labels()][:4] == [0, 1, 2, 3]
    assert all(label.text == str(label.index + 1) for label in view.number_labels())  # a reader counts from 1
    assert len(view.number_labels()) == len({label.index for label in view.number_labels()})
    view.set_show_muted(False)
    assert [label.index for label in view.number_labels()][:3] == [0, 1, 3]


def test_the_margin_widens_to_fit_four_digit_numbers_and_only_the_visible_range_is_numbered(qtbot):
    view = ColumnView("en")
    qtbot.addWidget(view)
    view.resize(320, 400)  # narrow: the reading measure leaves the smallest margin
    view.show()
    view.set_document(make_document([f"Paragraph {i}." for i in range(2000)], "en"))
    narrow = view.paragraph_rect(0).left()
    view.set_show_numbers(True)
    assert view.paragraph_rect(0).left() > narrow
    view.scroll_to_paragraphs([1999])
    labels = view.number_labels()
    assert labels and labels[-1].text == "2000"  # the 2000th paragraph, index 1999
    assert len(labels) < 40  # painting looks at what is on screen, not at 2,000 paragraphs
    assert all(label.rect.left() >= 0 for label in labels)
    assert labels[-1].rect.right() < view.paragraph_rect(1999).left() - MARK_OFFSET


def test_numbers_are_readable_in_the_dark_theme(qtbot, view):
    from PySide6.QtWidgets import QApplication

    from reader.ui.base.theme import apply_theme

    app = QApplication.instance()
    try:
        view.set_colors(apply_theme(app, "dark"))
        view.set_show_numbers(True)
        qtbot.waitUntil(lambda: view.viewport().palette().base().color().lightness() < 80)
        background = view.viewport().palette().base().color()
        painted = ink(render(view), margin_strip(view), background)
        assert len(painted) > 20 and max(c.lightness() for c in painted) >= DARK.muted_text.lightness() - 30
    finally:
        view.set_colors(apply_theme(app, "system"))


def open_pair(qtbot, window):
    ru, en = make_pair_docs(meta_ru=(1,))
    window.context.aligner = fixed_aligner([])
    window.open_documents(ReadingSession(ru, en))
    wait_aligned(qtbot, window.context)


def test_view_menu_toggle_shows_numbers_in_both_columns_and_is_remembered(qtbot, window, context):
    from reader.ui.mainwindow import MainWindow

    action = window.action_map["paragraph_numbers"]
    assert action in window.menus["view"].actions() and action.isCheckable() and not action.isChecked()
    assert QKeySequence("Ctrl+Shift+P") in action.shortcuts()
    open_pair(qtbot, window)
    views = window.pair_view.views.values()
    assert all(view.number_labels() == [] for view in views)
    action.trigger()
    assert all(view.number_labels() for view in views)
    assert context.settings.show_numbers
    window.close()

    again = MainWindow(context)  # a new window, e.g. the next start
    qtbot.addWidget(again)
    again.resize(1300, 860)
    again.show()
    open_pair(qtbot, again)
    assert again.action_map["paragraph_numbers"].isChecked()
    assert all(view.number_labels() for view in again.pair_view.views.values())
    again.action_map["paragraph_numbers"].trigger()
    assert all(view.number_labels() == [] for view in again.pair_view.views.values())
    assert not context.settings.show_numbers
