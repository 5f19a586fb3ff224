"""A rule's reminder days ("reminders = [14, 7, 2]: days before the deadline") are kept by the
window's reminders too, not only by the calendar's alarms: the tray and the banner said
nothing of a cassation due in a week, or of a detention order expiring in three days, until
the day itself, too late to act. A deadline is announced from its first reminder day on
(a reminder missed while the app was closed is said at the next opening), and again at each
later reminder day. A deadline entered by hand, or of a rule without reminder days, is
reminded the day before, as the calendar's alarm rings. Dates worked out by hand; today is
Friday 27 November 2026 in the tests."""

from __future__ import annotations

from caseapp.services.casefile import CaseFile


def test_deadlines_within_their_rules_reminder_days_are_announced(case_file: CaseFile) -> None:
    cf = case_file
    cid = cf.captives.create(names=["Sahakyan Davit"], status="convicted").id

    def add(title: str, due_on: str, rule_id: str | None = None) -> int:
        rule = {"rule_id": rule_id} if rule_id else {}
        return cf.deadlines.create(captive_id=cid, title=title, due_on=due_on, **rule).id

    # az.cassation reminds 14, 7 and 2 days before.
    in_7 = add("Cassation A", "2026-12-04", "az.cassation")  # 7 days: the 7 days' reminder
    in_14 = add("Cassation B", "2026-12-11", "az.cassation")  # 14 days: the first reminder
    add("Cassation C", "2026-12-12", "az.cassation")  # 15 days: no reminder yet
    in_5 = add("Cassation D", "2026-12-02", "az.cassation")  # 5: the 7 days' (missed on the 25th)
    by_hand = add("Call the family", "2026-11-28")  # by hand: the day before
    add("Send the letter", "2026-11-29")  # by hand, 2 days ahead: not yet
    # az.arrest.bring_before_judge has no reminder days: the day before, as the calendar
    arrest = add("Before a judge", "2026-11-28", "az.arrest.bring_before_judge")
    snoozed = add("Cassation E", "2026-12-01", "az.cassation")
    cf.deadline_engine.snooze(snoozed, "2026-11-30", reason="Court closed")
    today = add("Appeal", "2026-11-27", "az.verdict.appeal")

    alerts = cf.reminders.alerts()
    assert [r.id for r in alerts.deadlines] == [today]  # due today or overdue, as before
    assert [(r.id, lead) for r, lead in alerts.coming] == [
        (by_hand, 1), (arrest, 1), (in_5, 7), (in_7, 7), (in_14, 14)]
    assert not alerts.empty


def test_nothing_within_its_reminder_days_leaves_the_alerts_empty(case_file: CaseFile) -> None:
    case_file.deadlines.create(title="Cassation", due_on="2026-12-12", rule_id="az.cassation")
    alerts = case_file.reminders.alerts()
    assert alerts.coming == () and alerts.empty
