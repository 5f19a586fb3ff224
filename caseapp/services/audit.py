"""Reading the audit trail."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import AuditEntry, Captive
from caseapp.domain.audit_summary import shown_summary
from caseapp.domain.audit_summary import stored_message as summary_message
from caseapp.domain.deadline_steps import load_steps, stored_steps
from caseapp.domain.dto import AuditEntryDTO
from caseapp.domain.errors import NotFound
from caseapp.domain.messages import msg
from caseapp.domain.rule_names import RuleTitles, holds_rule_id, rules_named
from caseapp.domain.stored_messages import (
    LITERAL,
    MARK,
    shown_lines,
    stored_literal,
    stored_message,
)
from caseapp.services.base import ServiceContext
from caseapp.services.setting_summary import reworded


def _dto(s: Session, e: AuditEntry, titles: RuleTitles | None = None) -> AuditEntryDTO:
    """The entry as the log shows it: a composed summary, and a value CaseApp wrote as a
    message (a deadline's status reason), in the reader's language, a rule it names by its
    title (``titles``: how the rules in force name one)."""
    return AuditEntryDTO(e.id, e.at, e.actor, e.action, e.entity, e.record_uid, e.captive_uid,
                         entry_summary(s, e.entity, e.summary), e.field,
                         _shown(e.old_value, titles, e.field), _shown(e.new_value, titles, e.field))


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
    if not value or (MARK not in value and LITERAL not in value):
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


class AuditService:
    def __init__(self, ctx: ServiceContext, rule_titles: RuleTitles | None = None):
        self.ctx = ctx
        self.rule_titles = rule_titles  # how the rules in force name a rule

    def for_captive(self, captive_id: int) -> list[AuditEntryDTO]:
        """Every change to the captive and to the records that belong to them, oldest first."""
        with self.ctx.read() as s:
            captive = s.get(Captive, captive_id)
            if captive is None:
                raise NotFound(msg("There is no captive with ID {record_id}.", record_id=captive_id))
            rows = s.scalars(select(AuditEntry).where(AuditEntry.captive_uid == captive.uid)
                             .order_by(AuditEntry.id))
            return [_dto(s, e, self.rule_titles) for e in rows]

    def for_record(self, record_uid: str) -> list[AuditEntryDTO]:
        with self.ctx.read() as s:
            rows = s.scalars(select(AuditEntry).where(AuditEntry.record_uid == record_uid)
                             .order_by(AuditEntry.id))
            return [_dto(s, e, self.rule_titles) for e in rows]

    def recent(self, limit: int = 50) -> list[AuditEntryDTO]:
        with self.ctx.read() as s:
            rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
            return [_dto(s, e, self.rule_titles) for e in rows]
