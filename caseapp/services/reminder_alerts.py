"""What the window's reminders announce beyond the deadlines due: the deadlines ahead whose
rule's first reminder day has come, and the hearings of today and tomorrow. Pure filters
over what :class:`caseapp.services.reminders.ReminderService` reads."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from caseapp.domain.dates import local_zone
from caseapp.domain.dto import HearingDTO
from caseapp.domain.hearing_days import HEARING_REMINDER_DAYS
from caseapp.domain.moot_hearings import CALLED_OFF
from caseapp.domain.rules import lead_days_of
from caseapp.services.deadline_rows import DeadlineRow


def due_and_coming(rows: Iterable[DeadlineRow], *, today: date,
                   reminder_days: dict[str, tuple[int, ...]]
                   ) -> tuple[tuple[DeadlineRow, ...], tuple[tuple[DeadlineRow, int], ...]]:
    """Of open, unsnoozed ``rows`` (in due order), those due by ``today`` (their day here:
    overdue or today), and those ahead whose first reminder day has come (their rule's
    ``reminder_days``, :func:`lead_days_of`: a reminder missed while the app was closed
    counts as come), each with the reminder day reached (7: from 7 days before its day until
    its next reminder day)."""
    due, coming = [], []
    for row in rows:
        ahead = (row.day_here - today).days
        if ahead <= 0:
            due.append(row)
            continue
        reached = [days for days in lead_days_of(row.deadline.rule_id, reminder_days)
                   if days >= ahead]
        if reached:
            coming.append((row, min(reached)))
    return tuple(due), tuple(coming)


def hearings_soon(hearings: Iterable[HearingDTO], *, today: date, now: datetime
                  ) -> list[tuple[HearingDTO, int]]:
    """Of ``hearings``, those whose day on this computer's clock is ``today`` or within
    their reminder days (the day before, as the calendar's alarm), not yet begun at ``now``,
    neither adjourned nor cancelled, with the days to that day: 09:00 in Baku on the 9th is
    the 8th's evening in Los Angeles, "today" there on the 8th."""
    here = local_zone()
    soon = []
    for h in hearings:
        if h.state in CALLED_OFF or h.starts_at <= now:
            continue
        ahead = (h.starts_at.astimezone(here).date() - today).days
        if 0 <= ahead <= max(HEARING_REMINDER_DAYS):
            soon.append((h, ahead))
    return soon
