"""Each calendar event's SEQUENCE (RFC 5545 § 3.8.7.4): a number that grows whenever what
the event says changes, so that a calendar which imported an earlier export takes the new
time, state or text instead of keeping the old one (the UID, the record's uid, stays).

It is read from the audit trail, which every write adds to and nothing edits: the id of the
latest entry about the event's record (a hearing or a deadline: its time, state, text, the
captives it concerns) or about a captive it names (the name its summary shows). Any change
to one of them adds an entry with a larger id, so the number never goes back, and an
unchanged event keeps its number from one export to the next.

A team member below internal clearance cannot read the audit trail (it is internal): she
gets the same ids from the server (``caseapp_team.event_sequences``,
:mod:`caseapp.db.team_calendar`), for the records she may read only. So one hearing has one
number whichever login exported it. Her calendar numbered its events by each record's count
of saved changes (``row_version``) before: the number is never below that count either (the
larger of the two), so her phone, which holds the old numbers, only ever sees them grow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.db import team_calendar
from caseapp.db.models import AuditEntry, Captive, Deadline, Hearing
from caseapp.domain.dto import DeadlineDTO, HearingDTO
from caseapp.services.deadline_prefetch import chunks


def sequences(s: Session, deadlines: Iterable[DeadlineDTO], hearings: Iterable[HearingDTO], *,
              audit_readable: bool = True) -> dict[str, int]:
    """The SEQUENCE of each event, by its record's uid."""
    about: dict[str, set[int]] = {d.uid: {d.captive_id} if d.captive_id is not None else set()
                                  for d in deadlines}
    about.update((h.uid, set(h.captive_ids)) for h in hearings)
    if not about:
        return {}
    counts = {**_row_versions(s, Deadline, list(about)), **_row_versions(s, Hearing, list(about))}
    captive_uids = _captive_uids(s, {c for ids in about.values() for c in ids})
    asked = [*about, *captive_uids.values()]
    latest = (latest_entries(s, asked) if audit_readable
              else team_calendar.event_sequences(s.connection(), sorted(set(asked))))
    return {uid: max([counts.get(uid, 0), latest.get(uid, 0),
                      *(latest.get(captive_uids.get(c, ""), 0) for c in ids)])
            for uid, ids in about.items()}


def closed_since(s: Session, uids: Iterable[str], since: datetime, *,
                 audit_readable: bool = True) -> set[str]:
    """Those deadlines of ``uids`` whose status was changed at or after ``since`` (below
    internal clearance: asked of the server, of the deadlines the login may read)."""
    if not audit_readable:
        return team_calendar.closed_since(s.connection(), sorted(set(uids)), since)
    return changed_since(s, uids, "status", since)


def changed_since(s: Session, uids: Iterable[str], field: str, since: datetime) -> set[str]:
    """Those deadlines of ``uids`` whose ``field`` was changed at or after ``since``."""
    out: set[str] = set()
    for part in chunks(sorted(set(uids))):
        out.update(s.scalars(select(AuditEntry.record_uid).where(
            AuditEntry.entity == "deadlines", AuditEntry.field == field,
            AuditEntry.at >= since, AuditEntry.record_uid.in_(part))))
    return out


def _captive_uids(s: Session, ids: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for part in chunks(sorted(ids)):
        out.update(_pairs(s, select(Captive.id, Captive.uid).where(Captive.id.in_(part))))
    return out


def latest_entries(s: Session, uids: list[str]) -> Mapping[str, int]:
    """The id of the latest audit entry about each record of ``uids`` (those with one)."""
    out: dict[str, int] = {}
    for part in chunks(sorted(set(uids))):
        out.update(_pairs(s, select(AuditEntry.record_uid, func.max(AuditEntry.id))
                          .where(AuditEntry.record_uid.in_(part))
                          .group_by(AuditEntry.record_uid)))
    return out


def _row_versions(s: Session, model: type[Deadline] | type[Hearing],
                  uids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in chunks(sorted(uids)):
        out.update(_pairs(s, select(model.uid, model.row_version).where(model.uid.in_(part))))
    return out


def _pairs(s: Session, stmt: Any) -> Iterator[tuple[Any, Any]]:
    """The rows of a two-column query, as pairs."""
    return ((key, value) for key, value in s.execute(stmt))
