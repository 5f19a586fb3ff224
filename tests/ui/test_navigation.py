"""Moving about the window with the keyboard, as the lawyer does: Ctrl+1…7 switch views in
the sidebar's order, Alt+Left / Alt+Right go back and forward between views and captive
files, Down or Enter in the search box leads into the results and Enter opens a captive;
File → Close and File → Open Demo Case File; the View menu lists the views."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from caseapp.ui.actions import VIEWS
from caseapp.ui.main_window import MainWindow
from caseapp.ui.navigation import History, Place
from caseapp.ui.window_views import pages
from tests.ui.test_main_window import open_demo, opener

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6,
          Qt.Key.Key_7)


def focused(qtbot, window: MainWindow) -> QWidget:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, window: MainWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(qtbot, window), key, modifier)


def test_the_views_of_the_shortcuts_are_the_sidebar_in_its_order() -> None:
    assert [vid for vid, _text in VIEWS] == [p.id for p in pages()]


@pytest.fixture
def demo_window(qtbot, demo_template: Path, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, opener, demo_builder=lambda p: shutil.copyfile(demo_template, p),
                   demo_path=tmp_path / "demo.db")
    qtbot.addWidget(w)
    w.show()
    open_demo(qtbot, w)
    yield w
    w.close()


def test_ctrl_digits_switch_views_and_the_view_menu_lists_them(qtbot, demo_window) -> None:
    window = demo_window
    sidebar = [window.nav.item(row).text() for row in range(window.nav.count())]
    for n in (3, 7, 1, 5, 2, 6, 4):
        press(qtbot, window, DIGITS[n - 1], CTRL)
        assert window.current_view_id() == VIEWS[n - 1][0]
        assert window.nav.currentRow() == n - 1
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    listed = [(a.text().replace("&&", "&"), a.shortcut().toString()) for a in view_menu.actions()
              if a.shortcut().toString().startswith("Ctrl+") and a.text()]
    assert listed == [(title, f"Ctrl+{n}") for n, title in enumerate(sidebar, 1)]
    window.runner.wait()


def test_alt_left_and_right_go_back_and_forward(qtbot, demo_window) -> None:
    window = demo_window
    assert window.current_view_id() == "dashboard"
    press(qtbot, window, Qt.Key.Key_6, CTRL)  # advocacy log
    press(qtbot, window, Qt.Key.Key_3, CTRL)  # captives
    view = window.views["captives"]
    qtbot.waitUntil(lambda: view.model.rowCount() > 1, timeout=10000)
    first, second = view.model.row_at(0).id, view.model.row_at(1).id
    window.open_captive(first)
    window.open_captive(second)
    back = [(window.current_view_id(), getattr(window.views["captive"], "captive_id", None))]
    for _ in range(4):
        press(qtbot, window, Qt.Key.Key_Left, ALT)
        shown = window.current_view_id()
        back.append((shown, window.views["captive"].captive_id if shown == "captive" else None))
    assert back == [("captive", second), ("captive", first), ("captives", None),
                    ("advocacy", None), ("dashboard", None)]
    assert not window.actions_by_id["go_back"].isEnabled()  # nothing before the dashboard
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    assert window.current_view_id() == "captives"
    press(qtbot, window, Qt.Key.Key_2, CTRL)  # a new place drops the places ahead
    assert not window.actions_by_id["go_forward"].isEnabled()
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    assert window.current_view_id() == "captives"
    window.runner.wait()


def test_down_or_enter_from_the_search_leads_into_the_results_and_enter_opens(
        qtbot, demo_window) -> None:
    window = demo_window
    cf = window.case_file
    wanted = cf.captives.create(names=["Ծատուրյան Զորայր", "Tsaturyan Zorayr"],
                                status="held").id
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    view = window.views["captives"]
    assert QApplication.focusWidget() is view.search
    qtbot.keyClicks(view.search, "Tsaturyan")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    assert view.current_captive_id() == wanted
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_view_id() == "captive"
    assert window.views["captive"].captive_id == wanted
    # Back to the list, and Enter from the search box works as Down does.
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    assert window.current_view_id() == "captives"
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.table
    press(qtbot, window, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert window.views["captive"].captive_id == wanted
    window.runner.wait()


def test_file_close_returns_to_the_welcome_page_and_the_demo_opens_from_the_menu(
        qtbot, demo_window) -> None:
    window = demo_window
    path = window.case_file.db.path
    press(qtbot, window, Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: window.case_file is None, timeout=10000)
    assert window.pages.currentWidget() is window.welcome
    assert not window.actions_by_id["close_file"].isEnabled()
    assert not window.actions_by_id["go_back"].isEnabled()
    assert str(path) in [window.welcome.recent.item(i).text()
                         for i in range(window.welcome.recent.count())]
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    demo = next(a for a in file_menu.actions() if a.objectName() == "action_open_demo")
    assert demo.isEnabled() and demo.text() == "Open &Demo Case File"
    file_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(file_menu.isVisible, timeout=5000)
    file_menu.setActiveAction(demo)
    qtbot.keyClick(file_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=20000)
    assert window.case_file.db.path == path
    assert window.current_view_id() == "dashboard"
    window.runner.wait()


def test_history_forgets_a_deleted_captive_and_keeps_a_limit() -> None:
    h = History(limit=4)
    for place in (Place("dashboard"), Place("captive", 7), Place("captives"), Place("captive", 7),
                  Place("dashboard")):
        h.visit(place)
    assert h.places == [Place("captive", 7), Place("captives"), Place("captive", 7),
                        Place("dashboard")]  # the oldest dropped at the limit of 4
    h.forget(7)
    assert h.places == [Place("captives"), Place("dashboard")] and h.current == Place("dashboard")
    assert h.back() == Place("captives") and h.back() is None


def test_the_window_fits_a_1024_by_600_screen_in_every_view(qtbot, demo_window) -> None:
    window = demo_window
    rows = window.case_file.overview.captive_rows()
    for view_id in [*(vid for vid, _text in VIEWS), "captive"]:
        if view_id == "captive":
            window.open_captive(rows[0].id)
        else:
            window.show_view(view_id)
        window.resize(1024, 600)
        qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 600), timeout=5000)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 600, (view_id, hint)
        # A view larger than what is left scrolls inside the window instead.
        area = window.stack.area_of(window.views[view_id])
        assert area is not None and area.isVisible()
    window.runner.wait()
