"""Opening a case file runs SQLite's quick check; the full checks (every index against its
table, and SQLCipher's page check) run after the open, on a thread of their own, and damage
they find still reaches the user, with the latest verified backup named. The passphrase's
key is derived once per open."""

from __future__ import annotations

import queue
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from caseapp.config import Location
from caseapp.db import sqlite_connect
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY

PASS = "granite lantern orchard seven"


def make(path: Path, passphrase: str | None) -> None:
    cf = open_case_file(Location(path=path), passphrase=passphrase, create=True, actor="t",
                        today=lambda: TODAY, backup_root=path.parent / "backups")
    for i in range(30):
        cf.captives.create(names=[f"Պետրոս Ավետիսյան {i}"], status="missing")
    cf.close()


def stale_index(path: Path, passphrase: str | None) -> None:
    """The captives' status index no longer matches its table (as when a page is put back
    from an older copy): every page reads well, so only the full check can tell."""
    if passphrase is None:
        conn: Any = sqlite3.connect(path)
    else:
        import sqlcipher3

        conn = sqlcipher3.connect(str(path))
        conn.execute(f"PRAGMA key = '{passphrase}'")
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_captives_status ON captives "
                 "(category)' WHERE name = 'ix_captives_status'")
    conn.commit()
    conn.close()


def checked(cf: Any) -> CaseFileError | None:
    results: queue.Queue[CaseFileError | None] = queue.Queue()
    thread = cf.check_in_background(results.put)
    assert thread is not None
    return results.get(timeout=120)


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_damage_found_after_the_open_is_reported(tmp_path: Path, passphrase: str | None) -> None:
    path = tmp_path / "case.db"
    make(path, passphrase)
    stale_index(path, passphrase)
    cf = open_case_file(Location(path=path), passphrase=passphrase, actor="t",
                        backup_root=tmp_path / "backups")  # the quick check passes
    try:
        error = checked(cf)
    finally:
        cf.close()
    assert error is not None and error.damaged
    assert f"{path} is damaged or was changed outside CaseApp" in str(error)
    assert "full check" in str(error) and "Traceback" not in str(error)
    assert any("ix_captives_status" in d for d in error.details)  # SQLite's own words


def test_the_report_names_the_latest_verified_backup(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    make(path, None)
    cf = open_case_file(Location(path=path), actor="t", backup_root=tmp_path / "backups")
    latest = cf.backups.backup_now("close")
    cf.close()
    stale_index(path, None)
    cf = open_case_file(Location(path=path), actor="t", backup_root=tmp_path / "backups")
    try:
        error = checked(cf)
    finally:
        cf.close()
    assert error is not None and error.backup == latest.path
    assert f"The latest verified backup is {latest.path}" in str(error)
    assert "caseapp restore" not in str(error)  # the window asks; the command line adds it


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_a_sound_file_passes(tmp_path: Path, passphrase: str | None) -> None:
    path = tmp_path / "case.db"
    make(path, passphrase)
    cf = open_case_file(Location(path=path), passphrase=passphrase, actor="t",
                        backup_root=tmp_path / "backups")
    try:
        assert checked(cf) is None
        assert cf.captives.list()  # the file is in use meanwhile
    finally:
        cf.close()


def test_the_passphrase_is_derived_once_per_open(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "case.db"
    make(path, PASS)
    keyed: list[str] = []
    real = sqlite_connect.connector

    def counting(p: Path, key: str | None, uri: str | None = None):  # type: ignore[no-untyped-def]
        keyed.append(key or "")
        return real(p, key, uri)

    monkeypatch.setattr(sqlite_connect, "connector", counting)
    cf = open_case_file(Location(path=path), passphrase=PASS, actor="t",
                        backup_root=tmp_path / "backups")
    try:
        cf.captives.list()
        assert checked(cf) is None
        # every connection of this open was keyed with the raw key derived once, not with
        # the passphrase (which SQLCipher would derive again, a tenth of a second each)
        assert keyed and all(k.startswith("x'") and len(k) == 67 for k in keyed)
        assert cf.db.passphrase == PASS  # what the user typed, for backups and re-keying
    finally:
        cf.close()
    assert cf.db.key is None  # forgotten with the closed file


def test_a_wrong_passphrase_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    make(path, PASS)
    with pytest.raises(CaseFileError, match="passphrase is wrong"):
        open_case_file(Location(path=path), passphrase="granite lantern orchard eight",
                       actor="t", backup_root=tmp_path / "backups")


def test_closing_the_file_stops_a_check_still_running(tmp_path: Path, monkeypatch: Any) -> None:
    """A check that would run for ever (here: a query without end on the check's connection)
    is interrupted when the file closes: close() returns with no check thread left reading,
    and the interrupted check reports nothing (no false "damaged")."""
    from caseapp.services import open_file

    def endless(path: Path, key: str | None, connected: Any = None,
                uri: str | None = None) -> list[str]:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        connected(conn)
        try:
            conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                         "SELECT count(*) FROM c").fetchall()
        except sqlite3.OperationalError as exc:
            return [str(exc)]
        finally:
            conn.close()
        return []

    monkeypatch.setattr(open_file, "full_problems", endless)
    path = tmp_path / "case.db"
    make(path, None)
    cf = open_case_file(Location(path=path), actor="t", backup_root=tmp_path / "backups")
    reports: list[CaseFileError | None] = []
    thread = cf.check_in_background(reports.append)
    assert thread is not None and thread.is_alive()
    cf.close()
    assert not thread.is_alive()
    assert reports == []
