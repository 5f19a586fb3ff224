"""A passphrase refused where it can be shown to be right was called wrong. A case file damaged
where the key is checked: the right passphrase opens its latest backup, so the file is said
to be damaged and the backup offered. A case file with passphrase recovery opened without
its key file (copied alone to a USB stick, left behind by a synchronised folder, restored by
hand): the right passphrase cannot open it, and was called wrong — so that the window's
"wipe after N wrong passphrases" wiped the file after the lawyer typed her right passphrase
N times. Where a backup keeps a copy of the key file that the passphrase opens, the open now
says that the key file is missing and where its copy is, and it is not a wrong passphrase; a
wrong one stays one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db import key_wrap
from caseapp.domain.errors import CaseFileError, WrongPassphrase
from caseapp.services import recovery
from caseapp.services.casefile import CaseFile, open_case_file
from tests.cli.cli_run import one_line, run
from tests.conftest import ENCRYPTED_PASSPHRASE


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_wrap, "SCRYPT_N", 2 ** 10)


@pytest.fixture
def without_key_file(encrypted_case_file: CaseFile, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The case file (recovery set up, backed up) with its key file gone; and the backup."""
    cf = encrypted_case_file
    recovery.set_up(cf.db, shares=3, threshold=2)
    backup = cf.backups.backup_now().path
    path = cf.db.path
    assert path is not None
    cf.close()
    key_wrap.keys_path(path).unlink()
    yield path, backup


def _open(path: Path, passphrase: str, backup_root: Path) -> CaseFile:
    return open_case_file(Location(path=path), passphrase=passphrase, actor="tester",
                          backup_root=backup_root)


def test_the_right_passphrase_without_the_key_file_is_told_as_a_missing_key_file(
        without_key_file: tuple[Path, Path]) -> None:
    path, backup = without_key_file
    before = path.read_bytes()
    with pytest.raises(CaseFileError) as refused:
        _open(path, ENCRYPTED_PASSPHRASE, backup.parent.parent)
    assert not isinstance(refused.value, WrongPassphrase)  # never counted towards a wipe
    said = str(refused.value)
    assert str(key_wrap.keys_path(path)) in said and str(key_wrap.keys_path(backup)) in said
    assert "passphrase is wrong" not in said
    assert path.read_bytes() == before and not key_wrap.keys_path(path).exists()
    # the copy put back, the file opens
    key_wrap.keys_path(path).write_bytes(key_wrap.keys_path(backup).read_bytes())
    _open(path, ENCRYPTED_PASSPHRASE, backup.parent.parent).close()


def test_a_wrong_passphrase_without_the_key_file_stays_a_wrong_passphrase(
        without_key_file: tuple[Path, Path]) -> None:
    path, backup = without_key_file
    with pytest.raises(WrongPassphrase):
        _open(path, "not the passphrase at all", backup.parent.parent)


def test_the_command_says_it_in_one_line(without_key_file: tuple[Path, Path],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path, backup = without_key_file
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(backup.parent.parent))
    monkeypatch.setenv("CASEAPP_PASSPHRASE", ENCRYPTED_PASSPHRASE)
    code, out, err = run("captives", "list", "--db", str(path))
    assert code == 2 and out == "" and one_line(err), err
    assert "key file" in err and "passphrase is wrong" not in err


# ---- a file damaged where the key is checked ------------------------------------------------

@pytest.fixture
def damaged(encrypted_case_file: CaseFile) -> Iterator[tuple[Path, Path]]:
    """The encrypted case file, backed up, then its first page damaged past the salt (as a
    failing disk or a cut-off copy leaves it): SQLCipher refuses every passphrase."""
    cf = encrypted_case_file
    backup = cf.backups.backup_now().path
    path = cf.db.path
    assert path is not None
    cf.close()
    with path.open("r+b") as f:
        f.seek(100)
        f.write(bytes(200))
    yield path, backup


def test_the_right_passphrase_on_a_damaged_file_is_told_as_damage_with_its_backup(
        damaged: tuple[Path, Path]) -> None:
    path, backup = damaged
    before = path.read_bytes()
    with pytest.raises(CaseFileError) as refused:
        _open(path, ENCRYPTED_PASSPHRASE, backup.parent.parent)
    assert not isinstance(refused.value, WrongPassphrase)  # never counted towards a wipe
    assert refused.value.damaged and refused.value.backup == backup  # offered for restore
    said = str(refused.value)
    assert "damaged" in said and "passphrase is right" in said and str(backup) in said
    assert path.read_bytes() == before


def test_a_wrong_passphrase_on_a_damaged_file_stays_a_wrong_passphrase(
        damaged: tuple[Path, Path]) -> None:
    path, backup = damaged
    with pytest.raises(WrongPassphrase):
        _open(path, "not the passphrase at all", backup.parent.parent)
