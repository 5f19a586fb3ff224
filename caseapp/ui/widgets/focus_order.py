"""Where Tab goes: a widget made after others (a tab's title, a chosen captive's Remove) put
in the order the lawyer reads, not the order it was made in."""

from __future__ import annotations

from itertools import pairwise

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QButtonGroup, QScrollArea, QWidget


def tab_before(anchor: QWidget, widget: QWidget) -> None:
    """Tab reaches ``widget`` just before ``anchor`` (and Shift+Tab from ``anchor``).

    Qt's ``setTabOrder`` does nothing when the widget to follow takes no focus (a label, a
    box of buttons): the nearest one before ``anchor`` that does is followed instead."""
    before = anchor.previousInFocusChain()  # (Qt's focus chain is a ring: never None)
    while before is not None and before is not anchor and before is not widget \
            and before.focusPolicy() == Qt.FocusPolicy.NoFocus:
        before = before.previousInFocusChain()
    if before is not None and before is not widget:
        QWidget.setTabOrder(before, widget)


def tab_in_order(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` one after the other, from wherever the first is.

    Qt puts a widget moved into another window (a part made alone, then put in a splitter
    or a tab) back in the order its widgets were made: an order set before is lost, and is
    set again with this once the widget is where it stays (when it is shown)."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)


def no_stop_around_fields(area: QScrollArea) -> None:
    """No Tab stop for ``area``, a scroll area around fields: it said nothing (a nameless
    stop before or after them); Tab goes to the fields and the area scrolls to each.

    A scroll area around text to read (a captive's profile, the hearing chosen, what a level
    leaves out) stays a stop, the keyboard's only way to scroll that text, named for what it
    holds."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    _FieldInSight(area)


class _FieldInSight(QObject):
    """Scrolls ``area`` to the field inside it that the keyboard (or the program) put the
    cursor in, out of sight. Qt's scroll area does it only for a Tab from inside it: a Tab
    from the field before the area (the list of views, the letter's addressee) left the
    cursor in a field scrolled away."""

    def __init__(self, area: QScrollArea):
        super().__init__(area)
        self.area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self.area):  # (the focus leaves an area being deleted)
            return
        inside = self.area.widget()
        if new is None or inside is None or not inside.isAncestorOf(new) \
                or QApplication.mouseButtons() != Qt.MouseButton.NoButton:  # clicked: in sight
            return
        viewport = self.area.viewport()
        if not viewport.rect().contains(QRect(new.mapTo(viewport, QPoint(0, 0)), new.size())):
            self.area.ensureWidgetVisible(new)


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
