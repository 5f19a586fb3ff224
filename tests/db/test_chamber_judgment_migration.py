"""Revision 0033: an ECHR application recorded before it has no judgment date (none is
presumed) and opens upgraded, on SQLite and PostgreSQL; its judgment entered afterwards sets
off the referral time limit. Recorded decided by the earlier version with its reminders still
open, the opening closes them (caseapp.services.ended_on_open)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import open_url
from caseapp.db.opening import open_sqlite
from caseapp.domain.enums import DeadlineStatus
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_rows import captive_rows
from tests.db.test_migrations import make_first_revision_file

STAMP = "'2024-01-01 00:00:00+00', '2024-01-01 00:00:00+00'"


def _old_rows(execute) -> None:  # type: ignore[no-untyped-def]
    execute("INSERT INTO international_proceedings (id, uid, created_at, updated_at, "
            "captive_id, body, kind, reference, lodged_on, communicated_on, status, outcome, "
            f"notes, sensitivity) VALUES (7, 'p-7', {STAMP}, 1, 'echr', 'application', "
            "'12345/24', '2024-05-02', '2026-10-01', 'decided', 'Violation of Art. 5 § 4', '', "
            "'shareable')")
    # the friendly-settlement reminder the earlier version computed and left open
    execute("INSERT INTO deadlines (id, uid, created_at, updated_at, captive_id, rule_id, "
            "rule_version, trigger_kind, trigger_uid, trigger_date, due_on, timezone, status, "
            "overridden, explanation, status_reason, notes, title, sensitivity) VALUES "
            f"(8, 'd-8', {STAMP}, 1, 'echr.communication.friendly_settlement', '1', "
            "'international_proceeding', 'p-7', '2026-10-01', '2026-12-24', '', 'open', false, "
            "'[]', '', '', 'ECHR: end of the 12-week friendly-settlement phase (reminder)', 'internal')")


def _check(location: Location) -> None:
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert cf.international_proceedings.get(7).judgment_on is None
        settlement = cf.deadlines.get(8)
        assert settlement.status is DeadlineStatus.DISMISSED
        cf.international_proceedings.update(7, judgment_on="2026-11-10")
        referral = {d.rule_id: d for d in cf.deadlines.list(captive_id=1)}[
            "echr.judgment.referral"]
        assert (referral.due_on, referral.status) == (date(2027, 2, 10), DeadlineStatus.OPEN)
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_0033_on_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "before-0033.db"
    make_first_revision_file(path)  # captive 1
    db = open_sqlite(path)
    migrate.upgrade(db, "0032")
    with db.engine.begin() as conn:
        _old_rows(lambda sql: conn.exec_driver_sql(
            sql.replace("false", "0").replace("+00'", "'")))
    db.close()
    _check(Location(path=path))


def test_0033_on_postgresql(empty_pg_url: str) -> None:
    db = open_url(empty_pg_url)
    migrate.upgrade(db, "0032")
    db.close()
    with psycopg.connect(empty_pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        for sql in captive_rows(name="Պետրոսյան Անի"):
            conn.execute(sql)
        _old_rows(conn.execute)
        for table in ("captives", "captive_names", "international_proceedings", "deadlines"):
            conn.execute(f"SELECT setval('{table}_id_seq', 60)")
    _check(Location(url=empty_pg_url))
