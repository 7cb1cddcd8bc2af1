"""Interface translations: the program's own (resources/i18n/reader_<lang>.qm) and Qt's standard texts."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.core.resources import resource_path

LANGUAGES = ("en", "ru")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it unchanged, as Qt's function does (PySide6's
    stub of that one returns ``object``); ``QCoreApplication.translate(context, text)`` translates it later."""
    return text


def choose_language(preferred: str | None) -> str:
    """``preferred`` ("en"/"ru") if given, else the system locale's language when supported, else English."""
    if preferred in LANGUAGES:
        return preferred
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` on ``app``; returns them (they must stay referenced)."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"reader_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", qt_dir):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English))
    return installed


def translator(context: str) -> Callable[[str], str]:
    """The ``tr(text)`` of a module whose texts belong to the Qt Linguist context ``context``: call it as
    ``tr = translator("Context")`` at module level. pyside6-lupdate files the module's ``tr("…")`` calls under no
    context; tools/fix_ts_contexts.py moves them into ``context`` (it reads that line)."""
    return functools.partial(QCoreApplication.translate, context)
