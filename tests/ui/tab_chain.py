"""Tab pressed through a view or a dialog as a lawyer without a mouse does, from where the
focus starts: the widgets reached, in order, and what is wrong with that order — a widget
reached before one that reads earlier (above it), an input never reached or reached twice, a
hidden one reached, a group of choices that takes a Tab stop for each choice, an input a
screen reader reads out by its kind alone."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)

from tests.ui.driving import WAIT
from tests.ui.test_screen_reader_names_gui import said

SLACK = 4  # pixels: widgets of one row are not all at the same height


def owner(widget: QWidget) -> QWidget:
    """The widget the lawyer sees take the focus: a spin box, not the box of text inside it."""
    outer = widget
    parent = outer.parentWidget()
    while parent is not None and _proxied(parent) is outer:
        outer, parent = parent, parent.parentWidget()
    return outer


def _proxied(widget: QWidget) -> QWidget | None:
    proxy = widget.focusProxy()
    while proxy is not None and proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()
    return proxy


def name(widget: QWidget) -> str:
    widget = owner(widget)
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return widget.objectName() or text or type(widget).__name__


def walk(qtbot, window: QWidget, start: QWidget, limit: int = 120) -> list[QWidget]:
    """The widgets Tab puts the cursor in from ``start`` (itself first) until it comes back to
    it; a field that keeps a Tab for itself (a date's day, month and year) is counted once. A
    widget reached while it could not be seen (hidden, or scrolled out of sight and left
    there) is put in :data:`HIDDEN`."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    start = _proxied(start) or start
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=WAIT)
    seen = [start]
    HIDDEN.clear()
    for pressed in range(limit * 4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if owner(focus) is owner(seen[0]) and len(seen) > 1:
            return seen
        if len(seen) == 1 and focus is start and pressed > 8:
            return seen  # the only stop (a countdown's Cancel)
        if owner(focus) is not owner(seen[-1]):
            seen.append(focus)
            if not focus.isVisible() or _visible(focus).isEmpty():
                HIDDEN.add(focus)
        if len(seen) > limit:
            break
    raise AssertionError(f"Tab never came back to {name(seen[0])}: {[name(w) for w in seen]}")


HIDDEN: set[QWidget] = set()  # of the last walk


def _box(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _visible(widget: QWidget) -> QRect:
    """The part of ``widget`` on screen (a scroll area's inside shows part of its fields)."""
    box = _box(widget)
    parent = widget.parentWidget()
    while parent is not None and not widget.isWindow():
        box = box.intersected(_box(parent))
        widget, parent = parent, parent.parentWidget()
    return box


def _below(ancestor: QWidget, widget: QWidget) -> QWidget:
    """The child of ``ancestor`` that holds ``widget`` (or is it)."""
    while widget.parentWidget() is not ancestor:
        widget = widget.parentWidget()
    return widget


def reads_before(earlier: QWidget, later: QWidget) -> bool:
    """Whether ``later`` is read before ``earlier``: in the widget that holds them both, the
    part that holds ``later`` is wholly above the part that holds ``earlier`` (however a
    scroll area is scrolled; two columns side by side are not above one another, so a left
    column read to its foot goes on at the top of the right one); or ``later`` holds
    ``earlier`` (a frame reached after what is in it)."""
    if later.isAncestorOf(earlier):
        return True
    if earlier.isAncestorOf(later):
        return False
    common = earlier.parentWidget()
    while not common.isAncestorOf(later):
        common = common.parentWidget()
    a, b = _below(common, earlier).geometry(), _below(common, later).geometry()
    return b.bottom() < a.top() - SLACK


def groups_of(widget: QWidget) -> list[QAbstractButton]:
    """The choices ``widget`` is one of: one Tab stop for them all."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return []
    group = widget.group()
    if group is not None and group.exclusive():
        return list(group.buttons())
    if widget.autoExclusive():
        parent = widget.parentWidget()
        return [b for b in parent.findChildren(QAbstractButton) if b.autoExclusive()
                and b.parentWidget() is parent] if parent is not None else []
    return []


def tab_stops(top: QWidget) -> list[QWidget]:
    """The inputs of ``top`` Tab should reach: shown, enabled and taking the focus by Tab
    (for a group of choices, the one chosen)."""
    found = []
    for w in top.findChildren(QWidget):
        if w.isWindow() or not w.isVisible() or not w.isEnabled() or w.focusProxy() is not None:
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and not groups_of(w):
            continue
        if owner(w) is not w or w.width() <= 0 or w.height() <= 0:
            continue
        choices = groups_of(w)
        if choices and not w.isChecked() and any(b.isChecked() for b in choices):
            continue
        found.append(w)
    return found


def out_of_order(cycle: list[QWidget]) -> list[str]:
    """Each step of ``cycle`` (from its first) to a widget read before the one left."""
    return [f"{name(later)} after {name(earlier)} (read before it)"
            for earlier, later in pairwise(cycle)
            if reads_before(earlier, later)]


def in_reading_order(cycle: list[QWidget]) -> list[QWidget]:
    """The Tab cycle ``cycle`` from the widget read first: the turn that goes back up the
    fewest times (once, from the last to the first, is the cycle's own)."""
    turns = [cycle[at:] + cycle[:at] for at in range(len(cycle))]
    return min(turns, key=lambda turn: len(out_of_order(turn))) if turns else cycle


def named(focused: QWidget, outer: QWidget) -> bool:
    """Whether a screen reader names the stop: its own name, or a caption that is its buddy.
    A choice's current item is no name (Qt reads it out as one: "Full name, combo box"
    told nothing of the column it was for)."""
    if isinstance(outer, QComboBox) or isinstance(focused, QComboBox):
        return bool(focused.accessibleName().strip() or outer.accessibleName().strip()) or any(
            label.buddy() in (focused, outer) for label in outer.window().findChildren(QLabel))
    return bool(said(focused).strip() or said(outer).strip())


def faults(reached: list[QWidget], top: QWidget) -> list[str]:
    """What is wrong with the Tab cycle ``reached`` inside ``top``."""
    inside = in_reading_order([w for w in reached if w is top or top.isAncestorOf(w)])
    wrong = out_of_order(inside)
    owners = [owner(w) for w in inside]
    for w, outer in zip(inside, owners, strict=True):
        if owners.count(outer) > 1:
            wrong.append(f"{name(w)} reached {owners.count(outer)} times")
        if w in HIDDEN:
            wrong.append(f"{name(w)} reached, hidden")
        choices = groups_of(outer)
        if choices and not outer.isChecked() and any(b.isChecked() for b in choices):
            wrong.append(f"{name(w)} reached, not the choice made")
        stops = [b for b in choices if b in owners]
        if len(stops) > 1 and outer is stops[0]:
            wrong.append(f"{len(stops)} Tab stops for {name(w)} and its other choices")
        if not named(w, outer):
            wrong.append(f"{name(w)} ({type(outer).__name__}) has no name a screen reader reads")
    wrong += [f"{name(w)} never reached" for w in tab_stops(top) if w not in owners]
    return list(dict.fromkeys(wrong))
