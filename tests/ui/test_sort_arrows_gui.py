"""A column's sort arrow says the order the rows are in: up (▲) while ascending, A to Z or
the earliest first; down (▼) while descending. The advocacy log, newest first, showed ▲ (Qt
hands the style the arrow the other way round; caseapp.ui.theme.SortArrows turns it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from caseapp.ui.models.records import SORT_ROLE
from caseapp.ui.theme import apply_palette
from caseapp.ui.views.advocacy import AdvocacyView
from caseapp.ui.views.deadlines import DeadlinesView


@pytest.fixture
def app_style(qapp: QApplication):
    """The window's style (as the app sets it), put back to plain Fusion after the test."""
    palette = QApplication.palette()
    apply_palette(qapp, Qt.ColorScheme.Light)
    yield
    qapp.setStyle("Fusion")
    QApplication.setPalette(palette)


def arrow(header: QHeaderView, column: int) -> str:
    """Which way the sort arrow drawn in ``column``'s title points: "up" or "down"."""
    image = header.grab().toImage()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    widths = []  # the dark pixels of each line of the title's right end, where the arrow is
    for y in range(image.height()):
        dark = sum(1 for x in range(right - 24, right - 1) if image.pixelColor(x, y).lightness() < 120)
        if dark:
            widths.append(dark)
    assert len(widths) >= 2, "no sort arrow drawn"
    return "up" if widths[0] < widths[-1] else "down"


def shown(qtbot, ui, view_class):
    view = view_class(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    qtbot.waitUntil(lambda: ui.runner.active == 0)
    return view


def column_keys(view, column: int) -> list:
    return [view.proxy.index(r, column).data(SORT_ROLE) for r in range(view.proxy.rowCount())]


def test_the_advocacy_log_newest_first_shows_a_descending_arrow(app_style, qtbot, ui) -> None:
    view = shown(qtbot, ui, AdvocacyView)
    header = view.table.horizontalHeader()
    days = column_keys(view, 0)
    assert days == sorted(days, reverse=True) and days[0] != days[-1]  # newest first
    assert header.sortIndicatorSection() == 0
    assert arrow(header, 0) == "down"
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # a click on the title: oldest first
    assert column_keys(view, 0) == sorted(days)
    assert arrow(header, 0) == "up"


def test_the_deadlines_soonest_first_show_an_ascending_arrow(app_style, qtbot, ui) -> None:
    view = shown(qtbot, ui, DeadlinesView)
    header = view.table.horizontalHeader()
    keys = column_keys(view, 1)
    assert keys == sorted(keys)  # overdue, today, this week, later
    assert arrow(header, 1) == "up"
