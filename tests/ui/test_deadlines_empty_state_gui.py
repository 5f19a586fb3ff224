"""A lawyer's first detention order, typed in from an order that expired long ago, gave four
deadlines closed at once (their days had passed); the Deadlines view said "0 of 4" above an
empty table, and nothing about where they were or how to see them. It now says that none is
open and shows them all on request (the empty state the main window installs over it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from caseapp.ui.views.deadline_filters import OPEN
from caseapp.ui.views.deadlines import DeadlinesView
from caseapp.ui.views.empty_states import install_empty_state

WAIT = 10000


def test_deadlines_all_closed_are_said_and_shown_on_request(qtbot, fresh_ui) -> None:  # type: ignore[no-untyped-def]
    cf = fresh_ui.case_file
    captive = cf.captives.create(names=["Aram Vardanyan"], capture="2024-03", status="pre_trial")
    cf.detention_orders.create(captive_id=captive.id, start_date="2024-03-18", term_months=4)
    view = DeadlinesView(fresh_ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    state = install_empty_state("deadlines", view, new_captive=lambda: None)
    assert state is not None
    view.show()
    view.reload()
    qtbot.waitUntil(lambda: len(view.rows) > 0, timeout=WAIT)
    assert view.group.currentData() == OPEN and view.proxy.rowCount() == 0  # all closed
    label = state.findChild(QLabel, "empty_text")
    button = state.findChild(QPushButton, "empty_action")
    qtbot.waitUntil(lambda: state.isVisible(), timeout=WAIT)
    assert "done, dismissed or snoozed" in label.text()
    assert button.isVisible()
    button.click()
    assert view.history.isChecked()
    assert view.proxy.rowCount() == len(view.rows) > 0
    qtbot.waitUntil(lambda: not state.isVisible(), timeout=WAIT)
