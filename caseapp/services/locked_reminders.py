"""When the reminders would speak while the window is locked.

A locked window has closed its case file (its key forgotten): it cannot read what falls due.
A lawyer working in another program while CaseApp locked itself after some idle minutes
was told nothing when a deadline's cut-off passed (16:00 in Strasbourg) or a new day brought
its reminders. Before the file closes, the lock reads here the moments within the next days
at which the reminders would announce something new, and nothing else: no name, no title,
no count. At each, the locked window says that reminders wait in the file (the moment alone
tells nothing about a captive)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from caseapp.domain.dates import due_moment, local_zone
from caseapp.domain.hearing_days import hearing_days_span
from caseapp.services.reminder_alerts import due_and_coming, hearings_soon

if TYPE_CHECKING:
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
    hearings = [h for h in reminders.hearings.list(start=start, end=end) if h.starts_at > now]
    for ahead in range(1, days + 1):  # each day's start, asked as the reminders ask it then
        day = today + timedelta(days=ahead)
        begins = _start_of(day, here)
        if any(due_and_coming(rows, today=day, reminder_days=leads)) or hearings_soon(
                hearings, today=day, now=begins):
            moments.add(begins)
    return sorted(m for m in moments if now < m <= until)


def _start_of(day: date, here: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=here).astimezone(UTC)


__all__ = ["LOCK_HORIZON_DAYS", "moments_while_locked"]
