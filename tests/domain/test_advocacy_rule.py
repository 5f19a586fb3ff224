"""When an advocacy follow-up is overdue: the one rule the Advocacy log, the dashboard and
the reminders count with."""

from __future__ import annotations

from datetime import date

from caseapp.domain.advocacy import follow_up_overdue_days
from caseapp.domain.enums import InterventionStatus

TODAY = date(2026, 11, 27)


def test_a_passed_follow_up_of_an_open_intervention_is_overdue_by_whole_days() -> None:
    # 26 November is the day before: one day overdue; 31 October is 27 days before.
    assert follow_up_overdue_days(date(2026, 11, 26), InterventionStatus.SENT, TODAY) == 1
    assert follow_up_overdue_days(date(2026, 10, 31), "acknowledged", TODAY) == 27


def test_due_today_later_none_or_closed_is_not_overdue() -> None:
    assert follow_up_overdue_days(TODAY, InterventionStatus.SENT, TODAY) == 0
    assert follow_up_overdue_days(date(2026, 12, 1), InterventionStatus.DRAFT, TODAY) == 0
    assert follow_up_overdue_days(None, InterventionStatus.SENT, TODAY) == 0
    assert follow_up_overdue_days(date(2026, 1, 1), InterventionStatus.CLOSED, TODAY) == 0
