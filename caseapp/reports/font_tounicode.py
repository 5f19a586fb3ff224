"""A TrueType font whose PDF copy map (ToUnicode) gives back characters beyond the Basic
Multilingual Plane: an emoji, a mathematical letter, a rare Chinese character.

reportlab (5.1.0, the newest) writes each entry of a subset's ToUnicode map as
``<code> <%04X>``: a code point above U+FFFF comes out as five or six hex digits where the PDF
format wants UTF-16BE, a surrogate pair. Readers take the first four digits, so a PDF that
prints "𝔸" (U+1D538) gives "ᵓ" (U+1D53) when its text is copied or extracted. The font below
lets reportlab write its objects as usual, then rewrites those entries as UTF-16BE."""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase.ttfonts import TTFont

# One bfchar entry: a one-byte code and a destination of five or six hex digits.
_WIDE_ENTRY = re.compile(r"^(<[0-9A-F]{2}> )<([0-9A-F]{5,6})>$", re.MULTILINE)
_CMAP_PREFIX = "toUnicodeCMap:"


def utf16_destination(cmap: str) -> str:
    """``cmap`` (a ToUnicode CMap's text) with each destination above U+FFFF written as the
    UTF-16BE surrogate pair the PDF format wants."""
    def pair(match: re.Match[str]) -> str:
        units = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
        return f"{match.group(1)}<{units}>"
    return _WIDE_ENTRY.sub(pair, cmap)


class CopyableTTFont(TTFont):
    """A :class:`TTFont` whose ToUnicode maps give back every character it draws."""

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (reportlab's name)
        before = set(doc.idToObject)
        super().addObjects(doc)
        for name, obj in doc.idToObject.items():
            if name not in before and name.startswith(_CMAP_PREFIX):
                obj.content = utf16_destination(obj.content)
