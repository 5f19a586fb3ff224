"""Tab goes through a dialog in the order the lawyer reads it, top to bottom and left to
right: a field's "Choose…" button right after the field, the rule calculator's term right
after the trigger (it came after Close, last of all), the import's file before its sheet,
the merge's values between Swap and Merge (they came after Cancel)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from tests.ui.captive_pages import WAIT


def names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() or (w.text() if isinstance(w, QAbstractButton) else type(w).__name__)
            for w in widgets]


def tabbed_from(qtbot, dialog: QDialog, start: QWidget, presses: int) -> list[QWidget]:
    """Where Tab goes from ``start``: each widget once (a date's sections take a Tab each)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=WAIT)
    seen = [start]
    for _ in range(presses * 4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is not seen[-1]:
            seen.append(focus)
        if len(seen) > presses:
            break
    return seen


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_calculator_s_term_comes_after_the_trigger_and_the_captive_before_add(
        qtbot, ui) -> None:
    from caseapp.ui.dialogs.rule_calculator import RuleCalculator
    from caseapp.ui.widgets.captive_picker import CaptiveSource

    captive_id = ui.case_file.overview.captive_rows()[0].id
    dialog = shown(qtbot, RuleCalculator(ui.case_file.rule_set, date(2026, 12, 1),
                                         CaptiveSource(ui), None, captive_id=captive_id,
                                         add=lambda *_a: None))
    dialog.set_rule("az.detention.expiry")
    dialog.params["term_months"].setValue(4)
    assert dialog.add_button.isEnabled()  # a result, for the captive chosen
    order = names(tabbed_from(qtbot, dialog, dialog.trigger, 6))
    assert order == ["calculator_trigger", "calculator_use_time",
                     "calculator_param_term_months", "calculator_param_term_days",
                     "calculator_result", "captive_search", "calculator_add"][:len(order)], order


def test_a_file_s_choose_button_comes_right_after_its_field(qtbot) -> None:
    from caseapp.ui.dialogs.travel import ExposureDialog, TravelCopyDialog

    travel = shown(qtbot, TravelCopyDialog([], None))
    order = names(tabbed_from(qtbot, travel, travel.path, 3))
    assert order[:3] == ["travel_path", travel.tr("Choose…"), "travel_passphrase"], order

    exposure = shown(qtbot, ExposureDialog(QDate(2026, 12, 1), None))
    order = names(tabbed_from(qtbot, exposure, exposure.backup, 2))
    assert order[:3] == ["exposure_backup", exposure.tr("Choose…"),
                         "exposure_backup_passphrase"], order
    order = names(tabbed_from(qtbot, exposure, exposure.target, 1))
    assert order == ["exposure_target", exposure.tr("Choose…")], order


def test_the_import_s_file_comes_before_its_settings(qtbot, ui, tmp_path: Path) -> None:
    from caseapp.ui.dialogs.sheet_import import SheetImportDialog

    sheet = tmp_path / "list.csv"
    sheet.write_text("Name,Date of birth\nGagik Petrosyan,1980-05-01\n", encoding="utf-8")
    dialog = shown(qtbot, SheetImportDialog(ui, sheet, None, mappings_folder=tmp_path))
    where = dialog.findChild(QWidget, "sheet_file")
    order = names(tabbed_from(qtbot, dialog, where, 1))
    assert order == ["sheet_file", "sheet_header_row"], order


def test_the_merge_s_values_come_between_swap_and_merge(qtbot, ui) -> None:
    from caseapp.ui.dialogs.merge_captives import MergeCaptivesDialog

    first, second = [r.id for r in ui.case_file.overview.captive_rows()[:2]]
    dialog = shown(qtbot, MergeCaptivesDialog(ui, first, second, None))
    for _round in range(2):  # as opened, and after Swap (the values laid out again)
        order = tabbed_from(qtbot, dialog, dialog.swap_button, 3)
        assert dialog.scroll_area.widget().isAncestorOf(order[1]), names(order)
        dialog.swap()


def test_the_dashboard_s_lists_in_reading_order(qtbot, tmp_path: Path,
                                                armenian_demo_template: Path) -> None:
    """Left column, then right, then the recent changes under both: the proof-of-life list
    came before the hearings above it, and the items needing attention last of all."""
    from tests.ui.small_screen import demo_window

    with demo_window(qtbot, tmp_path, "hy", armenian_demo_template) as window:
        window.show_view("dashboard")
        view = window.views["dashboard"]
        qtbot.waitUntil(lambda: view.attention.count() > 0, timeout=WAIT)
        start = view.findChild(QAbstractButton, "dashboard_all_deadlines")
        order = names(tabbed_from(qtbot, window, start, 4))
        assert order == ["dashboard_all_deadlines", "attention", "upcoming_hearings",
                         "no_contact", "recent_changes"], order


def test_tab_from_the_header_reaches_the_title_of_the_tab_shown(
        qtbot, tmp_path: Path, armenian_demo_template: Path) -> None:
    """"Proceedings" chosen with the mouse: Tab from the header stops on its title (it
    stopped on "Profile", and Space there showed Profile again), the arrows go on to the
    others, and Tab then goes into the page shown; Shift+Tab comes back the same way."""
    from tests.ui.small_screen import demo_window

    with demo_window(qtbot, tmp_path, "hy", armenian_demo_template) as window:
        window.open_captive(window.case_file.overview.captive_rows()[0].id)
        view = window.views["captive"]
        qtbot.waitUntil(lambda: view.sections["names"].model.rowCount() > 0, timeout=WAIT)
        qtbot.mouseClick(view.tabs.button(2), Qt.MouseButton.LeftButton)
        assert view.tabs.currentIndex() == 2
        order = tabbed_from(qtbot, window, view.header.edit_button, 2)
        assert order[1] is view.tabs.button(2), names(order)
        assert view.tabs.widget(2).isAncestorOf(order[2]), names(order)
        qtbot.keyClick(order[2], Qt.Key.Key_Backtab)
        title = QApplication.focusWidget()
        assert title is view.tabs.button(2)
        qtbot.keyClick(title, Qt.Key.Key_Right)
        assert view.tabs.currentIndex() == 3 and view.tabs.button(3).hasFocus()
        qtbot.keyClick(view.tabs.button(3), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is view.header.edit_button


def test_the_hearings_view_in_reading_order(qtbot, tmp_path: Path,
                                            armenian_demo_template: Path) -> None:
    """From the calendar: Today, the period shown (Month, not Day: Space on Day changed it),
    the agenda, its buttons, then the hearing chosen. Today came last of all and the
    agenda's buttons before the agenda."""
    from tests.ui.small_screen import demo_window

    with demo_window(qtbot, tmp_path, "hy", armenian_demo_template) as window:
        window.show_view("hearings")
        view = window.views["hearings"]
        qtbot.waitUntil(lambda: view.proxy.rowCount() > 0, timeout=WAIT)
        view.agenda.selectRow(0)
        start = view.calendar.focusProxy() or view.calendar
        order = names(tabbed_from(qtbot, window, start, 9))
        assert order[1:] == ["hearings_today", "hearings_mode_month", "hearings_agenda",
                             "hearings_add", "hearings_edit", "hearings_delete",
                             "hearings_details_scroll", "hearings_defendants",
                             "hearings_open"], order
        month = view.mode_buttons["month"]
        month.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(month, Qt.Key.Key_Left)  # the arrows choose another period
        assert view.mode == "week" and view.mode_buttons["week"].hasFocus()
        order = names(tabbed_from(qtbot, window, start, 2))
        assert order[1:] == ["hearings_today", "hearings_mode_week"], order
