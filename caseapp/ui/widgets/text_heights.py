"""The height of a box of plain text that shows a number of its lines whole."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QPlainTextEdit

LEAST_HEIGHT = 64  # a multi-line field's height, however few its lines


def tall_enough(edit: QPlainTextEdit, lines: int, *, most: int) -> int:
    """The height that shows ``lines`` lines of ``edit`` whole (up to ``most``; more scroll).
    A fixed 64 pixels cut off the fifth line of the lawyer's details under a letter's
    signature (her phone and e-mail), and the last words of a recovery share."""
    margins = edit.contentsMargins()
    document = math.ceil(2 * edit.document().documentMargin())
    shown = min(lines, most) * edit.fontMetrics().lineSpacing()
    return max(LEAST_HEIGHT, shown + document + margins.top() + margins.bottom() + 1)


__all__ = ["LEAST_HEIGHT", "tall_enough"]
