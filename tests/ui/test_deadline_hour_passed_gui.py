"""A window left open past a deadline's hour (the ECHR's 16:00 Strasbourg cut-off) calls it
overdue at that moment: the Deadlines view, the dashboard and the reminders said "today" of
it until midnight, and read again only at the next half-hourly check. The dashboard's and
the reminders' lines give its hour and zone beside its day, as the Deadlines view does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group
from caseapp.ui.notifier import Notifier, ReminderBanner
from caseapp.ui.views.dashboard import DashboardView
from caseapp.ui.views.deadlines import DeadlinesView
from tests.services.test_deadline_hour_passed import clock_at

WAIT = 10000



@pytest.fixture
def session(qtbot, case_file: CaseFile, in_paris):
    from caseapp.ui.session import CaseFileSession

    clock_at(case_file, "2026-11-27 15:59:30")
    s = CaseFileSession(None, None)
    s.open(case_file)
    s.clocks.wait_for_next_moment()  # as the window does once its first view has its rows
    yield s
    assert s.ops.wait(WAIT) and s.runner.wait(WAIT)


def _lines(view: DashboardView) -> list[str]:
    return [view.attention.item(i).text() for i in range(view.attention.count())]


def test_the_views_call_a_cut_off_overdue_when_its_hour_passes(qtbot, session) -> None:
    cf = session.case_file
    did = cf.deadlines.create(title="Rule 39: medical report", due_on="2026-11-27",
                              due_time="16:00", timezone="Europe/Paris").id
    dashboard, deadlines = DashboardView(session.ui), DeadlinesView(session.ui)
    window = QWidget()
    banner = ReminderBanner(window)
    notifier = Notifier(window, banner, tray_allowed=False)
    for w in (dashboard, deadlines, window):
        qtbot.addWidget(w)
        w.show()
    notifier.start(session.ui)

    def row():
        return next(r for r in deadlines.rows if r.id == did)
    qtbot.waitUntil(lambda: any(r.id == did for r in deadlines.rows), timeout=WAIT)
    assert row().group is Group.TODAY and deadlines.when_text(row()) == "today"
    qtbot.waitUntil(lambda: any("27 Nov 16:00 Paris (today) — Rule 39" in t
                                for t in _lines(dashboard)), timeout=WAIT)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    assert "1 due today" in banner.text.text()
    # the banner's line gives the hour and the zone's city beside the day
    assert "27 Nov 16:00 Paris · Rule 39: medical report" in banner.text.toolTip()
    # the views wait for 16:00 Paris time (30 s away, and a second), not the next check
    qtbot.waitUntil(lambda: session.clocks.moment_timer.isActive()
                    and session.clocks.moment_timer.interval() == 31000, timeout=WAIT)

    clock_at(cf, "2026-11-27 16:00:01")
    session.clocks.moment_timer.timeout.emit()
    qtbot.waitUntil(lambda: row().group is Group.OVERDUE, timeout=WAIT)
    assert deadlines.when_text(row()) == "passed at 16:00 (Europe/Paris)"
    qtbot.waitUntil(lambda: any("27 Nov 16:00 Paris (overdue) — Rule 39" in t
                                for t in _lines(dashboard)), timeout=WAIT)
    qtbot.waitUntil(lambda: "1 deadline overdue" in banner.text.text(), timeout=WAIT)
    # nothing more due at an hour today: no timer left running for it
    qtbot.waitUntil(lambda: not session.clocks.moment_timer.isActive(), timeout=WAIT)
    notifier.start(None)


def test_the_captives_header_gives_the_next_deadlines_hour_and_reddens_when_it_passes(
        qtbot, case_file: CaseFile, in_paris) -> None:
    """The captive's header said "the next on 27 November 2026" of the Court's 16:00
    cut-off, and kept it black until midnight."""
    from caseapp.domain.clock import clock_of_file
    from caseapp.ui.theme import alert_text
    from caseapp.ui.views.captive_facts import header_facts

    cf = case_file
    cid = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-09-27",
                             status="pre_trial").id
    cf.deadlines.create(captive_id=cid, title="Appeal", due_on="2026-11-27")
    cf.deadlines.create(captive_id=cid, title="Rule 39: medical report", due_on="2026-11-27",
                        due_time="16:00", timezone="Europe/Paris")
    f = cf.captive_file(cid)
    settings = cf.deadline_engine.clock_settings_for([cid])[cid]

    def fact(when: str) -> tuple[str, str | None]:
        clock_at(cf, when)
        today, now = cf.ctx.today(), cf.ctx.now()
        facts = header_facts(f, clock_of_file(f, today, settings), today, now)
        return next(fact for fact in facts if "open deadlines" in fact[0])

    assert fact("2026-11-27 15:59") == (
        "2 open deadlines, the next on 27 November 2026 16:00 Paris", None)
    assert fact("2026-11-27 16:00") == (
        "2 open deadlines, the next on 27 November 2026 16:00 Paris", alert_text())


def test_the_captives_header_names_the_next_by_its_moment_and_reddens_only_once_passed(
        qtbot, case_file: CaseFile, in_paris) -> None:
    """Seen from Paris: 23:00 in New York on the 26th is 05:00 on the 27th, an hour left at
    04:00 (the header was red, as if overdue, because its own day is before today); and of
    11:00 in New York (17:00 Paris) and 16:00 in Paris on one day, the next is 16:00 Paris
    (the header named 11:00 New York first, comparing the hours as written)."""
    from caseapp.domain.clock import clock_of_file
    from caseapp.ui.theme import alert_text
    from caseapp.ui.views.captive_facts import header_facts

    cf = case_file
    cid = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-09-27",
                             status="pre_trial").id
    cf.deadlines.create(captive_id=cid, title="Reply to the observations", due_on="2026-11-26",
                        due_time="23:00", timezone="America/New_York")
    settings = cf.deadline_engine.clock_settings_for([cid])[cid]

    def fact(when: str) -> tuple[str, str | None]:
        clock_at(cf, when)
        f = cf.captive_file(cid)
        today, now = cf.ctx.today(), cf.ctx.now()
        facts = header_facts(f, clock_of_file(f, today, settings), today, now)
        return next(fact for fact in facts if "open deadline" in fact[0])

    assert fact("2026-11-27 04:00")[1] is None
    assert fact("2026-11-27 05:00")[1] == alert_text()
    cf.deadlines.update(next(d.id for d in cf.deadlines.list()), status="done")
    cf.deadlines.create(captive_id=cid, title="WGAD", due_on="2026-12-01", due_time="11:00",
                        timezone="America/New_York")
    cf.deadlines.create(captive_id=cid, title="ECHR", due_on="2026-12-01", due_time="16:00",
                        timezone="Europe/Paris")
    assert fact("2026-11-27 12:00") == (
        "2 open deadlines, the next on 1 December 2026 16:00 Paris", None)


def test_a_cut_off_west_of_here_is_today_not_overdue_in_the_hours_it_has_left(
        qtbot, session) -> None:
    """23:00 in New York on the 26th is 05:00 on the 27th in Paris: at 04:00 on the 27th it
    has an hour left. The Deadlines view said "1 day overdue"."""
    cf = session.case_file
    clock_at(cf, "2026-11-27 04:00:00")
    did = cf.deadlines.create(title="Reply to the observations", due_on="2026-11-26",
                              due_time="23:00", timezone="America/New_York").id
    deadlines = DeadlinesView(session.ui)
    qtbot.addWidget(deadlines)
    deadlines.show()

    def row():
        return next(r for r in deadlines.rows if r.id == did)
    qtbot.waitUntil(lambda: any(r.id == did for r in deadlines.rows), timeout=WAIT)
    assert row().group is Group.TODAY and deadlines.when_text(row()) == "today"
    clock_at(cf, "2026-11-27 05:00:01")
    session.clocks.moment_timer.timeout.emit()
    qtbot.waitUntil(lambda: row().group is Group.OVERDUE, timeout=WAIT)
    assert deadlines.when_text(row()) == "passed at 23:00 (America/New_York)"


def test_sorted_by_due_a_cut_off_comes_before_the_whole_day_on_its_day(qtbot, session) -> None:
    """Sorted by "Due", of two deadlines on one day the one due at an hour came after the
    whole day's, or before it, by how a time and an empty text compared as words."""
    from caseapp.ui.models.records import RECORD_ROLE

    cf = session.case_file
    whole = cf.deadlines.create(title="Ask the ICRC for a visit", due_on="2026-11-28").id
    cut_off = cf.deadlines.create(title="Rule 39: request", due_on="2026-11-28",
                                  due_time="16:00", timezone="Europe/Paris").id
    deadlines = DeadlinesView(session.ui)
    qtbot.addWidget(deadlines)
    deadlines.show()
    qtbot.waitUntil(lambda: any(r.id == cut_off for r in deadlines.rows), timeout=WAIT)
    table = deadlines.table
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        table.sortByColumn(0, order)
        model = table.model()
        ids = [model.index(i, 0).data(RECORD_ROLE).id for i in range(model.rowCount())]
        ours = [i for i in ids if i in (whole, cut_off)]
        assert ours == ([cut_off, whole] if order is Qt.SortOrder.AscendingOrder
                        else [whole, cut_off])


def test_a_cut_off_another_program_adds_is_waited_for_once_its_write_is_noticed(
        qtbot, session) -> None:
    """A colleague (or `caseapp` on the command line) adds a cut-off due at 16:00 today: once
    the window notices the write, its moment timer waits for 16:00, not for the next
    half-hourly check (up to half an hour of "today" for what has passed)."""
    from caseapp.config import Location
    from caseapp.domain.dto import Changes
    from caseapp.domain.enums import AuditAction
    from caseapp.services.casefile import open_case_file
    from caseapp.ui.signals import OUTSIDE

    cf = session.case_file
    qtbot.waitUntil(lambda: not session.clocks.moment_timer.isActive(), timeout=WAIT)
    other = open_case_file(Location(path=cf.db.path), actor="colleague")
    try:
        other.deadlines.create(title="Rule 39: medical report", due_on="2026-11-27",
                               due_time="16:00", timezone="Europe/Paris")
    finally:
        other.close()
    session.bus.publish(Changes(OUTSIDE, AuditAction.UPDATE, ()))  # as the window's look does
    qtbot.waitUntil(lambda: session.clocks.moment_timer.isActive()
                    and session.clocks.moment_timer.interval() == 31000, timeout=WAIT)
