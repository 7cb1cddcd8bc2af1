"""Colours of the reader: light and dark palettes following the system, with a setting to force one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Colors:
    """Highlight colours used by the columns and the link gutter."""

    dark: bool
    selected: QColor
    counterpart: QColor
    sentence: QColor
    find: QColor
    find_current: QColor
    difference: QColor
    no_counterpart: QColor
    weak: QColor
    band: QColor
    band_selected: QColor
    muted_text: QColor
    machine_text: QColor
    machine_background: QColor


LIGHT = Colors(False, QColor("#dce8fb"), QColor("#fff0b3"), QColor("#ffd36b"), QColor("#b8f0c0"),
               QColor("#f5a623"), QColor("#d0342c"), QColor("#e0603a"), QColor("#c98a00"),
               QColor("#4a78c2"), QColor("#e08a00"), QColor("#8a8a8a"), QColor("#5a4a8a"),
               QColor("#f1eefa"))
DARK = Colors(True, QColor("#24406b"), QColor("#5a4a14"), QColor("#7a5c10"), QColor("#1f5a2b"),
              QColor("#a8650c"), QColor("#ff7a70"), QColor("#ff8a5c"), QColor("#e0a630"),
              QColor("#7ea6e8"), QColor("#ffb040"), QColor("#8c8c8c"), QColor("#b8a8f0"),
              QColor("#2a2640"))


def system_is_dark(palette: QPalette | None = None) -> bool:
    """Whether the platform asks for a dark colour scheme (or its own palette is dark)."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style."""
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d31"), QColor("#e3e3e3")
    for role, color in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
                        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
                        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, window),
                        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, QColor("#3d6fb6")),
                        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")),
                        (QPalette.ColorRole.PlaceholderText, QColor("#8c8c8c")),
                        (QPalette.ColorRole.Link, QColor("#7ea6e8"))):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#777777"))
    return p


_system_palette: QPalette | None = None
_system_style: str | None = None
_overridden = False


def apply_theme(app: QApplication, theme: str) -> Colors:
    """Apply "system", "light" or "dark" to the application; return the highlight colours to use.

    "system" leaves the platform's palette alone (so it keeps following the desktop), unless the
    platform asks for a dark scheme while its palette is light: then the dark palette is used.
    """
    global _system_palette, _system_style, _overridden
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    if theme == "dark" or (theme == "system" and system_is_dark(_system_palette)):
        if app.style().name() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette())
        _overridden = True
        return DARK
    if theme == "light":
        if app.style().name() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
        _overridden = True
        return LIGHT
    if _overridden:
        app.setPalette(_system_palette)
        if _system_style and app.style().name() != _system_style:
            app.setStyle(_system_style)
        _overridden = False
    return LIGHT
