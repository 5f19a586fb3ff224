"""The hearings and deadlines deleted lately, for the calendar to cancel.

A deleted record simply vanishes from the next export, and many calendar apps keep an event
they were once given when it is missing from a re-import: a hearing deleted in CaseApp would
stay in the lawyer's phone. So the calendar writes, for each hearing or deadline deleted in
the last days (read from the audit trail's deletion entries, which hold the record as it was),
an event with the same UID, cancelled, whose SEQUENCE (the id of the latest audit entry about
the record: the deletion) is higher than any an earlier export gave it.

What it says is kept to nothing the deleted record said: a generic summary ("Hearing deleted")
and its time, never its title, court or captives. It is written only in a calendar whose level
allows the record as it was (its own level, its prosecution's or trigger's, its captives'; each
read from the deletion entry, and what the entry does not say, or a captive deleted since, counts
as internal, as the calendar counts any record it cannot place), so a calendar at a lower level
than the record had learns not even that it existed.

A merge of two captives recorded twice removes some deadlines of the one merged away (its
capture's, those of an order the kept one holds too): each is audited as deleted, its entry
naming the kept captive and the level the deadline had before; a calendar cancels it if it
allows that level and the kept captive (what it would allow of the deadline were it the
kept captive's).

A captive's deadlines go with the captive without an audit entry of their own (the database
deletes them): they are found by the captive's uid in the entries that made and changed them,
their time put together from those entries, and counted internal (their captive is gone).

The audit trail is internal: a team member below internal clearance cannot read it. Her
calendar asks the server instead (``caseapp_team.calendar_deletions``,
:mod:`caseapp.db.team_calendar`), which judges each deletion entry by the rules above at her
clearance and gives only those her clearance allowed, with what this module reads of them
(never their text); the same rules then decide at the calendar's level. A deadline gone with
its captive counts as internal: her calendar never has one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db import team_calendar
from caseapp.db.models import AuditEntry, Captive, Deadline, Hearing
from caseapp.domain.dto import DeletedEventDTO
from caseapp.domain.enums import AuditAction, Sensitivity
from caseapp.services.calendar_sequences import latest_entries
from caseapp.services.deadline_prefetch import chunks
from caseapp.services.levels import LevelMap

KINDS = {"hearings": "hearing", "deadlines": "deadline"}
WHEN = ("due_on", "due_time", "timezone", "status")  # what a deadline's cancellation needs
UNKNOWN_CAPTIVE = -1  # a captive deleted since: counts as internal (LevelMap's default)
# What the deletion entry of a deadline a merge removed says beside its columns: the kept
# captive's uid, and the level the deadline had before (its captive is gone since).
MERGED_INTO, LEVEL = "merged_into", "level"


@dataclass(frozen=True)
class _Deleted:
    uid: str
    entity: str
    old: dict[str, Any]
    on: date
    captive_uid: str = ""  # of a deadline gone with its captive


def deleted_events(s: Session, today: date, since: date, level: Sensitivity, levels: LevelMap,
                   named: Callable[[int | None], bool], horizon: date | None = None, *,
                   audit_readable: bool = True
                   ) -> tuple[list[DeletedEventDTO], dict[str, int]]:
    """The hearings and deadlines deleted on or after ``since`` (and not back since) that a
    calendar at ``level`` may cancel, with each one's SEQUENCE by uid. ``named`` says whether
    the calendar may name a captive (by id), as for the records it writes. Only those the
    calendar would still carry on ``today`` are cancelled: a hearing still ahead, a deadline
    open or due since ``since`` (a past hearing kept in the phone stays as it was), each set
    by ``horizon`` (its day, in its own zone; ``None``: no end), the last day of the
    calendar's range: a file of that range never carried one set later. Below internal
    clearance (not ``audit_readable``) the deletions are asked of the server."""
    told: dict[str, int] | None = None
    if audit_readable:
        found, captives = _deletions(s, since)
        found += _gone_with_captives(s, captives, {d.uid for d in found})
    else:
        found, told, captives = *_told_by_server(s, since), {}
    if not found:
        return [], {}
    back = _existing(s, [d.uid for d in found])
    found = [d for d in found if d.uid not in back]
    captive_ids = _captive_ids(s, {u for d in found
                                   for u in [*(d.old.get("captives") or ()),
                                             d.old.get(MERGED_INTO)]
                                   if isinstance(u, str)})
    out = [DeletedEventDTO(d.uid, KINDS[d.entity], starts, d.on) for d in found
           if _current(d, starts := _starts(d), today, since, horizon)
           and _allowed(d, level, levels, named, captive_ids)]
    # A deadline gone with its captive: the captive's deletion is its latest change.
    whose = {d.uid: d.captive_uid for d in found}
    latest = told if told is not None else latest_entries(s, [*(e.uid for e in out), *captives])
    return out, {e.uid: max(latest.get(e.uid, 0), latest.get(whose.get(e.uid, ""), 0))
                 for e in out}


def _deletions(s: Session, since: date) -> tuple[list[_Deleted], dict[str, date]]:
    """The deletion entries of hearings and deadlines since ``since``, the latest per record,
    and the day each captive deleted since was deleted, by its uid."""
    rows = s.execute(select(AuditEntry.record_uid, AuditEntry.entity, AuditEntry.old_value,
                            AuditEntry.at)
                     .where(AuditEntry.action == AuditAction.DELETE,
                            AuditEntry.entity.in_([*KINDS, "captives"]), AuditEntry.field == "",
                            AuditEntry.at >= datetime.combine(since, time.min, UTC))
                     .order_by(AuditEntry.id))
    out: dict[str, _Deleted] = {}
    captives: dict[str, date] = {}
    for uid, entity, old, at in rows:
        if entity == "captives":
            captives[uid] = at.date()
        else:
            out[uid] = _Deleted(uid, entity, _snapshot(old), at.date())
    return list(out.values()), captives


def _told_by_server(s: Session, since: date) -> tuple[list[_Deleted], dict[str, int]]:
    """The deletions since ``since`` the login's clearance allowed, and each one's number."""
    found, numbers = [], {}
    for uid, entity, at, number, facts in team_calendar.deletions(
            s.connection(), datetime.combine(since, time.min, UTC)):
        found.append(_Deleted(uid, entity, facts if isinstance(facts, dict) else {}, at.date()))
        numbers[uid] = number
    return found, numbers


def _gone_with_captives(s: Session, captives: dict[str, date],
                        known: set[str]) -> list[_Deleted]:
    """The deadlines of the captives deleted (``captives``), which went with them unaudited:
    each as its entries made and last changed it (its day, time and zone)."""
    if not captives:
        return []
    out: dict[str, _Deleted] = {}
    deleted_before: set[str] = set()  # deleted on their own before their captive
    for part in chunks(sorted(captives)):
        rows = s.execute(select(AuditEntry.record_uid, AuditEntry.captive_uid,
                                AuditEntry.action, AuditEntry.field, AuditEntry.new_value)
                         .where(AuditEntry.entity == "deadlines",
                                AuditEntry.captive_uid.in_(part))
                         .order_by(AuditEntry.id))
        for uid, captive_uid, action, field, new in rows:
            if uid in known or action is AuditAction.DELETE:
                deleted_before.add(uid)
                continue
            gone = out.setdefault(uid, _Deleted(uid, "deadlines", {"captive_id": UNKNOWN_CAPTIVE},
                                                captives[captive_uid], captive_uid))
            if action is AuditAction.CREATE and not field:
                gone.old.update((k, v) for k, v in _snapshot(new).items() if k in WHEN)
            elif field in WHEN:
                gone.old[field] = new
    return [gone for uid, gone in out.items() if uid not in deleted_before]


def _current(d: _Deleted, starts: date | datetime | None, today: date, since: date,
             horizon: date | None) -> bool:
    """Whether the calendar would carry it still, were it not deleted (if its time is not
    known: yes), as it keeps the records it writes: by their day in their own zone (an
    all-day deadline's day, a hearing's in its court's zone), overdue deadlines included."""
    if starts is None:
        return True
    if isinstance(starts, datetime):
        day = starts.date()
    else:
        day = starts
    if horizon is not None and day > horizon:
        return False
    if d.entity == "hearings":
        return day >= today  # as caseapp.domain.hearing_days.hearing_ahead, in the court's zone
    return day >= since or str(d.old.get("status") or "open") == "open"


def _snapshot(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _existing(s: Session, uids: list[str]) -> set[str]:
    """Those of ``uids`` that are records again (an undone deletion): written as they are."""
    out: set[str] = set()
    for part in chunks(sorted(set(uids))):
        for model in (Deadline, Hearing):
            out.update(s.scalars(select(model.uid).where(model.uid.in_(part))))
    return out


def _captive_ids(s: Session, uids: set[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in chunks(sorted(uids)):
        out.update((u, i) for u, i in s.execute(
            select(Captive.uid, Captive.id).where(Captive.uid.in_(part))))
    return out


def _level(value: Any) -> Sensitivity:
    try:
        return Sensitivity(str(value))
    except ValueError:
        return Sensitivity.INTERNAL


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True)
class _AsDeadline:  # what LevelMap.deadline reads of a deadline
    sensitivity: Sensitivity
    trigger_uid: str
    captive_id: int | None


def _allowed(d: _Deleted, level: Sensitivity, levels: LevelMap,
             named: Callable[[int | None], bool], captive_ids: dict[str, int]) -> bool:
    old = d.old
    if d.entity == "deadlines" and isinstance(old.get(MERGED_INTO), str):
        # removed by a merge: as it was (its captive's level then) and as the kept captive is
        into = captive_ids.get(old[MERGED_INTO], UNKNOWN_CAPTIVE)
        kept = levels.deadline(_AsDeadline(_level(old.get(LEVEL)), "", into))
        return level.allows(kept) and named(into)
    if d.entity == "deadlines":
        cid = _int(old.get("captive_id"))
        if cid is not None and cid not in levels.captives:
            cid = UNKNOWN_CAPTIVE
        own = _AsDeadline(_level(old.get("sensitivity")), str(old.get("trigger_uid") or ""), cid)
        return level.allows(levels.deadline(own)) and named(cid)
    own_level = levels.under_prosecution(_level(old.get("sensitivity")),
                                         _int(old.get("prosecution_id")))
    captives = old.get("captives")
    ids: Iterable[int] = ([captive_ids.get(u, UNKNOWN_CAPTIVE) for u in captives]
                          if isinstance(captives, list) and captives else [UNKNOWN_CAPTIVE])
    # as a hearing is written: if it may name at least one of its captives
    return level.allows(own_level) and any(named(c) for c in ids)


def _starts(d: _Deleted) -> date | datetime | None:
    """When the record was set, as the calendar had it (``None`` if the entry does not say)."""
    old = d.old
    try:
        if d.entity == "hearings":
            at = datetime.fromisoformat(str(old["starts_at"]))
            at = at if at.tzinfo else at.replace(tzinfo=UTC)
            zone = str(old.get("timezone") or "")
            return at.astimezone(ZoneInfo(zone)) if zone else at
        day = date.fromisoformat(str(old["due_on"]))
        if not old.get("due_time"):
            return day
        at = datetime.combine(day, time.fromisoformat(str(old["due_time"])))
        zone = str(old.get("timezone") or "")
        return at.replace(tzinfo=ZoneInfo(zone)) if zone else at
    except (KeyError, ValueError):
        return None
