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
from caseapp.db.file_checks import file_kind
from caseapp.db.sqlite_connect import connect_file
from caseapp.domain.errors import CaseFileError
from caseapp.services.backup import BackupStore, table_counts
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.restore import restore
from tests.conftest import ENCRYPTED_PASSPHRASE, TODAY, copy_of
from tests.services.test_interchange import fill

PASS = ENCRYPTED_PASSPHRASE  # the encrypted template's


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


_TEMPLATES: dict[str | None, Path] = {}


@pytest.fixture(autouse=True)
def _templates(_empty_template: Path, _encrypted_template: Path) -> None:
    """What ``open_cf(..., create=True)`` copies: the session's empty case files, plain and
    encrypted with PASS (tests/conftest.py; making one would run every migration)."""
    _TEMPLATES.update({None: _empty_template, PASS: _encrypted_template})


def open_cf(path: Path, passphrase: str | None, backups: Path, create: bool = False) -> CaseFile:
    """The case file at ``path``; with ``create``, a new empty one."""
    if create:
        copy_of(_TEMPLATES[passphrase], path)
    return open_case_file(Location(path=path), passphrase=passphrase, actor="t",
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
    with pytest.raises(CaseFileError, match="does not open with this passphrase, but it is intact"):
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
        with pytest.raises(CaseFileError, match="^No space left on the disk while writing the "
                           f"backup {target};"):
            cf.backups.backup_to(target, overwrite=True)
        with pytest.raises(CaseFileError, match=r"^No space left on the disk while writing the backup"):
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


def three_backups(tmp_path: Path) -> tuple[CaseFile, list]:
    """A case file with three backups made a day apart (newest first in the list)."""
    now = [datetime(2026, 11, 20, 9, 0, tzinfo=UTC)]
    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    cf.backups.store.now = lambda: now[0]
    for name in ("Առաջին", "Երկրորդ", "Երրորդ"):
        cf.captives.create(names=[name])
        cf.backups.backup_now("auto")
        now[0] += timedelta(days=1)
    made = cf.backups.list()
    assert [b.verified for b in made] == [True, True, True]
    return cf, made


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_backups_list_checks_each_file_against_its_sha256(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from caseapp.cli import main

    cf, (newest, middle, oldest) = three_backups(tmp_path)
    flip_a_byte(newest.path)  # same size, sidecar untouched: it still says "verified"
    listed = cf.backups.list()
    assert [(b.path, b.verified, b.damaged) for b in listed] == [
        (newest.path, False, True), (middle.path, True, False), (oldest.path, True, False)]
    assert listed[0].problem == ("its content is not what it was when it was made (SHA-256): "
                                 "it is damaged or was changed")
    assert cf.backups.store.latest_verified().path == middle.path
    cf.close()
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path / "backups"))
    out = io.StringIO()
    assert main(["backups", "list", "--db", str(tmp_path / "case.db")], out=out) == 0
    text = out.getvalue()
    assert f"DAMAGED: {newest.path.name}: its content is not what it was" in text
    assert f"Latest verified backup: {middle.path}\n" in text
    [row] = [line for line in text.splitlines() if line.endswith(newest.path.name)]
    assert "DAMAGED" in row
    with pytest.raises(CaseFileError, match="cannot be restored: its content is not what it was"):
        restore(newest.path, tmp_path / "restored.db", passphrase=None)
    assert not (tmp_path / "restored.db").exists()


def test_a_damaged_case_file_is_offered_its_latest_intact_backup(tmp_path: Path) -> None:
    from tests.reliability.test_open_checks import flipped

    cf, (newest, middle, _oldest) = three_backups(tmp_path)
    cf.close()
    flip_a_byte(newest.path)
    path = tmp_path / "case.db"
    path.write_bytes(flipped(b"", path.read_bytes()))
    with pytest.raises(CaseFileError) as exc:
        open_cf(path, None, tmp_path / "backups")
    assert exc.value.backup == middle.path
    assert str(middle.path) in str(exc.value) and str(newest.path) not in str(exc.value)


def test_verification_refuses_a_backup_with_other_row_counts(tmp_path: Path) -> None:
    from caseapp.services.backup import verify_file

    cf, (newest, *_rest) = three_backups(tmp_path)
    cf.close()
    real = verify_file(newest.path, None)
    assert real.ok and real.counts["captives"] == 3 and real.counts["captive_names"] == 3
    expected = dict(real.counts, captives=4)  # the case file held one captive more
    check = verify_file(newest.path, None, expected)
    assert not check.ok
    assert tuple(map(str, check.problems)) == ("The number of records differs from the case file in: captives.",)


def test_a_backup_missing_records_is_not_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The copy holds fewer rows than the case file did when the copy began: refused."""
    from caseapp.services import backup as backup_module

    cf = open_cf(tmp_path / "case.db", PASS, tmp_path / "backups", create=True)
    cf.captives.create(names=["Մելքոնյան Արամ"])
    real = backup_module.table_counts
    calls = []

    def source_counted_one_more(conn):
        counts = real(conn)
        calls.append(counts)
        return dict(counts, captives=counts["captives"] + 1) if len(calls) == 1 else counts

    monkeypatch.setattr(backup_module, "table_counts", source_counted_one_more)
    with pytest.raises(CaseFileError, match="differs from the case file in: captives"):
        cf.backups.backup_to(tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists() and leftovers(tmp_path) == []
    cf.close()


def test_verification_refuses_a_backup_with_a_damaged_page(tmp_path: Path) -> None:
    from caseapp.services.backup import verify_file

    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    for i in range(40):
        cf.captives.create(names=[f"Գրիգորյան {i}"], summary="{{ 7*7 }} " + "x" * 300)
    copy = tmp_path / "copy.db"
    cf.backups.backup_to(copy)  # no sidecar: only the database check can tell
    cf.close()
    data = bytearray(copy.read_bytes())
    data[4096 * 2:4096 * 3] = b"\xff" * 4096  # one page overwritten
    copy.write_bytes(bytes(data))
    check = verify_file(copy, None)
    assert not check.ok
    assert tuple(map(str, check.problems)) == (f"{copy} is damaged: SQLite's check found 1 problem.",)
    assert check.details == ("database disk image is malformed",)
    with pytest.raises(CaseFileError) as exc:
        restore(copy, tmp_path / "new.db", passphrase=None)
    assert str(exc.value) == (f"The backup {copy} cannot be restored: {copy} is damaged: "
                              "SQLite's check found 1 problem.")
    assert exc.value.details == ("database disk image is malformed",)
    assert not (tmp_path / "new.db").exists()


def test_an_empty_backup_is_never_restored(tmp_path: Path) -> None:
    from caseapp.services.backup import verify_file

    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert tuple(map(str, verify_file(empty, None).problems)) == (f"{empty} is empty.",)
    with pytest.raises(CaseFileError, match=r"cannot be restored: .* is empty"):
        restore(empty, tmp_path / "new.db", passphrase=None)
    assert not (tmp_path / "new.db").exists()


def test_a_backup_without_its_record_is_listed_but_not_trusted(tmp_path: Path) -> None:
    """A backup whose sidecar was lost (or a file copied into the folder by hand) is shown
    with its file time, as not verified, and is not offered as the latest verified one."""
    cf, (newest, middle, oldest) = three_backups(tmp_path)
    (newest.path.parent / (newest.path.name + ".json")).unlink()
    when = datetime(2026, 11, 25, 8, 30, tzinfo=UTC).timestamp()
    os.utime(newest.path, (when, when))
    listed = cf.backups.list()
    assert [(b.path, b.created_at, b.verified, b.damaged, b.encrypted) for b in listed] == [
        (newest.path, datetime(2026, 11, 25, 8, 30, tzinfo=UTC), False, False, False),
        (middle.path, middle.created_at, True, False, False),
        (oldest.path, oldest.created_at, True, False, False)]
    assert cf.backups.store.latest_verified().path == middle.path
    cf.close()


def test_verifying_a_missing_backup_creates_nothing(tmp_path: Path) -> None:
    from caseapp.services.backup import verify_file

    gone = tmp_path / "gone.db"
    assert tuple(map(str, verify_file(gone, None).problems)) == (f"{gone} is missing.",)
    assert not gone.exists()


def test_verification_refuses_a_backup_with_a_stale_page(tmp_path: Path) -> None:
    """A page put back from an older backup: every page reads, only SQLite's integrity
    check (indexes against tables) can tell."""
    from caseapp.services.backup import verify_file
    from tests.reliability.test_open_checks import spliced

    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    for i in range(120):
        cf.captives.create(names=[f"Captive number {i}"], summary=f"summary {i} " + "x" * 300)
    old = cf.backups.backup_to(tmp_path / "old.db").path.read_bytes()
    for i in range(60):
        cf.captives.create(names=[f"Captive number {1000 + i}"], summary="y" * 300)
    new = cf.backups.backup_to(tmp_path / "new.db").path.read_bytes()
    cf.close()
    stale = tmp_path / "stale.db"
    stale.write_bytes(spliced(old, new))
    check = verify_file(stale, None)
    assert not check.ok and str(check.problems[0]).startswith(f"{stale} is damaged: SQLite's check found")
    assert check.details and all(isinstance(d, str) and d for d in check.details)


def test_verification_refuses_a_backup_whose_index_disagrees_with_its_table(tmp_path: Path) -> None:
    """Every page reads; only SQLite's integrity check (each index against its table) tells."""
    import sqlite3

    from caseapp.services.backup import verify_file

    cf = open_cf(tmp_path / "case.db", None, tmp_path / "backups", create=True)
    for name in ("Ավետիսյան Նարեկ", "Մանուկյան Անի", "Դավթյան Վահե"):
        cf.captives.create(names=[name])
    copy = cf.backups.backup_to(tmp_path / "copy.db").path
    cf.close()
    conn = sqlite3.connect(copy)
    conn.execute("PRAGMA writable_schema = ON")  # the index now claims another column
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_captive_names_captive_id ON "
                 "captive_names (full_name)' WHERE name = 'ix_captive_names_captive_id'")
    conn.commit()
    conn.close()
    check = verify_file(copy, None)
    assert tuple(map(str, check.problems)) == (f"{copy} is damaged: SQLite's check found 3 problems.",)
    assert check.details == tuple(f"row {n} missing from index ix_captive_names_captive_id"
                                  for n in (1, 2, 3))
