"""A deadline due at an hour in a court's or a body's time zone falls due on the lawyer's
clock at that moment: the reminders, the Deadlines view's groups, "Needs attention" and the
command line's list count it on the day it falls due where the laptop is, not on the court's
day. 02:00 in Baku on the 28th is 17:00 on the 27th in New York and 23:00 in Paris: said
"tomorrow" there, it lapsed that evening without a reminder."""

from __future__ import annotations

from datetime import date
from datetime import time as clock
from zoneinfo import ZoneInfo

from caseapp.domain.dates import due_day_here
from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group
from tests.conftest import TODAY


def _baku_at_two(cf: CaseFile) -> int:
    """Bring the detainee before a judge: 48 hours from an arrest at 02:00 in Baku."""
    assert TODAY == date(2026, 11, 27)
    return cf.deadlines.create(title="Bring before a judge", due_on="2026-11-28",
                               due_time="02:00", timezone="Asia/Baku").id


def _group(cf: CaseFile, did: int) -> Group:
    return next(r.group for r in cf.reminders.rows() if r.id == did)


def test_due_at_two_in_baku_is_due_today_in_new_york(case_file: CaseFile, laptop_in) -> None:
    laptop_in("America/New_York")
    cf = case_file
    did = _baku_at_two(cf)
    assert _group(cf, did) is Group.TODAY
    assert [r.id for r in cf.reminders.due(0)] == [did]  # the start-up reminder and the tray
    assert [r.id for r in cf.reminders.alerts().deadlines] == [did]
    a = cf.reminders.attention()
    assert a.counts[Group.TODAY] == 1 and a.counts[Group.THIS_WEEK] == 0
    [item] = a.of_kind("deadline")
    assert item.deadline_id == did
    assert item.due_on == date(2026, 11, 28)  # the deadline's own day, as it is shown
    assert item.days == 0  # due today here
    # `caseapp deadlines --within 0`: what is due by the end of today
    assert [d.id for d in cf.reminders.calendar(0, level="internal").deadlines] == [did]


def test_due_at_two_in_baku_is_tomorrow_in_yerevan(case_file: CaseFile, laptop_in) -> None:
    laptop_in("Asia/Yerevan")  # the same clock as Baku's
    cf = case_file
    did = _baku_at_two(cf)
    assert _group(cf, did) is Group.THIS_WEEK
    assert cf.reminders.due(0) == []
    a = cf.reminders.attention()
    assert a.counts[Group.TODAY] == 0 and a.counts[Group.THIS_WEEK] == 1
    [item] = a.of_kind("deadline")
    assert item.days == 1


def test_a_cut_off_seen_from_east_of_its_zone_is_never_counted_a_day_later(
        case_file: CaseFile, laptop_in) -> None:
    """16:00 in Strasbourg on the 27th is 05:00 on the 28th in Kiritimati: on the evening of
    the 27th there it is due "today", not "tomorrow" (which would give the lawyer a day she
    has not: it lapses before her morning), and on the 28th it is overdue."""
    laptop_in("Pacific/Kiritimati")
    cf = case_file
    did = cf.deadlines.create(title="Rule 39: medical report", due_on="2026-11-27",
                              due_time="16:00", timezone="Europe/Paris").id
    cf.ctx.today = lambda: date(2026, 11, 27)
    assert _group(cf, did) is Group.TODAY
    assert [d.id for d in cf.reminders.due(0)] == [did]
    cf.ctx.today = lambda: date(2026, 11, 28)
    assert _group(cf, did) is Group.OVERDUE


def test_a_snoozed_deadline_is_counted_once_in_its_day_here(
        case_file: CaseFile, laptop_in) -> None:
    laptop_in("America/New_York")
    cf = case_file
    did = _baku_at_two(cf)
    cf.deadline_engine.snooze(did, "2026-11-28")
    a = cf.reminders.attention()
    assert a.counts[Group.SNOOZED] == 1
    assert a.counts[Group.TODAY] == 0 and a.counts[Group.THIS_WEEK] == 0
    assert a.of_kind("deadline") == []


def test_the_day_here_follows_the_clock_change_of_the_day_it_falls() -> None:
    """The laptop's offset on the deadline's day, not today's: 02:30 in Baku on 29 March
    2027 is 00:30 in Paris on summer time (the 29th), though 23:30 on the 28th at winter
    time, which Paris keeps until 02:00 on the 28th."""
    here = ZoneInfo("Europe/Paris")
    assert due_day_here(date(2027, 3, 29), clock(2, 30), "Asia/Baku", here) == date(2027, 3, 29)
    assert due_day_here(date(2027, 3, 28), clock(2, 30), "Asia/Baku", here) == date(2027, 3, 27)
    # a whole day, a floating time, an unknown zone: the deadline's own day
    assert due_day_here(date(2027, 3, 28), None, "Asia/Baku", here) == date(2027, 3, 28)
    assert due_day_here(date(2027, 3, 28), clock(1, 0), "", here) == date(2027, 3, 28)
    assert due_day_here(date(2027, 3, 28), clock(1, 0), "Mars/Olympus", here) == date(2027, 3, 28)


def test_the_day_here_is_the_laptops_zone_by_default(laptop_in) -> None:
    laptop_in("Europe/Paris")
    assert due_day_here(date(2027, 3, 29), clock(2, 30), "Asia/Baku") == date(2027, 3, 29)
    assert due_day_here(date(2026, 11, 28), clock(2, 0), "Asia/Baku") == date(2026, 11, 27)


def test_the_status_report_marks_overdue_what_lapsed_here_last_night(
        case_file: CaseFile, laptop_in) -> None:
    """02:00 in Baku on the 27th was 17:00 on the 26th in New York: on the 27th there the
    report's next deadline is overdue, as the Deadlines view says."""
    from caseapp.services.outputs import status_report

    laptop_in("America/New_York")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-25", status="held")
    cf.deadlines.create(captive_id=c.id, title="Bring before a judge", due_on="2026-11-27",
                        due_time="02:00", timezone="Asia/Baku")
    assert [r.group for r in cf.reminders.rows()] == [Group.OVERDUE]
    (row,) = status_report(cf, level="internal", author="", fmt="xlsx", lang="en").record.rows
    assert (row.next_deadline, row.next_deadline_overdue) == (TODAY, True)
