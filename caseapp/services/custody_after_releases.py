"""The orders of captives back in custody as the settling of their steps reads them: those
in the file, and those custody under which ended with a release before a re-arrest (their
steps closed as custody ended stay closed; those of the other orders open again).
:mod:`caseapp.services.custody_steps` reads them.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import DetentionOrder, StatusChange
from caseapp.domain.custody_periods import releases
from caseapp.domain.enums import CaptiveStatus


class Custody(NamedTuple):
    """The orders of captives back in custody: those in the file, and those custody under
    which ended with a release (by their uid, the day of that release)."""

    in_file: set[str]
    released: dict[str, date]


def custody_after_releases(s: Session, captive_ids: list[int], *,
                            gone: int | None = None) -> Custody:
    """The orders of ``captive_ids`` (back in custody) still in the file (``gone``: one being
    deleted is not), and of those the ones started by a release after which an order starts
    (a re-arrest), read from the database: see :func:`custody_of`."""
    changes: dict[int, list[tuple[CaptiveStatus, date | None]]] = {}
    for cid, status, day in s.execute(select(
            StatusChange.captive_id, StatusChange.new_status, StatusChange.effective_on).where(
            StatusChange.captive_id.in_(captive_ids)).order_by(StatusChange.id)):
        changes.setdefault(cid, []).append((CaptiveStatus(status), day))
    return custody_of(changes, list(s.execute(select(
        DetentionOrder.captive_id, DetentionOrder.uid, DetentionOrder.start_date).where(
        DetentionOrder.captive_id.in_(captive_ids), DetentionOrder.id != (gone or -1)))))


def custody_of(changes: dict[int, list[tuple[CaptiveStatus, date | None]]],
                orders: list[Any]) -> Custody:
    """The ``orders`` (captive id, uid, start) of captives back in custody, whose status
    histories are ``changes`` (new status and day, in the order recorded), and of those the
    ones started by a release after which an order starts (a re-arrest): custody under them
    ended with that release. Their steps closed as custody ended stay closed; those of the
    other orders in the file open again. A release withdrawn (the next status, in custody,
    as of a day not after it or of no day) ends nothing."""
    released: dict[int, list[date]] = {}
    for cid, history in changes.items():
        if days := releases(history):  # a release withdrawn ended no custody
            released[cid] = days
    last_start: dict[int, date] = {}
    for cid, _uid, start in orders:
        last_start[cid] = max(start, last_start.get(cid, start))
    ended_by = {cid: max((day for day in days if day < last_start[cid]), default=None)
                for cid, days in released.items() if cid in last_start}
    return Custody({uid for _cid, uid, _start in orders},
                    {uid: cutoff for cid, uid, start in orders
                     if (cutoff := ended_by.get(cid)) is not None and start <= cutoff})
