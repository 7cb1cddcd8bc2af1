"""The menus as a person meets them: every text translated, shortcuts and access keys unique."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

from reader.ui.i18n import install_translations

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
    owners = {}
    for _path, _menu, action in all_actions(window):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    assert {key: texts for key, texts in owners.items() if len(texts) > 1} == {}
