"""A book's links appear chapter by chapter while it is aligned, the chapter being read first."""

from __future__ import annotations

from reader.core.align import align_documents
from reader.ui.files.loader import load_pair_files
from tests.small_book import en_body, ru_body, write_txt
from tests.ui.helpers import wait_aligned


def paragraph(document, text: str) -> int:
    return next(p.index for p in document.paragraphs if p.text == text)


def test_partial_links_come_first_for_the_chapter_on_screen(qtbot, shell, tmp_path):
    pair = load_pair_files(*write_txt(tmp_path, chapters=3, paragraphs=20))
    reading = paragraph(pair.ru, ru_body(2, 3, 5))  # part two, chapter III: near the end of the book
    context, ru_view = shell.context, shell.pair_view.view("ru")
    context.pair_opened.connect(lambda: ru_view.scroll_to_paragraphs([reading], force=True))  # a remembered place
    seen = []
    context.alignment_changed.connect(lambda: seen.append((context.aligning, context.partial,
                                                           dict(context.links.by_side["ru"]))))
    shell.context.set_pair(pair)
    wait_aligned(qtbot, context)
    partial = [links for aligning, is_partial, links in seen if aligning and is_partial]
    assert partial, "no links were shown before the alignment ended"
    first = partial[0]
    final = context.links.by_side["ru"]
    assert reading in first and first[reading].en == final[reading].en
    assert first[reading].en == [paragraph(pair.en, en_body(2, 3, 5))]
    assert len(first) < len(final)  # only part of the book, not the whole result early
    assert paragraph(pair.ru, ru_body(1, 1, 5)) not in first  # the book's first chapter comes later
    assert not context.partial and [link.ru for link in context.alignment.sorted_links()] == [
        link.ru for link in align_documents(pair.ru, pair.en).sorted_links()]  # the end result is the whole alignment
    assert all(mark.tooltip for mark in ru_view.marks().values())
    # the place jumped to as the pair opened is still on screen, and the English column came level with it
    assert ru_view.is_paragraph_visible(reading)
    assert shell.pair_view.view("en").is_paragraph_visible(paragraph(pair.en, en_body(2, 3, 5)))


def test_an_edit_during_the_alignment_is_kept(qtbot, shell, tmp_path):
    """A person who links by hand while a book is still aligned keeps the edit: later partial results do not
    replace it and the end result comes as an undoable Align Again."""
    from reader.ui.linking.editing import LinkEditor

    editor = LinkEditor(shell)
    pair = load_pair_files(*write_txt(tmp_path, chapters=3, paragraphs=20))
    context = shell.context
    edits = []

    def edit_once() -> None:
        if context.partial and context.aligning and not edits:
            edits.append(True)
            editor.pair_view.select("ru", context.alignment.sorted_links()[0].ru[0])
            editor.unlink()

    context.alignment_changed.connect(edit_once)
    context.set_pair(pair)
    wait_aligned(qtbot, context)
    assert edits and context.commands.undo_text() == "Align again"
    context.commands.undo()  # back to the partial links with the edit
    assert context.commands.can_undo() and len(context.alignment.links) < len(align_documents(pair.ru, pair.en).links)


def test_a_project_saved_while_links_are_coming_is_aligned_when_opened(qtbot, window, tmp_path):
    from reader.core.project.storage import load_project

    paths = write_txt(tmp_path, chapters=3, paragraphs=20)
    assert window.open_pair(*paths)
    context, projects = window.context, window.projects
    target = tmp_path / "book.preader"
    projects.ask_save_path = lambda: str(target)
    saved = []

    def save_once() -> None:
        if context.partial and context.aligning and not saved:
            saved.append(None)  # saving re-draws the alignment (alignment_changed) before it returns
            saved[0] = projects.save_as()

    context.alignment_changed.connect(save_once)
    wait_aligned(qtbot, context)
    assert saved == [True]
    assert load_project(target).alignment is None  # not the links found so far, passed off as the whole
    complete = len(context.alignment.links)
    opened = []
    projects.project_opened.connect(opened.append)
    projects.open_path(target)
    qtbot.waitUntil(lambda: bool(opened), timeout=60000)
    assert len(context.alignment.links) == complete and not context.partial


def test_a_jump_as_the_pair_opens_reaches_far_into_a_long_text(qtbot, shell):
    """Qt widens a column's scroll range only in a later event after laying the text out; a jump made as the
    pair opens (a remembered place) must not stop at the old end of the range."""
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "data"
    pair = load_pair_files(data / "book-slice.ru.txt", data / "book-slice.en.txt")
    far = len(pair.ru.paragraphs) - 40
    ru_view = shell.pair_view.view("ru")
    shell.context.pair_opened.connect(lambda: ru_view.scroll_to_paragraphs([far], force=True))
    shell.context.set_pair(pair)
    assert ru_view.is_paragraph_visible(far)
    wait_aligned(qtbot, shell.context)
    assert ru_view.is_paragraph_visible(far)
    counterpart = shell.context.links.counterparts("ru", far)
    assert counterpart and shell.pair_view.view("en").is_paragraph_visible(counterpart[0])
