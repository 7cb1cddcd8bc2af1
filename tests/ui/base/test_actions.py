"""The menus as a person meets them: every text translated, shortcuts and access keys unique."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from reader.core.align import Link
from reader.ui.base.context import OpenPair
from reader.ui.base.i18n import install_translations

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
    window.open_documents(OpenPair(*make_pair_docs()))
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
