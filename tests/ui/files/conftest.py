"""Project and export tests build their controllers over the small shell, as the window does: the
annotations, the projects and the export (``shell.annotations``, ``shell.projects``, ``shell.exports``)."""

from __future__ import annotations

import pytest


@pytest.fixture
def shell(shell):
    from reader.ui.annotations.controller import AnnotationController
    from reader.ui.files.export_dialog import ExportController
    from reader.ui.files.project_io import ProjectController

    shell.annotations = AnnotationController(shell)
    shell.projects = ProjectController(shell, shell.annotations)
    shell.exports = ExportController(shell, shell.annotations, shell.projects)
    return shell
