"""``caseapp restore`` of a file that passes SQLite's check but that this CaseApp cannot open
afterwards: another program's SQLite database, an empty one, a backup written by a newer
CaseApp. Before, each was "Restored … (0 captives, verified). Open it with --db …", and
opening it then failed: the lawyer, restoring after a loss, was told she had her case file
back. Now one line says why, exit code 2, and nothing is written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caseapp.db.sqlite_connect import connect_file
from tests.cli.cli_run import one_line, run

PASS = "granite lantern orchard seven"


@pytest.fixture
def backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASS)
    case = tmp_path / "case.db"
    assert run("init", "--db", str(case))[0] == 0
    made = tmp_path / "made.db"
    assert run("backup", "--db", str(case), "-o", str(made))[0] == 0
    return made


def test_another_programs_database_is_not_restored(tmp_path: Path) -> None:
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.close()
    target = tmp_path / "restored.db"
    code, out, err = run("restore", str(other), "--to", str(target),
                         "--db", str(tmp_path / "case.db"))
    assert (code, out) == (2, "")
    assert one_line(err) and "not a CaseApp case file" in err and str(other) in err, err
    assert not target.exists()


def test_an_empty_database_is_not_restored(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("PRAGMA user_version = 1").connection.close()
    target = tmp_path / "restored.db"
    code, _, err = run("restore", str(empty), "--to", str(target))
    assert code == 2 and one_line(err) and "not a CaseApp case file" in err, err
    assert not target.exists()


def test_a_backup_of_a_newer_caseapp_is_not_restored(backup: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    newer.write_bytes(backup.read_bytes())
    conn = connect_file(newer, PASS)
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    target = tmp_path / "restored.db"
    code, out, err = run("restore", str(newer), "--to", str(target))
    assert (code, out) == (2, "")
    assert one_line(err) and "newer version of CaseApp" in err and "0999" in err, err
    assert not target.exists()
    # the same backup, as it was made, restores
    code, out, _ = run("restore", str(backup), "--to", str(target))
    assert code == 0 and "Restored" in out and target.exists()
