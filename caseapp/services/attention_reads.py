"""What "Needs attention" reads, without going through every deadline: the open deadlines
counted per group by one aggregate, the deadlines due by a day in one query, those whose
notes carry a snooze, and the captives watched (in custody or missing) with one ``EXISTS``
each telling whether an open deadline lies ahead of them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from caseapp.db.models import Captive, CaptiveName, Deadline, WelfareContact
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DeadlineStatus
from caseapp.services.deadline_engine import SNOOZE_PREFIX
from caseapp.services.overview import days_in_custody

_IS_OPEN = Deadline.status == DeadlineStatus.OPEN


@dataclass(frozen=True, slots=True)
class WatchedCaptive:
    """What "Needs attention" reads of a captive in custody or missing."""

    id: int
    primary_name: str
    status: CaptiveStatus
    category: CaptiveCategory
    days_in_custody: int | None
    last_contact: date | None
    ahead: bool  # an open deadline due today or later


def count_open(conn: Connection, today: date, week: date) -> tuple[int, int, int, int]:
    """The open deadlines overdue, due today, due by ``week``, due later (snoozed or not)."""
    due_on = Deadline.due_on
    overdue, on_day, this_week, later = conn.execute(select(
        func.count().filter(due_on < today), func.count().filter(due_on == today),
        func.count().filter(due_on > today, due_on <= week),
        func.count().filter(due_on > week)).where(_IS_OPEN)).one()
    return overdue, on_day, this_week, later


def snooze_marked(conn: Connection) -> list[Any]:
    """(id, captive id, due date, notes) of the open deadlines whose notes mention a snooze
    (a line of the notes; whether it runs past today is for the caller to read)."""
    t = Deadline.__table__
    return list(conn.execute(select(t.c.id, t.c.captive_id, t.c.due_on, t.c.notes)
                             .where(_IS_OPEN, t.c.notes.contains(SNOOZE_PREFIX))).all())


def due_by(conn: Connection, day: date) -> list[Any]:
    """(id, captive id, title, due date, captive's primary name) of the open deadlines due
    by ``day``, overdue ones included, in due order."""
    t = Deadline.__table__
    return list(conn.execute(
        select(t.c.id, t.c.captive_id, t.c.title, t.c.due_on, CaptiveName.full_name)
        .outerjoin(CaptiveName, (CaptiveName.captive_id == t.c.captive_id)
                   & CaptiveName.is_primary)
        .where(_IS_OPEN, t.c.due_on <= day)
        .order_by(t.c.due_on, t.c.due_time, t.c.id, CaptiveName.id)).all())


def watched_captives(conn: Connection, today: date) -> list[WatchedCaptive]:
    """The captives in custody or missing, with what their clocks read of them."""
    return list(each_watched_captive(conn, today))


def each_watched_captive(conn: Connection, today: date) -> Iterator[WatchedCaptive]:
    """:func:`watched_captives` one at a time, as the rows come (the reminders go through
    100,000 without holding them all): names and news are read for the watched only."""
    watched = [st for st in CaptiveStatus if st.in_custody or st is CaptiveStatus.MISSING]
    ids = select(Captive.id).where(Captive.status.in_(watched)).scalar_subquery()
    ahead = (select(Deadline.id)
             .where(Deadline.captive_id == Captive.id, _IS_OPEN, Deadline.due_on >= today)
             .exists())
    names = dict(conn.execute(select(CaptiveName.captive_id, CaptiveName.full_name)
                              .where(CaptiveName.is_primary, CaptiveName.captive_id.in_(ids))
                              .order_by(CaptiveName.captive_id, CaptiveName.id)).all())
    contacts = dict(conn.execute(
        select(WelfareContact.captive_id, func.max(WelfareContact.contact_on))
        .where(WelfareContact.confirmed.is_(True), WelfareContact.captive_id.in_(ids))
        .group_by(WelfareContact.captive_id)).all())
    rows = conn.execute(
        select(Captive.id, Captive.status, Captive.category, Captive.capture_date,
               Captive.status_since, ahead)
        .where(Captive.status.in_(watched)).order_by(Captive.id))
    for cid, status, category, capture, since, has_ahead in rows:
        yield WatchedCaptive(cid, names.get(cid, ""), status, category,
                             days_in_custody(status, capture, since, today),
                             contacts.get(cid), bool(has_ahead))
