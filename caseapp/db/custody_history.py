"""What the days in custody need besides the capture date
(:mod:`caseapp.domain.custody_periods`): the status histories, only those of captives with a
release recorded, as only a release makes a gap in custody; and, for the captives whose
capture date is unknown, the start of their first detention order, from which the days are
counted instead. Each read in one query for every captive (the lists and the status report)
or a few."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date

from sqlalchemy import Connection, func, select

from caseapp.db.models import Captive, DetentionOrder, StatusChange
from caseapp.domain.custody_periods import Change
from caseapp.domain.enums import CaptiveStatus, Sensitivity

ENDED_VALUES = tuple(s.value for s in CaptiveStatus if s.ended)


def release_histories(conn: Connection, captive_ids: Collection[int] | None = None, *,
                      levels: Collection[Sensitivity] | None = None) -> dict[int, list[Change]]:
    """Of the captives with a release recorded (among ``captive_ids`` when given): each one's
    status changes, the new status and its day, in the order recorded; with ``levels``, only
    the changes at one of them (what an output at a level shows: a release above it is no
    gap there)."""
    released = select(StatusChange.captive_id).where(
        StatusChange.new_status.in_([CaptiveStatus(v) for v in ENDED_VALUES]))
    if captive_ids is not None:
        released = released.where(StatusChange.captive_id.in_(sorted(captive_ids)))
    stmt = (select(StatusChange.captive_id, StatusChange.new_status, StatusChange.effective_on)
            .where(StatusChange.captive_id.in_(released.scalar_subquery()))
            .order_by(StatusChange.captive_id, StatusChange.id))
    if levels is not None:
        stmt = stmt.where(StatusChange.sensitivity.in_(sorted(levels)))
    histories: dict[int, list[Change]] = {}
    for cid, status, day in conn.execute(stmt):
        histories.setdefault(cid, []).append((CaptiveStatus(status), day))
    return histories


def first_orders(conn: Connection, captive_ids: Collection[int] | None = None, *,
                 shown: Callable[[Sensitivity, int | None], bool] | None = None
                 ) -> dict[int, date]:
    """Of the captives whose capture date is unknown (among ``captive_ids`` when given): the
    start of each one's first detention order; with ``shown`` (an order's level and criminal
    case: whether an output may show it), of those it may show."""
    captives, orders = Captive.__table__.c, DetentionOrder.__table__.c  # no mapper configured
    unknown = select(captives.id).where(captives.capture_date.is_(None))
    if captive_ids is not None:
        unknown = unknown.where(captives.id.in_(sorted(captive_ids)))
    where = orders.captive_id.in_(unknown.scalar_subquery())
    if shown is None:
        return {cid: day for cid, day in conn.execute(
            select(orders.captive_id, func.min(orders.start_date))
            .where(where).group_by(orders.captive_id))}
    first: dict[int, date] = {}
    for cid, day, level, case in conn.execute(
            select(orders.captive_id, orders.start_date, orders.sensitivity,
                   orders.prosecution_id).where(where)):
        if shown(Sensitivity(level), case) and (cid not in first or day < first[cid]):
            first[cid] = day
    return first
