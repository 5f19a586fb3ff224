"""What a screen reader says when the cursor enters a table of a captive's file or of the
Contacts view: the title above it. The Profile tab holds three tables (names, identity
documents, status history), Proceedings three (cases, charges, hearings): each was read out
as "table" and nothing else, so a blind lawyer could not tell where Tab had put her. The
banner's "×" was read out as "multiplication sign", not as what it does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTableView, QToolButton, QWidget

from caseapp.ui.language import apply_language
from caseapp.ui.main_window import MainWindow
from caseapp.ui.views.captive_tabs import Section
from tests.ui.driving import WAIT
from tests.ui.test_screen_reader_names_gui import said


def _caption_above(widget: QWidget) -> str:
    """The bold title of the box ``widget`` is in: the first label of its parent."""
    parent = widget.parentWidget()
    assert parent is not None
    label = parent.findChild(QLabel)
    assert label is not None, widget.objectName()
    return label.text()


def test_each_table_of_a_captive_s_file_is_read_out_by_its_title(
        qtbot, blank_window: MainWindow, demo_copy: Path) -> None:
    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    window = blank_window
    assert window.open_path(demo_copy)
    window.open_captive(window.case_file.overview.captive_rows()[0].id)
    view = window.views["captive"]
    qtbot.waitUntil(lambda: view.sections["names"].model.rowCount() > 1, timeout=WAIT)
    sections = view.findChildren(Section)
    assert len(sections) > 10
    silent = [s.name for s in sections if said(s.table) != s.title.text()]
    assert silent == []
    assert said(view.sections["names"].table) == "Имена во всех письменностях"
    # the title that follows the chosen case is read out as it reads now
    charges = view.sections["charges"]
    assert said(charges.table) == charges.title.text() and "DEMO-" in said(charges.table)
    # the text under the notes and the interventions: by its own title
    for name in ("note_text", "intervention_details"):
        box = view.findChild(QPlainTextEdit, name)
        assert said(box) == _caption_above(box) != ""
    window.set_case_file(None, backup_previous=False)


def test_the_tables_of_the_contacts_view_and_the_banner_s_close_are_named(
        qtbot, blank_window: MainWindow, demo_copy: Path) -> None:
    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    window = blank_window
    assert window.open_path(demo_copy)
    window.show_view("contacts")
    view = window.views["contacts"]
    for name in ("contacts_people", "contacts_interventions"):
        table = view.findChild(QTableView, name)
        assert said(table) == _caption_above(table) != "", name
    qtbot.waitUntil(lambda: "16" in said(view.findChild(QTableView, "contacts_organisations")),
                    timeout=WAIT)  # "16 организаций": what the table lists
    close = next(b for b in window.findChildren(QToolButton) if b.text() == "×")
    assert said(close) == close.toolTip() != ""  # (the window was built in English)
    window.set_case_file(None, backup_previous=False)


def test_a_case_number_with_an_ampersand_is_shown_whole_above_its_charges(
        qtbot, blank_window: MainWindow, demo_copy: Path) -> None:
    """The charges' title names the case; a "&" in its number is shown and read, not taken
    for a keyboard shortcut's mark (which hid it and underlined the next letter)."""
    window = blank_window
    assert window.open_path(demo_copy)
    cid = window.case_file.overview.captive_rows()[0].id
    case = window.case_file.prosecutions.create(captive_id=cid, case_number="1&2-77/2026")
    window.open_captive(cid)
    view = window.views["captive"]
    qtbot.waitUntil(lambda: view.sections["prosecutions"].model.rowCount() > 1, timeout=WAIT)
    assert view.sections["prosecutions"].select(case.id)
    charges = view.sections["charges"]
    qtbot.waitUntil(lambda: "77/2026" in said(charges.table), timeout=WAIT)
    assert said(charges.table) == "Charges in case 1&2-77/2026"
    window.set_case_file(None, backup_previous=False)


def test_the_hearings_calendar_s_month_arrows_are_named(qtbot) -> None:
    """The arrows of the hearings' calendar are pictures only: a screen reader said "button"
    and nothing else for both."""
    from datetime import date

    from caseapp.ui.views.hearing_calendar import HearingCalendar

    apply_language(QCoreApplication.instance(), "ru")  # put back after the test (tests/conftest)
    calendar = HearingCalendar(date(2026, 12, 5))
    qtbot.addWidget(calendar)
    before = calendar.findChild(QToolButton, "qt_calendar_prevmonth")
    after = calendar.findChild(QToolButton, "qt_calendar_nextmonth")
    assert (said(before), said(after)) == ("Предыдущий месяц", "Следующий месяц")
    assert before.toolTip() == said(before)  # and shown on the mouse's pointer
