"""A lawyer's own text where Qt would take it for markup: a tooltip, a message box's text or a
label left to Qt's "auto" format shows "<b>x</b>" in bold and "&amp;" as "&" once the text
looks like HTML (``Qt.mightBeRichText``). What the lawyer typed is shown word for word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt


def literal(text: str) -> str:
    """``text`` for a tooltip or a message box, which Qt shows word for word: unchanged where
    Qt reads it as plain text already, else as rich text saying it literally (its lines kept)."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)

