"""A deadline's time zone is one the clock knows, whoever wrote it.

An unknown zone ("Europe/Strasbourg" is no zone: the Court's is Europe/Paris) made a deadline
due at an hour never overdue by that hour, since its moment cannot be placed: the lists, the
reminders and the calendar waited for the day to end. A hearing's zone was already checked;
a deadline's was not, from a JSON import nor from a service write.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from caseapp.domain.errors import ValidationError
from caseapp.services.casefile import CaseFile
from tests.services.test_import_validation import (
    CAPTIVE,
    _t,
    populated,  # noqa: F401  (fixtures)
    populated_template,  # noqa: F401
    row_counts,
    valid_export,
    write,
)


def _export_with_zone(zone: str) -> dict:
    data = valid_export()
    _t(data)["deadlines"] = [{"uid": "dl-1", "captive_uid": CAPTIVE, "title": "Send the reply",
                              "due_on": "2026-12-01", "due_time": "16:00:00",
                              "timezone": zone}]
    return data


@pytest.mark.parametrize("zone", ["Europe/Strasbourg", "Mars/Olympus", "../../etc/passwd",
                                  "UTC+4", "Asia/Baku\n"])
def test_an_import_with_a_deadline_in_no_known_zone_is_refused(
        tmp_path: Path, populated: CaseFile, zone: str) -> None:  # noqa: F811
    before = row_counts(populated)
    with pytest.raises(ValidationError) as caught:
        populated.import_json(write(tmp_path, _export_with_zone(zone)))
    message = str(caught.value)
    assert "\n" not in message
    assert "deadlines, record 1" in message and "“timezone”" in message
    assert "is not a time zone" in message
    assert row_counts(populated) == before


def test_an_import_with_a_known_zone_or_none_is_taken(tmp_path: Path,
                                                      populated: CaseFile) -> None:  # noqa: F811
    populated.import_json(write(tmp_path, _export_with_zone("Europe/Paris")))
    data = _export_with_zone("")
    _t(data)["deadlines"][0].update(uid="dl-2", due_time=None)
    populated.import_json(write(tmp_path, data, "second.json"))
    zones = {d.uid: d.timezone for d in populated.deadlines.list()}
    assert zones["dl-1"] == "Europe/Paris" and zones["dl-2"] == ""


def test_a_deadline_written_in_no_known_zone_is_refused(populated: CaseFile) -> None:  # noqa: F811
    with pytest.raises(ValidationError) as caught:
        populated.deadlines.create(title="Send the reply", due_on="2026-12-01",
                                   due_time="16:00", timezone="Europe/Strasbourg")
    assert caught.value.field == "timezone"
    d = populated.deadlines.create(title="Send the reply", due_on="2026-12-01",
                                   due_time="16:00", timezone="Europe/Paris")
    with pytest.raises(ValidationError):
        populated.deadlines.update(d.id, timezone="Strasbourg")
    assert populated.deadlines.get(d.id).timezone == "Europe/Paris"


def test_check_names_a_stored_deadline_in_no_known_zone(tmp_path: Path,
                                                        populated: CaseFile) -> None:  # noqa: F811
    populated.import_json(write(tmp_path, _export_with_zone("Europe/Paris")))
    with populated.db.engine.begin() as conn:
        conn.execute(text("UPDATE deadlines SET timezone = 'Europe/Strasbourg' "
                          "WHERE uid = 'dl-1'"))
    problems = populated.check().problems
    assert any("deadlines" in p and "“timezone”" in p and "Europe/Strasbourg" in p
               for p in problems), problems
    assert json.dumps(problems)  # plain lines
