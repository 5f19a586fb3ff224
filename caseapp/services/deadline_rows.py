"""A deadline as the lists show it (the Deadlines view, the reminders, the calendar): the
deadline with its captive's name, its rule's body, its snooze and the group it falls in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from caseapp.domain.dates import deadline_overdue, due_day_here, is_overdue, open_day_here
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.due_when import DueWhen, due_when
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.messages import Message


class Group(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"  # within the next 7 days
    LATER = "later"
    SNOOZED = "snoozed"
    CLOSED = "closed"  # done or dismissed


@dataclass(frozen=True, slots=True)  # one per deadline in the lists: tens of thousands
class DeadlineRow:
    deadline: DeadlineDTO
    captive_name: str
    body: str  # the court or body of its rule ("" when entered by hand)
    verified: bool | None  # whether its rule was checked against the source (None: by hand)
    snoozed_until: date | None
    group: Group
    # the steps of its explanation saying the rules differ from its kept day (messages, for
    # the list's search in the reader's language; the lists leave the explanation out)
    differs: tuple[Message, ...] = ()
    # counted from the first day of a month or a year, the trigger's day not being known
    # (caseapp.domain.partial_triggers): its date is an estimate
    estimated: bool = False

    @property
    def id(self) -> int:
        """The deadline's id: how tables find a row again (selection kept across reloads)."""
        return self.deadline.id

    @property
    def day_here(self) -> date:
        """The day it falls due on this computer's clock (:func:`due_day_here`): the day its
        group and its "in N days" are counted by (one due at an hour is overdue from that
        hour: :func:`open_group`)."""
        d = self.deadline
        return due_day_here(d.due_on, d.due_time, d.timezone)

    def when(self, today: date) -> DueWhen | None:
        """When it falls due as its group says (None: done or dismissed): :func:`due_when`,
        the state the command line words too."""
        return when_in_group(self.deadline, self.group, self.snoozed_until, today)


def _group_of_day(day: date, today: date, week: date) -> Group:
    if is_overdue(day, today):
        return Group.OVERDUE
    if day == today:
        return Group.TODAY
    return Group.THIS_WEEK if day <= week else Group.LATER


def open_group(due_on: date, due_time: time | None, zone: str, *, today: date, week: date,
               now: datetime) -> Group:
    """The group of an open, unsnoozed deadline: overdue as :func:`deadline_overdue` says
    (one due at 16:00 in Strasbourg today is overdue from 16:00 Paris time, not from
    midnight), else by the day it falls due here."""
    if deadline_overdue(due_on, due_time, zone, today=today, now=now):
        return Group.OVERDUE
    return _group_of_day(open_day_here(due_on, due_time, zone, today=today, overdue=False),
                         today, week)


def group_of(d: DeadlineDTO, today: date, snoozed: date | None, now: datetime) -> Group:
    if d.status is not DeadlineStatus.OPEN:
        return Group.CLOSED
    if snoozed is not None and snoozed > today:
        return Group.SNOOZED
    return open_group(d.due_on, d.due_time, d.timezone, today=today,
                      week=today + timedelta(days=7), now=now)


def when_in_group(d: DeadlineDTO, group: Group, snoozed: date | None,
                  today: date) -> DueWhen | None:
    """When a deadline of ``group`` falls due (:func:`due_when`); None when it is closed."""
    if group is Group.CLOSED:
        return None
    return due_when(d.due_on, d.due_time, d.timezone, today=today,
                    overdue=group is Group.OVERDUE,
                    snoozed_until=snoozed if group is Group.SNOOZED else None)


def deadline_when(d: DeadlineDTO, *, today: date, now: datetime,
                  snoozed: date | None = None) -> DueWhen | None:
    """When a deadline read on its own (not as a list's row) falls due at ``today`` and
    ``now``, grouped as the lists group it (:func:`group_of`): what the command line says
    beside it. ``snoozed``: the day its snooze ends, if any."""
    return when_in_group(d, group_of(d, today, snoozed, now), snoozed, today)
