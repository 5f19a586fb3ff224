"""Many service calls as one transaction (:meth:`caseapp.services.base.ServiceContext.batch`):
the batch's session, a call joining it, and what breaks it.

There is no savepoint per call: a call refused before it wrote anything leaves nothing and
the batch goes on; a call that fails after part of it reached the database breaks the batch,
which is then rolled back whole. Each call's audit entries are kept and written, chained, at
the end (:func:`~caseapp.services.audit_trail.write_pending_audit`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from caseapp.db.models import AuditEntry
from caseapp.domain.errors import ConflictError
from caseapp.domain.messages import msg
from caseapp.services import batch_rows
from caseapp.services.audit_trail import write_pending_audit
from caseapp.services.session_info import AUDIT_ROWS, BROKEN, FLUSHES, NEXT_DEADLINE_ID, forget_reads


class BatchBroken(ConflictError):
    """A call inside a batch failed after part of it was written: the batch is rolled back
    whole (raised by the next call, or at the end of the block if it went on)."""

    def __init__(self) -> None:
        super().__init__(msg("A change in a series of changes failed after part of it was "
                             "written, so none of the series was saved."))


def start_batch(session: Session) -> None:
    """Make ``session`` (just begun) the session of a batch."""
    info = session.info
    info["pending_changes"] = []
    info[AUDIT_ROWS] = []
    info[FLUSHES] = 0
    _hold_records(session)
    _watch_batch(session)
    batch_rows.start(session)


def end_batch(session: Session) -> None:
    """At the end of a batch's block, before its commit: refused if a call broke it, else its
    kept audit entries are written."""
    if session.info.get(BROKEN) is not None:
        raise BatchBroken() from session.info[BROKEN]
    session.flush()  # (the records still waiting: written before the audit entries)
    write_pending_audit(session)


def stop_batch(session: Session) -> None:
    """After a batch's block, whatever its outcome: the session's hooks on its connection
    are taken off (the connection goes back to the pool)."""
    batch_rows.stop(session)


@contextmanager
def call_in_batch(session: Session) -> Iterator[None]:
    """One service call inside a batch. It starts with no change unflushed (new records
    may wait); if it fails before anything of it is flushed, what it did in the session
    is undone (its new records dropped, changed ones read again) with what it noted
    (audit entries, changes to announce, reads kept); if it fails later, the batch is
    broken (see :meth:`~caseapp.services.base.ServiceContext.batch`)."""
    info = session.info
    if info.get(BROKEN) is not None:
        raise BatchBroken() from info[BROKEN]
    if session.dirty or session.deleted:
        session.flush()
    waiting = {id(obj) for obj in session.new}  # (new records flushed with a later write)
    next_ids = batch_rows.begin_call(session)
    tail, noted = info.get("audit_tail"), len(info["pending_changes"])
    entries, flushes = len(info[AUDIT_ROWS]), info[FLUSHES]
    info.pop("audit_at", None)  # each call's entries timed as one event of their own
    try:
        yield
    except BaseException as exc:
        info["audit_tail"] = tail
        del info["pending_changes"][noted:]
        del info[AUDIT_ROWS][entries:]
        forget_reads(session)  # what the failed call wrote or read is gone
        if info[FLUSHES] != flushes or not session.is_active:
            info[BROKEN] = exc
        else:
            for obj in list(session.new):
                if id(obj) not in waiting and obj in session:  # (not gone with its owner)
                    session.expunge(obj)
            batch_rows.undo_call(session, next_ids)
            for obj in list(session.dirty):
                session.expire(obj)
        raise


def settle_batch(s: Session) -> None:
    """Inside a batch, before writing or reading through ``s.connection()`` (a bulk import):
    what the batch holds goes to the database (new records waiting, audit entries kept),
    and what it knows without asking (the deadline engine's index, the next deadline id)
    is read again afterwards. Nothing to do outside a batch."""
    if not in_batch(s):
        return
    batch_rows.settle(s)
    s.flush()
    write_pending_audit(s)
    forget_reads(s)
    s.info.pop(NEXT_DEADLINE_ID, None)


def in_batch(s: Session) -> bool:
    """Whether ``s`` is the session of a batch (see :meth:`ServiceContext.batch`)."""
    return AUDIT_ROWS in s.info


def _watch_batch(session: Session) -> None:
    """Count the batch's flushes, and write its kept audit entries before a read of them."""
    info = session.info

    def flushing(_s: Session, _context: Any, _instances: Any) -> None:
        info[FLUSHES] += 1

    def executing(state: ORMExecuteState) -> None:
        if info.get(AUDIT_ROWS) and state.is_select and any(
                m.class_ is AuditEntry for m in state.all_mappers):
            write_pending_audit(state.session)

    event.listen(session, "before_flush", flushing)
    event.listen(session, "do_orm_execute", executing)


def _hold_records(session: Session) -> None:
    """Keep every record a batch's session loads or writes until the batch ends. The session
    holds records weakly: a captive read by one call of the batch, no longer referenced,
    would be read again by the next call that looks it up (hundreds of times in the demo)."""
    held: dict[int, Any] = {}

    def hold(_s: Session, obj: Any) -> None:
        held[id(obj)] = obj

    def release(_s: Session, obj: Any) -> None:
        held.pop(id(obj), None)

    session.info["held_records"] = held
    for name in ("loaded_as_persistent", "pending_to_persistent", "detached_to_persistent",
                 "deleted_to_persistent"):
        event.listen(session, name, hold)
    for name in ("persistent_to_detached", "persistent_to_transient", "persistent_to_deleted"):
        event.listen(session, name, release)
