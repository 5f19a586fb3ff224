"""The captives list at 1024×768 as the lawyer chooses to see it: Days held, the next hearing
and the last contact in sight without scrolling sideways (Days held had gone first, in Armenian
and Russian alike); a column hidden from the header's menu stays hidden after a restart, until
"Restore Default Columns"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from caseapp.ui.views.captives import COLUMN_IDS
from tests.ui.captive_pages import WAIT
from tests.ui.small_screen import demo_window


def _captives(qtbot, window):
    window.show_view("captives")
    view = window.views["captives"]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT)
    qtbot.wait(50)  # the columns fitted to the window (no time asserted)
    return view


def _in_sight(view, cid: str) -> bool:
    header, column = view.table.horizontalHeader(), COLUMN_IDS.index(cid)
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    return (not header.isSectionHidden(column) and header.sectionSize(column) > 0
            and 0 <= header.sectionViewportPosition(column)
            and right <= view.table.viewport().width())


@pytest.mark.parametrize("language", ["hy", "ru"])
def test_days_held_is_in_sight_at_1024(qtbot, tmp_path: Path, armenian_demo_template: Path,
                                        language: str) -> None:
    with demo_window(qtbot, tmp_path, language, armenian_demo_template) as window:
        view = _captives(qtbot, window)
        for cid in ("name", "status", "place", "days", "next_hearing", "last_contact"):
            assert _in_sight(view, cid), cid
        assert view.table.horizontalScrollBar().maximum() == 0


def _menu_entry(view, cid: str) -> QAction:
    menu = QMenu()
    view.fill_columns_menu(menu)
    view._kept_menu = menu  # (alive while the test triggers its entries)
    return next(a for a in menu.actions() if a.objectName() == cid)


def test_a_hidden_column_stays_hidden_after_a_restart(qtbot, tmp_path: Path,
                                                       armenian_demo_template: Path) -> None:
    with demo_window(qtbot, tmp_path, "hy", armenian_demo_template) as window:
        view = _captives(qtbot, window)
        name = _menu_entry(view, "column_name")
        assert not name.isEnabled()  # the name always shows
        _menu_entry(view, "column_next_hearing").toggle()
        assert not _in_sight(view, "next_hearing")
        window.close()  # its settings written as on quitting
    with demo_window(qtbot, tmp_path, "hy", armenian_demo_template) as window:
        view = _captives(qtbot, window)
        assert not _in_sight(view, "next_hearing")
        assert _in_sight(view, "days")
        entry = _menu_entry(view, "column_next_hearing")
        assert not entry.isChecked()
        _menu_entry(view, "columns_restore").trigger()
        assert _in_sight(view, "next_hearing")


def test_a_column_shown_from_the_view_menu_is_not_hidden_to_make_room(
        qtbot, tmp_path: Path, armenian_demo_template: Path) -> None:
    with demo_window(qtbot, tmp_path, "ru", armenian_demo_template) as window:
        view = _captives(qtbot, window)
        assert not _in_sight(view, "category")  # no room for it at 1024 by default
        menu = window.findChild(QMenu, "captives_columns_menu")
        menu.aboutToShow.emit()
        entry = next(a for a in menu.actions() if a.objectName() == "column_category")
        entry.toggle()
        header = view.table.horizontalHeader()
        assert not header.isSectionHidden(COLUMN_IDS.index("category"))
