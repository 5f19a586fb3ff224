"""What a batch (:meth:`~caseapp.services.base.ServiceContext.batch`) knows without asking
the database: the deadlines of every trigger it created, and the detention orders and
places of detention (stays) of every captive it created.

A record created in the batch has only what the batch gave it: the deadline engine answers
its reads from this index instead of a query per write (the demo writes hundreds). The
index follows every deadline and order the session writes (whatever service writes it);
a deletion, a call that fails, a record moved to another captive, a bulk UPDATE or DELETE,
or a step of an order it does not hold drops the whole index (what it held may be gone or
incomplete): the engine then reads from the database, as outside a batch. The custody of
a captive the batch created is answered from it too (:mod:`custody_known`). Code writing
deadlines or orders through the connection inside a batch calls
:func:`~caseapp.services.batch.settle_batch` first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import InstanceState, ORMExecuteState, Session

from caseapp.db.models import Deadline, DetentionOrder, DetentionPlace, StatusChange
from caseapp.services.batch import in_batch
from caseapp.services.batch_rows import give_defaults
from caseapp.services.session_info import BATCH_INDEX, NEXT_DEADLINE_ID

# The trigger kind stored on the steps of a detention order (deadline_writes.TRIGGER_KINDS).
DETENTION_ORDER = "detention_order"


@dataclass
class BatchIndex:
    """The deadlines of each trigger (kind, uid) created in the batch, in id order (the ones
    not flushed yet last), and the orders and stays of each captive created in the batch."""

    deadlines: dict[tuple[str, str], list[Deadline]] = field(default_factory=dict)
    orders: dict[int, list[DetentionOrder]] = field(default_factory=dict)
    stays: dict[int, list[DetentionPlace]] = field(default_factory=dict)

    def created(self, kind: str, obj: Any) -> None:
        """``obj``, a trigger of ``kind``, was just created in the batch: it has nothing yet."""
        self.deadlines[(kind, obj.uid)] = []
        if obj.__tablename__ == "captives":
            self.orders[obj.id] = []
            self.stays[obj.id] = []
        elif obj.__tablename__ == "detention_orders":
            self._add_order(obj)

    def add_deadline(self, d: Deadline) -> None:
        found = self.deadlines.get((d.trigger_kind, d.trigger_uid))
        if found is not None and not any(x is d for x in found):
            found.append(d)

    def _add_order(self, order: DetentionOrder) -> None:
        found = self.orders.get(order.captive_id)
        if found is not None and not any(x is order for x in found):
            found.append(order)

    def add_stay(self, place: DetentionPlace) -> None:
        """A stay created in the batch (checked, or written)."""
        found = self.stays.get(place.captive_id)
        if found is not None and not any(x is place for x in found):
            found.append(place)

    def stays_of(self, captive_id: int) -> list[DetentionPlace] | None:
        """The stays of the captive, in id order, if the captive was created here: those
        created since and still there (not deleted, not moved to another captive)."""
        found = self.stays.get(captive_id)
        if found is None:
            return None
        return [p for p in found if p.captive_id == captive_id
                and ((st := inspect(p)).pending or st.persistent)]

    def orders_of(self, captive_id: int) -> list[tuple[int, str, Any, int | None, Any, Any]] | None:
        """The (id, uid, start, criminal case, expiry, decision day) of the captive's orders,
        if the captive was created here."""
        found = self.orders.get(captive_id)
        if found is None:
            return None
        return [(o.id, o.uid, o.start_date, o.prosecution_id, o.expires_on, o.decided_on)
                for o in found
                if o.captive_id == captive_id]


def batch_index(s: Session) -> BatchIndex | None:
    """The index of the batch ``s`` belongs to (made on first use), or None outside one."""
    index: BatchIndex | None = s.info.get(BATCH_INDEX)
    if index is None and in_batch(s):
        index = s.info[BATCH_INDEX] = BatchIndex()
        if not s.info.get(_WATCHED):  # (once per batch: the index may be made again)
            s.info[_WATCHED] = True
            event.listen(s, "pending_to_persistent", _written)
            event.listen(s, "persistent_to_deleted", _deleted)
            event.listen(s, "before_flush", _moving)
            event.listen(s, "do_orm_execute", _bulk)
    return index


_WATCHED = "batch_index_watched"


def batch_keys(s: Session, new: list[Deadline]) -> bool:
    """In a batch on SQLite, give ``new`` deadlines (just added, not flushed) their id and
    uid now: they then need no flush of their own and go to the database with the next
    write, many in one statement. The ids are those the database would give them (one
    above the highest so far; SQLite has one writer). False, giving nothing, outside a
    batch, on a server, or while another new deadline waits for its id from the database."""
    if not new or not in_batch(s) or s.get_bind().dialect.name != "sqlite":
        return False
    if any(d.id is not None for d in new):  # (written meanwhile: their ids are theirs)
        return False
    ours = {id(d) for d in new}
    if any(isinstance(o, Deadline) and o.id is None and id(o) not in ours for o in s.new):
        return False
    batch_index(s)  # (watching the flushes: a deadline written otherwise moves the next id)
    next_id: int | None = s.info.get(_NEXT_ID)
    if next_id is None:
        with s.no_autoflush:
            next_id = (s.scalar(select(func.max(Deadline.id))) or 0) + 1
    for d in new:
        d.id, next_id = next_id, next_id + 1
        # Every value given (no column read back: one statement for many), the defaults
        # too: the engine reads them (an open status) before the flush.
        give_defaults(d)
    s.info[_NEXT_ID] = next_id
    return True


_NEXT_ID = NEXT_DEADLINE_ID


def _written(s: Session, obj: Any) -> None:
    """A record flushed: a deadline or order of what the batch created joins the index."""
    if isinstance(obj, Deadline) and obj.id >= s.info.get(_NEXT_ID, obj.id + 1):
        s.info[_NEXT_ID] = obj.id + 1
    index: BatchIndex | None = s.info.get(BATCH_INDEX)
    if index is None:
        return
    if isinstance(obj, Deadline):
        if obj.trigger_kind == DETENTION_ORDER and obj.captive_id in index.orders \
                and (obj.trigger_kind, obj.trigger_uid) not in index.deadlines:
            s.info.pop(BATCH_INDEX, None)  # (a step of an order it does not hold)
            return
        index.add_deadline(obj)
    elif isinstance(obj, DetentionOrder):
        index._add_order(obj)
    elif isinstance(obj, DetentionPlace):
        index.add_stay(obj)


def _deleted(s: Session, _obj: Any) -> None:
    s.info.pop(BATCH_INDEX, None)  # (rows may go with it by cascade: read them again)


# Records the index (and custody_known) files by their captive: one moved to another
# captive drops the index (the other captive's lists do not have it).
_BY_CAPTIVE = (Deadline, DetentionOrder, DetentionPlace, StatusChange)


def _moving(s: Session, _context: Any, _instances: Any) -> None:
    """Before a flush: an order, step, stay or status change moved to another captive."""
    if BATCH_INDEX in s.info and any(
            isinstance(obj, _BY_CAPTIVE) and _state(obj).attrs.captive_id.history.deleted
            for obj in s.dirty):
        s.info.pop(BATCH_INDEX, None)


def _state(obj: Any) -> InstanceState[Any]:
    return inspect(obj)


def _bulk(state: ORMExecuteState) -> None:
    """An UPDATE or DELETE of many rows (not through the records): read them again."""
    if state.is_update or state.is_delete:
        state.session.info.pop(BATCH_INDEX, None)
