"""The status histories the days in custody need (:mod:`caseapp.domain.custody_periods`):
only those of captives with a release recorded, as only a release makes a gap in custody,
read in one query for every captive (the lists and the status report) or a few."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, select

from caseapp.db.models import StatusChange
from caseapp.domain.custody_periods import Change
from caseapp.domain.enums import CaptiveStatus

ENDED_VALUES = tuple(s.value for s in CaptiveStatus if s.ended)


def release_histories(conn: Connection, captive_ids: Collection[int] | None = None
                      ) -> dict[int, list[Change]]:
    """Of the captives with a release recorded (among ``captive_ids`` when given): each one's
    status changes, the new status and its day, in the order recorded."""
    released = select(StatusChange.captive_id).where(
        StatusChange.new_status.in_([CaptiveStatus(v) for v in ENDED_VALUES]))
    if captive_ids is not None:
        released = released.where(StatusChange.captive_id.in_(sorted(captive_ids)))
    histories: dict[int, list[Change]] = {}
    for cid, status, day in conn.execute(
            select(StatusChange.captive_id, StatusChange.new_status, StatusChange.effective_on)
            .where(StatusChange.captive_id.in_(released.scalar_subquery()))
            .order_by(StatusChange.captive_id, StatusChange.id)):
        histories.setdefault(cid, []).append((CaptiveStatus(status), day))
    return histories
