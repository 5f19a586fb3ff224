"""When an open deadline falls due, in the command line's words: the state the Deadlines view
words with Qt (:func:`caseapp.domain.due_when.due_when`, read through
:func:`caseapp.services.deadline_rows.deadline_when`), worded with the documents' catalogue
(``caseapp deadlines``' "When" column and JSON fields, ``captives show``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from caseapp.cli.common import jsonable
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.due_when import DueState, DueWhen
from caseapp.domain.messages import Message, current_language, msg, msg_n


def when_of(d: DeadlineDTO, *, today: date, now: datetime) -> DueWhen | None:
    """When ``d`` falls due at ``today`` and ``now`` (its snooze read from its notes); None
    when it is done or dismissed."""
    from caseapp.domain.snooze_lines import snoozed_until
    from caseapp.services.deadline_rows import deadline_when

    snoozed = snoozed_until(d.notes) if d.notes else None
    return deadline_when(d, today=today, now=now, snoozed=snoozed)


def when_words(d: DeadlineDTO, when: DueWhen | None) -> Message | None:
    """``when`` in words, as the Deadlines view says it: "3 days overdue", "passed at 16:00
    (Paris)", "day ended in Baku at 21:00", "today", "in 5 days", "snoozed until
    12 Dec 2026" (times on the 24-hour clock, as the table's Time column writes them, and a
    zone by its city in the reader's language, which the 40 characters of a column hold);
    None for a closed deadline."""
    if when is None:
        return None
    if when.state is DueState.SNOOZED and when.until is not None:
        return msg("snoozed until {day}", day=when.until)
    if when.state is DueState.HOUR_PASSED and d.due_time is not None:
        # its zone by its city, as the day's end says it (the Time column names the zone)
        return msg("passed at {time} ({city})", time=f"{d.due_time:%H:%M}",
                   city=_city(d.timezone))
    if when.state is DueState.DAY_ENDED and when.at is not None:
        return msg("day ended in {city} at {time}", city=_city(d.timezone),
                   time=f"{when.at:%H:%M}")
    if when.days < 0:
        return msg_n("{count} day overdue", "{count} days overdue", -when.days)
    if when.days == 0:
        return msg("today", context="a deadline falls due")
    return msg_n("in {count} day", "in {count} days", when.days)


def _city(zone: str) -> str:
    """A zone's city in the reader's language (only a deadline in a known zone passes its
    hour or its court's day today)."""
    from caseapp.domain.cldr import zone_city

    return zone_city(zone, current_language())


def when_fields(when: DueWhen | None) -> dict[str, Any]:
    """``caseapp deadlines --format json``'s fields of when a deadline falls due: ``state``
    (a :class:`DueState` value), ``days`` (to the day it is counted by here: negative when
    overdue), ``overdue_since`` (its hour or the end of its court's day, on this computer's
    clock, when that made it overdue today) and ``snoozed_until``."""
    if when is None:
        return {"state": None, "days": None, "overdue_since": None, "snoozed_until": None}
    return {"state": when.state.value, "days": when.days,
            "overdue_since": when.at.isoformat() if when.at is not None else None,
            "snoozed_until": when.until.isoformat() if when.until is not None else None}


def deadline_json(d: DeadlineDTO, *, today: date, now: datetime) -> dict[str, Any]:
    """A deadline's JSON fields, with :func:`when_fields` of when it falls due at ``today``
    and ``now``: ``caseapp deadlines --format json`` and ``captives show --format json``
    give the same."""
    return {**jsonable(d), **when_fields(when_of(d, today=today, now=now))}
