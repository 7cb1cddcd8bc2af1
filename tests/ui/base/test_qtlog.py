"""Qt's own messages reach the program's log (and stderr) once the window's handler is installed."""

from __future__ import annotations

from PySide6.QtCore import qInstallMessageHandler, qWarning

from reader.core import logs
from reader.ui.base.qtlog import install_qt_log


def test_a_qt_warning_is_logged(qapp, tmp_path, capfd):
    path = logs.start_logging("1", tmp_path / "a.log")
    previous = install_qt_log()
    try:
        qWarning("QFont::setPointSize: Point size <= 0 (-1), must be greater than 0")
    finally:
        qInstallMessageHandler(previous)  # pytest-qt's handler back
        logs.stop_logging()
    text = path.read_text(encoding="utf-8")
    assert "WARNING reader.qt: QFont::setPointSize: Point size <= 0" in text
    assert "Point size <= 0" in capfd.readouterr().err
