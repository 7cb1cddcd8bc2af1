"""The bundled DejaVu fonts, registered with reportlab for embedding (they cover Latin and Cyrillic)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reader.core.errors import ExportError
from reader.core.resources import resource_path

REGULAR = "PR-DejaVuSans"
BOLD = "PR-DejaVuSans-Bold"
OBLIQUE = "PR-DejaVuSans-Oblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", OBLIQUE: "DejaVuSans-Oblique.ttf"}


@dataclass(frozen=True)
class FontMetrics:
    """Vertical metrics of a font as fractions of the font size."""

    ascent: float
    descent: float  # positive: how far glyphs reach below the baseline


@functools.cache
def register_fonts() -> FontMetrics:
    """Register the three faces with reportlab (once per process); return their vertical metrics."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError

    from reader.core.export.fastfont import FastTTFont

    fonts = {}
    for name, file in _FILES.items():
        path = resource_path("fonts", file)
        try:
            font = FastTTFont(name, str(path))
        except (OSError, TTFError) as error:
            raise ExportError(f"The bundled font {file} cannot be read ({error}).", path=str(path),
                              hint="Reinstall Parallel Reader.") from None
        pdfmetrics.registerFont(font)
        fonts[name] = font
    pdfmetrics.registerFontFamily("PR-DejaVuSans", normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD)
    face = fonts[REGULAR].face
    return FontMetrics(ascent=face.ascent / 1000, descent=-face.descent / 1000)
