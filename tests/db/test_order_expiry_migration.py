"""Revision 0008: detention orders recorded before it learn where their expiry comes from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg
from alembic.script import ScriptDirectory

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import open_url
from caseapp.db.opening import open_sqlite
from caseapp.domain.enums import ExpirySource
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_rows import captive_rows
from tests.db.test_migrations import make_first_revision_file


def _previous_revision() -> str:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    previous = script.get_revision("0008").down_revision
    assert isinstance(previous, str)
    return previous


STAMP = "'2024-01-01 00:00:00', '2024-01-01 00:00:00'"
ORDERS = [
    # 2023-10-31 + 4 months = 2024-02-29 (clamped: 2024 is a leap year): computed.
    (1, "2023-10-31", 4, 0, "2024-02-29"),
    # the same start and term, but the order says 28 February: stated.
    (2, "2024-02-29", 4, 0, "2024-06-28"),
    # no term, only the date the order gives: stated.
    (3, "2024-06-29", 0, 0, "2024-09-15"),
    # months and days: 2024-09-15 + 2 months = 15 November, + 10 days = 25 November.
    (4, "2024-09-15", 2, 10, "2024-11-25"),
    # months and days at a month's end: 2024-01-29 + 1 month = 29 February, + 1 day =
    # 1 March, as the versions before 0008 counted (months first): computed; the opening
    # then counts it as this version does, the earlier day (the day first: 29 February).
    (5, "2024-01-29", 1, 1, "2024-03-01"),
]
INSERT_ORDER = (
    "INSERT INTO detention_orders (id, uid, created_at, updated_at, captive_id, "
    "ordering_court, start_date, term_months, term_days, expires_on, kind, "
    f"appeal_outcome, notes, sensitivity) VALUES ({{id}}, 'o-{{id}}', {STAMP}, 1, '', {{p}}, "
    "{p}, {p}, {p}, 'initial', '', '', 'shareable')")


def test_0008_marks_old_orders_stated_or_computed(tmp_path: Path) -> None:
    path = tmp_path / "before-0008.db"
    make_first_revision_file(path)  # captive 1, pre-trial
    db = open_sqlite(path)
    migrate.upgrade(db, _previous_revision())
    with db.engine.begin() as conn:
        for i, start, months, days, expires in ORDERS:
            conn.exec_driver_sql(INSERT_ORDER.format(id=i, p="?"),
                                 (start, months, days, expires))
    db.close()
    _check_upgraded(Location(path=path))


def test_0008_marks_old_orders_stated_or_computed_on_postgresql(empty_pg_url: str) -> None:
    db = open_url(empty_pg_url)
    migrate.upgrade(db, _previous_revision())
    db.close()
    with psycopg.connect(empty_pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        for sql in captive_rows(captive_id=1):
            conn.execute(sql)
        for i, start, months, days, expires in ORDERS:
            conn.execute(INSERT_ORDER.format(id=i, p="%s"), (start, months, days, expires))
        for table, last in (("captives", 1), ("captive_names", 1), ("detention_orders", 5)):
            conn.execute(f"SELECT setval('{table}_id_seq', {last})")
    _check_upgraded(Location(url=empty_pg_url))


def _check_upgraded(location: Location) -> None:
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        found = {o.id: (o.expires_on, o.expiry_source) for o in cf.detention_orders.list()}
        assert found == {
            1: (date(2024, 2, 29), ExpirySource.COMPUTED),
            2: (date(2024, 6, 28), ExpirySource.STATED),
            3: (date(2024, 9, 15), ExpirySource.STATED),
            4: (date(2024, 11, 25), ExpirySource.COMPUTED),
            5: (date(2024, 2, 29), ExpirySource.COMPUTED)}
        assert len(cf.notices) == 1 and "1\xa0Mar\xa02024 → 29\xa0Feb\xa02024" in cf.notices[0]
        # Every order passes the service's rules as it stands (a computed expiry is start
        # plus term); editing the term of the stated one keeps its date.
        assert cf.check().ok, cf.check().problems
        assert cf.detention_orders.update(2, term_months=3).expires_on == date(2024, 6, 28)
        assert cf.detention_orders.update(1, term_months=3).expires_on == date(2024, 1, 31)
    finally:
        cf.close()
