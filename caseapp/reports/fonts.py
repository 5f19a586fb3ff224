"""The bundled DejaVu fonts, registered once with reportlab and embedded in every PDF.

System fonts are never used: a dossier must show Armenian, Cyrillic and Azerbaijani
letters (ə, ş, ğ) the same on every machine."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from caseapp.resources import resource

SANS = "CaseAppSans"
SANS_BOLD = "CaseAppSans-Bold"
SANS_ITALIC = "CaseAppSans-Oblique"
SANS_BOLD_ITALIC = "CaseAppSans-BoldOblique"
MONO = "CaseAppMono"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf",
          SANS_ITALIC: "DejaVuSans-Oblique.ttf", SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
          MONO: "DejaVuSansMono.ttf"}


@cache
def register_fonts() -> str:
    """Register the fonts (idempotent), make them the tables' default, and return the family
    name to use in styles."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    # A table sets its cells' font before drawing each, even a cell holding a Paragraph in
    # its own font: by default Helvetica, a standard font the PDF would name and not embed.
    CellStyle.fontname = SANS
    # <b> and <i> inside a Paragraph pick the matching face of the family.
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
    addMapping(MONO, 0, 0, MONO)
    addMapping(MONO, 1, 0, MONO)
    addMapping(MONO, 0, 1, MONO)
    addMapping(MONO, 1, 1, MONO)
    return SANS
