"""A laptop put to sleep over a deadline's moment: Qt's timers do not count the hours asleep,
so the window woke with the Court's 16:00 cut-off still "today" and the reminders silent
until a timer that had slept too fired, up to half an hour after waking (a night's sleep:
yesterday's "due today" on the screen in the morning). The window now notices the sleep
within seconds, from the clocks alone, and reads what fell due meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group
from caseapp.ui import wake_watch
from caseapp.ui.notifier import Notifier, ReminderBanner
from caseapp.ui.views.deadlines import DeadlinesView
from tests.services.test_deadline_hour_passed import clock_at

WAIT = 10000


@pytest.fixture
def asleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The hours slept so far: the wall clock runs ahead of the monotonic one by as much."""
    slept = [0.0]
    real = wake_watch.clock_offset
    monkeypatch.setattr(wake_watch, "clock_offset", lambda: real() + slept[0] * 3600)
    return slept


@pytest.fixture
def session(qtbot, case_file: CaseFile, in_paris, asleep):
    from caseapp.ui.session import CaseFileSession

    clock_at(case_file, "2026-11-27 15:30")
    s = CaseFileSession(None, None)
    s.clocks.wake.timer.setInterval(50)  # (every 15 seconds in the window)
    s.open(case_file)
    s.clocks.wait_for_next_moment()  # as the window does once its first view has its rows
    yield s
    assert s.ops.wait(WAIT) and s.runner.wait(WAIT)


def test_a_cut_off_passed_while_the_laptop_slept_is_overdue_on_waking(
        qtbot, session, asleep) -> None:
    cf = session.case_file
    did = cf.deadlines.create(title="Rule 39: medical report", due_on="2026-11-27",
                              due_time="16:00", timezone="Europe/Paris").id
    deadlines = DeadlinesView(session.ui)
    window = QWidget()
    banner = ReminderBanner(window)
    notifier = Notifier(window, banner, tray_allowed=False)
    for w in (deadlines, window):
        qtbot.addWidget(w)
        w.show()
    notifier.start(session.ui)

    def row():
        return next(r for r in deadlines.rows if r.id == did)
    qtbot.waitUntil(lambda: any(r.id == did for r in deadlines.rows), timeout=WAIT)
    assert row().group is Group.TODAY
    qtbot.waitUntil(lambda: "1 due today" in banner.text.text(), timeout=WAIT)
    qtbot.waitUntil(session.clocks.moment_timer.isActive, timeout=WAIT)  # 16:00, 30 minutes away

    # Asleep from 15:30 to 17:30: no timer of the window counted those two hours.
    clock_at(cf, "2026-11-27 17:30")
    asleep[0] = 2.0
    qtbot.waitUntil(lambda: row().group is Group.OVERDUE, timeout=WAIT)
    qtbot.waitUntil(lambda: "1 deadline overdue" in banner.text.text(), timeout=WAIT)
    notifier.start(None)


def test_a_night_asleep_shows_the_new_days_deadlines_on_waking(qtbot, session, asleep) -> None:
    cf = session.case_file
    did = cf.deadlines.create(title="Appeal", due_on="2026-11-28").id
    deadlines = DeadlinesView(session.ui)
    qtbot.addWidget(deadlines)
    deadlines.show()

    def row():
        return next(r for r in deadlines.rows if r.id == did)
    qtbot.waitUntil(lambda: any(r.id == did for r in deadlines.rows), timeout=WAIT)
    assert row().group is Group.THIS_WEEK

    clock_at(cf, "2026-11-28 08:30")  # the lid closed at 15:30, opened the next morning
    asleep[0] = 17.0
    qtbot.waitUntil(lambda: row().group is Group.TODAY, timeout=WAIT)


def test_no_sleep_reads_nothing_again(qtbot, session) -> None:
    seen: list[object] = []
    session.bus.changed.connect(seen.append)
    qtbot.wait(300)  # several looks at the clocks
    assert seen == []
