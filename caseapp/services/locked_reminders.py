"""When the reminders would speak while the window is locked.

A locked window has closed its case file (its key forgotten): it cannot read what falls due.
A lawyer working in another program while CaseApp locked itself after some idle minutes
was told nothing when a deadline's cut-off passed (16:00 in Strasbourg) or a new day brought
its reminders. Before the file closes, the lock reads here the moments within the next days
at which the reminders would announce something new, and nothing else: no name, no title,
no count. At each, the locked window says that reminders wait in the file (the moment alone
tells nothing about a captive)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from caseapp.domain.dates import due_moment, local_zone
from caseapp.domain.hearing_days import HEARING_REMINDER_DAYS, hearing_days_span
from caseapp.domain.moot_hearings import CALLED_OFF
from caseapp.domain.rules import lead_days_of

if TYPE_CHECKING:
    from caseapp.services.deadline_rows import DeadlineRow
    from caseapp.services.reminders import ReminderService

LOCK_HORIZON_DAYS = 7  # how far ahead a lock looks (a lock of a week is a closed laptop)


def moments_while_locked(reminders: ReminderService, days: int = LOCK_HORIZON_DAYS
                         ) -> list[datetime]:
    """The moments (aware, UTC, in order) after now and within ``days`` days at which the
    reminders would announce something they did not before: an open deadline falling due at
    its hour or at the end of its court's day (overdue then), and the start of each day here
    on which a deadline is due or overdue, its rule's reminder day has come, or a hearing is
    tomorrow or today. Snoozed deadlines are left out, as the reminders leave them."""
    ctx = reminders.ctx
    today, now = ctx.today(), ctx.now()
    until = now + timedelta(days=days)
    leads = reminders.rule_set.reminder_days()
    furthest = max((max(d) for d in leads.values() if d), default=1)
    rows = reminders.due(days + max(furthest, 1))
    moments = set()
    for row in rows:
        d = row.deadline
        moment = due_moment(d.due_on, d.due_time, d.timezone)
        if moment is not None and now < moment <= until:
            moments.add(moment)
    here = local_zone()
    start, end = hearing_days_span(today, today + timedelta(days=days + 1))
    hearing_days = {h.starts_at.astimezone(here).date()
                    for h in reminders.hearings.list(start=start, end=end)
                    if h.state not in CALLED_OFF and h.starts_at > now}
    for ahead in range(1, days + 1):
        day = today + timedelta(days=ahead)
        if _something_on(day, rows, leads) or any(
                0 <= (h - day).days <= max(HEARING_REMINDER_DAYS) for h in hearing_days):
            moments.add(_start_of(day, here))
    return sorted(m for m in moments if now < m <= until)


def _something_on(day: date, rows: Sequence[DeadlineRow], leads: dict[str, tuple[int, ...]]
                  ) -> bool:
    """Whether on ``day`` a deadline of ``rows`` is due or overdue, or its reminder day has
    come (:func:`caseapp.services.reminder_alerts.due_and_coming`'s rule)."""
    for row in rows:
        ahead = (row.day_here - day).days
        if ahead <= 0 or any(lead >= ahead for lead in lead_days_of(row.deadline.rule_id, leads)):
            return True
    return False


def _start_of(day: date, here: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=here).astimezone(UTC)


__all__ = ["LOCK_HORIZON_DAYS", "moments_while_locked"]
