"""What a batch (:meth:`~caseapp.services.base.ServiceContext.batch`) knows of the custody of a
captive it created, for :mod:`~caseapp.services.custody_steps` and
:mod:`~caseapp.services.conviction_notes`: the captive's status and status history, its
detention orders and their steps, answered from the records the session holds instead of a
few queries per order written (the demo writes 130 orders and 43 status changes).

A captive created in the batch has only what the batch gave it, and the batch's index
(:mod:`~caseapp.services.deadline_index`) follows each of its orders and their steps as they
are written; its status history is its ``status_changes`` in the session, which the captives
service appends to. The index is dropped, and these reads go back to the database, whenever
it might miss a record: a deletion, a call that failed, an order, step or status change
moved to another captive, a bulk UPDATE or DELETE, a step of an order it does not hold.
The answers are exactly those of the queries (tests/services/test_batch_custody.py runs the
same custody histories one by one and in a batch).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from caseapp.db.models import Captive, Deadline, DetentionOrder
from caseapp.domain.enums import CaptiveStatus
from caseapp.services import batch_rows
from caseapp.services.deadline_index import batch_index
from caseapp.services.deadline_writes import DETENTION_ORDER


@dataclass(frozen=True)
class KnownCustody:
    """One captive created in the batch, as the queries would read it."""

    captive: Captive
    orders: list[DetentionOrder]  # its orders, in id order
    steps: list[Deadline]  # the steps of detention orders stored for it, in id order

    @property
    def history(self) -> list[tuple[CaptiveStatus, date | None]]:
        """Its status changes (new status, effective day), in id order."""
        return [(CaptiveStatus(c.new_status), c.effective_on)
                for c in self.captive.status_changes]


def known_custody(s: Session, captive_ids: Collection[int]) -> dict[int, KnownCustody]:
    """Those of ``captive_ids`` the batch ``s`` created and knows whole (none outside a
    batch)."""
    index = batch_index(s)
    if index is None:
        return {}
    wanted = [cid for cid in captive_ids if index.orders.get(cid) is not None]
    if not wanted:
        return {}
    found: dict[int, KnownCustody] = {}
    for cid in wanted:
        captive = batch_rows.record(s, Captive, cid)
        # (no record moved between captives: the index would have been dropped)
        orders = [o for o in index.orders[cid] if _alive(o)]
        steps = [d for o in orders for d in index.deadlines.get((DETENTION_ORDER, o.uid), ())
                 if _alive(d)]
        if captive is None or any(o.id is None or o.captive_id != cid for o in orders) \
                or any(d.id is None or d.captive_id != cid for d in steps):
            continue  # (a record without its id yet: read from the database)
        found[cid] = KnownCustody(captive, sorted(orders, key=lambda o: o.id),
                                  sorted(steps, key=lambda d: d.id))
    return found


def _alive(obj: object) -> bool:
    state = inspect(obj)
    return bool(state.pending or state.persistent)
