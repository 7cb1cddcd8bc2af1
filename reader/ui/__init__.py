"""The Qt layer: thin views, item models, workers and dialogs over the core."""

from reader.ui.base import qtfix  # noqa: F401 - must run before any widget code (see its docstring)
