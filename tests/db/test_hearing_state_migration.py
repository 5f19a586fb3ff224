"""Revision 0017: a hearing's state. Every hearing a file held before reads as scheduled (SQLite
and PostgreSQL): the one still ahead stays the captive's next hearing, a past one claims
nothing (it is not said to have been held), and the state can then be recorded."""

from __future__ import annotations

from pathlib import Path

import psycopg

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import open_url
from caseapp.db.opening import open_sqlite
from caseapp.domain.enums import HearingState
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_rows import captive_rows
from tests.db.test_filing_facts_migration import STAMP
from tests.db.test_migrations import make_first_revision_file

# one hearing long past, one ahead of any day the tests run on
HEARINGS = (
    "INSERT INTO hearings (id, uid, created_at, updated_at, starts_at, timezone, court, kind, "
    "judge, outcome, notes, sensitivity) VALUES "
    f"(71, 'h-71', {STAMP}, '2025-03-03 06:00:00', 'Asia/Baku', 'Baku Military Court', "
    "'trial_session', '', 'The court sat.', '', 'shareable'), "
    f"(72, 'h-72', {STAMP}, '2031-06-02 06:00:00', 'Asia/Baku', 'Baku Military Court', "
    "'trial_session', '', '', '', 'shareable')",
    "INSERT INTO hearing_captives (hearing_id, captive_id) VALUES (71, 1), (72, 1)",
)


def _check(location: Location) -> None:
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert [h.state for h in cf.hearings.list(captive_id=1)] == [HearingState.SCHEDULED] * 2
        [row] = cf.overview.captive_rows()
        assert row.next_hearing is not None and row.next_hearing.year == 2031
        cf.hearings.update(72, state="cancelled")
        assert cf.hearings.get(72).state is HearingState.CANCELLED
        [row] = cf.overview.captive_rows()
        assert row.next_hearing is None  # the cancelled hearing is not to come
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_0017_on_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "before-0017.db"
    make_first_revision_file(path)  # captive 1
    db = open_sqlite(path)
    migrate.upgrade(db, "0016")
    with db.engine.begin() as conn:
        for sql in HEARINGS:
            conn.exec_driver_sql(sql.replace("+00'", "'"))
    db.close()
    _check(Location(path=path))


def test_0017_on_postgresql(empty_pg_url: str) -> None:
    db = open_url(empty_pg_url)
    migrate.upgrade(db, "0016")
    db.close()
    with psycopg.connect(empty_pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        for sql in captive_rows(name="Պետրոսյան Անի"):
            conn.execute(sql)
        for sql in HEARINGS:
            conn.execute(sql.replace("', 'Asia/Baku'", "+00', 'Asia/Baku'"))
        for table in ("captives", "captive_names", "hearings"):
            conn.execute(f"SELECT setval('{table}_id_seq', 80)")
    _check(Location(url=empty_pg_url))
