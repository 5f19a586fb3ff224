"""Where Tab goes: a widget made after others (a tab's title, a chosen captive's Remove) put
in the order the lawyer reads, not the order it was made in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QWidget


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


def tab_stop_on_checked(group: QButtonGroup) -> None:
    """Tab stops on the group's checked button only, as on any radio group, whichever is
    checked (by a click, an arrow key or the program); the arrows go to the others.

    Qt gives the Tab stop to the button that last had the focus instead: a dialog opening
    on an unchecked one kept the checked one out of Tab's reach."""
    def place(*_args: object) -> None:
        for button in group.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button.isChecked()
                                  else Qt.FocusPolicy.ClickFocus)

    group.buttonToggled.connect(place)
    place()
