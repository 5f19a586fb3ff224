"""Facts about the advocacy log computed in one place: when a follow-up is overdue."""

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
