"""Revision 0007 adds the case settings: a file made at 0006 opens with the table and reads
the defaults, so its deadlines stay those it had (the procedure of Azerbaijan)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.opening import open_sqlite
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.test_migrations import make_first_revision_file


def test_a_0006_file_gets_the_case_settings_table_with_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "sixth.db"
    make_first_revision_file(path)
    db = open_sqlite(path)
    migrate.upgrade(db, "0006")
    db.close()
    with sqlite3.connect(path) as conn:
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'case_settings'"
                                ).fetchall()
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision() >= "0007"
        current = cf.settings.current()
        assert (current.procedure, current.expiry_warning_days, current.welfare_threshold_days,
                current.custody_max_days, current.lawyer.name) == ("az", 14, 30, None, "")
        # The captive the old file held: an order still gets the Azerbaijani deadlines.
        order = cf.detention_orders.create(captive_id=1, start_date="2026-10-02", term_months=2)
        due = {d.rule_id: d.due_on for d in cf.deadlines.list(captive_id=1)
               if d.trigger_uid == order.uid}
        # 2 October + 2 months = 2 December; the motion in court 5 days before.
        assert due["az.detention.expiry"] == date(2026, 12, 2)
        assert due["az.detention.extension_request"] == date(2026, 11, 27)
        cf.settings.set("procedure", "am")
    finally:
        cf.close()
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(case_settings)")}
        assert {"key", "scope", "value", "uid"} <= columns
        assert conn.execute("SELECT key, scope, value FROM case_settings").fetchall() == [
            ("procedure", "", '"am"')]
