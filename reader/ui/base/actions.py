"""The window's actions and menus (names, shortcuts, where they sit); behaviour lives in the window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from reader.ui.base.i18n import QT_TRANSLATE_NOOP

#: menu name → title; other modules add to ``window.menus[name]``
MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "go": QT_TRANSLATE_NOOP("Actions", "&Go"),
    "tools": QT_TRANSLATE_NOOP("Actions", "&Tools"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}


def tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("Actions", …)."""
    return QCoreApplication.translate("Actions", text)


@dataclass
class ActionSpec:
    """An action: its menu, text, shortcuts and whether it is a toggle."""

    menu: str
    text: str
    shortcuts: tuple = ()
    checkable: bool = False
    separator_before: bool = False


SPECS: dict[str, ActionSpec] = {
    "open_pair": ActionSpec("file", QT_TRANSLATE_NOOP("Actions", "&Open Pair…"), (QKeySequence.StandardKey.Open,)),
    "open_sample": ActionSpec("file", QT_TRANSLATE_NOOP("Actions", "Open Sa&mple Pair")),
    "quit": ActionSpec("file", QT_TRANSLATE_NOOP("Actions", "&Quit"),
                       (QKeySequence.StandardKey.Quit,), separator_before=True),
    "undo": ActionSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Undo"), (QKeySequence.StandardKey.Undo,)),
    "redo": ActionSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Redo"), (QKeySequence.StandardKey.Redo,)),
    "copy": ActionSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Copy"),
                       (QKeySequence.StandardKey.Copy,), separator_before=True),
    "find": ActionSpec("edit", QT_TRANSLATE_NOOP("Actions", "&Find…"),
                       (QKeySequence.StandardKey.Find,), separator_before=True),
    "find_next": ActionSpec("edit", QT_TRANSLATE_NOOP("Actions", "Find &Next"), ("F3",)),
    "find_previous": ActionSpec("edit", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), ("Shift+F3",)),
    "swap_sides": ActionSpec("view", QT_TRANSLATE_NOOP("Actions", "S&wap Sides"), ("Ctrl+Shift+W",)),
    "scroll_sync": ActionSpec("view", QT_TRANSLATE_NOOP("Actions", "&Scroll in Step"),
                       ("Ctrl+Shift+L",), checkable=True),
    "show_meta": ActionSpec("view", QT_TRANSLATE_NOOP("Actions", "Show &Metadata and Duplicates"),
                       ("Ctrl+Shift+M",), checkable=True),
    "paragraph_numbers": ActionSpec("view", QT_TRANSLATE_NOOP("Actions", "&Paragraph Numbers"),
                       ("Ctrl+Shift+P",), checkable=True),
    "differences": ActionSpec("view", QT_TRANSLATE_NOOP("Actions", "Mark &Differences"),
                       ("Ctrl+Shift+D",), checkable=True),
    "zoom_in": ActionSpec("view", QT_TRANSLATE_NOOP("Actions", "&Larger Text"),
                       ("Ctrl+=", "Ctrl++"), separator_before=True),
    "zoom_out": ActionSpec("view", QT_TRANSLATE_NOOP("Actions", "Smalle&r Text"), ("Ctrl+-",)),
    "zoom_reset": ActionSpec("view", QT_TRANSLATE_NOOP("Actions", "&Normal Size"), ("Ctrl+0",)),
    "choose_font": ActionSpec("view", QT_TRANSLATE_NOOP("Actions", "&Font…")),
    "go_to": ActionSpec("go", QT_TRANSLATE_NOOP("Actions", "&Go to Paragraph…"), ("Ctrl+G",)),
    "next_gap": ActionSpec("go", QT_TRANSLATE_NOOP("Actions", "&Next Paragraph Without Counterpart"),
                       ("F8",), separator_before=True),
    "previous_gap": ActionSpec("go", QT_TRANSLATE_NOOP("Actions", "&Previous Paragraph Without Counterpart"),
                       ("Shift+F8",)),
    "next_weak": ActionSpec("go", QT_TRANSLATE_NOOP("Actions", "Next &Weak Link"), ("F7",)),
    "previous_weak": ActionSpec("go", QT_TRANSLATE_NOOP("Actions", "Previous W&eak Link"), ("Shift+F7",)),
    "realign": ActionSpec("tools", QT_TRANSLATE_NOOP("Actions", "&Align Again"), ("Ctrl+R",)),
    "about": ActionSpec("help", QT_TRANSLATE_NOOP("Actions", "&About Parallel Reader")),
    "about_qt": ActionSpec("help", QT_TRANSLATE_NOOP("Actions", "About &Qt")),
}

THEMES = {
    "system": QT_TRANSLATE_NOOP("Actions", "Follow the &System"),
    "light": QT_TRANSLATE_NOOP("Actions", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Actions", "&Dark"),
}
LANGUAGES = {
    "": QT_TRANSLATE_NOOP("Actions", "Follow the &System"),
    "en": QT_TRANSLATE_NOOP("Actions", "&English"),
    "ru": QT_TRANSLATE_NOOP("Actions", "&Русский"),
}


def key_sequences(shortcuts) -> list[QKeySequence]:
    """The key sequences of ``shortcuts`` (texts and standard keys): a standard key brings every key the
    platform gives it (Redo is Ctrl+Y and Ctrl+Shift+Z on Windows), not only the first."""
    sequences = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            sequences += QKeySequence.keyBindings(shortcut)
        else:
            sequences.append(QKeySequence(shortcut))
    return sequences


def build_actions(parent) -> dict[str, QAction]:
    """Create every action of SPECS, owned by ``parent``."""
    actions = {}
    for name, spec in SPECS.items():
        action = QAction(tr(spec.text), parent)
        action.setObjectName(f"action_{name}")
        if spec.shortcuts:
            action.setShortcuts(key_sequences(spec.shortcuts))
        action.setCheckable(spec.checkable)
        actions[name] = action
    actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
    actions["about_qt"].setMenuRole(QAction.MenuRole.AboutQtRole)
    return actions


def build_menus(menu_bar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """Fill ``menu_bar`` with the menus and their actions; return the menus by name."""
    menus = {}
    for name, title in MENU_TITLES.items():
        menu = menu_bar.addMenu(tr(title))
        menu.setObjectName(f"menu_{name}")
        menus[name] = menu
    for name, spec in SPECS.items():
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(actions[name])
        if name == "open_sample":
            menus["recent"] = QMenu(QCoreApplication.translate("Actions", "Open &Recent"), menu_bar)
            menus["recent"].setObjectName("menu_recent")
            menus["file"].insertMenu(actions["open_sample"], menus["recent"])
    return menus


def choice_menu(title: str, choices: dict[str, str], current: str, parent) -> tuple[QMenu, QActionGroup]:
    """A submenu of exclusive checkable choices; each action's data is its key."""
    menu = QMenu(tr(title), parent)
    group = QActionGroup(menu)
    group.setExclusive(True)
    for key, text in choices.items():
        action = menu.addAction(tr(text))
        action.setCheckable(True)
        action.setData(key)
        action.setChecked(key == current)
        group.addAction(action)
    return menu, group
