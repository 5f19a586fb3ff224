"""After an import into a team server the planner knows the tables' sizes at once: without
statistics (autovacuum makes them a minute or so later) it takes the tables for nearly
empty, and at 10,000 captives a team member's "Needs attention" took 6.5 s instead of 0.7 s
(docs/performance-history.md, session 13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg

from caseapp.config import Location
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY


def _rows_known_to_the_planner(url: str, table: str) -> float:
    with psycopg.connect(url.replace("+psycopg", "")) as conn:
        row = conn.execute("SELECT reltuples FROM pg_class WHERE relname = %s AND relkind = 'r'",
                           (table,)).fetchone()
    assert row is not None
    return float(row[0])


def test_an_import_into_a_server_leaves_its_tables_analysed(
        tmp_path: Path, server_case_file: CaseFile, pg_url: str) -> None:
    source = open_case_file(Location(path=tmp_path / "local.db"), create=True, actor="t",
                            today=lambda: TODAY)
    try:
        for n in range(12):
            captive = source.captives.create(names=[f"Captive Number{n}"], status="held")
            source.welfare_contacts.create(captive_id=captive.id, contact_on=date(2026, 1, 5),
                                           kind="icrc_visit")
        source.export_json(tmp_path / "export.json")
    finally:
        source.close()
    assert _rows_known_to_the_planner(pg_url, "captives") <= 0  # never analysed: a guess

    report = server_case_file.import_json(tmp_path / "export.json")

    assert report.added["captives"] == 12
    assert _rows_known_to_the_planner(pg_url, "captives") == 12
    assert _rows_known_to_the_planner(pg_url, "welfare_contacts") == 12
