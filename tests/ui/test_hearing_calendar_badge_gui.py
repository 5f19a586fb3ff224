"""The hearings calendar at 1024×768 in Armenian and Russian, over the Armenian demo: a hearing
day's count badge sits beside its number, both readable; it covered the number's last digit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from tests.ui.small_screen import demo_window

WAIT = 10000


@pytest.fixture(params=["hy", "ru"])
def window(request, qtbot, tmp_path: Path, armenian_demo_template: Path):
    with demo_window(qtbot, tmp_path, request.param, armenian_demo_template) as w:
        yield w


def test_a_hearing_days_badge_leaves_its_number_whole(qtbot, window) -> None:
    window.show_view("hearings")
    calendar = window.views["hearings"].calendar
    qtbot.waitUntil(lambda: bool(calendar.counts), timeout=WAIT)
    qtbot.wait(20)  # laid out (no time asserted)
    grid = calendar.findChild(QTableView)
    model = grid.model()
    font = QFont(calendar.font())
    font.setBold(True)  # a hearing day's number is bold
    metrics = QFontMetrics(font)
    shown = {calendar.yearShown(), calendar.monthShown()}
    days = [d for d in calendar.counts if {d.year, d.month} <= shown and 7 <= d.day <= 22]
    assert days, "no hearing day in the middle of the month shown"
    cells = {model.index(r, c).data(): grid.visualRect(model.index(r, c))
             for r in range(1, model.rowCount()) for c in range(model.columnCount())
             if 7 <= int(model.index(r, c).data() or 0) <= 22}  # one cell per day there
    for day in days:
        cell = cells[day.day]
        number = metrics.boundingRect(cell, Qt.AlignmentFlag.AlignCenter, str(day.day))
        badge = calendar.badge_at(cell, number)
        assert not badge.intersects(number), (day, cell, number, badge)
        assert cell.contains(badge), (day, cell, badge)
        assert badge.height() >= 12  # its count readable
