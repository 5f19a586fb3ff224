"""The hearings calendar at 1024×768 in Armenian and Russian, over the Armenian demo: a hearing
day's count badge sits beside its number, both readable; it covered the number's last digit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from tests.conftest import copy_of
from tests.ui.test_table_rows_and_widths_gui import _window

WAIT = 10000


@pytest.fixture(params=["hy", "ru"])
def window(request, qtbot, tmp_path: Path, armenian_demo_template: Path):
    w = _window(qtbot, tmp_path, request.param)
    assert w.open_path(copy_of(armenian_demo_template, tmp_path / "demo-hy.db"))
    yield w
    w.set_case_file(None, backup_previous=False)
    w.close()


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
