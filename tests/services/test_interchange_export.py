"""The export reads SQLite's stored values directly (no SQLAlchemy types): the same file as
when every value went through its column's type."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path

from caseapp.config import Location
from caseapp.services import interchange_export
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY, copy_of
from tests.services.test_interchange import PNG, fill


def test_export_of_stored_values_equals_the_typed_export_for_every_table(
        tmp_path: Path, _empty_template: Path) -> None:
    cf = open_case_file(Location(path=copy_of(_empty_template, tmp_path / "every.db")),
                        actor="tester", today=lambda: TODAY)
    try:
        fill(cf)
        # A time of day with microseconds, which the stored text writes with six digits.
        cf.notes.create(title="Звонок", body="Ղեկավարը զանգեց",
                        written_at=datetime(2024, 3, 1, 9, 30, 15, 250, tzinfo=UTC))
        raw: dict[str, dict[int, str]] = {}
        typed: dict[str, dict[int, str]] = {}
        with cf.db.engine.connect() as conn:
            for name in interchange_export.TABLES:
                fast = interchange_export._raw_rows(conn, name, raw)
                slow = interchange_export._typed_rows(conn, name, typed)
                assert fast, f"{name}: fill() gives every table a row"
                assert fast == slow, name
                # Same types too (True is not 1 in the file; "1" is not 1).
                assert [[type(v) for v in r.values()] for r in fast] == \
                       [[type(v) for v in r.values()] for r in slow], name
        data = interchange_export.export_data(cf.ctx)["tables"]
    finally:
        cf.close()
    # Worked out by hand: the hearing at 10:00 in Baku (UTC+4) is stored as 06:00 UTC.
    assert data["hearings"][0]["starts_at"] == "2024-01-30T06:00:00+00:00"
    note = next(n for n in data["notes"] if n["title"] == "Звонок")
    assert note["written_at"] == "2024-03-01T09:30:15.000250+00:00"
    deadline = next(d for d in data["deadlines"] if d["title"] == "Appeal")
    assert (deadline["due_on"], deadline["due_time"]) == ("2024-02-20", "16:00:00")
    assert deadline["explanation"] == ["+20 days"]
    assert deadline["overridden"] is False
    captive = data["captives"][0]
    assert base64.b64decode(captive["photo"]) == PNG
    assert captive["field_levels"] == {"health": "internal", "consent_notes": "internal"}
    assert captive["status"] == "pre_trial"
    names = {n["full_name"]: n["captive_uid"] for n in data["captive_names"]}
    assert names["Aram Vardanyan"] == captive["uid"]
    assert sorted(t["tag_name"] for t in data["captive_tags"]) == ["group-a", "pow"]
