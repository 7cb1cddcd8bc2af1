"""The running QApplication, typed: PySide6's stubs give ``QApplication.instance()`` as ``QCoreApplication | None``."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication


def application() -> QApplication:
    """The running QApplication, made (with this program's name as its only argument) if there is none."""
    app = QApplication.instance()
    if app is None:
        return QApplication([sys.argv[0]])
    if not isinstance(app, QApplication):
        raise RuntimeError("a QCoreApplication without widgets is running; the window needs a QApplication")
    return app
