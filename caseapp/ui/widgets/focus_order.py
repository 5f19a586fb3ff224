"""Where Tab goes: a widget made after others (a tab's title, a chosen captive's Remove) put
in the order the lawyer reads, not the order it was made in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_before(anchor: QWidget, widget: QWidget) -> None:
    """Tab reaches ``widget`` just before ``anchor`` (and Shift+Tab from ``anchor``).

    Qt's ``setTabOrder`` does nothing when the widget to follow takes no focus (a label, a
    box of buttons): the nearest one before ``anchor`` that does is followed instead."""
    before = anchor.previousInFocusChain()
    while before is not anchor and before is not widget \
            and before.focusPolicy() == Qt.FocusPolicy.NoFocus:
        before = before.previousInFocusChain()
    if before is not widget:
        QWidget.setTabOrder(before, widget)
