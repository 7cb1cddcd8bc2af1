"""reader.ui.qtapp.application(): the running QApplication, checked."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO
from reader.ui.qtapp import application


def test_the_running_application_is_given(qapp):
    assert application() is qapp


def test_a_core_application_is_refused_with_a_reason():
    code = ("from PySide6.QtCore import QCoreApplication\n"
            "from reader.ui.qtapp import application\n"
            "core = QCoreApplication([])\n"
            "try:\n"
            "    application()\n"
            "except RuntimeError as error:\n"
            "    print(error)\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert "a QCoreApplication without widgets is running" in result.stdout
