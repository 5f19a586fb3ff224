"""Each calendar event's SEQUENCE (RFC 5545 § 3.8.7.4): a number that grows whenever what
the event says changes, so that a calendar which imported an earlier export takes the new
time, state or text instead of keeping the old one (the UID, the record's uid, stays).

It is read from the audit trail, which every write adds to and nothing edits: the id of the
latest entry about the event's record (a hearing or a deadline: its time, state, text, the
captives it concerns) or about a captive it names (the name its summary shows). Any change
to one of them adds an entry with a larger id, so the number never goes back, and an
unchanged event keeps its number from one export to the next.

A team member below internal clearance cannot read the audit trail (it is internal): the
record's own count of saved changes (``row_version``) stands in; it grows with every change
of the record's own columns, not with a change of its captives or names. The two numbers
differ for the same event (a lawyer's 1531, her assistant's 3): each calendar's own numbers
only grow, which is what a calendar needs. They are not made one: the count for everyone
would lower the numbers the owner's phone already holds (1531 to 3: an update it ignores)
and miss captives' new names; the audit entry's id for everyone would only raise a
member's numbers, but a member may not read the audit log, and giving her the latest id of
each record she may read needs a server function (a schema change) — see docs/team-mode.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.db.models import AuditEntry, Captive, Deadline, Hearing
from caseapp.domain.dto import DeadlineDTO, HearingDTO
from caseapp.services.deadline_writes import chunks


def sequences(s: Session, deadlines: Iterable[DeadlineDTO], hearings: Iterable[HearingDTO], *,
              audit_readable: bool = True) -> dict[str, int]:
    """The SEQUENCE of each event, by its record's uid."""
    about: dict[str, set[int]] = {d.uid: {d.captive_id} if d.captive_id is not None else set()
                                  for d in deadlines}
    about.update((h.uid, set(h.captive_ids)) for h in hearings)
    if not about:
        return {}
    if not audit_readable:
        return {**_row_versions(s, Deadline, list(about)), **_row_versions(s, Hearing, list(about))}
    captive_uids = _captive_uids(s, {c for ids in about.values() for c in ids})
    latest = latest_entries(s, [*about, *captive_uids.values()])
    return {uid: max([latest.get(uid, 0), *(latest.get(captive_uids.get(c, ""), 0)
                                             for c in ids)])
            for uid, ids in about.items()}


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
