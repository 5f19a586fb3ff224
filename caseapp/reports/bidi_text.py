"""Right-to-left text (Hebrew, Arabic) as reportlab must be given it.

reportlab draws a string's characters left to right in the order they are stored (logical
order), and draws each Arabic letter in its isolated form: without rlbidi (not on PyPI) it
neither reorders nor joins. A Hebrew name then reads backwards and an Arabic one backwards and
unjoined. Before drawing, Arabic letters are given their joined forms (arabic-reshaper) and
each line is put in the order its glyphs appear from left to right (python-bidi, the Unicode
bidirectional algorithm; a line's direction follows its first strong letter). Text without a
right-to-left letter is returned as it is. A ligature the bundled fonts have no glyph for (الله
as one sign) is not used: its letters are drawn joined instead.

A paragraph long enough to wrap is broken into lines in reading order first, then each line
is reordered (:func:`caseapp.reports.pdfkit.wrapped_lines`, :func:`caseapp.reports.pdfkit.para`):
reordered whole, its lines would come in the wrong order.
"""

from __future__ import annotations

import re
from functools import cache

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi import get_display

from caseapp.reports.fonts import drawn_characters

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan…, and their presentation forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


_STRONG = re.compile("[^\\W\\d_]")  # a letter: the first one sets a paragraph's direction


def has_right_to_left(value: str) -> bool:
    """Whether ``value`` holds a right-to-left letter."""
    return _RIGHT_TO_LEFT.search(value) is not None


def starts_right_to_left(value: str) -> bool:
    """Whether ``value``'s first letter is right-to-left (its paragraph reads from the right)."""
    first = _STRONG.search(value)
    return first is not None and _RIGHT_TO_LEFT.match(first.group()) is not None


@cache
def _reshaper() -> ArabicReshaper:
    """The reshaper with the ligatures the fonts cannot draw turned off (by default it writes
    الله as U+FDF2, which DejaVu lacks: the word came out as one replacement sign)."""
    drawn = drawn_characters()
    return ArabicReshaper(configuration={
        name: False for name, (_, forms) in LIGATURES
        if not all(ord(form) in drawn for form in forms if form)})


def joined(value: str) -> str:
    """Arabic letters in their joined (presentation) forms, still in logical order."""
    return _reshaper().reshape(value) if _RIGHT_TO_LEFT.search(value) else value


def in_drawing_order(line: str) -> str:
    """One line (no line breaks) with its letters in the order they are drawn, left to
    right."""
    return get_display(line) if _RIGHT_TO_LEFT.search(line) else line


def for_drawing(line: str) -> str:
    """:func:`joined`, then :func:`in_drawing_order`."""
    return in_drawing_order(joined(line))
