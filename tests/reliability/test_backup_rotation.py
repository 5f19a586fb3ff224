"""The rotation of the backups folder and a clock that is wrong: the backup just made and the
newest verified backup are never the ones pruned, and a backup dated in the future (made while
the clock was ahead) does not stop the daily backups. A disk that fills up as SQLite writes a
backup is said to be full."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.errors import CaseFileError
from caseapp.services.backup_record import sidecar_of
from tests.reliability.test_backups import PASS, leftovers, no_space, open_cf


@pytest.fixture(autouse=True)
def _templates(_empty_template: Path, _encrypted_template: Path) -> None:
    from tests.reliability import test_backups

    test_backups._TEMPLATES.update({None: _empty_template, PASS: _encrypted_template})


def test_a_clock_set_back_never_prunes_the_backup_just_made(tmp_path: Path) -> None:
    """The laptop's clock went back (a flat battery, a wrong time zone): the backups made
    before seem newer than the one made now. The one made now stays, as the command says."""
    now = [datetime(2026, 11, 27, 9, 0, tzinfo=UTC)]
    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    cf.backups.store.now = lambda: now[0]
    cf.backups.store.keep = 2
    cf.backups.backup_now()
    now[0] += timedelta(minutes=1)
    cf.backups.backup_now()
    now[0] = datetime(2020, 1, 1, 9, 0, tzinfo=UTC)
    made = cf.backups.backup_now()
    assert made.path.is_file() and sidecar_of(made.path).is_file()
    assert made.path in [b.path for b in cf.backups.list()]
    assert len(cf.backups.list()) == 2
    cf.close()


def test_the_newest_verified_backup_is_never_pruned(tmp_path: Path) -> None:
    """Newer files in the folder that nothing vouches for (copied in by hand, their record
    lost) do not push the last verified backup out of the rotation."""
    now = [datetime(2026, 11, 27, 9, 0, tzinfo=UTC)]
    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    store = cf.backups.store
    store.now = lambda: now[0]
    store.keep = 2
    good = cf.backups.backup_now()
    for _ in range(3):  # copies without a record: dated by their files, newer than the good one
        now[0] += timedelta(minutes=1)
        store.new_path("copied", now[0]).write_bytes(good.path.read_bytes())
    store.rotate()
    kept = store.list()
    assert good.path in [b.path for b in kept]
    assert store.latest_verified() is not None and store.latest_verified().path == good.path
    cf.close()


def test_a_backup_dated_in_the_future_does_not_stop_the_daily_backups(tmp_path: Path) -> None:
    now = [datetime(2027, 6, 1, 9, 0, tzinfo=UTC)]  # the clock was a year ahead
    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    cf.backups.store.now = lambda: now[0]
    cf.backups.backup_now("daily")
    now[0] = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # put right
    assert cf.backups.backup_if_due(reason="daily") is not None
    cf.close()


class _SideFilesCannotGrow(sqlite3.Connection):
    """A connection to the backup being written that fails as SQLite does when its side files
    cannot grow on a disk that has just filled up: "disk I/O error", no ENOSPC to be seen."""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.startswith("PRAGMA journal_mode"):
            raise sqlite3.OperationalError("disk I/O error")
        return super().execute(sql, *args)


def test_a_disk_that_fills_up_as_sqlite_writes_the_backup_is_said_full(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not "an unexpected error stopped the command" (exit 1, a bug of CaseApp's): the disk is
    full, said in one line naming the backup, and nothing is left behind."""
    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    first = cf.backups.backup_now()
    monkeypatch.setattr(cf.db, "connect_raw",
                        lambda path: sqlite3.connect(path, factory=_SideFilesCannotGrow))
    # the disk is full while the part written is on it, and has room again once it is removed
    monkeypatch.setattr("caseapp.write_errors._little_room",
                        lambda folder: any(folder.glob(".*.part")))
    with pytest.raises(CaseFileError, match=r"^No space left on the disk while writing the backup "):
        cf.backups.backup_now()
    assert [b.path for b in cf.backups.list()] == [first.path]
    assert leftovers(tmp_path) == []
    cf.close()


def test_a_record_that_cannot_be_written_is_said_and_the_backup_made_is_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up between the backup and its record: the verified backup is kept (it
    may be the one she needs), no older backup is pruned for it, and what she is told is true:
    not "nothing was changed" in the system's English, but that the backup is there, listed as
    not verified."""
    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    cf.backups.store.keep = 1
    first = cf.backups.backup_now()
    monkeypatch.setattr("caseapp.services.backup.atomic_write_bytes", no_space)
    with pytest.raises(CaseFileError) as refused:
        cf.backups.backup_now()
    said = str(refused.value)
    assert said.startswith("No space left on the disk while writing the record of the backup "), said
    assert "listed as not verified" in said
    listed = cf.backups.list()
    assert first.path in [b.path for b in listed] and len(listed) == 2
    made = next(b for b in listed if b.path != first.path)
    assert made.path.name in said and not made.verified and not made.damaged
    cf.close()


def test_a_backup_left_half_written_by_a_killed_caseapp_is_removed_by_the_next_one(
        tmp_path: Path) -> None:
    """CaseApp killed while it wrote a backup leaves its part (``.NAME.….part``, a whole copy
    of the case file, never listed) in the backups folder: each kill left one more, filling the
    disk. The next backup removes one left for an hour; one being written now is left alone."""
    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    store = cf.backups.store
    store.folder.mkdir(parents=True)
    killed = store.folder / ".case-20261127-090000-daily.db.x1y2z3.part"
    killed.write_bytes(b"\0" * 4096)
    Path(f"{killed}-journal").write_bytes(b"\0" * 512)
    two_hours_ago = time.time() - 2 * 3600
    os.utime(killed, (two_hours_ago, two_hours_ago))
    being_written = store.folder / ".case-20261127-091500-close.db.a4b5c6.part"
    being_written.write_bytes(b"\0" * 4096)
    cf.backups.backup_now()
    assert not killed.exists() and not Path(f"{killed}-journal").exists()
    assert being_written.exists()
    cf.close()
