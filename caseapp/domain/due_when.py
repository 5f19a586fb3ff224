"""When an open deadline falls due, as a state the lists word: overdue by some days, its
hour passed today, its day ended where the court sits, due today, due in some days, or
snoozed. The one place this is decided: the Deadlines view words it with Qt, the command
line (``caseapp deadlines``, ``captives show``) with the documents' catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from caseapp.domain.dates import due_day_here, due_moment, local_zone, open_day_here


class DueState(StrEnum):
    """The values of ``caseapp deadlines --format json``'s ``state``."""

    OVERDUE = "overdue"  # a day or more: ``days`` is negative
    HOUR_PASSED = "hour_passed"  # due at an hour that has passed, today here
    DAY_ENDED = "day_ended"  # a whole day in a court's zone, ended there, not yet here
    TODAY = "today"
    AHEAD = "ahead"  # in ``days`` days
    SNOOZED = "snoozed"  # its reminders quiet until ``until``; still due


@dataclass(frozen=True, slots=True)
class DueWhen:
    state: DueState
    # from today to the day it is counted by here (:func:`open_day_here`): negative when
    # overdue by days, 0 today (its hour or its court's day passed included), else ahead;
    # snoozed, to the day it falls due here (:func:`due_day_here`), overdue or not
    days: int
    # the moment it fell due, on this computer's clock: its hour (HOUR_PASSED) or the end
    # of its day where the court sits (DAY_ENDED); None otherwise
    at: datetime | None = None
    until: date | None = None  # SNOOZED: the day its snooze ends


def due_when(due_on: date, due_time: time | None, zone: str, *, today: date, overdue: bool,
             snoozed_until: date | None = None) -> DueWhen:
    """The state of an open deadline due on ``due_on`` (at ``due_time`` in ``zone``, if
    given) on the lawyer's ``today``. ``overdue`` is the lists' verdict
    (:func:`caseapp.domain.dates.deadline_overdue`, read with the same clock): one due at
    16:00 in Strasbourg is overdue at 16:00 Paris time, "passed at 16:00", not "today"; a
    whole day in Baku is overdue at 21:00 in Paris, "day ended in Baku at 21:00". A snooze
    that ends after ``today`` wins (as the lists group it)."""
    if snoozed_until is not None and snoozed_until > today:  # still due: by its day here
        days = (due_day_here(due_on, due_time, zone) - today).days
        return DueWhen(DueState.SNOOZED, days, until=snoozed_until)
    days = (open_day_here(due_on, due_time, zone, today=today, overdue=overdue) - today).days
    if overdue and days >= 0:  # overdue today: by its hour, or by the court's day
        moment = due_moment(due_on, due_time, zone)
        at = None if moment is None else moment.astimezone(local_zone())
        if due_time is not None:
            return DueWhen(DueState.HOUR_PASSED, days, at=at)
        if at is not None:
            return DueWhen(DueState.DAY_ENDED, days, at=at)
    if days < 0:
        return DueWhen(DueState.OVERDUE, days)
    return DueWhen(DueState.TODAY if days == 0 else DueState.AHEAD, days)
