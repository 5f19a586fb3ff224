"""A snoozed deadline stays in the calendar, still due, but none of its reminders rings before
its snooze ends: one rings on the day it ends, and those set for later days stay."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import DeadlineStatus, Sensitivity
from caseapp.reports.calendar import build_calendar
from caseapp.services import outputs
from caseapp.services.casefile import CaseFile


def _rings(ev: Event) -> list[tuple[date, str]]:
    """The day each reminder of an all-day event rings, and what it says."""
    start = ev.decoded("DTSTART")
    return [(start + a.decoded("TRIGGER"), str(a["DESCRIPTION"])) for a in ev.walk("VALARM")]


def _event(cf: CaseFile, uid: str) -> Event:
    cal = Calendar.from_ical(outputs.calendar(cf, level="internal").data)
    return next(e for e in cal.walk("VEVENT") if str(e["UID"]) == f"{uid}@caseapp")


def test_a_deadline_snoozed_to_its_day_rings_that_day_not_the_day_before(
        case_file: CaseFile) -> None:
    cf = case_file
    d = cf.deadlines.create(title="Reply to the Court", due_on="2027-01-14")
    assert _rings(_event(cf, d.uid)) == [(date(2027, 1, 13), "Reply to the Court: in 1 day")]
    cf.deadline_engine.snooze(d.id, "2027-01-14")
    ev = _event(cf, d.uid)
    assert str(ev["STATUS"]) == "CONFIRMED"
    assert _rings(ev) == [(date(2027, 1, 14), "Reply to the Court: today")]


def test_an_overdue_deadline_snoozed_rings_when_the_snooze_ends(case_file: CaseFile) -> None:
    """Snoozed past its day (overdue, the lawyer waits for an answer), it rings on the day the
    snooze ends, saying it is overdue, and never on the days before."""
    cf = case_file
    d = cf.deadlines.create(title="Reply to the Court", due_on="2026-11-20")
    cf.deadline_engine.snooze(d.id, "2026-12-01")
    assert _rings(_event(cf, d.uid)) == [(date(2026, 12, 1), "Overdue: Reply to the Court")]


def test_a_timed_deadline_snoozed_to_its_day_rings_that_morning(case_file: CaseFile) -> None:
    """At nine, not at 16:00, the hour it is due by (too late to act), nor at midnight, nor
    the day before."""
    cf = case_file
    d = cf.deadlines.create(title="Rule 39: medical report", due_on="2027-01-14",
                            due_time="16:00", timezone="Europe/Paris")
    cf.deadline_engine.snooze(d.id, "2027-01-14")
    ev = _event(cf, d.uid)
    [alarm] = ev.walk("VALARM")
    rings = ev.decoded("DTSTART") + alarm.decoded("TRIGGER")
    assert rings == datetime(2027, 1, 14, 9, tzinfo=ZoneInfo("Europe/Paris"))
    assert str(alarm["DESCRIPTION"]) == "Rule 39: medical report: today"


def test_an_all_day_deadline_s_reminders_ring_in_the_morning_not_at_midnight(
        case_file: CaseFile) -> None:
    """A phone rang "Appeal: in 3 days" at midnight. Each reminder of an all-day deadline
    rings at nine on its day (the calendar's own time: the event has no zone), snoozed or
    not; a deadline due at an hour keeps its reminders at that hour, days before."""
    cf = case_file
    d = cf.deadlines.create(title="Appeal", due_on="2027-01-14")
    ev = _event(cf, d.uid)
    start = datetime.combine(ev.decoded("DTSTART"), datetime.min.time())
    assert [start + a.decoded("TRIGGER") for a in ev.walk("VALARM")] == [
        datetime(2027, 1, 13, 9)]
    cf.deadline_engine.snooze(d.id, "2027-01-12")
    ev = _event(cf, d.uid)
    assert sorted(start + a.decoded("TRIGGER") for a in ev.walk("VALARM")) == [
        datetime(2027, 1, 12, 9), datetime(2027, 1, 13, 9)]
    timed = cf.deadlines.create(title="Rule 39: medical report", due_on="2027-01-14",
                                due_time="16:00", timezone="Europe/Paris")
    ev = _event(cf, timed.uid)
    assert [ev.decoded("DTSTART") + a.decoded("TRIGGER") for a in ev.walk("VALARM")] == [
        datetime(2027, 1, 13, 16, tzinfo=ZoneInfo("Europe/Paris"))]


def test_only_the_reminders_after_the_snooze_stay() -> None:
    """A rule's reminders 14, 7 and 1 days ahead, snoozed until 10 days ahead: one rings on the
    tenth day ahead, then the 7 and 1 days' ones; the 14 days' one is gone."""
    due = date(2027, 3, 20)
    d = DeadlineDTO(id=1, uid="u1", captive_id=None, title="Observations", rule_id="r",
                    rule_version="1", trigger_kind="", trigger_uid="", trigger_date=None,
                    due_on=due, due_time=None, timezone="", status=DeadlineStatus.OPEN,
                    overridden=False, explanation=(), status_reason="", notes="",
                    sensitivity=Sensitivity.INTERNAL)
    cal = build_calendar([d], lead_days={"r": (14, 7, 1)}, stamp=datetime(2027, 1, 1),
                         snoozed={"u1": due - timedelta(days=10)})
    assert _rings(cal.walk("VEVENT")[0]) == [
        (due - timedelta(days=10), "Observations: in 10 days"),
        (due - timedelta(days=7), "Observations: in 7 days"),
        (due - timedelta(days=1), "Observations: in 1 day")]
