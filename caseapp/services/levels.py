"""The effective level of every record, read in a fixed number of queries.

Each output (dossier, status report, letters, calendar) asks this map, never the record's own
``sensitivity`` alone: a record is shown at a level only if
:func:`caseapp.domain.redaction.effective_level` of its own level and its parents' allows it.

Parents: a detention order or hearing hangs on its prosecution; a document on its hearing,
prosecution, intervention and captive; a deadline on the record it was computed from and on
its captive (a deadline computed from the capture date follows that field's level; one from
a rule applied by hand has no record to follow).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.engine import Connection

from caseapp.db.models import (
    Captive,
    CourtDelivery,
    Deadline,
    DetentionOrder,
    Document,
    Hearing,
    InternationalProceeding,
    Intervention,
    Prosecution,
)
from caseapp.domain.enums import Sensitivity
from caseapp.domain.redaction import RULE_APPLIED_BY_HAND, effective_level, publicity_refused


def _raw(column: Any) -> Any:
    return type_coerce(column, String)


@dataclass(frozen=True)
class LevelMap:
    captives: dict[int, Sensitivity]  # the captive record's own level
    field_levels: dict[int, dict[str, Any]]
    consent: dict[int, bool]  # consent to publicity
    prosecutions: dict[int, Sensitivity]
    hearings: dict[int, Sensitivity]  # effective (own and prosecution)
    interventions: dict[int, Sensitivity]
    triggers: dict[str, Sensitivity]  # uid of a record a deadline is computed from -> effective

    def names_captive(self, captive_id: int | None, level: Sensitivity) -> bool:
        """Whether an output at ``level`` may say anything of the captive: their record's level
        allows it and, at the public level, they consented to publicity (a record of no
        captive: yes). Every output that lists records of several captives asks this."""
        if captive_id is None:
            return True
        return (level.allows(self.captives.get(captive_id, Sensitivity.INTERNAL))
                and not publicity_refused(level, self.consent.get(captive_id, False)))

    def captive_field(self, captive_id: int, field: str) -> Sensitivity:
        """The level of one field of a captive: never below the captive's record."""
        record = self.captives.get(captive_id, Sensitivity.INTERNAL)
        own = (self.field_levels.get(captive_id) or {}).get(field)
        return effective_level(record, own or None)

    def under_prosecution(self, own: Sensitivity, prosecution_id: int | None) -> Sensitivity:
        return effective_level(own, self.prosecution(prosecution_id))

    def prosecution(self, prosecution_id: int | None) -> Sensitivity | None:
        if prosecution_id is None:
            return None
        return self.prosecutions.get(prosecution_id, Sensitivity.INTERNAL)

    def document(self, d: Any) -> Sensitivity:
        """A document: the strictest of its own level and its hearing's, prosecution's,
        intervention's and captive's (the attachment never reveals its parent)."""
        return effective_level(
            d.sensitivity,
            self.hearings.get(d.hearing_id, Sensitivity.INTERNAL) if d.hearing_id else None,
            self.prosecution(d.prosecution_id),
            (self.interventions.get(d.intervention_id, Sensitivity.INTERNAL)
             if d.intervention_id else None),
            self.captives.get(d.captive_id, Sensitivity.INTERNAL) if d.captive_id else None)

    def deadline(self, d: Any) -> Sensitivity:
        """A deadline: its own level, its trigger's (an unknown trigger counts as internal)
        and its captive's record."""
        trigger = self.triggers.get(d.trigger_uid, Sensitivity.INTERNAL) if d.trigger_uid else None
        captive = self.captives.get(d.captive_id, Sensitivity.INTERNAL) if d.captive_id else None
        return effective_level(d.sensitivity, trigger, captive)

    def record(self, table: str, obj: Any) -> Sensitivity:
        """Any record a search finds (by its table): the strictest of its own level and those
        of the records it hangs on. A captive's name follows the captive's record; a captive
        found by a text of their own is as restricted as their most restricted field (which
        text matched is not known)."""
        if table == "captives":
            fields = self.field_levels.get(obj.id) or {}
            return effective_level(self.captives.get(obj.id, Sensitivity.INTERNAL),
                                   *(self.captive_field(obj.id, f) for f in fields))
        if table == "captive_names":
            return self.captives.get(obj.captive_id, Sensitivity.INTERNAL)
        if table == "hearings":
            return self.hearings.get(obj.id, Sensitivity.INTERNAL)
        if table == "documents":
            return self.document(obj)
        own = getattr(obj, "sensitivity", None) or Sensitivity.INTERNAL
        captive_id = getattr(obj, "captive_id", None)
        return effective_level(
            own, self.prosecution(getattr(obj, "prosecution_id", None)),
            self.captives.get(captive_id, Sensitivity.INTERNAL) if captive_id else None)


def load_levels(conn: Connection) -> LevelMap:
    captives: dict[int, Sensitivity] = {}
    field_levels: dict[int, dict[str, Any]] = {}
    consent: dict[int, bool] = {}
    triggers: dict[str, Sensitivity] = {}
    for cid, _uid, level, fl, agreed in conn.execute(
            select(Captive.id, Captive.uid, _raw(Captive.sensitivity), Captive.field_levels,
                   Captive.consent_publicity)):
        captives[cid] = Sensitivity(level)
        field_levels[cid] = dict(fl or {})
        consent[cid] = bool(agreed)
    levels = LevelMap(captives, field_levels, consent, {}, {}, {}, triggers)
    for cid, uid in conn.execute(select(Captive.id, Captive.uid)):
        triggers[uid] = levels.captive_field(cid, "capture_date")  # capture-date deadlines
    for pid, uid, level in conn.execute(
            select(Prosecution.id, Prosecution.uid, _raw(Prosecution.sensitivity))):
        levels.prosecutions[pid] = Sensitivity(level)
        triggers[uid] = Sensitivity(level)
    for hid, uid, level, pid in conn.execute(
            select(Hearing.id, Hearing.uid, _raw(Hearing.sensitivity), Hearing.prosecution_id)):
        levels.hearings[hid] = triggers[uid] = levels.under_prosecution(Sensitivity(level), pid)
    for uid, level, pid in conn.execute(
            select(DetentionOrder.uid, _raw(DetentionOrder.sensitivity),
                   DetentionOrder.prosecution_id)):
        triggers[uid] = levels.under_prosecution(Sensitivity(level), pid)
    proceedings: dict[int, Sensitivity] = {}
    for pid, uid, level in conn.execute(
            select(InternationalProceeding.id, InternationalProceeding.uid,
                   _raw(InternationalProceeding.sensitivity))):
        proceedings[pid] = triggers[uid] = Sensitivity(level)
    # The Court's deliveries (and their deadlines): a letter in a proceeding, or downloaded to a
    # document, kept at a level is kept at least at it, as an attachment at its parent's (as
    # the travel copy and the team server's policies keep it).
    documents: dict[int, str] = {did: level for did, level in conn.execute(
        select(Document.id, _raw(Document.sensitivity)))}
    for uid, level, cid, pid, did in conn.execute(
            select(CourtDelivery.uid, _raw(CourtDelivery.sensitivity), CourtDelivery.captive_id,
                   CourtDelivery.proceeding_id, CourtDelivery.document_id)):
        triggers[uid] = effective_level(
            Sensitivity(level), levels.captives.get(cid, Sensitivity.INTERNAL) if cid else None,
            proceedings.get(pid, Sensitivity.INTERNAL) if pid else None,
            documents.get(did, Sensitivity.INTERNAL) if did else None)
    for (uid,) in conn.execute(select(Deadline.trigger_uid).where(  # rules applied by hand
            Deadline.trigger_kind == RULE_APPLIED_BY_HAND)):
        triggers[uid] = Sensitivity.PUBLIC  # no record to follow: the deadline's own level
    for iid, level in conn.execute(select(Intervention.id, _raw(Intervention.sensitivity))):
        levels.interventions[iid] = Sensitivity(level)
    return levels


def read_levels(case_file: Any) -> LevelMap:
    with case_file.ctx.read() as s:
        return load_levels(s.connection())
