"""Revision 0009: deadlines learn whether they are hard and which document they came from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.opening import open_sqlite
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.test_migrations import make_first_revision_file


def test_0009_keeps_old_deadlines_soft_and_unlinked(tmp_path: Path) -> None:
    path = tmp_path / "before-0009.db"
    make_first_revision_file(path)  # captive 1
    db = open_sqlite(path)
    migrate.upgrade(db, "0008")
    stamp = "'2024-01-01 00:00:00', '2024-01-01 00:00:00'"
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO deadlines (id, uid, created_at, updated_at, captive_id, title, rule_id, "
            "rule_version, trigger_kind, trigger_uid, due_on, timezone, status, overridden, "
            f"explanation, status_reason, notes, sensitivity) VALUES (1, 'd-1', {stamp}, 1, "
            "'Appeal the extension', '', '', '', '', '2027-03-01', '', 'open', 0, '[]', '', "
            "'Snoozed until 2027-02-20.', 'shareable')")
        conn.exec_driver_sql(
            "INSERT INTO documents (id, uid, created_at, updated_at, captive_id, title, filename, "
            "media_type, size, sha256, content, source, reliability, notes, sensitivity) VALUES "
            f"(1, 'doc-1', {stamp}, 1, 'Order of 1 Feb', 'order.pdf', 'application/pdf', 3, "
            "'x', X'616263', '', 'confirmed', '', 'internal')")
    db.close()
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        old = cf.deadlines.get(1)
        assert (old.title, old.due_on, old.hard, old.document_id) == (
            "Appeal the extension", date(2027, 3, 1), False, None)
        assert old.notes == "Snoozed until 2027-02-20."  # the rest of the row is kept
        # The new columns work: a link to the document, which its deletion clears.
        linked = cf.deadlines.update(1, hard=True, document_id=1)
        assert (linked.hard, linked.document_id) == (True, 1)
        cf.documents.delete(1)
        assert cf.deadlines.get(1).document_id is None
        assert cf.deadlines.get(1).hard is True
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
