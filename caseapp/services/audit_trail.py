"""The audit trail: one entry per change, chained by hash to the one before, written in the
transaction of the change. Inside a batch (:mod:`caseapp.services.batch`) the entries are
kept and written, chained, in one statement at its end (:func:`write_pending_audit`)."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, time
from enum import Enum
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db import team_writes
from caseapp.db.audit_chain import append_entries, entry_hash
from caseapp.db.base import utcnow
from caseapp.db.models import AuditEntry
from caseapp.db.postgres import lock_audit_appends
from caseapp.domain.audit_summary import stored_summary
from caseapp.domain.enums import AuditAction
from caseapp.domain.messages import Message
from caseapp.services.session_info import AUDIT_ROWS, AUDIT_TAIL_BEFORE, FLUSHES


class Acting(Protocol):
    """Who makes the change (a :class:`~caseapp.services.base.ServiceContext`)."""

    @property
    def actor(self) -> str: ...


def audit_text(value: Any) -> str | None:
    """How a value reads in the audit log."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def audit(
    s: Session,
    ctx: Acting,
    action: AuditAction,
    obj: Any,
    *,
    summary: str | Message = "",  # a composed one as a message: shown in the reader's language
    captive_uid: str = "",
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    # One time per transaction: the entries of one write read back as one event.
    at = s.info.get("audit_at") or s.info.setdefault("audit_at", utcnow())
    values = {  # the hashed fields (caseapp.db.audit_chain.FIELDS)
        "uid": str(uuid.uuid4()), "at": at, "actor": ctx.actor, "action": action,
        "entity": obj.__tablename__, "record_uid": obj.uid, "captive_uid": captive_uid,
        "summary": stored_summary(summary), "field": field, "old_value": audit_text(old),
        "new_value": audit_text(new)}
    if team_writes.writes_below_internal(s.connection()):  # it may not read the chain
        team_writes.append_audit(s.connection(), values)
        return
    batched: list[dict[str, Any]] | None = s.info.get(AUDIT_ROWS)
    if batched is not None:  # inside a batch: chained and written at its end
        batched.append(values)
        return
    prev = _audit_tail(s)
    s.info["audit_tail"] = digest = entry_hash(values, prev)
    s.add(AuditEntry(**values, prev_hash=prev, hash=digest))


# Built once (a statement built per write costs more than running it).
_NEWEST_HASH = select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)


def _audit_tail(s: Session) -> str:
    """The hash the next entry chains to: the last one written in this transaction, else the
    last one in the file (read in this transaction, so a concurrent writer cannot fork it)."""
    prev: str | None = s.info.get("audit_tail")
    if prev is None:
        lock_audit_appends(s.connection())  # on a server: one appender at a time, until commit
        with s.no_autoflush:
            prev = s.scalar(_NEWEST_HASH) or ""
        # Where this transaction's entries start: its commit tells the file's own writes
        # from other programs' (caseapp.services.outside_writes).
        s.info.setdefault(AUDIT_TAIL_BEFORE, prev)
    return prev


def write_pending_audit(s: Session) -> None:
    """Write the audit entries a batch has kept (see :meth:`ServiceContext.batch`), chained
    in the order they were made, in one statement: the same entries, hashes included, as
    written one by one. Code reading the audit trail through ``s.connection()`` inside a
    batch calls this first (reads through the session do it themselves)."""
    rows: list[dict[str, Any]] | None = s.info.get(AUDIT_ROWS)
    if not rows:
        return
    s.info[AUDIT_ROWS] = []  # (reading the tail below must not write them again)
    s.info[FLUSHES] = s.info.get(FLUSHES, 0) + 1  # written: a failing call can no longer undo
    s.info["audit_tail"] = append_entries(s.connection(), rows, _audit_tail(s))
