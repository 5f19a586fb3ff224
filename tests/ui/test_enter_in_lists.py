"""Enter on a row of a list does what a double-click on it does: the Deadlines view, the
Advocacy log, the directory, the hearings' agenda and the documents answered only the mouse,
though the README and the search box ("Down or Enter moves into the results") promise that
Enter opens what is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from caseapp.ui.session import CaseFileSession
from caseapp.ui.views.advocacy import AdvocacyView
from caseapp.ui.views.deadlines import DeadlinesView

WAIT = 10000


@pytest.fixture
def empty_ui(qtbot, case_file):
    session = CaseFileSession(None, None)
    session.open(case_file)
    yield session.ui
    session.wait()
    session.close(backup=False)


def modal_name_after(qtbot, press) -> str:
    """Run ``press``; the name of the dialog it opened, which is then cancelled."""
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
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    return seen[0]


def _enter_on_first_row(qtbot, view, table) -> None:
    view.resize(1024, 560)
    view.show()
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=WAIT)
    table.setCurrentIndex(table.model().index(0, 0))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)


def test_enter_on_a_deadline_opens_it_to_change(qtbot, empty_ui) -> None:
    empty_ui.case_file.deadlines.create(title="Call the family", due_on="2026-12-20")
    view = DeadlinesView(empty_ui)
    qtbot.addWidget(view)
    view.reload()
    assert modal_name_after(qtbot, lambda: _enter_on_first_row(qtbot, view, view.table)) \
        == "deadline_edit_dialog"


def test_enter_on_an_intervention_opens_it_to_edit(qtbot, empty_ui) -> None:
    empty_ui.case_file.interventions.create(made_on="2026-11-02", subject="Letter to the ICRC")
    view = AdvocacyView(empty_ui)
    qtbot.addWidget(view)
    view.reload()
    assert modal_name_after(qtbot, lambda: _enter_on_first_row(qtbot, view, view.table)) \
        == "intervention_dialog"
