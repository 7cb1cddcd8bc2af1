"""Every action of the window in one table: its text, shortcuts, whether it is a toggle, and for the window's own
actions the menu it sits in. One function makes an action from the table (``build_action``, or ``adopt`` for a
dock's own toggle); where a feature's action goes and what it does stay with the feature. The window refuses to
be built when two of its actions share a key (``refuse_shortcut_clashes``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from reader.ui.base.i18n import QT_TRANSLATE_NOOP, translator

tr = translator("Actions")

#: menu name → title; other modules add to ``window.menus[name]``
MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"),
    "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"),
    "go": QT_TRANSLATE_NOOP("Actions", "&Go"),
    "tools": QT_TRANSLATE_NOOP("Actions", "&Tools"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"),
}

Shortcut = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """An action: its text (marked with ``QT_TRANSLATE_NOOP("Actions", …)``), shortcuts (texts or standard keys),
    whether it is a toggle, its status tip, and for the window's own actions the menu it goes in, in table order
    ("" when the part of the window that owns it puts it in place)."""

    text: str
    shortcuts: tuple[Shortcut, ...] = ()
    menu: str = ""
    checkable: bool = False
    separator_before: bool = False
    tip: str = ""
    role: QAction.MenuRole | None = None


Std = QKeySequence.StandardKey
Role = QAction.MenuRole

#: every action of the window by name (its object name is ``action_NAME``)
ACTIONS: dict[str, ActionSpec] = {
    # -- the window's own (reader.ui.mainwindow), placed by build_menus -------------------------------------------
    "open_pair": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open Pair…"), (Std.Open,), "file"),
    "open_sample": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Open Sa&mple Pair"), (), "file"),
    "quit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"),
                       (Std.Quit,), "file", separator_before=True, role=Role.QuitRole),
    "undo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Undo"), (Std.Undo,), "edit"),
    "redo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Redo"), (Std.Redo,), "edit"),
    "copy": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Copy"), (Std.Copy,), "edit", separator_before=True),
    "find": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Find…"), (Std.Find,), "edit", separator_before=True),
    "find_next": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Find &Next"), ("F3",), "edit"),
    "find_previous": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), ("Shift+F3",), "edit"),
    "swap_sides": ActionSpec(QT_TRANSLATE_NOOP("Actions", "S&wap Sides"), ("Ctrl+Shift+W",), "view"),
    "scroll_sync": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Scroll in Step"),
                              ("Ctrl+Shift+L",), "view", checkable=True),
    "show_meta": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show &Metadata and Duplicates"),
                            ("Ctrl+Shift+M",), "view", checkable=True),
    "paragraph_numbers": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Paragraph Numbers"),
                                    ("Ctrl+Shift+P",), "view", checkable=True),
    "differences": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Mark &Differences"),
                              ("Ctrl+Shift+D",), "view", checkable=True),
    "zoom_in": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Larger Text"),
                          ("Ctrl+=", "Ctrl++"), "view", separator_before=True),
    "zoom_out": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Smalle&r Text"), ("Ctrl+-",), "view"),
    "zoom_reset": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Normal Size"), ("Ctrl+0",), "view"),
    "choose_font": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Font…"), (), "view"),
    "go_to": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Go to Paragraph…"), ("Ctrl+G",), "go"),
    "next_gap": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Next Paragraph Without Counterpart"),
                           ("F8",), "go", separator_before=True),
    "previous_gap": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Previous Paragraph Without Counterpart"),
                               ("Shift+F8",), "go"),
    "next_weak": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Next &Weak Link"), ("F7",), "go"),
    "previous_weak": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Previous W&eak Link"), ("Shift+F7",), "go"),
    "realign": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Align Again"), ("Ctrl+R",), "tools"),
    "about": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About Parallel Reader"), (), "help", role=Role.AboutRole),
    "about_qt": ActionSpec(QT_TRANSLATE_NOOP("Actions", "About &Qt"), (), "help", role=Role.AboutQtRole),
    "find_results": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Find Resul&ts"),
                               ("Ctrl+Shift+F",)),  # the find results dock
    # -- reading position (reader.ui.view.navigator, contents) ----------------------------------------------------
    "back": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Back"), (Std.Back, "Alt+Left"),
                       tip=QT_TRANSLATE_NOOP(
                           "Actions", "Return to where the last jump left (contents, find, go to, annotation, F7/F8)")),
    "forward": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Forward"), (Std.Forward, "Alt+Right"),
                          tip=QT_TRANSLATE_NOOP("Actions", "Go again where Back returned from")),
    "contents": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Contents"), ("F4",),
                           tip=QT_TRANSLATE_NOOP("Actions", "Show or hide the parts and chapters of both texts")),
    # -- fixing links by hand (reader.ui.linking.editing) ---------------------------------------------------------
    "mark_for_link": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Mark for Linking"), ("Ctrl+Space",)),
    "link": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Link Paragraphs"), ("Ctrl+L",)),
    "unlink": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Unlink"), ("Ctrl+U",)),
    "confirm": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Confirm Link"), ("Ctrl+Return", "Ctrl+Enter")),
    "no_counterpart": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Has &No Counterpart"), ("Ctrl+Shift+X",)),
    "merge": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Mer&ge with Next Paragraph"), ("Ctrl+J",)),
    "unmerge": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Unmerge &Paragraphs")),
    "split": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Split Paragraph Before This Sentence"), ("Ctrl+Shift+J",)),
    "join": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Join Split Parts")),
    "realign_here": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Re-align from Here"), ("Ctrl+Shift+R",)),
    "realign_marked": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Re-align Mar&ked Range")),
    "next_unconfirmed": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Next &Unconfirmed Weak Link"), ("F9",)),
    "previous_unconfirmed": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Pre&vious Unconfirmed Weak Link"), ("Shift+F9",)),
    # -- annotations (reader.ui.annotations.controller) -----------------------------------------------------------
    "highlight": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Highlight Selection"), ("Ctrl+H",)),
    "note": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &Note…"), ("Ctrl+Shift+N",)),
    "link_note": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Note on the &Link…"), ("Ctrl+Alt+N",)),
    "annotations_panel": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show Annotations &Panel"), ("Ctrl+Shift+A",)),
    # -- projects and export (reader.ui.files) --------------------------------------------------------------------
    "open_project": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Open &Project…"), ("Ctrl+Shift+O",)),
    "save": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Save Project"), (Std.Save,)),
    "save_as": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Save Project &As…"), (Std.SaveAs,)),
    "export": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Export…"), ("Ctrl+E",)),
    # -- machine translation (reader.ui.translation.controller) ---------------------------------------------------
    "translate": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Translate Paragraph"), ("Ctrl+T",)),
    "translate_all": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Translate All Passages &Without Counterpart"),
                                ("Ctrl+Shift+T",)),
    "improve_alignment": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Improve Alignment with &Machine Translation")),
    "models": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Translation M&odels…")),
    # -- words (reader.ui.words) ----------------------------------------------------------------------------------
    "word_next": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Next Wo&rd"), ("Alt+Shift+Right",)),
    "word_previous": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Previous W&ord"), ("Alt+Shift+Left",)),
    "word_hover": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Word L&inks Under the Pointer"), checkable=True),
    "look_up": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Look Up Word"), ("Ctrl+D",)),
    "dictionary_panel": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show &Dictionary Panel")),
    "vocabulary_panel": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show &Vocabulary Panel"), ("Ctrl+Shift+V",)),
    "export_vocabulary": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Export &Vocabulary…")),
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


def key_sequences(shortcuts: Iterable[Shortcut]) -> list[QKeySequence]:
    """The key sequences of ``shortcuts`` (texts and standard keys), each once: a standard key brings every key
    the platform gives it (Redo is Ctrl+Y and Ctrl+Shift+Z on Windows), not only the first."""
    sequences: list[QKeySequence] = []
    for shortcut in shortcuts:
        found = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Std) else [QKeySequence(shortcut)]
        sequences += [sequence for sequence in found if sequence not in sequences]
    return sequences


def adopt(name: str, action: QAction) -> QAction:
    """Give ``action`` what ACTIONS declares for ``name`` (text in the interface language, keys, toggle, tip,
    menu role, object name ``action_NAME``): for an action Qt makes itself, such as a dock's toggle."""
    spec = ACTIONS[name]
    action.setText(tr(spec.text))
    action.setObjectName(f"action_{name}")
    if spec.shortcuts:
        action.setShortcuts(key_sequences(spec.shortcuts))
    if spec.checkable:
        action.setCheckable(True)
    if spec.tip:
        action.setStatusTip(tr(spec.tip))
        action.setToolTip(tr(spec.tip))
    if spec.role is not None:
        action.setMenuRole(spec.role)
    return action


def build_action(name: str, parent: QObject) -> QAction:
    """A new action ``name`` of ACTIONS, owned by ``parent`` (the window): every action of the window is made here."""
    return adopt(name, QAction(parent))


def build_actions(parent: QObject) -> dict[str, QAction]:
    """The window's own actions (those ACTIONS puts in a menu), owned by ``parent``."""
    return {name: build_action(name, parent) for name, spec in ACTIONS.items() if spec.menu}


class ShortcutClash(ValueError):
    """Two actions of the window were given the same key: Qt would call it ambiguous and trigger neither."""


def _described(action: QAction) -> str:
    name = action.objectName().removeprefix("action_") or "(unnamed)"
    return f"{name} ({action.text().replace('&', '')})"


def refuse_shortcut_clashes(actions: Iterable[QAction]) -> None:
    """Raise ShortcutClash, naming both actions and the key, when two of ``actions`` share a key."""
    owners: dict[str, QAction] = {}
    for action in actions:
        for sequence in action.shortcuts():
            key = sequence.toString()
            owner = owners.setdefault(key, action)
            if owner is not action:
                raise ShortcutClash(
                    f"the key {key} is given to two actions: {_described(owner)} and {_described(action)}")


def build_menus(menu_bar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """Fill ``menu_bar`` with the menus and their actions; return the menus by name."""
    menus = {}
    for name, title in MENU_TITLES.items():
        menu = menu_bar.addMenu(tr(title))
        menu.setObjectName(f"menu_{name}")
        menus[name] = menu
    for name, spec in ACTIONS.items():
        if not spec.menu:
            continue
        if spec.separator_before:
            menus[spec.menu].addSeparator()
        menus[spec.menu].addAction(actions[name])
        if name == "open_sample":
            menus["recent"] = QMenu(tr("Open &Recent"), menu_bar)
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
