"""The menus as a person meets them: every text translated, shortcuts and access keys unique."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from reader.core.align import Link
from reader.ui.base import actions as action_table
from reader.ui.base.actions import ACTIONS, ShortcutClash, refuse_shortcut_clashes
from reader.core.session import ReadingSession
from reader.ui.base.i18n import install_translations
from reader.ui.base.i18n import translator as module_translator

from ..helpers import fixed_aligner, make_pair_docs, wait_aligned

#: Latin words allowed in the Russian menus (names, not leftovers)
NAMES = {"Qt", "Parallel", "Reader", "English"}


def walk(menu: QMenu, path: str = ""):
    """(menu path, menu, action) of every action under ``menu``, submenus included."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield path, menu, action
        if action.menu():
            yield from walk(action.menu(), f"{path} ▸ {action.text()}")


def all_actions(window):
    for top in window.menuBar().actions():
        yield from walk(top.menu(), top.text())


def access_key(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.fixture(params=["en", "ru"])
def language_window(request, qtbot, qapp, context):
    from reader.ui.mainwindow import MainWindow

    translators = install_translations(qapp, request.param)
    window = MainWindow(context)
    qtbot.addWidget(window)
    yield request.param, window
    for translator in translators:
        qapp.removeTranslator(translator)


def test_russian_menus_have_no_english_leftovers(qtbot, qapp, context):
    from reader.ui.mainwindow import MainWindow

    translators = install_translations(qapp, "ru")
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        leftovers = [f"{path} ▸ {action.text()}" for path, _menu, action in all_actions(window)
                     if set(re.findall(r"[A-Za-z]{2,}", action.text().replace("&", ""))) - NAMES]
        assert leftovers == []
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_access_keys_are_unique_in_each_menu(language_window):
    _language, window = language_window
    menus = [top.menu() for top in window.menuBar().actions()]
    clashes = []
    top_keys = [access_key(top.text()) for top in window.menuBar().actions()]
    if len(top_keys) != len(set(top_keys)):
        clashes.append(f"menu bar: {top_keys}")
    seen_menus = []
    for _path, menu, _action in all_actions(window):
        if menu not in seen_menus:
            seen_menus.append(menu)
    for menu in seen_menus + menus:
        keys = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            key = access_key(action.text())
            if key is not None:
                keys.setdefault(key, []).append(action.text())
        clashes += [" / ".join(texts) for texts in keys.values() if len(texts) > 1]
    assert not clashes, "\n".join(sorted(set(clashes)))


def test_every_menu_entry_has_an_access_key(language_window):
    _language, window = language_window
    missing = [f"{path} ▸ {action.text()}" for path, _menu, action in all_actions(window)
               if access_key(action.text()) is None]
    assert missing == []


def test_shortcuts_are_unique(window):
    """No key belongs to two of the window's actions (in a menu or not): Qt would call it ambiguous and
    trigger neither. Standard keys count with every key the platform gives them."""
    owners = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    assert owners
    assert {key: texts for key, texts in owners.items() if len(texts) > 1} == {}


def test_redo_answers_every_key_the_platform_gives_it(qtbot, window):
    """E.g. Ctrl+Y and Ctrl+Shift+Z on Windows (and offscreen); X11 has Ctrl+Shift+Z only."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    if len(keys) < 2:
        pytest.skip("this platform gives Redo one key")
    window.context.aligner = fixed_aligner([Link([i], [i]) for i in range(10)])
    window.open_documents(ReadingSession(*make_pair_docs()))
    wait_aligned(qtbot, window.context)
    window.activateWindow()  # window shortcuts answer in the active window only
    qtbot.waitUntil(window.isActiveWindow)
    view = window.pair_view.view("ru")
    view.select_text(3, 0, 5)
    window.annotations.actions["highlight"].trigger()
    redone = []
    for key in keys:
        window.action_map["undo"].trigger()
        assert not window.annotations.annotations
        view.setFocus()
        for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):  # keyClick warns about media keys
            QTest.sendKeyEvent(action, view, key[0].key(), "", key[0].keyboardModifiers())
        redone.append((key.toString(), len(window.annotations.annotations)))
    assert redone == [(key.toString(), 1) for key in keys]


def test_every_action_of_the_window_comes_from_the_table(window):
    """Each action with a key, and each action of a menu but the lists of choices, is made from
    reader.ui.base.actions.ACTIONS, and each entry of the table is an action of the window."""
    named = {action.objectName().removeprefix("action_") for action in window.findChildren(QAction)}
    assert set(ACTIONS) <= named
    keyed = [action.objectName() or action.text() for action in window.findChildren(QAction) if action.shortcuts()]
    assert keyed and [name for name in keyed if name.removeprefix("action_") not in ACTIONS] == []
    in_menus = [action for _path, _menu, action in all_actions(window) if not action.menu()]
    choices = {*window.theme_group.actions(), *window.language_group.actions()}
    choices |= set(window.annotations.menu.findChildren(QMenu)[0].actions())  # the highlight colours
    from_elsewhere = [action.text() for action in in_menus if action not in choices
                      and action.objectName().removeprefix("action_") not in ACTIONS]
    assert from_elsewhere == []


def test_a_shortcut_clash_is_refused_naming_both_actions(qapp):
    first, second = QAction("&Link Paragraphs"), QAction("Next Wo&rd")
    first.setObjectName("action_link")
    second.setObjectName("action_word_next")
    first.setShortcut(QKeySequence("Ctrl+L"))
    second.setShortcuts([QKeySequence("Alt+Shift+Right"), QKeySequence("Ctrl+L")])
    with pytest.raises(ShortcutClash) as refused:
        refuse_shortcut_clashes([first, second])
    assert str(refused.value) == ("the key Ctrl+L is given to two actions: link (Link Paragraphs) and "
                                  "word_next (Next Word)")
    second.setShortcut(QKeySequence("Alt+Shift+Right"))
    refuse_shortcut_clashes([first, second])


def test_the_window_is_not_built_with_a_clash_in_the_table(qtbot, context, monkeypatch):
    """A feature's action given a key the window's own action has: building the window stops and says which."""
    from reader.ui.mainwindow import MainWindow

    monkeypatch.setitem(ACTIONS, "word_next", action_table.ActionSpec(ACTIONS["word_next"].text, ("Ctrl+G",)))
    with pytest.raises(ShortcutClash, match=r"Ctrl\+G .*: go_to \(Go to Paragraph…\) and word_next \(Next Word\)"):
        MainWindow(context)


def test_a_standard_key_and_its_spelled_out_twin_count_once(qapp):
    sequences = action_table.key_sequences([QKeySequence.StandardKey.Back, "Alt+Left"])
    assert QKeySequence("Alt+Left") in sequences
    assert len(sequences) == len({sequence.toString() for sequence in sequences})


def test_a_module_translator_reads_its_own_context(qapp):
    translators = install_translations(qapp, "ru")
    try:
        assert module_translator("Actions")("&File") == "&Файл"
        assert module_translator("LinkEditing")("&File") == "&File"  # not a text of that context
    finally:
        for installed in translators:
            qapp.removeTranslator(installed)
