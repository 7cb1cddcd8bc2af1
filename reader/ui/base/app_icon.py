"""The application's icon, from the bundled SVG and its rendered PNG sizes."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from reader import APP_ID
from reader.core.resources import resource_path


def application_icon() -> QIcon:
    """The window icon: every PNG size (crisp at small sizes) and the SVG for the rest."""
    icon = QIcon()
    folder = resource_path("icons")
    for png in sorted(folder.glob(f"*/{APP_ID}.png")):
        icon.addFile(str(png))
    svg = folder / f"{APP_ID}.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
