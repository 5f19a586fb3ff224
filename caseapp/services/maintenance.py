"""Checking a case file's integrity."""

from __future__ import annotations

from sqlalchemy import func, select

from caseapp.db import audit_anchor, audit_chain, migrate
from caseapp.db.base import Base
from caseapp.db.integrity import structural_report
from caseapp.domain.dto import CheckReport
from caseapp.domain.messages import msg, msg_n
from caseapp.services import row_validation
from caseapp.services.base import ServiceContext
from caseapp.services.interchange import TABLES

# Past this many, the record problems are summed up in one more line.
MAX_RECORD_PROBLEMS = 100


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
        if broken:
            problems.append(broken)
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
