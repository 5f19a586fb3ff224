"""A whole-day deadline counted under an Azerbaijani rule is due by the end of its day in
Baku: at 22:00 in Paris on that day (the day over in Baku since 21:00 Paris time) the
Deadlines list, "Needs attention", the dashboard's counts, the reminders and the status
report all call it overdue, while the lawyer's own follow-up due that day is still "today"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from caseapp.domain.dates import local_zone
from caseapp.services.casefile import CaseFile
from caseapp.services.deadline_rows import Group
from tests.conftest import TODAY


def clock_at(cf: CaseFile, when: str) -> None:
    moment = datetime.fromisoformat(when).replace(tzinfo=local_zone())
    cf.ctx.today = lambda: moment.date()
    cf.ctx.clock = lambda: moment.astimezone(UTC)


def _appeal_due_today(cf: CaseFile, captive_id: int) -> int:
    """The appeal against a verdict announced 20 days ago (az.verdict.appeal: +20 days)."""
    made = cf.deadline_engine.from_rule(captive_id=captive_id, rule_id="az.verdict.appeal",
                                        trigger=TODAY - timedelta(days=20))
    [appeal] = [d for d in made if d.rule_id == "az.verdict.appeal"]
    assert (appeal.due_on, appeal.due_time, appeal.timezone) == (TODAY, None, "Asia/Baku")
    return appeal.id


def test_at_22_in_paris_the_bakus_day_is_over_everywhere(case_file: CaseFile, laptop_in) -> None:
    from caseapp.services.outputs import status_report

    laptop_in("Europe/Paris")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    appeal = _appeal_due_today(cf, c.id)
    own = cf.deadlines.create(title="Call the family", due_on=TODAY.isoformat()).id
    assert cf.deadlines.get(own).timezone == ""  # the lawyer's own: her own midnight
    clock_at(cf, "2026-11-27 20:59")
    groups = {r.id: r.group for r in cf.reminders.rows()}
    assert (groups[appeal], groups[own]) == (Group.TODAY, Group.TODAY)
    clock_at(cf, "2026-11-27 22:00")
    groups = {r.id: r.group for r in cf.reminders.rows()}
    assert (groups[appeal], groups[own]) == (Group.OVERDUE, Group.TODAY)
    a = cf.reminders.attention()  # "Needs attention" and the dashboard's counts
    assert a.counts[Group.OVERDUE] == 1 and a.counts[Group.TODAY] == 1
    items = {i.deadline_id: i for i in a.of_kind("deadline")}
    assert items[appeal].overdue and not items[own].overdue
    alerts = {r.id: r.group for r in cf.reminders.alerts().deadlines}  # banner and tray
    assert alerts == {appeal: Group.OVERDUE, own: Group.TODAY}
    (row,) = status_report(cf, level="internal", author="", fmt="xlsx", lang="en").record.rows
    assert (row.next_deadline, row.next_deadline_overdue) == (TODAY, True)
    # the list is read again when the day ends in Baku (21:00 here), not at midnight
    clock_at(cf, "2026-11-27 20:00")
    assert cf.reminders.next_moment() == datetime(2026, 11, 27, 20, 0, tzinfo=UTC)


def test_in_tokyo_nothing_changes_its_own_midnight_comes_first(
        case_file: CaseFile, laptop_in) -> None:
    laptop_in("Asia/Tokyo")
    cf = case_file
    c = cf.captives.create(names=["Tigran Vardanyan"], capture="2026-11-02", status="convicted")
    appeal = _appeal_due_today(cf, c.id)
    clock_at(cf, "2026-11-27 23:59")
    assert {r.id: r.group for r in cf.reminders.rows()}[appeal] is Group.TODAY
    clock_at(cf, "2026-11-28 00:00")
    assert {r.id: r.group for r in cf.reminders.rows()}[appeal] is Group.OVERDUE
    assert date(2026, 11, 28) == cf.ctx.today()
