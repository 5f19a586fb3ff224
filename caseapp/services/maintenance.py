"""Checking a case file's integrity."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.db import audit_anchor, audit_chain, migrate
from caseapp.db.base import Base
from caseapp.db.integrity import structural_report
from caseapp.domain.dto import CheckReport
from caseapp.domain.field_labels import SUMMARY_NAMES_KIND, record_kind
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.services import row_validation
from caseapp.services.audit import entry_summary
from caseapp.services.base import ServiceContext
from caseapp.services.interchange import TABLES

# Past this many, the record problems are summed up in one more line.
MAX_RECORD_PROBLEMS = 100
# What an audit entry did, as the check's line about a broken chain says it.
_ACTIONS = {"create": msg("added", context="audit entry"),
            "update": msg("changed", context="audit entry"),
            "delete": msg("deleted", context="audit entry")}


def check(ctx: ServiceContext, *, services: object | None = None) -> CheckReport:
    """Database integrity (and SQLCipher's page authentication), references, schema version,
    search index, the audit log's hash chain, and every record checked the way an import
    checks it (values against their columns, the services' rules, document hashes)."""
    problems: list[str] = []
    db = ctx.db
    with db.engine.connect() as conn:
        found, details, unchecked = structural_report(conn, encrypted=db.encrypted)
        problems += found
        broken = audit_chain.first_break(conn)
        at_break = len(problems)
        problems += audit_anchor.problems(conn)
        counts = {name: conn.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar_one()
                  for name in TABLES}
    revision = migrate.current_revision(db) or ""
    if revision != migrate.head_revision():
        problems.append(str(  # the report holds text, in the language chosen now
            msg("Schema is at {revision}, expected {expected}.", revision=revision,
                expected=migrate.head_revision()) if revision else
            msg("Schema is at no revision, expected {expected}.", expected=migrate.head_revision())))
    services = row_validation.record_services(services) if services is not None else {}
    with ctx.read() as s:
        if broken is not None:
            problems.insert(at_break, str(_said(s, broken)))
        records = row_validation.stored_problems(s.connection(), s, list(TABLES), services)
        s.rollback()  # the services' rules may set a field; nothing of it is kept
    if len(records) > MAX_RECORD_PROBLEMS:
        more = len(records) - MAX_RECORD_PROBLEMS
        records = [*records[:MAX_RECORD_PROBLEMS],
                   str(msg_n("… and {count} more problem in records.", "… and {count} more problems in records.",
                             more))]
    problems += records
    return CheckReport(problems=tuple(problems), counts=counts, schema_revision=revision,
                       details=tuple(details), unchecked=tuple(unchecked))


def _said(s: Session, broken: audit_chain.ChainBreak) -> Message:
    """The line about the entry where the audit chain breaks, the entry named as the log
    shows it: its kind of record and its summary in the reader's words (a case setting's
    old summary worded as the log words it), never the codes the table stores."""
    summary = entry_summary(s, broken.entity, broken.summary)
    action = _ACTIONS.get(broken.action, broken.action)
    if broken.entity in SUMMARY_NAMES_KIND:  # "Import of list.csv": its kind said once
        entry = msg("Audit entry {number} ({at} UTC, {actor}: “{summary}” {action})",
                    number=broken.entry_id, at=broken.at, actor=broken.actor, summary=summary,
                    action=action)
    else:
        entry = msg("Audit entry {number} ({at} UTC, {actor}: {kind} “{summary}” {action})",
                    number=broken.entry_id, at=broken.at, actor=broken.actor,
                    kind=record_kind(broken.entity), summary=summary, action=action)
    if broken.changed:
        return msg("{entry} was changed outside CaseApp: its hash no longer matches its content.",
                   entry=entry)
    return msg("{entry} does not follow the entry before it: an audit entry before it was "
               "changed, removed or inserted outside CaseApp.", entry=entry)
