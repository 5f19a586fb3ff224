"""Checking a case file's integrity."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select

from caseapp.db import audit_anchor, audit_chain, migrate
from caseapp.db.base import Base
from caseapp.db.models import Document
from caseapp.db.integrity import structural_report
from caseapp.domain.dto import CheckReport
from caseapp.services.base import ServiceContext
from caseapp.services.interchange import TABLES


def check(ctx: ServiceContext) -> CheckReport:
    """Database integrity (and SQLCipher's page authentication), references, schema version,
    search index, the audit log's hash chain and document hashes."""
    problems: list[str] = []
    db = ctx.db
    with db.engine.connect() as conn:
        found, details = structural_report(conn, encrypted=db.encrypted)
        problems += found
        broken = audit_chain.first_break(conn)
        if broken:
            problems.append(broken)
        problems += audit_anchor.problems(conn)
        counts = {name: conn.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar_one()
                  for name in TABLES}
    revision = migrate.current_revision(db) or ""
    if revision != migrate.head_revision():
        problems.append(f"Schema is at {revision or 'no revision'}, expected {migrate.head_revision()}.")
    with ctx.read() as s:
        for doc_id, title, sha, size in s.execute(
                select(Document.id, Document.title, Document.sha256, Document.size)):
            content = s.scalar(select(Document.content).where(Document.id == doc_id)) or b""
            if hashlib.sha256(content).hexdigest() != sha or len(content) != size:
                problems.append(f"Document {doc_id} “{title}” no longer matches its SHA-256: "
                                "its content was changed outside CaseApp.")
    return CheckReport(problems=tuple(problems), counts=counts, schema_revision=revision,
                       details=tuple(details))
