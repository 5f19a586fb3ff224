"""``caseapp import`` and ``caseapp check`` as a user types them, on exports written by hand.

A hostile export: exit code 2, one line on stderr naming the table, record and field, never
a traceback nor "could not be read or written", and the case file keeps its rows. A value
written into the file with other tools is reported by ``check`` and does not crash
``captives list``.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from caseapp.cli import main
from caseapp.domain.audit_summary import shown_summary
from tests.services.test_import_validation import (
    CAPTIVE,
    HOSTILE,
    NOT_AN_EXPORT,
    ORDER,
    valid_export,
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def other_captive_export() -> dict[str, Any]:
    """A different captive (other uids), so that the case file is not empty before a test."""
    return {"format": "caseapp-export", "format_version": 1, "tables": {
        "captives": [{"uid": "b-captive", "status": "held", "consent_publicity": True}],
        "captive_names": [{"uid": "b-name", "captive_uid": "b-captive",
                           "full_name": "Գարեգին Սարգսյան", "script": "Armn"}],
    }}


@pytest.fixture(scope="module")
def db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    path = folder / "case.db"
    assert run("init", "--no-encrypt", "--db", str(path))[0] == 0
    seed = folder / "seed.json"
    seed.write_text(json.dumps(other_captive_export(), ensure_ascii=False), encoding="utf-8")
    assert run("import", str(seed), "--db", str(path))[0] == 0
    return path


@pytest.fixture
def db(db_template: Path, tmp_path: Path) -> Path:
    """A case file holding one captive (a copy per test of one made per module)."""
    path = tmp_path / "case.db"
    shutil.copyfile(db_template, path)
    return path


def assert_refused(db: Path, path: Path, expected: tuple[str, ...]) -> None:
    before = counts(db)
    code, out, err = run("import", str(path), "--db", str(db))
    assert code == 2 and out == ""
    assert err.startswith("caseapp: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err and "could not be read or written" not in err
    for part in expected:
        assert part in err
    assert counts(db) == before


@pytest.mark.parametrize("change, expected", [(c, e) for _, c, e in HOSTILE],
                         ids=[i for i, _, _ in HOSTILE])
def test_hostile_export_exits_2_in_one_line_and_changes_nothing(
        tmp_path: Path, db: Path, change: Callable[[dict[str, Any]], Any],
        expected: tuple[str, ...]) -> None:
    data = valid_export()
    change(data)
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert_refused(db, path, expected)


@pytest.mark.parametrize("raw, expected", [(r, e) for _, r, e in NOT_AN_EXPORT],
                         ids=[i for i, _, _ in NOT_AN_EXPORT])
def test_file_that_is_no_export_exits_2_in_one_line(
        tmp_path: Path, db: Path, raw: bytes, expected: str) -> None:
    path = tmp_path / "not-an-export.json"
    path.write_bytes(raw)
    assert_refused(db, path, (expected,))


def test_valid_export_imports_with_its_deadlines_and_one_audit_entry(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(valid_export(), ensure_ascii=False), encoding="utf-8")
    code, out, err = run("import", str(path), "--db", str(db))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == ("Added 6 records: 1 captive, 1 name, 1 detention order, 1 hearing, "
                        "1 link of a captive to a hearing, 1 document.")
    assert lines[1].startswith("Computed ") and lines[1].endswith(" deadlines from the imported records.")

    exported = tmp_path / "out.json"
    assert run("export", "-o", str(exported), "--db", str(db))[0] == 0
    tables = json.loads(exported.read_text(encoding="utf-8"))["tables"]
    expiry = [(d["due_on"], d["rule_id"]) for d in tables["deadlines"] if d["trigger_uid"] == ORDER
              and d["rule_id"] == "az.detention.expiry"]
    assert expiry == [("2027-02-01", "az.detention.expiry")]
    imports = [e for e in tables["audit_entries"] if e["entity"] == "imports"]
    assert [shown_summary(e["summary"], "en") for e in imports] == [
        "Import of seed.json", "Import of colleague.json"]
    detail = json.loads(imports[-1]["new_value"])
    assert detail["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert detail["added"]["detention_orders"] == 1 and detail["added"]["captives"] == 1
    assert run("check", "--db", str(db))[0] == 0


def _write_sql(db: Path, sql: str, *params: Any) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute(sql, params)


def _captive_id(db: Path, uid: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id FROM captives WHERE uid = ?", (uid,)).fetchone()[0]


@pytest.mark.parametrize("column, stored, expected", [
    ("status", "vanished", "field “status”: 'vanished' is not one of: missing, held"),
    ("field_levels", "{not json", "field “field_levels”: holds '{not json', which CaseApp cannot read"),
    ("field_levels", '["health"]', "field “field_levels”: must be a JSON object"),
    ("field_levels", '{"health": "secret"}', "field “field_levels”: “secret” is not a sensitivity level"),
    ("field_levels", '{"eye_colour": "public"}', "field “field_levels”: There is no field “eye_colour”"),
    ("capture_date", "2023-02-30", "field “capture_date”: holds '2023-02-30', which CaseApp cannot read"),
])
def test_check_reports_a_bad_value_written_with_sql_and_list_does_not_crash(
        tmp_path: Path, db: Path, column: str, stored: str, expected: str) -> None:
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(valid_export(), ensure_ascii=False), encoding="utf-8")
    assert run("import", str(path), "--db", str(db))[0] == 0
    assert run("check", "--db", str(db))[0] == 0
    _write_sql(db, f"UPDATE captives SET {column} = ? WHERE uid = ?", stored, CAPTIVE)
    record = f"captives, ID {_captive_id(db, CAPTIVE)} (uid {CAPTIVE}), "

    code, out, _ = run("check", "--db", str(db))
    problems = [line for line in out.splitlines() if line.startswith("PROBLEM: ")]
    assert code == 1 and len(problems) == 1, out
    assert problems[0].startswith(f"PROBLEM: {record}{expected}")

    code, out, err = run("captives", "list", "--db", str(db))
    assert "Traceback" not in err
    if code != 0:  # a value the list cannot show: one line that points to check
        assert code == 2 and err.count("\n") == 1 and "caseapp check" in err
    else:  # the list still shows the others
        assert "Գարեգին Սարգսյան" in out or "Garegin" in out


def test_a_record_given_twice_in_the_file_is_said_with_its_numbers(tmp_path: Path,
                                                                   db: Path) -> None:
    export = {"format": "caseapp-export", "format_version": 1, "tables": {
        "captives": [{"uid": "c-captive", "status": "held", "consent_publicity": True},
                     {"uid": "d-captive", "status": "held", "consent_publicity": True},
                     {"uid": "c-captive", "status": "held", "consent_publicity": True}],
        "captive_names": [{"uid": "c-name", "captive_uid": "c-captive",
                           "full_name": "Արամ Աբովյան", "script": "Armn"},
                          {"uid": "d-name", "captive_uid": "d-captive",
                           "full_name": "Բաբկեն Բաբայան", "script": "Armn"}]}}
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    code, out, err = run("import", str(path), "--db", str(db))
    assert (code, err) == (0, "")
    # Not "already present": the file itself gives it twice, and says which records.
    assert "already present" not in out
    assert ("1 record of the file repeats an earlier one (the same uid and content) and was "
            "added once: 1 captive (3 = 1).") in out
    assert counts(db)["captives"] == 3
