"""The Deadlines view says what to do when it lists nothing. A lawyer's first detention order,
typed in from an order that expired long ago, gave four deadlines closed at once (their days
had passed); the view said "0 of 4" above an empty table, and nothing about where they were
or how to see them. A new case file's empty view said nothing either."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from caseapp.ui.views.deadlines import OPEN, DeadlinesView

WAIT = 10000


def empty_state(view: DeadlinesView) -> tuple[QLabel, QPushButton]:
    viewport = view.table.viewport()
    label = viewport.findChild(QLabel, "empty_text")
    button = viewport.findChild(QPushButton, "empty_action")
    assert label is not None and button is not None
    return label, button


def open_view(qtbot, ui) -> DeadlinesView:  # type: ignore[no-untyped-def]
    view = DeadlinesView(ui)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.reload()
    return view


def test_a_new_case_file_says_where_deadlines_come_from(qtbot, fresh_ui) -> None:  # type: ignore[no-untyped-def]
    view = open_view(qtbot, fresh_ui)
    label, button = empty_state(view)
    qtbot.waitUntil(lambda: label.isVisible(), timeout=WAIT)
    assert "detention order" in label.text()
    assert button.isVisible() and button.text() == "Add by hand…"


def test_deadlines_all_closed_are_said_and_shown_on_request(qtbot, fresh_ui) -> None:  # type: ignore[no-untyped-def]
    cf = fresh_ui.case_file
    captive = cf.captives.create(names=["Aram Vardanyan"], capture="2024-03", status="pre_trial")
    cf.detention_orders.create(captive_id=captive.id, start_date="2024-03-18", term_months=4)
    view = open_view(qtbot, fresh_ui)
    qtbot.waitUntil(lambda: len(view.rows) > 0, timeout=WAIT)
    assert view.group.currentData() == OPEN and view.proxy.rowCount() == 0  # all closed
    label, button = empty_state(view)
    qtbot.waitUntil(lambda: label.isVisible(), timeout=WAIT)
    assert "done, dismissed or snoozed" in label.text()
    assert button.isVisible()
    button.click()
    assert view.history.isChecked()
    assert view.proxy.rowCount() == len(view.rows) > 0
    assert not label.isVisible()
