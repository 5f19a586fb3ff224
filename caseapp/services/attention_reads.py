"""What "Needs attention" reads, without going through every deadline: the open deadlines
counted per group by one aggregate, the deadlines due by a day in one query, those whose
notes carry a snooze, and the captives watched (in custody or missing) with one ``EXISTS``
each telling whether an open deadline lies ahead of them."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, func, or_, select

from caseapp.db.custody_history import first_orders, release_histories
from caseapp.db.models import Captive, CaptiveName, Deadline, WelfareContact
from caseapp.domain.dates import MOST_DAYS_APART, deadline_overdue
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DeadlineStatus
from caseapp.domain.snooze_lines import SNOOZE_PREFIX
from caseapp.services.overview import days_in_custody
from caseapp.services.plain_rows import row_parts

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
    ahead: bool  # an open deadline not yet overdue (see each_watched_captive)


def count_open(conn: Connection, today: date, week: date) -> tuple[int, int, int, int]:
    """The open deadlines overdue, due today, due by ``week``, due later (snoozed or not)."""
    due_on = Deadline.due_on
    overdue, on_day, this_week, later = conn.execute(select(
        func.count().filter(due_on < today), func.count().filter(due_on == today),
        func.count().filter(due_on > today, due_on <= week),
        func.count().filter(due_on > week)).where(_IS_OPEN)).one()
    return overdue, on_day, this_week, later


def _in_a_zone(t: Any, today: date) -> Any:
    """The open deadlines that fall due at a moment in a zone: at an hour there (few, read
    whatever their day), or at the end of a whole day in their court's zone, read only when
    that day may be today here (a zone is at most ``MOST_DAYS_APART`` days from here): the
    others are overdue or ahead by their own day alike."""
    near = t.c.due_on.between(today - timedelta(days=MOST_DAYS_APART),
                              today + timedelta(days=MOST_DAYS_APART))
    return (t.c.status == DeadlineStatus.OPEN) & (t.c.timezone != "") & or_(
        t.c.due_time.is_not(None), near)


def timed_open(conn: Connection, today: date) -> list[Any]:
    """(id, due date, due time, time zone) of the open deadlines due at a moment in a zone
    (the few whose day here, or whose moment overdue, may not be their own day's: see
    ``due_day_here`` and ``deadline_overdue``)."""
    t = Deadline.__table__
    return list(conn.execute(select(t.c.id, t.c.due_on, t.c.due_time, t.c.timezone)
                             .where(_in_a_zone(t, today))).all())


def snooze_marked(conn: Connection) -> list[Any]:
    """(id, captive id, due date, notes) of the open deadlines whose notes mention a snooze
    (a line of the notes; whether it runs past today is for the caller to read)."""
    t = Deadline.__table__
    return list(conn.execute(select(t.c.id, t.c.captive_id, t.c.due_on, t.c.notes)
                             .where(_IS_OPEN, t.c.notes.contains(SNOOZE_PREFIX))).all())


def due_by(conn: Connection, day: date) -> list[Any]:
    """(id, captive id, title, due date, captive's primary name, due time, time zone, rule,
    uid) of the open deadlines due by ``day``, overdue ones included (the caller puts them
    in every list's order: caseapp.domain.same_day)."""
    t = Deadline.__table__
    return list(conn.execute(
        select(t.c.id, t.c.captive_id, t.c.title, t.c.due_on, CaptiveName.full_name,
               t.c.due_time, t.c.timezone, t.c.rule_id, t.c.uid)
        .outerjoin(CaptiveName, (CaptiveName.captive_id == t.c.captive_id)
                   & CaptiveName.is_primary)
        .where(_IS_OPEN, t.c.due_on <= day)
        .order_by(t.c.due_on, t.c.due_time, t.c.id, CaptiveName.id)).all())


def _watched_statuses() -> list[CaptiveStatus]:
    return [st for st in CaptiveStatus if st.in_custody or st is CaptiveStatus.MISSING]


def _primary_name() -> Any:
    """A captive's primary name (the last recorded, if several), in a query of captives."""
    return (select(CaptiveName.full_name)
            .where(CaptiveName.captive_id == Captive.id, CaptiveName.is_primary)
            .order_by(CaptiveName.id.desc()).limit(1).scalar_subquery())


def _watched(conn: Connection) -> Any:
    """Whether a captive is watched, written so that SQLite reads the captives in id order
    (the status through ``coalesce``, which its index cannot answer): through the status
    index it would sort every row read, names and contacts included, in memory (10 MiB at
    100,000 captives) to give them in id order."""
    return func.coalesce(Captive.status, "").in_(_watched_statuses())


def each_watched_captive(conn: Connection, today: date,
                         now: datetime | None = None) -> Iterator[WatchedCaptive]:
    """The captives in custody or missing, with what their clocks read of them, by id, as
    the rows come (the reminders go through 100,000 without holding them all): the primary
    name and the last confirmed contact are read in the same query, not as maps of every
    watched captive.

    Whether an open deadline lies ahead of each (``ahead``) is the Deadlines view's rule,
    :func:`caseapp.domain.dates.deadline_overdue`: a whole day's is ahead until its day has
    passed (one ``EXISTS``), one due at an hour in a zone, or at the end of a day near today
    in its court's zone, until that moment (``now``; the few read apart): the Court's 16:00
    Strasbourg cut-off is no longer ahead at 17:00 in Paris, 23:00 in New York on the 26th
    still is at 07:00 on the 27th in Baku. Without
    ``now`` (a read of the captives that does not ask) those are counted by their day."""
    by_day = or_(func.coalesce(Deadline.timezone, "") == "",  # else by its moment, read apart
                 Deadline.due_time.is_(None) & (Deadline.due_on > today
                                                + timedelta(days=MOST_DAYS_APART)))
    ahead = (select(Deadline.id)
             .where(Deadline.captive_id == Captive.id, _IS_OPEN,
                    Deadline.due_on >= today if now is None else by_day & (
                        Deadline.due_on >= today))
             .exists())
    timed_ahead = set() if now is None else _timed_ahead(conn, today, now)
    contact = (select(func.max(WelfareContact.contact_on))
               .where(WelfareContact.captive_id == Captive.id,
                      WelfareContact.confirmed.is_(True)).scalar_subquery())
    stmt = (select(Captive.id, Captive.status, Captive.category, Captive.capture_date,
                   Captive.status_since, ahead, _primary_name(), contact)
            .where(_watched(conn)).order_by(Captive.id))
    histories = release_histories(conn)  # the few with a release recorded
    first = first_orders(conn)  # of the few whose capture date is unknown
    for part in row_parts(conn, stmt):
        for cid, status, category, capture, since, has_ahead, primary, last in part:
            yield WatchedCaptive(cid, primary or "", status, category,
                                 days_in_custody(status, capture, since, today,
                                                 histories.get(cid, ()), first.get(cid)),
                                 last, bool(has_ahead) or cid in timed_ahead)


def _timed_ahead(conn: Connection, today: date, now: datetime) -> set[int]:
    """The captives with an open deadline due at a moment in a zone (an hour there, or the
    end of a whole day in its court's zone) that has not passed
    (:func:`caseapp.domain.dates.deadline_overdue`); only those that may fall due here from
    yesterday on are read (a zone is at most ``MOST_DAYS_APART`` days from here), those of a
    whole day only near today (later ones are ahead by their day, in the ``EXISTS``)."""
    t = Deadline.__table__
    return {cid for cid, day, at, zone in conn.execute(
        select(t.c.captive_id, t.c.due_on, t.c.due_time, t.c.timezone)
        .where(_in_a_zone(t, today), t.c.captive_id.is_not(None),
               t.c.due_on >= today - timedelta(days=MOST_DAYS_APART)))
        if not deadline_overdue(day, at, zone, today=today, now=now)}


def name_ranks(conn: Connection) -> Mapping[int, int]:
    """Each watched captive's place in the order of their primary names as Python compares
    strings (by code point: SQLite's BINARY collation compares UTF-8 bytes, which orders
    code points alike; PostgreSQL's "C" collation likewise), a captive without a primary
    name first (as ""), equal names by id. Only the ids are sorted, not the captives'
    rows; an array by id where the ids are dense."""
    collation = "BINARY" if conn.dialect.name == "sqlite" else "C"
    stmt = (select(Captive.id).where(_watched(conn))
            .order_by(func.coalesce(_primary_name(), "").collate(collation), Captive.id))
    top = conn.execute(select(func.max(Captive.id))).scalar() or 0
    count = conn.execute(select(func.count()).select_from(Captive)).scalar() or 0
    ranks: Any = array("q", bytes(8 * (top + 1))) if top <= 4 * count + 1024 else {}
    place = 0
    for part in row_parts(conn, stmt):
        for (cid,) in part:
            ranks[cid] = place
            place += 1
    return cast(Mapping[int, int], ranks)
