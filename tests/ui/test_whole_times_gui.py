"""A day with its time is read whole at 1024 pixels, in English, Armenian and Russian: the
Deadlines view's Due column ("6 Dec 2026 4:00 PM Europe/Paris" was cut to "6 Dec 2026 …") and
the Captives list's Next hearing ("9 Dec 2026 10:30 …" in English), also after widths saved
narrower (by an earlier session, or in another language)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from caseapp.ui.views.captives import COLUMN_IDS
from tests.ui.test_small_screen_gui import _window_at_1024

NEXT_HEARING = COLUMN_IDS.index("next_hearing")

CELL_MARGINS = 8  # the least room a cell's text needs besides its letters


def cut_cells(table, column: int) -> list[str]:
    """The texts of ``column`` that its width cannot show whole."""
    model, width = table.model(), table.horizontalHeader().sectionSize(column)
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, column)
        text = str(index.data() or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else table.font())
        if text and metrics.horizontalAdvance(text) + CELL_MARGINS > width:
            cut.append(text)
    return cut


def shown(qtbot, window, view_id: str):
    window.show_view(view_id)
    view = window.views[view_id]
    qtbot.waitUntil(lambda: window.runner.active == 0 and view.model.rowCount() > 0, timeout=20000)
    qtbot.wait(50)  # laid out (no time asserted)
    return view


@pytest.mark.parametrize("lang", ["en", "hy", "ru"])
def test_the_due_day_and_time_and_the_next_hearing_are_whole_at_1024(
        lang: str, qtbot, tmp_path: Path, demo_copy: Path) -> None:
    window = _window_at_1024(qtbot, tmp_path, lang)
    assert window.open_path(demo_copy)
    deadlines = shown(qtbot, window, "deadlines")
    table = deadlines.table
    assert any(r.deadline.due_time for r in deadlines.rows)  # the demo's Rule 39 report, 16:00
    assert cut_cells(table, 0) == []
    header = table.horizontalHeader()
    assert header.sectionSize(3) >= 20 * table.fontMetrics().averageCharWidth()  # the title, read
    assert table.horizontalScrollBar().maximum() == 0
    captives = shown(qtbot, window, "captives")
    assert cut_cells(captives.table, NEXT_HEARING) == []
    window.set_case_file(None, backup_previous=False)


def test_times_are_whole_after_widths_saved_narrower(qtbot, tmp_path: Path, demo_copy: Path) -> None:
    window = _window_at_1024(qtbot, tmp_path, "en")
    assert window.open_path(demo_copy)
    for view_id, column in (("deadlines", 0), ("captives", NEXT_HEARING)):
        view = shown(qtbot, window, view_id)
        view.table.horizontalHeader().resizeSection(column, 90)
        view.save_state(window.settings)
    window.set_case_file(None, backup_previous=False)

    window = _window_at_1024(qtbot, tmp_path, "ru")
    assert window.open_path(demo_copy)
    for view_id, column in (("deadlines", 0), ("captives", NEXT_HEARING)):
        view = shown(qtbot, window, view_id)
        assert view.table.horizontalHeader().sectionSize(column) < 200  # no wider than needed
        assert cut_cells(view.table, column) == [], view_id
    window.set_case_file(None, backup_previous=False)


@pytest.mark.parametrize("lang", ["hy", "ru"])
def test_the_deadlines_filters_say_all_bodies_and_all_rules_whole(lang: str, qtbot, tmp_path: Path,
                                                                  demo_copy: Path) -> None:
    """The body and rule filters were 7 characters wide: "Բոլոր մարմի" for "All bodies"."""
    window = _window_at_1024(qtbot, tmp_path, lang)
    assert window.open_path(demo_copy)
    view = shown(qtbot, window, "deadlines")
    for combo in (view.body, view.rule):
        assert combo.currentIndex() == 0
        room = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, _combo_option(combo),
            QStyle.SubControl.SC_ComboBoxEditField, combo).width()
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= room, combo.currentText()
    window.set_case_file(None, backup_previous=False)


def _combo_option(combo):
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return option
