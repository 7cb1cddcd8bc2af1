"""Names of undoable edits in the interface language (Edit ▸ Undo/Redo).

The Qt-free core names its commands in English (``command.text``); this module lists those
names for the translation tools and translates them when they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.ui.base.i18n import QT_TRANSLATE_NOOP

# every ``text`` a command of reader.core can have (alignment edits, re-alignment, annotation edits)
COMMAND_NAMES = (
    QT_TRANSLATE_NOOP("Commands", "Edit alignment"),
    QT_TRANSLATE_NOOP("Commands", "Link paragraphs"),
    QT_TRANSLATE_NOOP("Commands", "Unlink"),
    QT_TRANSLATE_NOOP("Commands", "Mark as having no counterpart"),
    QT_TRANSLATE_NOOP("Commands", "Clear no-counterpart mark"),
    QT_TRANSLATE_NOOP("Commands", "Confirm link"),
    QT_TRANSLATE_NOOP("Commands", "Unconfirm link"),
    QT_TRANSLATE_NOOP("Commands", "Merge paragraphs"),
    QT_TRANSLATE_NOOP("Commands", "Unmerge paragraphs"),
    QT_TRANSLATE_NOOP("Commands", "Split paragraph"),
    QT_TRANSLATE_NOOP("Commands", "Join paragraph parts"),
    QT_TRANSLATE_NOOP("Commands", "Re-align"),
    QT_TRANSLATE_NOOP("Commands", "Align again"),
    QT_TRANSLATE_NOOP("Commands", "Add highlight"),
    QT_TRANSLATE_NOOP("Commands", "Add paragraph note"),
    QT_TRANSLATE_NOOP("Commands", "Add link note"),
    QT_TRANSLATE_NOOP("Commands", "Edit note"),
    QT_TRANSLATE_NOOP("Commands", "Edit highlight"),
    QT_TRANSLATE_NOOP("Commands", "Edit paragraph note"),
    QT_TRANSLATE_NOOP("Commands", "Edit link note"),
    QT_TRANSLATE_NOOP("Commands", "Delete highlight"),
    QT_TRANSLATE_NOOP("Commands", "Delete paragraph note"),
    QT_TRANSLATE_NOOP("Commands", "Delete link note"),
    QT_TRANSLATE_NOOP("Commands", "Add word to vocabulary"),
    QT_TRANSLATE_NOOP("Commands", "Remove word from vocabulary"),
    QT_TRANSLATE_NOOP("Commands", "Remove words from vocabulary"),
    QT_TRANSLATE_NOOP("Commands", "Add word to notes"),
)


def command_name(text: str) -> str:
    """A command's ``text`` as the interface shows it (translated; unknown names are shown as they are)."""
    return QCoreApplication.translate("Commands", text) if text else ""
