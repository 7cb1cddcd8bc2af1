"""Qt's own messages (warnings from the platform plugin, fonts, painting) into the program's log.

Installed by the window at start (:func:`install_qt_log`), never at import: the tests keep pytest-qt's
handler, which turns Qt warnings into failures. Messages still reach stderr as Qt would print them.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

qt_logger = logging.getLogger("reader.qt")

LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message(kind: QtMsgType, context, message: str) -> None:
    """The message handler: log the message with where Qt says it came from, and print it as Qt does."""
    level = LEVELS.get(kind, logging.WARNING)
    where = f" ({context.category})" if context is not None and context.category not in (None, "default") else ""
    qt_logger.log(level, "%s%s", message, where)
    if level >= logging.WARNING:
        print(message, file=sys.stderr)


def install_qt_log():
    """Route Qt's messages through :func:`qt_message`; returns the handler it replaced."""
    return qInstallMessageHandler(qt_message)
