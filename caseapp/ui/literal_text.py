"""A lawyer's own text in a tooltip or a message box: word for word, and within the screen.

Qt takes a tooltip, a message box's text or a label left to its "auto" format for rich text
once it looks like HTML (``Qt.mightBeRichText``): "<b>x</b>" was bold and "&amp;" an "&".
A tooltip holding a note of 50,000 characters ran some 9,000 pixels high, above the top of
the screen: a tooltip says the start of a long text, its record's dialog the whole."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt

# A tooltip: some twenty lines of its width at most (half a 768-pixel screen); one value in
# a tooltip saying two (a change's before and after): ten.
TIP_LINES, TIP_CHARACTERS = 24, 1500
VALUE_LINES, VALUE_CHARACTERS = 10, 600


def within_a_tip(text: str, *, lines: int = TIP_LINES, characters: int = TIP_CHARACTERS) -> str:
    """``text`` whole, or its first ``lines`` lines and ``characters`` characters ending in
    "…"."""
    parts = text.split("\n")
    kept = "\n".join(parts[:lines])
    if len(parts) <= lines and len(kept) <= characters:
        return text
    return kept[:characters - 1].rstrip() + "…"


def literal(text: str) -> str:
    """``text`` for a tooltip or a message box, which Qt shows word for word: unchanged where
    Qt reads it as plain text already, else as rich text saying it literally (its lines kept)."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)



SOFT_BREAK = "\u200b"  # a zero-width space: where a line may break, drawn as nothing
LONG_WORD = 30  # characters: longer than any word of the languages the lists are read in


def breakable(text: str, every: int = LONG_WORD) -> str:
    """``text`` for a list that wraps its lines at words (a :class:`QListWidget` with word
    wrap): a word longer than ``every`` characters (a name typed without spaces, a web address)
    may break after each ``every`` characters of it, never before a combining mark. Qt breaks
    lines only between words: one such word made every line of the list as wide as itself,
    cut at the list's right edge."""
    def soft(word: re.Match[str]) -> str:
        out, run = [], 0
        for char in word.group():
            if run >= every and not unicodedata.combining(char):
                out.append(SOFT_BREAK)
                run = 0
            out.append(char)
            run += 1
        return "".join(out)
    return re.sub(rf"\S{{{every + 1},}}", soft, text)
