"""A case file opens on one view; the others are built the first time the lawyer goes to
them (from the sidebar or with Ctrl+1…7), and show their records then."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caseapp.ui.main_window import MainWindow
from tests.ui.test_navigation import CTRL, DIGITS, demo_window, press  # noqa: F401 - fixture

DEMO_CAPTIVES = 25  # the demo file's fictional captives (``caseapp captives list`` counts 25)


def test_only_the_view_shown_is_built_at_open(demo_window: MainWindow) -> None:  # noqa: F811
    window = demo_window
    assert window.current_view_id() == "dashboard"
    assert list(window.views.built()) == ["dashboard"]
    assert window.findChild(type(window.views["dashboard"]), "view_captives") is None
    # every view is still named (the sidebar, the View menu) without being built
    assert list(window.views) == ["dashboard", "deadlines", "captives", "hearings", "contacts",
                                  "advocacy", "documents", "captive"]
    assert window.nav.count() == 7


def test_ctrl_3_builds_the_captives_list_and_shows_its_rows(qtbot, demo_window: MainWindow) -> None:  # noqa: F811
    window = demo_window
    assert not window.views.is_built("captives")
    press(qtbot, window, DIGITS[2], CTRL)
    assert window.views.is_built("captives") and window.current_view_id() == "captives"
    table = window.views["captives"].table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() == DEMO_CAPTIVES, timeout=20000)
    search = window.views["captives"].search  # type: ignore[attr-defined]
    qtbot.waitUntil(search.hasFocus, timeout=5000)  # the keyboard is in the view just built
    # Enter opens the selected captive's file: that view is built on the way
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view_id() == "captive", timeout=10000)
    assert window.views.is_built("captive")
    assert not window.views.is_built("hearings")


def test_the_sidebar_builds_a_view_once(qtbot, demo_window: MainWindow) -> None:  # noqa: F811
    window = demo_window
    window.nav.setCurrentRow(3)  # Hearings
    hearings = window.views.built()["hearings"]
    assert window.current_view_id() == "hearings"
    window.nav.setCurrentRow(0)
    window.nav.setCurrentRow(3)
    assert window.views["hearings"] is hearings and window.stack.currentWidget() is hearings


def test_closing_the_file_drops_the_views(qtbot, demo_window: MainWindow) -> None:  # noqa: F811
    window = demo_window
    press(qtbot, window, DIGITS[1], CTRL)  # Deadlines
    window.actions_by_id["close_file"].trigger()
    qtbot.waitUntil(lambda: window.case_file is None, timeout=10000)
    assert window.views.built() == {} and list(window.views) == []
