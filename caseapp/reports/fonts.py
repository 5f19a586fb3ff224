"""The bundled DejaVu fonts, registered once with reportlab and embedded in every PDF.

System fonts are never used: a dossier must show Armenian, Cyrillic and Azerbaijani
letters (ə, ş, ğ) the same on every machine."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus.tables import CellStyle

from caseapp.reports.font_tounicode import CopyableTTFont
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
        # CopyableTTFont: text copied from the PDF gives back an emoji or a 𝔸 as drawn.
        pdfmetrics.registerFont(CopyableTTFont(name, str(resource("fonts", filename))))
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


# What stands for a character the bundled fonts have no glyph for (a Chinese, Devanagari or
# Thai letter, an emoji): the replacement character, which every reader knows as "a
# character that could not be shown", not the empty box (.notdef) reportlab would draw
# silently, which looks like a letter of the name.
REPLACEMENT = "\ufffd"
# Invisible characters that only choose how the letter before them looks (variation
# selectors, an emoji's skin tone, a joiner): left out where the font cannot draw them.
_PRESENTATION = re.compile("[\u200c\u200d\ufe00-\ufe0f\U0001f3fb-\U0001f3ff"
                           "\U000e0100-\U000e01ef]")


@cache
def drawn_characters() -> frozenset[int]:
    """The code points the sans family's upright faces can draw (the text and its bold; the
    oblique faces, which draw no Arabic, set no name)."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in (SANS, SANS_BOLD)]
    return frozenset.intersection(*(frozenset(f.charToGlyph) for f in faces))


def drawable(value: str) -> str:
    """``value`` as the PDFs draw it: composed (NFC: an "é" typed as e and an accent is the
    font's é), each character the bundled fonts cannot draw replaced by
    :data:`REPLACEMENT`, and a presentation mark they cannot draw left out. Line breaks
    and tabs are kept."""
    if value.isascii():
        return value
    drawn = drawn_characters()
    value = unicodedata.normalize("NFC", value)
    out: list[str] = []
    for char in value:
        if ord(char) in drawn or char in "\n\t\r":
            out.append(char)
        elif not _PRESENTATION.match(char):
            out.append(REPLACEMENT)
    return "".join(out)
