"""Revision 0015: the deadlines a record set off are found through an index, on a case file
written before it (SQLite) and on a team server (PostgreSQL); the deadlines already there
keep following the orders that set them off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg
from alembic import command

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import open_url
from caseapp.db.opening import open_sqlite
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY

INDEX = "ix_deadlines_trigger"


def _record_an_order(location: Location) -> tuple[int, str]:
    """A captive held on a four-month order, written at the head; returns the order's id and
    the due date of the deadline it set off that falls on its expiry."""
    cf = open_case_file(location, create=True, actor="t", today=lambda: TODAY)
    try:
        cf.settings.set_many({"procedure": "az"})
        captive = cf.captives.create(names=["Ղուկասյան Վահե", "Ghukasyan Vahe"], status="held")
        prosecution = cf.prosecutions.create(captive_id=captive.id, case_number="1/2026")
        order = cf.detention_orders.create(
            captive_id=captive.id, prosecution_id=prosecution.id, decided_on=date(2026, 9, 1),
            start_date=date(2026, 9, 1), term_months=4)
        return order.id, _expiry_deadline(cf, order.uid)
    finally:
        cf.close()


def _expiry_deadline(cf: CaseFile, order_uid: str) -> str:
    found = [d for d in cf.deadlines.list() if d.trigger_uid == order_uid
             and d.rule_id.endswith("expiry")]
    assert len(found) == 1, [(d.rule_id, d.due_on) for d in cf.deadlines.list()]
    return found[0].due_on.isoformat()


def _back_to_0014(db_url_or_path: Location) -> None:
    db = open_sqlite(db_url_or_path.path) if db_url_or_path.path else open_url(
        str(db_url_or_path.url))
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014")
    assert migrate.current_revision(db) == "0014"
    db.close()


def _upgraded_and_following(location: Location, order_id: int, due_before: str) -> None:
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        order = cf.detention_orders.get(order_id)
        assert _expiry_deadline(cf, order.uid) == due_before == "2027-01-01"
        # The order's term is corrected: the deadline it set off moves with it, once.
        cf.detention_orders.update(order_id, term_months=3)
        assert _expiry_deadline(cf, order.uid) == "2026-12-01"
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_0015_indexes_the_deadlines_of_a_sqlite_file(tmp_path: Path) -> None:
    location = Location(path=tmp_path / "before-0015.db")
    order_id, due = _record_an_order(location)
    _back_to_0014(location)
    _upgraded_and_following(location, order_id, due)
    db = open_sqlite(location.path)
    try:
        with db.engine.connect() as conn:
            plan = " ".join(row[-1] for row in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM deadlines "
                "WHERE trigger_kind = 'detention_order' AND trigger_uid = 'x'"))
    finally:
        db.close()
    assert INDEX in plan  # not a scan of every deadline


def test_0015_indexes_the_deadlines_on_a_server(empty_pg_url: str) -> None:
    location = Location(url=empty_pg_url)
    order_id, due = _record_an_order(location)
    _back_to_0014(location)
    with psycopg.connect(empty_pg_url.replace("+psycopg", "")) as conn:
        assert not conn.execute("SELECT 1 FROM pg_indexes WHERE indexname = %s",
                                (INDEX,)).fetchall()
    _upgraded_and_following(location, order_id, due)
    with psycopg.connect(empty_pg_url.replace("+psycopg", "")) as conn:
        conn.execute("SET enable_seqscan = off")  # (a table this small is read whole anyway)
        plan = " ".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT id FROM deadlines "
            "WHERE trigger_kind = 'detention_order' AND trigger_uid = 'x'"))
    assert INDEX in plan
