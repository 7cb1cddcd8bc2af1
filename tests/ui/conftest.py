"""Fixtures for window tests: isolated settings, a context, a shown main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path, qapp):
    """Settings on a temporary INI file (never the person's real settings)."""
    from reader.ui.base.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def context(settings):
    from reader.ui.base.context import Context

    ctx = Context(settings)
    yield ctx
    ctx.cancel_alignment()
    ctx.thread_pool.waitForDone(10000)


@pytest.fixture
def window(qtbot, context):
    """A shown main window (offscreen) at a desktop size."""
    from reader.ui.mainwindow import MainWindow
    from tests.ui.helpers import shown

    return shown(qtbot, MainWindow(context))


@pytest.fixture
def shell(qtbot, context):
    """A shown small window implementing the Shell, to build one controller over (tests/ui/helpers.py)."""
    from tests.ui.helpers import controller_shell

    return controller_shell(qtbot, context)
