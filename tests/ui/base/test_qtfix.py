"""The PySide6 reference-count work-around keeps long sessions alive (run in a subprocess: a failure aborts)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

CODE = """
import reader.ui
from PySide6.QtCore import QObject, QPoint, Signal
class Probe(QObject):
    fired = Signal(bool)
probe = Probe()
probe.fired.connect(lambda value: None)
point = QPoint()
for _ in range(200_000):
    point.setX(1)
for _ in range(50_000):
    probe.fired.emit(True)
    probe.fired.emit(False)
print("alive")
"""


def test_many_void_calls_and_bool_signals_do_not_abort():
    result = subprocess.run([sys.executable, "-c", CODE], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"
