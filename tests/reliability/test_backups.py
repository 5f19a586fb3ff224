"""Backups: restore gives back every table and document byte for byte; a full disk
during a backup or an export leaves the previous file intact and no temporary file."""

from __future__ import annotations

import errno
import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db.engine import connect_file, file_kind
from caseapp.domain.errors import CaseFileError
from caseapp.services.backup import BackupStore, restore, table_counts
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import TODAY
from tests.services.test_interchange import fill

PASS = "granite lantern orchard seven"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path, passphrase: str | None) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order."""
    conn = connect_file(path, passphrase)
    try:
        names = table_counts(conn)
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall()
                for n in names if not n.startswith("search_fts")}
    finally:
        conn.close()


def open_cf(path: Path, passphrase: str | None, backups: Path, create: bool = False) -> CaseFile:
    return open_case_file(Location(path=path), passphrase=passphrase, create=create, actor="t",
                          today=lambda: TODAY, backup_root=backups)


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_backup_restore_round_trip(tmp_path: Path, passphrase: str | None) -> None:
    path = tmp_path / "case.db"
    cf = open_cf(path, passphrase, tmp_path / "backups", create=True)
    fill(cf)
    big = os.urandom(300_000)
    cf.documents.create(captive_id=1, title="Scan", filename="scan.bin", content=big)
    info = cf.backups.backup_now()
    cf.close()
    assert info.verified and info.encrypted == bool(passphrase)
    assert file_kind(info.path) == ("encrypted" if passphrase else "plain")
    restored = tmp_path / "restored.db"
    result = restore(info.path, restored, passphrase=passphrase)
    assert result.ok
    assert dump(restored, passphrase) == dump(path, passphrase)
    again = open_cf(restored, passphrase, tmp_path / "backups")
    docs = {d.title: again.documents.content(d.id) for d in again.documents.list()}
    assert docs["Scan"] == big and docs["Decision"] == b"%PDF-1.4 decision bytes \x00\xff"
    assert again.check().ok
    again.close()


def test_restore_never_overwrites_without_asking(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    cf = open_cf(path, PASS, tmp_path / "backups", create=True)
    info = cf.backups.backup_now()
    cf.captives.create(names=["Added after the backup"])
    cf.close()
    before = digest(path)
    with pytest.raises(CaseFileError, match="exists already"):
        restore(info.path, path, passphrase=PASS)
    assert digest(path) == before
    with pytest.raises(CaseFileError, match="passphrase is wrong"):
        restore(info.path, tmp_path / "new.db", passphrase="not the right passphrase")
    assert not (tmp_path / "new.db").exists()
    restore(info.path, path, passphrase=PASS, overwrite=True)
    cf = open_cf(path, PASS, tmp_path / "backups")
    assert cf.captives.list() == []
    cf.close()


def test_backup_if_due_and_rotation(tmp_path: Path) -> None:
    now = [datetime(2026, 11, 27, 9, 0, tzinfo=UTC)]
    path = tmp_path / "case.db"
    cf = open_cf(path, PASS, tmp_path / "backups", create=True)
    cf.backups.store.now = lambda: now[0]
    cf.backups.store.keep = 3
    assert cf.backups.backup_if_due() is not None  # none yet
    now[0] += timedelta(hours=5)
    assert cf.backups.backup_if_due() is None  # the last one is recent
    for _ in range(4):
        now[0] += timedelta(days=1, minutes=1)
        assert cf.backups.backup_if_due() is not None
    listed = cf.backups.list()
    assert [b.created_at for b in listed] == sorted((b.created_at for b in listed), reverse=True)
    assert len(listed) == 3 and all(b.verified and b.encrypted for b in listed)
    assert cf.backups.verify(listed[0].path).ok
    cf.close()
    # The sidecar files hold no case data and no key.
    for sidecar in (tmp_path / "backups").rglob("*.json"):
        assert PASS.encode() not in sidecar.read_bytes()


def no_space(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".part")
                  or p.name.endswith((".part-journal", ".part-wal", ".part-shm")))


@pytest.mark.parametrize("passphrase", [None, PASS], ids=["plain", "encrypted"])
def test_full_disk_during_a_backup_keeps_the_previous_one(tmp_path: Path, passphrase: str | None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    cf = open_cf(tmp_path / "case.db", passphrase, tmp_path / "backups", create=True)
    target = tmp_path / "out" / "backup.db"
    cf.backups.backup_to(target)
    first = cf.backups.backup_now()
    before, before_rotated = digest(target), digest(first.path)
    cf.captives.create(names=["Written after the first backup"])
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", no_space)
        with pytest.raises(OSError, match="No space"):
            cf.backups.backup_to(target, overwrite=True)
        with pytest.raises(OSError, match="No space"):
            cf.backups.backup_now()
    assert digest(target) == before and digest(first.path) == before_rotated
    assert leftovers(tmp_path) == []
    assert [b.path for b in cf.backups.list()] == [first.path]
    cf.close()


def test_full_disk_during_an_export_keeps_the_previous_one(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cf = open_cf(tmp_path / "case.db", PASS, tmp_path / "backups", create=True)
    out = tmp_path / "export.json"
    cf.export_json(out)
    before = digest(out)
    cf.captives.create(names=["Written after the first export"])
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", no_space)
        with pytest.raises(OSError, match="No space"):
            cf.export_json(out)
    with monkeypatch.context() as m:  # the write itself fails
        m.setattr("caseapp.fileio.open", lambda *a, **k: (_ for _ in ()).throw(
            OSError(errno.ENOSPC, "No space left on device")), raising=False)
        with pytest.raises(OSError, match="No space"):
            cf.export_json(out)
    assert digest(out) == before
    assert leftovers(tmp_path) == []
    cf.close()


def test_store_folder_is_per_case_file(tmp_path: Path) -> None:
    a = BackupStore(tmp_path / "one" / "case.db", root=tmp_path / "b")
    b = BackupStore(tmp_path / "two" / "case.db", root=tmp_path / "b")
    assert a.folder != b.folder and a.folder.parent == b.folder.parent
