"""Restoring a backup over a case file checks that the backup is of that case file: the backup
of another case file is refused, naming both files, unless the user says to go ahead; a backup
an earlier version made (no identity in it) is restored as before, with a line saying it could
not be checked; a copy of the case file made by hand is the same case file."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.domain.errors import CaseFileError
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.identity import OtherCaseFile, Owner, this_case_file
from caseapp.services.restore import restore
from tests.conftest import ENCRYPTED_PASSPHRASE, TODAY, copy_of


def _captives(path: Path, passphrase: str | None = None) -> list[str]:
    cf = open_case_file(Location(path=path), passphrase=passphrase, actor="t", today=lambda: TODAY)
    try:
        return [c.primary_name for c in cf.captives.list()]
    finally:
        cf.close()


def _new_file(path: Path, name: str) -> Path:
    cf = open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY)
    try:
        cf.captives.create(names=[name], status="held")
    finally:
        cf.close()
    return path


@pytest.fixture
def ours(case_file: CaseFile) -> CaseFile:
    case_file.captives.create(names=["Vardanyan Armen"], status="held")
    return case_file


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()


def test_the_backup_of_another_case_file_is_not_restored_over_this_one(
        ours: CaseFile, tmp_path: Path) -> None:
    backup = ours.backups.backup_now().path
    other = _new_file(tmp_path / "other.db", "Petrosyan Levon")
    with pytest.raises(OtherCaseFile) as refused:
        restore(backup, other, passphrase=None, overwrite=True)
    line = str(refused.value)
    assert "\n" not in line and "Traceback" not in line
    assert backup.name in line and "other.db" in line
    created = {this_case_file(ours.ctx).created.date().isoformat()}  # type: ignore[union-attr]
    assert all(day in line for day in created)
    assert "nothing was changed" in line
    assert _captives(other) == ["Petrosyan Levon"]  # untouched
    # Said to go ahead: restored, and said so.
    done = restore(backup, other, passphrase=None, overwrite=True, other_case_file=True)
    assert _captives(other) == ["Vardanyan Armen"]
    assert len(done.notes) == 1 and "another case file" in str(done.notes[0])


def test_a_case_files_own_backup_and_a_copy_made_by_hand_restore_as_before(
        ours: CaseFile, tmp_path: Path) -> None:
    backup = ours.backups.backup_now().path
    assert ours.db.path is not None
    copy = tmp_path / "copied by hand.db"
    shutil.copyfile(ours.db.path, copy)
    ours.captives.create(names=["Later Added"], status="held")
    for target in (copy, tmp_path / "new.db"):
        done = restore(backup, target, passphrase=None, overwrite=target.exists())
        assert done.ok and done.notes == ()
        assert _captives(target) == ["Vardanyan Armen"]


def test_restoring_into_a_new_file_is_checked_against_the_case_file_it_is_for(
        ours: CaseFile, tmp_path: Path) -> None:
    """The window restores the open case file's backups into a new file: a backup of another
    case file found in its backups folder is said to be one."""
    other = _new_file(tmp_path / "other.db", "Petrosyan Levon")
    theirs = open_case_file(Location(path=other), actor="t", today=lambda: TODAY)
    try:
        backup = theirs.backups.backup_to(tmp_path / "theirs.bak").path
    finally:
        theirs.close()
    mine = Owner("case.db", this_case_file(ours.ctx))
    with pytest.raises(OtherCaseFile, match=r"case\.db"):
        restore(backup, tmp_path / "new.db", passphrase=None, belongs_to=mine)
    assert not (tmp_path / "new.db").exists()
    restore(backup, tmp_path / "new.db", passphrase=None, belongs_to=mine, other_case_file=True)
    assert _captives(tmp_path / "new.db") == ["Petrosyan Levon"]


@pytest.mark.parametrize("made_by", ["earlier version", "malformed", "no row"])
def test_a_backup_that_records_no_identity_is_restored_with_a_line_saying_so(
        ours: CaseFile, tmp_path: Path, made_by: str) -> None:
    backup = ours.backups.backup_to(tmp_path / "old.bak").path  # (no sidecar: changed below)
    _sql(backup, *{"earlier version": ["DROP TABLE case_file_identity",
                                       "UPDATE alembic_version SET version_num = '0027'"],
                   "malformed": ["UPDATE case_file_identity SET identity = 'x'' OR 1=1 --'"],
                   "no row": ["DELETE FROM case_file_identity"]}[made_by])
    other = _new_file(tmp_path / "other.db", "Petrosyan Levon")
    done = restore(backup, other, passphrase=None, overwrite=True)
    assert _captives(other) == ["Vardanyan Armen"]
    assert len(done.notes) == 1
    assert "cannot be checked" in str(done.notes[0]) and "old.bak" in str(done.notes[0])


@pytest.mark.parametrize("sidecar", ["deleted", "malformed identity", "another identity",
                                     "not JSON"])
def test_the_sidecar_does_not_decide_which_case_file_a_backup_is_of(
        ours: CaseFile, tmp_path: Path, sidecar: str) -> None:
    """The identity is read from the backup itself (verified with its passphrase); what its
    sidecar says, changed or gone, neither refuses its own backup nor lets another's through."""
    backup = ours.backups.backup_now().path
    side = backup.with_name(backup.name + ".json")
    meta = json.loads(side.read_text(encoding="utf-8"))
    recorded = this_case_file(ours.ctx)
    assert recorded is not None and recorded.created is not None
    assert (meta["case_file"], meta["case_file_created"]) == (recorded.identity,
                                                              recorded.created.isoformat())
    if sidecar == "deleted":
        side.unlink()
    elif sidecar == "not JSON":
        side.write_text("{nope", encoding="utf-8")
    else:
        meta["case_file"] = "12" if sidecar == "malformed identity" else \
            "00000000-0000-4000-8000-000000000000"
        side.write_text(json.dumps(meta), encoding="utf-8")
    assert ours.db.path is not None
    copy = shutil.copyfile(ours.db.path, tmp_path / "copy.db")
    other = _new_file(tmp_path / "other.db", "Petrosyan Levon")
    if sidecar == "not JSON":  # a record there but damaged vouches for nothing: refused
        for target in (copy, other):  # (tests/cli/test_restore_hostile_sidecar.py)
            with pytest.raises(CaseFileError, match="is damaged or was not written by CaseApp"):
                restore(backup, target, passphrase=None, overwrite=True)
        return
    assert restore(backup, copy, passphrase=None, overwrite=True).notes == ()
    with pytest.raises(OtherCaseFile):
        restore(backup, other, passphrase=None, overwrite=True)


def test_an_encrypted_backup_is_checked_against_an_encrypted_case_file(
        encrypted_case_file: CaseFile, tmp_path: Path, _encrypted_template: Path) -> None:
    encrypted_case_file.captives.create(names=["Vardanyan Armen"], status="held")
    backup = encrypted_case_file.backups.backup_now().path
    other = tmp_path / "other-secret.db"
    cf = open_case_file(Location(path=other), passphrase=ENCRYPTED_PASSPHRASE, create=True,
                        actor="t", today=lambda: TODAY)
    cf.close()
    with pytest.raises(OtherCaseFile):
        restore(backup, other, passphrase=ENCRYPTED_PASSPHRASE, overwrite=True)
    # A file the passphrase does not open cannot be told: restored as asked, and said so.
    unreadable = copy_of(_encrypted_template, tmp_path / "unreadable.db")
    unreadable.write_bytes(b"\0" * 4096)
    done = restore(backup, unreadable, passphrase=ENCRYPTED_PASSPHRASE, overwrite=True)
    assert len(done.notes) == 1 and "cannot be checked" in str(done.notes[0])


def test_a_case_file_whose_recorded_identity_was_tampered_with_opens_and_is_unchecked(
        ours: CaseFile, tmp_path: Path) -> None:
    backup = ours.backups.backup_to(tmp_path / "own.bak").path
    copy = Path(shutil.copyfile(backup, tmp_path / "tampered.db"))  # (the whole file, no log)
    _sql(copy, "UPDATE case_file_identity SET created_at = 'not a time', identity = 42")
    cf = open_case_file(Location(path=copy), actor="t", today=lambda: TODAY)
    try:
        assert this_case_file(cf.ctx) is None
        assert [c.primary_name for c in cf.captives.list()] == ["Vardanyan Armen"]
    finally:
        cf.close()
    done = restore(backup, copy, passphrase=None, overwrite=True)
    assert len(done.notes) == 1 and "cannot be checked" in str(done.notes[0])
