"""The daily log of deadline control, read from the audit trail: every deadline entered,
changed, snoozed, done, dismissed, reopened or deleted on one day, with who, when and why.

The audit trail keeps one entry per changed field; the entries one write made to one
deadline follow each other (same record, action, actor and time) and are read back as one
event.
At a level below internal, an event is left out when its deadline's effective level (its
own, its trigger's, its captive's; for a deleted deadline, as it stood when deleted) is
above the level, or when it would name a captive who did not consent to publicity at the
public level. What is left out is listed for the lawyer, never printed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import AuditEntry, Captive, CaptiveName, Deadline
from caseapp.domain.custody_step_lines import reason_at_level, without_convicted_note
from caseapp.domain.dates import local_zone, zone_name
from caseapp.domain.deadline_log import DailyLog, DailyLogEntry, FieldChange
from caseapp.domain.deadlines import TRIGGER_YEARS
from caseapp.domain.enums import AuditAction, Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.name_display import NameRow
from caseapp.domain.redaction import OmissionLog, Text
from caseapp.domain.rule_names import RuleTitles, read_naming_rules, rules_named
from caseapp.domain.snooze_lines import snooze_of, snoozed_until
from caseapp.domain.stored_messages import stored_message, stored_text
from caseapp.services.base import ServiceContext
from caseapp.services.deadlines import DELETE_NOTE_FIELD
from caseapp.services.levels import LevelMap, load_levels

# The fields a "changed" event lists (the computation's own bookkeeping is left out).
SHOWN_FIELDS = ("title", "due_on", "due_time", "timezone", "hard", "document_id", "captive_id",
                "notes", "status_reason", "sensitivity", "overridden")


def daily_log(ctx: ServiceContext, day: date, *, level: Sensitivity | str = Sensitivity.INTERNAL,
              zone: tzinfo | None = None,
              title_in: Callable[[str], Text] = str,
              rule_titles: RuleTitles | None = None) -> DailyLog:
    """The events of deadlines on ``day`` (midnight to midnight in ``zone``, by default the
    computer's), oldest first, at ``level`` (internal by default: the log is the office's).
    ``title_in`` names a deadline left out in the reader's language (a rule's title);
    ``rule_titles`` names a rule a reason stored before names by its id by its title, as the
    History tab does (caseapp.domain.rule_names)."""
    if day.year not in TRIGGER_YEARS:  # 1 January of the year 1 in Yerevan is in the year 0
        raise ValidationError(msg(
            "There is no daily log of {day}: deadlines are kept for the years {first} to {last}.",
            day=day.isoformat(), first=TRIGGER_YEARS.start, last=TRIGGER_YEARS.stop - 1),
            field="day")
    level = Sensitivity(level)
    zone = zone or local_zone()
    start = datetime.combine(day, time(), zone)
    end = datetime.combine(day + timedelta(days=1), time(), zone)
    with ctx.snapshot() as s:
        rows = s.scalars(select(AuditEntry).where(
            AuditEntry.entity == Deadline.__tablename__, AuditEntry.at >= start,
            AuditEntry.at < end).order_by(AuditEntry.id)).all()
        groups = list(_groups(rows))
        uids = {g[0].record_uid for g in groups}
        current = {d.uid: d for d in _deadlines(s, uids)}
        levels = load_levels(s.connection())
        captives = _captives(s, {g[0].captive_uid for g in groups if g[0].captive_uid})
        entries, log = _entries(groups, zone, level, levels, current, captives, title_in,
                                rule_titles)
    return DailyLog(day=day, zone=zone_name(zone, day), level=level,
                    generated_at=datetime.now(zone), entries=tuple(entries),
                    omitted=log.omissions())


def _entries(groups: list[list[AuditEntry]], zone: tzinfo, level: Sensitivity,
             levels: LevelMap, current: dict[str, Deadline],
             captives: dict[str, tuple[int, str, tuple[NameRow, ...]]],
             title_in: Callable[[str], Text],
             rule_titles: RuleTitles | None) -> tuple[list[DailyLogEntry], OmissionLog]:
    log = OmissionLog()
    # A deadline deleted since: as its deletion recorded it.
    deleted = {g[0].record_uid: _values(g, "old_value") for g in groups
               if g[0].action is AuditAction.DELETE}
    states = _states(groups, current, deleted)
    own = _own_levels(groups, current, deleted)
    entries = []
    for group, (due_on, hard), then in zip(groups, states, own, strict=True):
        first = group[0]
        now = current.get(first.record_uid)
        captive_id, name, spellings = captives.get(first.captive_uid, (None, "", ()))
        record = now if now is not None else SimpleNamespace(
            sensitivity=_level(deleted.get(first.record_uid, {}).get("sensitivity")),
            captive_id=captive_id,
            trigger_uid=deleted.get(first.record_uid, {}).get("trigger_uid") or "")
        # the line prints the title and values the deadline had then: they are at the level
        # it had then (a deadline made internal, then cleaned and made public, was internal)
        if not _allowed(levels, level, record) or not all(level.allows(x) for x in then):
            log.add(msg("Deadlines"), msg("{time} {title}", time=f"{first.at.astimezone(zone):%H:%M}",
                                          title=title_in(first.summary)))
            continue
        status_shown = captive_id is not None and level.allows(
            levels.captive_field(captive_id, "status"))
        for kind, note, changes in _events(group, rule_titles, status_shown):
            if not status_shown:  # the conviction note would tell the status the log withholds
                changes = _without_conviction_note(changes)
                if kind == "changed" and not changes:
                    continue
            snooze = snooze_of(note) if kind == "snoozed" and isinstance(note, str) else None
            until = None
            if snooze is not None:  # the snooze line: the day, and the lawyer's why
                until, note = snooze
            entries.append(DailyLogEntry(
                at=first.at.astimezone(zone), actor=first.actor, kind=kind,
                title=first.summary, captive=name, due_on=due_on, hard=hard, note=note,
                changes=changes, until=until, spellings=spellings))
    return entries, log


def _without_conviction_note(changes: tuple[FieldChange, ...]) -> tuple[FieldChange, ...]:
    """``changes`` with the line of the conviction note taken out of the notes' (a change of
    the notes left with nothing else is none)."""
    out = []
    for c in changes:
        if c.field == "notes":
            c = FieldChange(c.field, without_convicted_note(c.old), without_convicted_note(c.new))
            if c.old == c.new:
                continue
        out.append(c)
    return tuple(out)


def _states(groups: list[list[AuditEntry]], current: dict[str, Deadline],
            deleted: dict[str, dict[str, Any]]) -> list[tuple[date | None, bool]]:
    """The due date and hardness of each group's deadline just after it (before it, for a
    deletion): walked back from the deadline as it stands (or as it was deleted), undoing
    each change of the day in turn."""
    state: dict[str, tuple[date | None, bool]] = {}
    for uid in {g[0].record_uid for g in groups}:
        now = current.get(uid)
        if now is not None:
            state[uid] = (now.due_on, bool(now.hard))
        else:
            gone = deleted.get(uid, {})
            state[uid] = (_date(gone.get("due_on")), bool(gone.get("hard")))
    out: list[tuple[date | None, bool]] = []
    for group in reversed(groups):
        uid = group[0].record_uid
        out.append(state[uid])
        if group[0].action is AuditAction.CREATE:
            made = _values(group, "new_value")
            if made:  # as it was entered, for the log lines before this one
                out[-1] = (_date(made.get("due_on")) or state[uid][0], bool(made.get("hard")))
            continue
        due_on, hard = state[uid]
        for e in group:
            if e.field == "due_on":
                due_on = _date(e.old_value) or due_on
            elif e.field == "hard":
                hard = e.old_value == "True"
        state[uid] = (due_on, hard)
    return out[::-1]


def _own_levels(groups: list[list[AuditEntry]], current: dict[str, Deadline],
                deleted: dict[str, dict[str, Any]]) -> list[tuple[Sensitivity, ...]]:
    """The deadline's own level just before and just after each group (as it was entered, for
    an entry): walked back from the deadline as it stands (or as it was deleted), undoing
    each change of its level in turn."""
    state: dict[str, Sensitivity] = {}
    for uid in {g[0].record_uid for g in groups}:
        now = current.get(uid)
        state[uid] = _level(now.sensitivity.value if now is not None
                            else deleted.get(uid, {}).get("sensitivity"))
    out: list[tuple[Sensitivity, ...]] = []
    for group in reversed(groups):
        uid = group[0].record_uid
        after = state[uid]
        if group[0].action is AuditAction.CREATE:
            made = _values(group, "new_value")
            out.append((_level(made["sensitivity"]) if "sensitivity" in made else after,))
            continue
        before = next((_level(e.old_value) for e in group if e.field == "sensitivity"), after)
        out.append((before, after))
        state[uid] = before
    return out[::-1]


def _events(group: Sequence[AuditEntry], titles: RuleTitles | None = None,
            status_shown: bool = True,
            ) -> list[tuple[str, str | Message, tuple[FieldChange, ...]]]:
    """What one group of entries says happened, with the lawyer's note: one event, or
    several when writes made in the same second were read as one group (a snooze, then
    done). A reason naming a rule by its id names it by its title (``titles``); one that
    tells custody ended, only where the log shows the captive's status (``status_shown``)."""
    first = group[0]
    changed = {e.field: e for e in group if e.field}
    if first.action is AuditAction.CREATE:
        return [("entered", "", ())]
    if first.action is AuditAction.DELETE:
        note = changed.get(DELETE_NOTE_FIELD)
        return [("deleted", (note.new_value or "") if note else "", ())]
    events: list[tuple[int, str, str | Message, tuple[FieldChange, ...]]] = []
    position = {e.field: i for i, e in reversed(list(enumerate(group)))}
    used: set[str] = set()
    status = changed.get("status")
    if status is not None:
        reason = changed.get("status_reason")
        closed = status.new_value in ("done", "dismissed")
        events.append((position["status"], (status.new_value or "") if closed else "reopened",
                       # why it was closed, or why CaseApp opened it again (a hearing no
                       # longer called off, the rules giving it again)
                       read_naming_rules(said, titles)
                       if reason and (said := reason_at_level(reason.new_value or "",
                                                              status_shown)) else "", ()))
        used |= {"status", "status_reason"}
    notes = changed.get("notes")
    if notes is not None and snoozed_until(notes.new_value or "") is not None \
            and _snooze_line(notes.new_value) != _snooze_line(notes.old_value):
        events.append((position["notes"], "snoozed", _snooze_line(notes.new_value), ()))
        used.add("notes")
    rest = tuple(FieldChange(f, _rules_named(changed[f].old_value, titles),
                             _rules_named(changed[f].new_value, titles))
                 for f in SHOWN_FIELDS if f in changed and f not in used)
    if rest or not events:
        events.append((min(position[c.field] for c in rest) if rest else 0, "changed", "",
                       rest))
    return [(kind, note, changes) for _, kind, note, changes in sorted(
        events, key=lambda x: x[0])]


def _rules_named(stored: str | None, titles: RuleTitles | None) -> str:
    """A changed value as stored, a message CaseApp wrote naming a rule by its id (a reason
    stored before) naming it by its title."""
    said = stored_message(stored)
    if said is None or titles is None:
        return stored or ""
    return stored_text(rules_named(said, titles))


def _groups(rows: Sequence[AuditEntry]) -> Iterator[list[AuditEntry]]:
    """The entries of one write to one deadline: consecutive, with the same record, action,
    actor and time (the audit trail gives every entry of a transaction its time)."""
    group: list[AuditEntry] = []
    for e in rows:
        if group and (e.record_uid, e.action, e.actor, e.at) != (
                group[0].record_uid, group[0].action, group[0].actor, group[0].at):
            yield group
            group = []
        group.append(e)
    if group:
        yield group


def _deadlines(s: Session, uids: set[str]) -> list[Deadline]:
    out: list[Deadline] = []
    ordered = sorted(uids)
    for i in range(0, len(ordered), 500):
        out += s.scalars(select(Deadline).where(Deadline.uid.in_(ordered[i:i + 500]))).all()
    return out


def _captives(s: Session, uids: set[str]) -> dict[str, tuple[int, str, tuple[NameRow, ...]]]:
    """Captive uid → (id, primary name, every spelling) of the captives still in the file."""
    found: dict[str, tuple[int, list[NameRow]]] = {}
    ordered = sorted(uids)
    n = CaptiveName
    for i in range(0, len(ordered), 500):
        for cid, uid, full, script, language, kind, primary in s.execute(
                select(Captive.id, Captive.uid, n.full_name, n.script, n.language, n.kind,
                       n.is_primary)
                .outerjoin(n, n.captive_id == Captive.id)
                .where(Captive.uid.in_(ordered[i:i + 500])).order_by(n.id)):
            rows = found.setdefault(uid, (cid, []))[1]
            if full is not None:
                rows.append(NameRow(full, script, language, kind, bool(primary)))
    return {uid: (cid, next((r.full_name for r in rows if r.is_primary), ""), tuple(rows))
            for uid, (cid, rows) in found.items()}


def _level(value: Any) -> Sensitivity:
    try:
        return Sensitivity(value)
    except ValueError:
        return Sensitivity.INTERNAL  # unknown: the strictest


def _allowed(levels: LevelMap, level: Sensitivity, record: Any) -> bool:
    if level is Sensitivity.INTERNAL:
        return True
    if not level.allows(levels.deadline(record)):
        return False
    return levels.names_captive(record.captive_id, level)


def _values(group: Sequence[AuditEntry], side: str) -> dict[str, Any]:
    """The record's values a creation or deletion entry holds (``new_value`` or
    ``old_value``)."""
    for e in group:
        raw = getattr(e, side)
        if not e.field and raw:
            try:
                value = json.loads(raw)
            except ValueError:
                return {}
            return value if isinstance(value, dict) else {}
    return {}


def _snooze_line(notes: str | None) -> str:
    lines = [x for x in (notes or "").splitlines() if snooze_of(x) is not None]
    return lines[-1] if lines else ""


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
