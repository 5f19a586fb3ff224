"""A window left open for days (a laptop put to sleep, not closed) reminds as a window opened
that morning would. The tray announced each deadline once per session: a deadline announced
"due today" was never announced again once overdue, and one snoozed after its reminder was
never announced when its snooze ended, however long the window stayed open. Now a deadline
is announced again when it moves to another group (due today → overdue), and every standing
alert again on a new day; but not twice the same day for the same state (a deadline marked
done by mistake and the step undone)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from caseapp.services.casefile import CaseFile
from caseapp.ui.notifier import Notifier, ReminderBanner
from tests.conftest import TODAY
from tests.services.test_deadline_hour_passed import clock_at

WAIT = 10000


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The tray's messages, as the system would show them."""
    shown: list[tuple[str, ...]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, *args: shown.append(tuple(map(str, args))))
    return shown


@pytest.fixture
def session(qtbot, case_file: CaseFile):
    from caseapp.ui.session import CaseFileSession

    s = CaseFileSession(None, None)
    s.open(case_file)
    yield s
    assert s.ops.wait(WAIT) and s.runner.wait(WAIT)


def _notifier(qtbot: Any, session: Any) -> tuple[Notifier, ReminderBanner]:
    window = QWidget()
    qtbot.addWidget(window)
    banner = ReminderBanner(window)
    notifier = Notifier(window, banner)
    window.show()
    notifier.start(session.ui)
    return notifier, banner


def _check(qtbot: Any, notifier: Notifier, session: Any) -> None:
    """The half-hourly check, waited for."""
    notifier.check()
    qtbot.waitUntil(lambda: session.runner.wait(0), timeout=WAIT)
    qtbot.wait(50)  # (the answer delivered on the UI thread)


def test_a_deadline_due_today_is_announced_again_once_overdue(qtbot, session, tray) -> None:
    cf = session.case_file
    assert TODAY == date(2026, 11, 27)
    cf.deadlines.create(title="Appeal to the Baku Court of Appeal", due_on="2026-11-27")
    notifier, _banner = _notifier(qtbot, session)
    qtbot.waitUntil(lambda: len(tray) == 1, timeout=WAIT)
    assert tray[0][0] == "CaseApp: 1 due today"
    _check(qtbot, notifier, session)  # the same day, nothing new: said once
    assert len(tray) == 1

    clock_at(cf, "2026-11-28 09:00")  # the window left open overnight
    _check(qtbot, notifier, session)
    qtbot.waitUntil(lambda: len(tray) == 2, timeout=WAIT)
    assert tray[1][0] == "CaseApp: 1 deadline overdue"
    _check(qtbot, notifier, session)
    assert len(tray) == 2
    notifier.start(None)


def test_a_deadline_snoozed_after_its_reminder_is_announced_when_the_snooze_ends(
        qtbot, session, tray) -> None:
    cf = session.case_file
    did = cf.deadlines.create(title="Letter to the ombudsman", due_on="2026-11-30").id
    cf.deadlines.create(title="Call the family", due_on="2026-11-27")
    notifier, _banner = _notifier(qtbot, session)
    qtbot.waitUntil(lambda: len(tray) == 1, timeout=WAIT)
    assert tray[0][0] == "CaseApp: 1 due today"

    clock_at(cf, "2026-11-30 08:00")
    _check(qtbot, notifier, session)
    qtbot.waitUntil(lambda: len(tray) == 2, timeout=WAIT)
    assert tray[1][0] == "CaseApp: 1 deadline overdue, 1 due today"
    cf.deadline_engine.snooze(did, "2026-12-02", reason="The office is closed")
    _check(qtbot, notifier, session)
    assert len(tray) == 2  # snoozed: nothing new to say

    clock_at(cf, "2026-12-02 08:00")  # the snooze ends: the letter is overdue
    _check(qtbot, notifier, session)
    qtbot.waitUntil(lambda: len(tray) == 3, timeout=WAIT)
    assert tray[2][0] == "CaseApp: 2 deadlines overdue"
    notifier.start(None)


def test_a_deadline_marked_done_and_undone_the_same_day_is_not_announced_twice(
        qtbot, session, tray) -> None:
    cf = session.case_file
    did = cf.deadlines.create(title="Reply to the Court", due_on="2026-11-27").id
    notifier, _banner = _notifier(qtbot, session)
    qtbot.waitUntil(lambda: len(tray) == 1, timeout=WAIT)
    cf.deadline_engine.mark_done(did, "Filed")
    _check(qtbot, notifier, session)
    cf.deadlines.update(did, status="open")  # as an undo puts it back
    _check(qtbot, notifier, session)
    assert len(tray) == 1
    notifier.start(None)


def test_a_deadline_ahead_is_announced_at_each_of_its_rules_reminder_days(
        qtbot, session, tray) -> None:
    """az.cassation reminds 14, 7 and 2 days before: due on 4 December, it is announced on
    27 November (7 days before), not again the days after, then on 2 December (2 days
    before) and on its day. The banner names it."""
    cf = session.case_file
    # (released: no alert of a captive without news beside the deadline's)
    cid = cf.captives.create(names=["Sahakyan Davit"], status="released").id
    cf.deadlines.create(captive_id=cid, title="Cassation appeal", due_on="2026-12-04",
                        rule_id="az.cassation")
    notifier, banner = _notifier(qtbot, session)
    qtbot.waitUntil(lambda: len(tray) == 1, timeout=WAIT)
    assert tray[0][0] == "CaseApp: 1 due soon"
    assert "4 Dec · Cassation appeal — Sahakyan Davit" in banner.text.toolTip()
    for day in ("2026-11-28", "2026-12-01"):
        clock_at(cf, f"{day} 09:00")
        _check(qtbot, notifier, session)
    assert len(tray) == 1
    clock_at(cf, "2026-12-02 09:00")
    _check(qtbot, notifier, session)
    qtbot.waitUntil(lambda: len(tray) == 2, timeout=WAIT)
    assert tray[1][0] == "CaseApp: 1 due soon"
    clock_at(cf, "2026-12-04 09:00")
    _check(qtbot, notifier, session)
    qtbot.waitUntil(lambda: len(tray) == 3, timeout=WAIT)
    assert tray[2][0] == "CaseApp: 1 due today"
    notifier.start(None)


def test_a_deadline_ahead_snoozed_is_announced_again_when_its_snooze_ends(
        qtbot, session, tray) -> None:
    """Snoozed on 27 November until the 29th, a cassation due on 4 December (reminded 14, 7
    and 2 days before) is announced again on the 29th, still within its 7 days' reminder:
    a snooze quiets the reminders until its day, and one rings then (as the calendar's)."""
    cf = session.case_file
    did = cf.deadlines.create(title="Cassation appeal", due_on="2026-12-04",
                              rule_id="az.cassation").id
    notifier, _banner = _notifier(qtbot, session)
    qtbot.waitUntil(lambda: len(tray) == 1, timeout=WAIT)
    cf.deadline_engine.snooze(did, "2026-11-29", reason="Waiting for the judgment's copy")
    _check(qtbot, notifier, session)
    clock_at(cf, "2026-11-28 09:00")
    _check(qtbot, notifier, session)
    assert len(tray) == 1
    clock_at(cf, "2026-11-29 09:00")
    _check(qtbot, notifier, session)
    qtbot.waitUntil(lambda: len(tray) == 2, timeout=WAIT)
    assert tray[1][0] == "CaseApp: 1 due soon"
    notifier.start(None)
