"""A window left open overnight (the laptop asleep over midnight, or the lawyer working late)
reads its views again when the day changes: the dashboard said of a deadline due that day
"in 1 day", and the Deadlines view listed it as due this week, until something in the file
changed; the reminders, checked again, said it was due today."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group
from caseapp.ui.views.dashboard import DashboardView
from caseapp.ui.views.deadlines import DeadlinesView
from tests.conftest import TODAY

WAIT = 10000


@pytest.fixture
def session(qtbot, case_file: CaseFile):
    from caseapp.ui.session import CaseFileSession

    s = CaseFileSession(None, None)
    s.open(case_file)
    yield s
    assert s.ops.wait(WAIT) and s.runner.wait(WAIT)


def _deadline_lines(view: DashboardView) -> list[str]:
    return [view.attention.item(i).text() for i in range(view.attention.count())]


def test_the_views_read_again_when_the_day_changes(qtbot, session) -> None:
    cf = session.case_file
    assert TODAY == date(2026, 11, 27)
    did = cf.deadlines.create(title="Reply to the Court", due_on="2026-11-28").id
    dashboard = DashboardView(session.ui)
    deadlines = DeadlinesView(session.ui)
    for view in (dashboard, deadlines):
        qtbot.addWidget(view)
        view.show()
    qtbot.waitUntil(lambda: any("in 1 day" in t for t in _deadline_lines(dashboard)),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: [r.group for r in deadlines.rows if r.id == did]
                    == [Group.THIS_WEEK], timeout=WAIT)

    cf.ctx.today = lambda: date(2026, 11, 28)  # past midnight
    session.reminder_timer.timeout.emit()  # the half-hourly check (or the window shown again)
    qtbot.waitUntil(lambda: any("(today)" in t for t in _deadline_lines(dashboard)),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: [r.group for r in deadlines.rows if r.id == did] == [Group.TODAY],
                    timeout=WAIT)


def test_the_same_day_reads_nothing_again(qtbot, session) -> None:
    """The half-hourly check on the same day does not make every view read again."""
    seen = []
    session.bus.changed.connect(seen.append)
    session.reminder_timer.timeout.emit()
    assert seen == []


def test_a_day_change_is_found_when_the_window_is_used_again(qtbot, session) -> None:
    """The laptop woke after the night: the check runs as the application is active again,
    not up to half an hour of waking time later."""
    from PySide6.QtCore import Qt

    seen = []
    session.bus.changed.connect(seen.append)
    session.case_file.ctx.today = lambda: date(2026, 11, 28)
    session.application_state(Qt.ApplicationState.ApplicationActive)
    assert [c.entity for c in seen] == ["new_day"]
