"""Fixing links by hand in the window: by selection, by drag across the gutter, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from reader.core.align import Link, Origin
from reader.core.align.validate import check_alignment
from reader.core.session import ReadingSession

from ..helpers import click_paragraph, fixed_aligner, make_pair_docs, wait_aligned

LINKS = [Link([0], [0], 0.9), Link([1], [1], 0.8), Link([2, 3], [2], 0.4), Link([4], [3], 0.7),
         Link([5], [4], 0.3), Link([6], [5], 0.9), Link([8], [7], 0.5), Link([9], [8], 0.95)]


def open_known_pair(qtbot, context) -> None:
    """A 12 × 10 paragraph pair with a known alignment, aligned."""
    ru, en = make_pair_docs(12, 10)
    context.aligner = fixed_aligner(LINKS)
    context.set_pair(ReadingSession(ru, en))
    wait_aligned(qtbot, context)


@pytest.fixture
def editor(qtbot, shell):
    """A LinkEditor over a small shell (not the whole window) on the known pair."""
    from reader.ui.linking.editing import LinkEditor

    editor = LinkEditor(shell)
    open_known_pair(qtbot, shell.context)
    return editor


@pytest.fixture
def window_editor(qtbot, window):
    """The whole window on the known pair; returns its LinkEditor (for the window's own actions)."""
    open_known_pair(qtbot, window.context)
    return window.link_editor


def pairs(context) -> list:
    return sorted((link.ru, link.en, link.origin.value) for link in context.alignment.links)


def point_in(view, index: int, dx: int = 12) -> QPoint:
    """A viewport point inside the first line of paragraph ``index`` (scrolled into view)."""
    view.scroll_to_paragraphs([index])
    rect = view.paragraph_rect(index)
    return QPoint(int(rect.left() + dx), int(view.to_viewport_y(rect.top()) + 6))


def test_link_by_selection_then_undo_and_redo(qtbot, window, window_editor):
    context = window.context
    before = pairs(context)
    click_paragraph(qtbot, window.pair_view.view("ru"), 7)
    click_paragraph(qtbot, window.pair_view.view("en"), 6)
    window_editor.actions["link"].trigger()
    assert ([7], [6], "manual") in pairs(context)
    assert context.links.counterparts("ru", 7) == [6]  # the window's look-ups follow
    assert window.pair_view.gutter.links.link_of("en", 6).origin == Origin.MANUAL
    check_alignment(context.alignment, context.documents())
    after = pairs(context)
    assert window.action_map["undo"].isEnabled() and "Link" in window.action_map["undo"].text()
    window.action_map["undo"].trigger()
    assert pairs(context) == before
    window.action_map["redo"].trigger()
    assert pairs(context) == after


def test_marking_with_ctrl_and_shift_click_links_several_paragraphs(qtbot, shell, editor):
    ru_view, en_view = shell.pair_view.view("ru"), shell.pair_view.view("en")
    qtbot.mouseClick(ru_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     point_in(ru_view, 9))
    qtbot.mouseClick(ru_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     point_in(ru_view, 11))
    assert editor.marks["ru"] == {9, 10, 11}
    assert len(ru_view.highlights("link_marks")) == 3
    click_paragraph(qtbot, en_view, 9)
    en_view.setFocus()
    qtbot.keyClick(en_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    assert ([9, 10, 11], [9], "manual") in pairs(shell.context)
    assert ([8], [7], "auto") in pairs(shell.context)
    assert editor.marks["ru"] == set() and not ru_view.highlights("link_marks")


def test_link_by_drag_across_the_gutter(qtbot, shell, editor):
    view_ru, view_en, gutter = shell.pair_view.view("ru"), shell.pair_view.view("en"), shell.pair_view.gutter
    start = point_in(view_ru, 7)
    target = view_ru.viewport().mapFromGlobal(view_en.viewport().mapToGlobal(point_in(view_en, 9)))
    over_gutter = view_ru.viewport().mapFromGlobal(gutter.mapToGlobal(QPoint(gutter.width() // 2, 40)))
    viewport = view_ru.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(20, 0))
    qtbot.mouseMove(viewport, over_gutter)
    assert editor.gestures.dragging and editor.gestures.line.isVisible()
    qtbot.mouseMove(viewport, target)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=target)  # the press grabs the mouse
    assert not editor.gestures.line.isVisible()
    assert ([7], [9], "manual") in pairs(shell.context)
    assert ([9], [8], "auto") in pairs(shell.context)  # en 9 was free; other links untouched
    assert not view_ru.textCursor().hasSelection()
    shell.context.commands.undo()
    assert ([7], [9], "manual") not in pairs(shell.context)


def test_a_plain_text_selection_is_not_a_link_drag(qtbot, shell, editor):
    view = shell.pair_view.view("ru")
    before = pairs(shell.context)
    start = point_in(view, 4)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(60, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(60, 0))
    assert not editor.gestures.dragging
    assert pairs(shell.context) == before


def test_unlink_confirm_and_no_counterpart(qtbot, shell, editor):
    context = shell.context
    view = shell.pair_view.view("ru")
    click_paragraph(qtbot, view, 5)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ([5], [4], "confirmed") in pairs(context)
    assert editor.actions["confirm"].text().replace("&", "") == "Unconfirm Link"
    editor.actions["unlink"].trigger()
    assert context.links.link_of("ru", 5) is None
    editor.actions["no_counterpart"].trigger()
    assert context.alignment.no_counterpart["ru"] == {5}
    assert "no counterpart" in view.tooltip_at(point_in(view, 5))
    for _ in range(3):
        shell.context.commands.undo()
    assert pairs(context) == sorted((link.ru, link.en, link.origin.value) for link in LINKS)
    assert context.alignment.no_counterpart["ru"] == set()


def test_merge_and_split_from_the_window(qtbot, shell, editor):
    context = shell.context
    view = shell.pair_view.view("ru")
    click_paragraph(qtbot, view, 6)
    editor.actions["merge"].trigger()
    assert context.alignment.units["ru"].merged == [[6, 7]]
    assert ([6, 7], [5], "auto") in pairs(context)
    assert editor.actions["unmerge"].isEnabled()
    paragraph = context.documents()["ru"].paragraphs[10]
    second = paragraph.sentences[2]
    view.scroll_to_paragraphs([10])
    rect = view.paragraph_rect(10)
    cursor = view.textCursor()
    cursor.setPosition(view.block(10).position() + second.start + 2)
    pos = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert shell.pair_view.selected() == ("ru", 10) and rect.height() > 0
    editor.actions["split"].trigger()
    assert context.alignment.units["ru"].split == {10: [2]}
    click_paragraph(qtbot, shell.pair_view.view("en"), 9)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    editor.actions["link"].trigger()  # links the clicked part only
    assert any(link.ru == [10] and link.ru_sentences == {10: [2, 3]} for link in context.alignment.links)
    check_alignment(context.alignment, context.documents())
    while context.commands.can_undo():
        context.commands.undo()
    assert context.alignment.units["ru"].merged == [] and context.alignment.units["ru"].split == {}


def test_split_from_the_keyboard_asks_for_the_sentence(qtbot, shell, editor):
    context, view = shell.context, shell.pair_view.view("ru")
    asked = []

    def choose_third(parent, paragraph, already):
        asked.append((paragraph.index, list(already)))
        return 2

    editor.ask_split_sentence = choose_third
    click_paragraph(qtbot, view, 0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_J)  # no sentence clicked in paragraph 1
    assert shell.pair_view.selected() == ("ru", 1)
    qtbot.keyClick(view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [(1, [])]
    assert context.alignment.units["ru"].split == {1: [2]}
    assert "before sentence(s) 3" in view.tooltip_at(point_in(view, 1))  # numbered as the dialog numbers them
    editor.actions["split"].trigger()  # the same place again: refused, the sentence numbered the same way
    assert shell.statusBar().currentMessage() == "Russian paragraph 1 is already split before sentence 3."
    editor.ask_split_sentence = lambda parent, paragraph, already: None  # cancelled: nothing changes
    editor.actions["split"].trigger()
    assert context.alignment.units["ru"].split == {1: [2]} and context.commands.undo_text() == "Split paragraph"


def test_the_context_menu_acts_on_the_sentence_right_clicked(qtbot, shell, editor, monkeypatch):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    context, view = shell.context, shell.pair_view.view("ru")
    monkeypatch.setattr(view, "popup_menu", lambda menu, global_pos: None)
    click_paragraph(qtbot, view, 10)  # selected by a click in its first sentence
    cursor = view.textCursor()
    cursor.setPosition(view.block(10).position() + context.documents()["ru"].paragraphs[10].sentences[2].start + 1)
    third = view.cursorRect(cursor).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, third,
                                                              view.viewport().mapToGlobal(third)))
    editor.actions["split"].trigger()  # as chosen from that menu
    assert context.alignment.units["ru"].split == {10: [2]}


def test_split_dialog_lists_the_sentences_that_can_begin_a_part(qtbot):
    from reader.core.segment import make_document
    from reader.ui.linking.split_dialog import SplitDialog

    text = "First one. Second one is here. " + "A third sentence that goes on and on " * 6 + "to the end. Last."
    [paragraph] = make_document([text], "ru").paragraphs
    assert len(paragraph.sentences) == 4
    dialog = SplitDialog(paragraph, already=[1])
    qtbot.addWidget(dialog)
    items = [dialog.sentences.item(row) for row in range(dialog.sentences.count())]
    assert [item.text()[:3] for item in items] == ["2. ", "3. ", "4. "]
    assert items[0].text() == "2. Second one is here."
    assert items[1].text().endswith("…") and len(items[1].text()) < 170
    assert not items[0].flags() & Qt.ItemFlag.ItemIsEnabled  # already split there
    assert dialog.sentence() == 2  # the first free place is proposed
    dialog.sentences.setCurrentRow(2)
    assert dialog.sentence() == 3


def test_refused_edit_is_explained_in_the_status_bar(qtbot, shell, editor):
    click_paragraph(qtbot, shell.pair_view.view("ru"), 11)
    editor.actions["merge"].trigger()
    assert "last one" in shell.statusBar().currentMessage()
    assert not shell.context.commands.can_undo()


def test_next_unconfirmed_weak_link_skips_confirmed_ones(qtbot, shell, editor):
    assert shell.context.settings.weak_threshold == 0.6
    click_paragraph(qtbot, shell.pair_view.view("ru"), 0)
    editor.actions["next_unconfirmed"].trigger()
    assert shell.pair_view.selected() == ("ru", 2)
    editor.actions["confirm"].trigger()
    editor.actions["next_unconfirmed"].trigger()
    assert shell.pair_view.selected() == ("ru", 5)
    editor.actions["next_unconfirmed"].trigger()
    assert shell.pair_view.selected() == ("ru", 8)
    editor.actions["next_unconfirmed"].trigger()
    assert shell.pair_view.selected() == ("ru", 5)  # wraps; ru 2 is confirmed now


def test_realign_from_here_keeps_hand_links_and_undoes(qtbot, shell, editor):
    context = shell.context
    click_paragraph(qtbot, shell.pair_view.view("ru"), 4)
    click_paragraph(qtbot, shell.pair_view.view("en"), 6)
    editor.actions["link"].trigger()
    manual = context.alignment.link_of("ru", 4)
    before = pairs(context)
    click_paragraph(qtbot, shell.pair_view.view("ru"), 2)
    editor.actions["realign_here"].trigger()
    qtbot.waitUntil(lambda: not editor.busy(), timeout=30000)
    assert context.commands.undo_text() == "Re-align"
    assert any(link is manual for link in context.alignment.links)
    assert ([0], [0], "auto") in pairs(context) and ([1], [1], "auto") in pairs(context)  # before the window
    check_alignment(context.alignment, context.documents())
    shell.context.commands.undo()
    assert pairs(context) == before


def test_realign_a_marked_range_keeps_what_lies_outside_and_the_hand_links_inside(qtbot, shell, editor):
    context = shell.context
    ru_view, en_view = shell.pair_view.view("ru"), shell.pair_view.view("en")
    click_paragraph(qtbot, en_view, 6)
    click_paragraph(qtbot, ru_view, 5)
    editor.actions["link"].trigger()  # ru 5 ↔ en 6 by hand, inside the range
    manual = context.alignment.link_of("ru", 5)
    outside = [link for link in context.alignment.links if link.ru[-1] < 4 or link.ru[0] > 7]
    automatic_inside = context.alignment.link_of("ru", 4)
    before = pairs(context)
    qtbot.mouseClick(ru_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     point_in(ru_view, 4))
    qtbot.mouseClick(ru_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     point_in(ru_view, 7))
    assert editor.marks["ru"] == {4, 5, 6, 7}
    editor.actions["realign_marked"].trigger()
    qtbot.waitUntil(lambda: not editor.busy(), timeout=30000)
    assert context.commands.undo_text() == "Re-align"
    assert editor.marks["ru"] == set() and not ru_view.highlights("link_marks")
    assert any(link is manual for link in context.alignment.links)
    assert all(any(link is kept for link in context.alignment.links) for kept in outside)
    assert all(link is not automatic_inside for link in context.alignment.links)  # aligned afresh
    check_alignment(context.alignment, context.documents())
    shell.context.commands.undo()
    assert pairs(context) == before


def test_align_again_keeps_hand_links(qtbot, window, window_editor):
    context = window.context
    context.aligner = fixed_aligner([Link([0], [1])])  # a fresh alignment would lose the hand link
    click_paragraph(qtbot, window.pair_view.view("ru"), 3)
    click_paragraph(qtbot, window.pair_view.view("en"), 3)
    window_editor.actions["link"].trigger()
    window.action_map["realign"].trigger()
    qtbot.waitUntil(lambda: not window_editor.busy() and not context.aligning, timeout=30000)
    assert ([3], [3], "manual") in pairs(context)
    assert context.commands.undo_text() == "Re-align"


def test_shortcuts_do_not_clash_with_other_actions(window, window_editor):
    mine = {action.objectName() for action in window_editor.actions.values()}
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window_editor.actions["link"])):
        for shortcut in action.shortcuts():
            key = shortcut.toString()
            if key and key in seen and (action.objectName() in mine or seen[key] in mine):
                pytest.fail(f"{key} is used by {seen[key]} and {action.objectName()}")
            seen[key] = action.objectName()


def test_a_background_alignment_of_the_open_pair_keeps_hand_links(qtbot, shell, editor):
    """E.g. "Improve alignment with MT" aligns again: the result arrives as an undoable edit."""
    context = shell.context
    alignment = context.alignment
    click_paragraph(qtbot, shell.pair_view.view("ru"), 3)
    click_paragraph(qtbot, shell.pair_view.view("en"), 3)
    editor.actions["link"].trigger()
    context.aligner = fixed_aligner([Link([0], [1]), Link([3], [4]), Link([5], [5])])
    context.start_alignment()
    qtbot.waitUntil(lambda: not context.aligning, timeout=30000)
    assert context.alignment is alignment  # edited in place: earlier commands stay valid
    assert pairs(context) == [([0], [1], "auto"), ([3], [3], "manual"), ([5], [5], "auto")]
    assert context.commands.undo_text() == "Align again"
    shell.context.commands.undo()
    shell.context.commands.undo()
    assert pairs(context) == sorted((link.ru, link.en, link.origin.value) for link in LINKS)


def manual_pixels(widget) -> int:
    """Pixels of the manual-link outline colour in a picture of ``widget``."""
    from reader.ui.linking.drag import MANUAL_COLORS

    image = widget.grab().toImage()
    target = MANUAL_COLORS[0]
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(image.width()):
            color = image.pixelColor(x, y)
            if abs(color.red() - target.red()) + abs(color.green() - target.green()) + abs(color.blue() - target.blue()) < 40:
                count += 1
    return count


def test_gutter_outlines_confirmed_and_manual_links(qtbot, shell, editor):
    gutter = shell.pair_view.gutter
    click_paragraph(qtbot, shell.pair_view.view("ru"), 0)
    assert editor.outlines.outlined() == [] and manual_pixels(gutter) == 0
    editor.actions["confirm"].trigger()
    assert [(link.ru, pen.widthF()) for link, pen in editor.outlines.outlined()] == [([0], 2.2)]
    click_paragraph(qtbot, shell.pair_view.view("en"), 1)
    click_paragraph(qtbot, shell.pair_view.view("ru"), 1)
    editor.actions["unlink"].trigger()
    click_paragraph(qtbot, shell.pair_view.view("en"), 1)
    editor.actions["link"].trigger()
    origins = sorted(link.origin.value for link, _ in editor.outlines.outlined())
    assert origins == ["confirmed", "manual"]
    qtbot.waitUntil(lambda: manual_pixels(gutter) > 20)


def test_a_confirmed_link_no_longer_looks_weak(qtbot, shell, editor):
    view = shell.pair_view.view("ru")
    assert view.marks()[5].color == shell.pair_view.colors.weak  # score 0.3
    click_paragraph(qtbot, view, 5)
    editor.actions["confirm"].trigger()
    assert 5 not in view.marks()


def test_clicking_a_part_of_a_split_paragraph_shows_that_part_s_link(qtbot, shell, editor):
    context, view = shell.context, shell.pair_view.view("ru")
    assert context.links.counterparts("ru", 10) == []
    click_paragraph(qtbot, shell.pair_view.view("en"), 9)
    click_paragraph(qtbot, view, 10)
    editor.actions["link"].trigger()
    cursor = view.textCursor()
    cursor.setPosition(view.block(10).position() + context.documents()["ru"].paragraphs[10].sentences[3].start + 1)
    last_sentence = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=last_sentence)
    editor.actions["split"].trigger()
    click_paragraph(qtbot, shell.pair_view.view("en"), 6)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=last_sentence)
    editor.actions["link"].trigger()  # the last sentence now goes with en 6
    en_view, gutter = shell.pair_view.view("en"), shell.pair_view.gutter
    click_paragraph(qtbot, view, 10)  # first part
    assert gutter.selected.en == [9] and [h.paragraph for h in en_view.highlights("counterpart")] == [9]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=last_sentence)
    assert gutter.selected.en == [6] and [h.paragraph for h in en_view.highlights("counterpart")] == [6]


def test_the_first_link_made_by_hand_gets_sentence_links_and_differences(qtbot, shell, seed_paths):
    """The aligner context is built in the background once the pair is aligned, before any re-alignment."""
    from reader.ui.linking.editing import LinkEditor
    from reader.ui.files.loader import load_pair_files

    editor = LinkEditor(shell)
    context = shell.context
    context.set_pair(load_pair_files(*seed_paths))
    wait_aligned(qtbot, context)
    qtbot.waitUntil(lambda: editor.realigner.align_context is not None, timeout=30000)
    ru_view, en_view = shell.pair_view.view("ru"), shell.pair_view.view("en")
    [quoted] = [p.index for p in context.pair.ru.paragraphs if p.text.startswith("«Это без преувеличения")]
    automatic = context.alignment.link_of("ru", quoted)
    assert automatic.differences.ru_only and automatic.sentences  # e.g. "Александр Гуцан" is not in the report
    click_paragraph(qtbot, ru_view, quoted)
    editor.actions["unlink"].trigger()
    click_paragraph(qtbot, en_view, automatic.en[0])
    click_paragraph(qtbot, ru_view, quoted)
    editor.actions["link"].trigger()
    by_hand = context.alignment.link_of("ru", quoted)
    assert (by_hand.origin, by_hand.en) == (Origin.MANUAL, automatic.en)
    assert by_hand.differences == automatic.differences
    assert by_hand.sentences
    assert ru_view.highlights("differences")  # still underlined in the column


def test_the_first_alignment_hands_its_context_to_re_alignment(qtbot, window, seed_paths, monkeypatch):
    """The aligner's prepared features of the pair come with the first alignment and stay in the session:
    re-aligning after a hand edit builds none again."""
    from reader.core.align.aligner import AlignContext

    built = []
    real_build = AlignContext.build.__func__
    monkeypatch.setattr(AlignContext, "build", classmethod(lambda cls, *a, **kw: built.append(1) or real_build(cls, *a, **kw)))
    assert window.open_pair(*seed_paths)
    context, editor = window.context, window.link_editor
    wait_aligned(qtbot, context)
    kept = context.pair.align_context(context.align_options)
    assert kept is not None and kept.ru is context.pair.ru and built == [1]  # the alignment's own
    first = context.alignment.sorted_links()[0]
    click_paragraph(qtbot, window.pair_view.view("ru"), first.ru[0])
    editor.actions["confirm"].trigger()  # a hand edit, so that Align Again re-aligns around it
    editor.realigner.align_again()
    qtbot.waitUntil(lambda: not editor.realigner.busy(), timeout=30000)
    assert built == [1] and editor.realigner.align_context is kept
