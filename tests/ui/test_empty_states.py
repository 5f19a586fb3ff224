"""An empty list says what to do next, with a button that does it; a list emptied by a
filter says so and offers to show everything again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from caseapp.ui.session import CaseFileSession
from caseapp.ui.views.advocacy import AdvocacyView
from caseapp.ui.views.contacts import ContactsView
from caseapp.ui.views.layout import EmptyState

WAIT = 10000


@pytest.fixture
def empty_ui(qtbot, case_file):
    """A session over a new, empty case file."""
    session = CaseFileSession(None, None)
    session.open(case_file)
    yield session.ui
    session.wait()
    session.close(backup=False)


def empty_state(view, name: str) -> tuple[str, str] | None:
    """(text, button) of the empty state over the list ``name``, None when hidden."""
    state = view.findChild(EmptyState, name)
    if state is None or not state.isVisible():
        return None
    button = state.findChild(QPushButton, "empty_action")
    return (state.findChild(QLabel, "empty_text").text(),
            button.text() if button.isVisible() else "")


def modal_name_when_clicked(qtbot, button: QPushButton) -> str:
    """Click ``button``; the name of the dialog it opened (at once or once its choices are
    loaded), which is then cancelled."""
    seen: list[str] = []
    poll = QTimer(interval=20)

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(dialog.objectName())
            poll.stop()
            dialog.reject()
    poll.timeout.connect(close)
    poll.start()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    return seen[0]


def test_an_empty_advocacy_log_says_what_to_record(qtbot, empty_ui) -> None:
    case_file = empty_ui.case_file
    view = AdvocacyView(empty_ui)
    qtbot.addWidget(view)
    view.resize(1024, 560)
    view.show()
    qtbot.waitUntil(lambda: empty_state(view, "empty_advocacy_table") is not None, timeout=WAIT)
    text, button = empty_state(view, "empty_advocacy_table")
    assert text.startswith("No interventions are recorded yet.")
    assert button == "Record an intervention…"
    action = view.findChild(EmptyState).findChild(QPushButton, "empty_action")
    assert modal_name_when_clicked(qtbot, action) == "intervention_dialog"

    case_file.interventions.create(made_on="2026-11-02", subject="Letter to the ICRC")
    view.reload()
    qtbot.waitUntil(lambda: empty_state(view, "empty_advocacy_table") is None, timeout=WAIT)
    qtbot.keyClicks(view.search, "ombudsman")
    qtbot.waitUntil(lambda: empty_state(view, "empty_advocacy_table") is not None, timeout=WAIT)
    assert empty_state(view, "empty_advocacy_table") == (
        "No intervention matches the search and the status chosen.", "Show all interventions")
    qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    assert view.search.text() == "" and view.proxy.rowCount() == 1
    assert empty_state(view, "empty_advocacy_table") is None


def test_an_empty_directory_offers_to_add_an_organisation(qtbot, empty_ui) -> None:
    view = ContactsView(empty_ui)
    qtbot.addWidget(view)
    view.resize(1024, 560)
    view.show()
    qtbot.waitUntil(lambda: empty_state(view, "empty_contacts_organisations") is not None,
                    timeout=WAIT)
    text, button = empty_state(view, "empty_contacts_organisations")
    assert text.startswith("No organisations or contacts are recorded yet.")
    assert button == "Add an organisation…"
    assert empty_state(view, "empty_contacts_people") is None  # no organisation chosen


def _focus_in(window) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is window or window.isAncestorOf(focused))


def test_the_captives_list_and_the_documents_of_a_new_file_say_what_to_do(
        qtbot, case_file, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from caseapp.ui.main_window import MainWindow
    from tests.ui.test_main_window import opener

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, opener, demo_builder=lambda p: None, demo_path=tmp_path / "x.db")
    qtbot.addWidget(window)
    window.show()
    window.set_case_file(case_file)
    window.activateWindow()
    qtbot.waitUntil(lambda: _focus_in(window), timeout=5000)  # the keys go to this window
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    captives = window.views["captives"]
    assert window.current_view_id() == "captives"
    qtbot.waitUntil(lambda: empty_state(captives, "empty_captives_table") is not None, timeout=WAIT)
    text, button = empty_state(captives, "empty_captives_table")
    assert text.startswith("No captives are recorded yet.") and button == "Add a captive…"
    # the list she keeps already: where it comes in (the first steps name no spreadsheet)
    assert "File → Import Spreadsheet…" in text
    action = captives.findChild(EmptyState).findChild(QPushButton, "empty_action")
    assert modal_name_when_clicked(qtbot, action) == "dialog_new_captive"

    window.activateWindow()
    qtbot.waitUntil(lambda: _focus_in(window), timeout=5000)  # the keys go to this window
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    documents = window.views["documents"]
    qtbot.waitUntil(lambda: empty_state(documents, "empty_documents_table") is not None,
                    timeout=WAIT)
    text, button = empty_state(documents, "empty_documents_table")
    assert text.startswith("No documents are kept yet.") and button == ""
    window.runner.wait()
    window.close()


def test_the_deadlines_of_a_new_file_say_where_deadlines_come_from(qtbot, case_file, tmp_path) -> None:
    """The Deadlines view of a new case file was a blank table, though the README promises
    that every view says what to do next when empty: it now says that deadlines are computed
    from what is recorded in a captive's file, with a button to add one by hand; filtered
    to nothing, it says so and shows everyone's open deadlines again; with none open, it
    offers the history."""
    from PySide6.QtCore import QSettings

    from caseapp.ui.main_window import MainWindow
    from tests.ui.test_main_window import opener

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, opener, demo_builder=lambda p: None, demo_path=tmp_path / "x.db")
    qtbot.addWidget(window)
    window.show()
    window.set_case_file(case_file)
    window.show_view("deadlines")
    view = window.views["deadlines"]
    qtbot.waitUntil(lambda: empty_state(view, "empty_deadlines_table") is not None, timeout=WAIT)
    text, button = empty_state(view, "empty_deadlines_table")
    assert text.startswith("No deadlines yet.") and "captive's file" in text
    assert button == "Add a deadline by hand…"
    action = view.findChild(EmptyState, "empty_deadlines_table").findChild(QPushButton, "empty_action")
    assert modal_name_when_clicked(qtbot, action) == "deadline_add_dialog"

    deadline = case_file.deadlines.create(title="Call the family", due_on="2026-12-20").id
    view.reload()
    qtbot.waitUntil(lambda: empty_state(view, "empty_deadlines_table") is None, timeout=WAIT)
    qtbot.keyClicks(view.search, "ombudsman")
    qtbot.waitUntil(lambda: empty_state(view, "empty_deadlines_table") is not None, timeout=WAIT)
    assert empty_state(view, "empty_deadlines_table") == (
        "No deadline matches the search and the filters chosen.", "Show everyone's open deadlines")
    qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    assert view.search.text() == "" and view.proxy.rowCount() == 1

    case_file.deadline_engine.mark_done(deadline, "Called.")
    view.reload()
    qtbot.waitUntil(lambda: empty_state(view, "empty_deadlines_table") is not None, timeout=WAIT)
    text, button = empty_state(view, "empty_deadlines_table")
    assert text.startswith("No deadline is open:") and button == "Show all deadlines"
    qtbot.mouseClick(action, Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == 1
    window.runner.wait()
    window.close()
