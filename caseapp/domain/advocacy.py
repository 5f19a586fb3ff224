"""Facts about the advocacy log computed in one place: when a follow-up is due or overdue."""

from __future__ import annotations

from datetime import date

from caseapp.domain.enums import InterventionStatus


def follow_up_overdue_days(follow_up_on: date | None, status: InterventionStatus | str,
                           today: date) -> int:
    """Days since the follow-up date of an intervention that is not closed (0 when none is
    overdue): the Advocacy log, the dashboard and the reminders all count with this."""
    if follow_up_on is None or follow_up_on >= today:
        return 0
    if InterventionStatus(status) is InterventionStatus.CLOSED:
        return 0
    return (today - follow_up_on).days


def follow_up_due(follow_up_on: date | None, status: InterventionStatus | str, today: date) -> bool:
    """Whether an intervention's follow-up is to be reminded of: its day has come (today, the
    day the lawyer chose to be reminded on, or passed) and it is not closed."""
    return (follow_up_on is not None and follow_up_on <= today
            and InterventionStatus(status) is not InterventionStatus.CLOSED)
