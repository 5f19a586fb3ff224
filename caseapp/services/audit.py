"""Reading the audit trail."""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from caseapp.db.base import Base
from caseapp.db.captive_rows import headline_name
from caseapp.db.models import (
    AuditEntry,
    Captive,
    Document,
    Hearing,
    Intervention,
    hearing_captives,
    intervention_captives,
)
from caseapp.domain.audit_summary import shown_summary
from caseapp.domain.audit_summary import stored_message as summary_message
from caseapp.domain.deadline_steps import load_steps, stored_steps
from caseapp.domain.dto import AuditEntryDTO
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import NotFound
from caseapp.domain.messages import msg
from caseapp.domain.name_display import NameRow, names_in_languages
from caseapp.domain.rule_names import RuleTitles, holds_rule_id, rules_named
from caseapp.domain.stored_messages import (
    LITERAL,
    MARK,
    shown_lines,
    stored_literal,
    stored_message,
)
from caseapp.services.audit_dates import at_their_precision
from caseapp.services.base import ServiceContext
from caseapp.services.setting_summary import reworded


def _dto(s: Session, e: AuditEntry, titles: RuleTitles | None = None,
         names: dict[tuple[str, object], str | None] | None = None) -> AuditEntryDTO:
    """The entry as the log shows it: a composed summary, and a value CaseApp wrote as a
    message (a deadline's status reason), in the reader's language, a rule it names by its
    title (``titles``: how the rules in force name one); a record it refers to by its
    internal id (a charge's criminal case, a document's hearing, a deadline's captive) by
    what the lawyer reads (:func:`_referred`; ``names`` keeps those already read)."""
    refs = names if names is not None else {}
    old, new = _shown(e.old_value, titles, e.field), _shown(e.new_value, titles, e.field)
    if e.field:
        old, new = (_referred_value(s, e.field, v, titles, refs) for v in (old, new))
    else:
        old, new = (_referred(s, v, titles, refs) for v in (old, new))
    if e.entity == "hearings" and e.field in ("", "starts_at"):
        old, new = (_in_courts_zone(s, e, v, refs) for v in (old, new))
    return AuditEntryDTO(e.id, e.at, e.actor, e.action, e.entity, e.record_uid, e.captive_uid,
                         entry_summary(s, e.entity, e.summary), e.field, old, new)


def _in_courts_zone(s: Session, e: AuditEntry, value: str | None,
                    refs: dict[tuple[str, object], str | None]) -> str | None:
    """A hearing's start in its court's time zone, as the hearings are shown: the case file
    reads it back in UTC, and a start read back beside one typed in the court's zone read
    as a time the hearing never had ("06:00 → 10:00" for a hearing moved a day, both at 10:00
    in Baku). An added or deleted hearing's in the zone its values name, a changed one's in
    the zone the hearing has (had, once deleted)."""
    if not value:
        return value
    if e.field:
        return _moment_in(value, _hearing_zone(s, e.record_uid, refs))
    values = _json_object(value)
    if values is None or not isinstance(values.get("starts_at"), str):
        return value
    zone = values.get("timezone")
    values["starts_at"] = _moment_in(values["starts_at"], zone if isinstance(zone, str) else None)
    return json.dumps(values, ensure_ascii=False)


def _hearing_zone(s: Session, uid: str, refs: dict[tuple[str, object], str | None]) -> str | None:
    """The time zone of the hearing ``uid``: its own, or, deleted, the one its deletion's
    entry kept."""
    if ("hearing_zone", uid) not in refs:
        zone = s.scalar(select(Hearing.timezone).where(Hearing.uid == uid))
        if zone is None:
            kept = s.scalar(select(AuditEntry.old_value).where(
                AuditEntry.record_uid == uid, AuditEntry.action == AuditAction.DELETE)
                .order_by(AuditEntry.id.desc()).limit(1))
            zone = (_json_object(kept) or {}).get("timezone")
        refs["hearing_zone", uid] = zone if isinstance(zone, str) else None
    return refs["hearing_zone", uid]


def _moment_in(text: str, zone: str | None) -> str:
    """A stored moment ("2026-12-10 06:00:00+00:00") in ``zone``; anything else as it is."""
    try:
        moment = datetime.fromisoformat(text)
        return moment.astimezone(ZoneInfo(zone)).isoformat() \
            if zone and moment.tzinfo is not None else text
    except (ValueError, ZoneInfoNotFoundError):
        return text


def _json_object(value: str | None) -> dict[str, Any] | None:
    if not value or not value.startswith("{"):
        return None
    try:
        loaded = json.loads(value)
    except ValueError:
        return None
    return loaded if isinstance(loaded, dict) else None


@cache
def _tables() -> dict[str, type]:
    return {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}


def _record_name(s: Session, key: str, record_id: object,
                 refs: dict[tuple[str, object], str | None]) -> str | None:
    """The record the column ``key`` ("hearing_id") refers to by ``record_id``, as the lawyer
    reads it: a captive by their name, any other record by its title in the log (the summary
    of its latest entry); None for a record no longer in the case file."""
    if (key, record_id) in refs:
        return refs[key, record_id]
    model = _tables().get(key.removesuffix("_id") + "s")
    found: str | None = None
    obj = s.get(model, record_id) if model is not None and isinstance(record_id, int) else None
    if isinstance(obj, Captive):
        found = _captive_name(obj)
    elif obj is not None and (uid := getattr(obj, "uid", None)):
        last = s.scalars(select(AuditEntry).where(AuditEntry.record_uid == uid)
                         .order_by(AuditEntry.id.desc()).limit(1)).first()
        found = entry_summary(s, last.entity, last.summary) if last is not None else None
    refs[key, record_id] = found
    return found


def _captive_name(captive: Captive) -> str | None:
    """The captive as the lists name them in the reader's language (the spelling in its
    script, else the Latin headline name: caseapp.services.captive_names)."""
    if not captive.names:
        return None
    rows = [(captive.id, n.full_name, n.script, n.language, n.kind, n.is_primary)
            for n in sorted(captive.names, key=lambda n: (not n.is_primary, n.id))]
    return names_in_languages([NameRow(*row[1:]) for row in rows], headline_name(rows),
                              rows[0][1]).render()


def _referred_value(s: Session, key: str, value: str | None, titles: RuleTitles | None,
                    refs: dict[tuple[str, object], str | None]) -> str | None:
    """One field's value: a record's id by its name or title (``None`` if it is gone), a
    rule's id by its title; any other value as it is."""
    if not value:
        return value
    if key == "rule_id":
        title = titles(value) if titles is not None else None
        return title.render() if title is not None else value
    if key.endswith("_id") and value.isdigit():
        return _record_name(s, key, int(value), refs)
    if key == "captives" and value.startswith("["):  # a hearing's, an intervention's: by uid
        return _captives_named(s, value, refs)
    return value


def _captives_named(s: Session, value: str, refs: dict[tuple[str, object], str | None]) -> str:
    """A list of captives kept by their uids, by their names (a captive no longer in the case
    file left out)."""
    try:
        uids = json.loads(value)
    except ValueError:
        return value
    if not isinstance(uids, list):
        return value
    names = []
    for uid in uids:
        if ("captive_uid", uid) not in refs:
            captive = s.scalars(select(Captive).where(Captive.uid == str(uid))).first()
            refs["captive_uid", uid] = _captive_name(captive) if captive is not None else None
        if (name := refs["captive_uid", uid]) is not None:
            names.append(name)
    return json.dumps(names, ensure_ascii=False)


def _referred(s: Session, value: str | None, titles: RuleTitles | None,
              refs: dict[tuple[str, object], str | None]) -> str | None:
    """An added or deleted record's values (JSON) with the records it refers to by id named
    (:func:`_record_name`), one no longer in the case file left out, and its rule by its
    title; any other value as it is."""
    if not value or not value.startswith("{"):
        return value
    try:
        values = json.loads(value)
    except ValueError:
        return value
    if not isinstance(values, dict) or not any(
            k in ("rule_id", "captives")
            or (k.endswith("_id") and isinstance(v, int) and not isinstance(v, bool))
            for k, v in values.items()):
        return value
    shown: dict[str, object] = {}
    for k, v in values.items():
        if k.endswith("_id") and isinstance(v, int) and not isinstance(v, bool):
            name = _record_name(s, k, v, refs)
            if name is not None:
                shown[k] = name
        elif k == "rule_id" and isinstance(v, str):
            shown[k] = _referred_value(s, k, v, titles, refs)
        elif k == "captives" and isinstance(v, list):
            shown[k] = json.loads(_captives_named(s, json.dumps(v), refs))
        else:
            shown[k] = v
    return json.dumps(shown, ensure_ascii=False)


def entry_summary(s: Session, entity: str, summary: str) -> str:
    """An entry's summary as the log shows it, in the reader's language; a case setting's
    written before its summary was worded (its key and scope as codes) worded as one written
    now. The log's views and the check's line about a broken chain read it here."""
    if entity == "case_settings" and (said := summary_message(summary)) is not None:
        return (reworded(s, said) or said).render()
    return shown_summary(summary)


def _shown(value: str | None, titles: RuleTitles | None = None,
           field: str | None = None) -> str | None:
    """An old or new value as the log shows it: a message CaseApp stored, alone or among a
    created or deleted record's values, in the reader's language; a deadline's explanation
    with the rules its steps name by id named by their titles; anything else as stored."""
    if field == "explanation" and value and titles is not None:
        return _explained(value, titles)
    if not value or not any(mark in value for mark in _MARKS):
        return value
    if (stored_message(value) is not None or stored_literal(value) is not None
            or not value.startswith("{")):
        return _lines(value, titles)  # a message, or lines among which CaseApp wrote some
    try:
        values = json.loads(value)
    except ValueError:
        return shown_lines(value)  # lines that start with one escaped
    if not isinstance(values, dict):
        return value
    if titles is not None and isinstance(values.get("explanation"), list):
        values["explanation"] = _named_steps(values["explanation"], titles)
    return json.dumps({k: _lines(v, titles) if isinstance(v, str) else v
                       for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


# A stored message or literal, as such or inside a created or deleted record's values (JSON:
# its quotes escaped there).
_MARKS = (MARK, LITERAL, json.dumps(MARK)[1:-1], json.dumps(LITERAL)[1:-1])


def _explained(value: str, titles: RuleTitles) -> str:
    """A deadline's explanation as stored (its steps as JSON), the rules it names by id named
    by their titles (caseapp.domain.rule_names); anything else as stored."""
    try:
        steps = json.loads(value)
    except ValueError:
        return value
    return json.dumps(_named_steps(steps, titles), ensure_ascii=False) \
        if isinstance(steps, list) else value


def _named_steps(steps: list[object], titles: RuleTitles) -> list[object]:
    loaded = load_steps(steps)
    if not any(holds_rule_id(step) for step in loaded):
        return steps
    return stored_steps(rules_named(step, titles) for step in loaded)


def _lines(value: str, titles: RuleTitles | None) -> str:
    """A stored text of lines in the reader's language, a rule its message (alone on its
    line) names by its id named by its title."""
    said = stored_message(value)
    if said is None or titles is None:
        return shown_lines(value)
    return rules_named(said, titles).render()


# Records that concern several captives at once: their entries name none of them
# (``captive_uid`` is empty) and list the captives by uid ("captives": [...]).
_SHARED = ("hearings", "interventions")


def _of_captive(s: Session, captive: Captive) -> list[AuditEntry]:
    """The entries about ``captive``, oldest first: those of their own records and of the
    captives merged into them (:func:`_merged_into`), and those of the records they share
    with others — a joint hearing, a letter about several captives, a document attached to
    one of them — whose entries name no single captive (:func:`_shared_with`). Read through
    the indexes on the captive's and the record's uid (a condition over every entry's values
    took a second a captive in a log of 100,000 entries)."""
    uids = [captive.uid, *_merged_into(s, captive.uid)]
    own = s.scalars(select(AuditEntry).where(AuditEntry.captive_uid.in_(uids)))
    shared = sorted(_shared_with(s, captive, uids))
    theirs = (e for start in range(0, len(shared), 500) for e in s.scalars(
        select(AuditEntry).where(AuditEntry.record_uid.in_(shared[start:start + 500])))
        if e.captive_uid == "")
    return sorted({e.id: e for e in (*own, *theirs)}.values(), key=lambda e: e.id)


def _shared_with(s: Session, captive: Captive, uids: list[str]) -> set[str]:
    """The uids of the records ``captive`` shares with others: the joint hearings and the
    letters they are on now and the documents attached to them; those they were on once (a
    record deleted, or they were taken off it), found by the entry that lists them (its
    deletion, or the change of its captives)."""
    hearings = select(hearing_captives.c.hearing_id).where(
        hearing_captives.c.captive_id == captive.id)
    letters = select(intervention_captives.c.intervention_id).where(
        intervention_captives.c.captive_id == captive.id)
    found = set(s.scalars(select(Hearing.uid).where(Hearing.id.in_(hearings))))
    found.update(s.scalars(select(Intervention.uid).where(Intervention.id.in_(letters))))
    found.update(s.scalars(select(Document.uid).where(Document.captive_id.is_(None), or_(
        Document.hearing_id.in_(hearings), Document.intervention_id.in_(letters)))))
    lists_them = or_(*(column.like(f'%"{uid}"%') for uid in uids
                       for column in (AuditEntry.old_value, AuditEntry.new_value)))
    found.update(s.scalars(select(AuditEntry.record_uid).where(
        AuditEntry.captive_uid == "", AuditEntry.entity.in_(_SHARED),
        or_(AuditEntry.action == AuditAction.DELETE, AuditEntry.field == "captives"),
        lists_them)))
    return found


def _merged_into(s: Session, uid: str) -> list[str]:
    """The uids of the captives merged into the captive ``uid`` (and into those before), as
    the merges' entries name them; a merge undone since left out (the other captive is back,
    with its own history)."""
    found: list[str] = []
    todo = [uid]
    while todo:
        merged: dict[str, None] = {}
        for old, new in s.execute(select(AuditEntry.old_value, AuditEntry.new_value).where(
                AuditEntry.record_uid == todo.pop(), AuditEntry.entity == "captives",
                AuditEntry.field == "merged").order_by(AuditEntry.id)):
            other = (_json_object(old) or {}).get("uid")
            if isinstance(other, str):
                if "restored" in (_json_object(new) or {}):
                    merged.pop(other, None)
                else:
                    merged[other] = None
        more = [u for u in merged if u != uid and u not in found]
        found += more
        todo += more
    return found


class AuditService:
    def __init__(self, ctx: ServiceContext, rule_titles: RuleTitles | None = None):
        self.ctx = ctx
        self.rule_titles = rule_titles  # how the rules in force name a rule

    def for_captive(self, captive_id: int) -> list[AuditEntryDTO]:
        """Every change to the captive, to the records that belong to them, to the captives
        merged into them and to the records they share with co-defendants or other captives
        (:func:`_of_captive`), oldest first."""
        with self.ctx.read() as s:
            captive = s.get(Captive, captive_id)
            if captive is None:
                raise NotFound(msg("There is no captive with ID {record_id}.", record_id=captive_id))
            rows = _of_captive(s, captive)
            names: dict[tuple[str, object], str | None] = {}
            return at_their_precision([_dto(s, e, self.rule_titles, names) for e in rows])

    def for_record(self, record_uid: str) -> list[AuditEntryDTO]:
        with self.ctx.read() as s:
            rows = s.scalars(select(AuditEntry).where(AuditEntry.record_uid == record_uid)
                             .order_by(AuditEntry.id))
            names: dict[tuple[str, object], str | None] = {}
            return at_their_precision([_dto(s, e, self.rule_titles, names) for e in rows])

    def recent(self, limit: int = 50) -> list[AuditEntryDTO]:
        with self.ctx.read() as s:
            rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
            names: dict[tuple[str, object], str | None] = {}
            return at_their_precision([_dto(s, e, self.rule_titles, names) for e in rows])
