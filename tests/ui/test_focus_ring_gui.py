"""A scroll area around text to read (a captive's profile, the hearing chosen, what a level
leaves out) is a Tab stop, the keyboard's way to scroll that text: it showed nothing when it
had the focus (frameless, the style drew no focus frame), and a lawyer tabbing through the
window could not see where she was. It now has a ring in the highlight colour around it
while it has the focus, and none once the focus leaves."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from caseapp.ui.widgets.scrolled import scrolled
from tests.ui.captive_pages import open_page


def _ring_pixels(window: QWidget, area: QScrollArea) -> int:
    """How many pixels of ``area``'s outermost edge are in the highlight colour, or 0 when a
    side of four has none (a side covered by the scroll bar)."""
    image: QImage = window.grab().toImage()
    highlight = QColor(window.palette().color(QPalette.ColorRole.Highlight)).rgb()
    top_left = area.mapTo(window, QPoint(0, 0))
    rect = area.rect().translated(top_left).adjusted(0, 2, 0, -2)  # (the rounded corners)
    edge = [QPoint(x, y) for x in range(rect.left() + 2, rect.right() - 1, 4)
            for y in (rect.top() - 2, rect.bottom() + 2)] \
        + [QPoint(x, y) for y in range(rect.top(), rect.bottom() + 1, 4)
           for x in (rect.left(), rect.right())]
    ratio = window.devicePixelRatioF()
    ringed = [p for p in edge if image.pixel(int(p.x() * ratio), int(p.y() * ratio)) == highlight]
    sides = (min(p.x() for p in edge), max(p.x() for p in edge))
    tops = (min(p.y() for p in edge), max(p.y() for p in edge))
    every_side = all(any(p.x() == x for p in ringed) for x in sides) \
        and all(any(p.y() == y for p in ringed) for y in tops)
    return len(ringed) if every_side else 0


def _focus(qtbot, widget: QWidget) -> None:
    widget.window().activateWindow()  # (on a real screen, the keys go to the active window)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.wait(10)  # painted


def test_a_scrolled_text_shows_where_the_focus_is(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(8, 8, 8, 8)
    field = QLineEdit(window)
    text = QLabel("A hearing's notes, long enough to scroll. " * 40)
    text.setWordWrap(True)
    area = scrolled(text, window, name="details", least_height=80)
    layout.addWidget(field)
    layout.addWidget(area)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    assert area.focusPolicy() != Qt.FocusPolicy.NoFocus  # a Tab stop
    _focus(qtbot, field)
    assert _ring_pixels(window, area) == 0
    _focus(qtbot, area)
    qtbot.waitUntil(lambda: _ring_pixels(window, area) > 100)  # around the whole area
    _focus(qtbot, field)
    assert _ring_pixels(window, area) == 0


def test_the_profile_shows_where_the_focus_is(qtbot, ui) -> None:
    cf = ui.case_file
    page = open_page(qtbot, ui, cf.captives.list()[0].id)
    profile = page.profile_scroll
    qtbot.waitUntil(profile.isVisible)
    _focus(qtbot, profile)
    qtbot.waitUntil(lambda: _ring_pixels(page, profile) > 100)  # (laid out)
    _focus(qtbot, page.sections["names"].table)
    assert _ring_pixels(page, profile) == 0

