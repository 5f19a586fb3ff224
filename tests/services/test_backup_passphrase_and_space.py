"""What the lawyer is told about a backup made before she changed her passphrase, and about a
restore onto a disk that fills up: the truth, in one line, with nothing lost."""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

import pytest

from caseapp.domain.errors import CaseFileError, WrongPassphrase
from caseapp.services.casefile import CaseFile
from caseapp.services.restore import restore
from tests.conftest import ENCRYPTED_PASSPHRASE

NEW = "violet mountain ferry lantern"


def test_verifying_a_backup_made_before_the_passphrase_changed_does_not_call_it_damaged(
        encrypted_case_file: CaseFile) -> None:
    """Its checksum is the one recorded when it was made: it is intact, and it opens with the
    passphrase of that day. "The passphrase is wrong or the file is damaged" would send her
    looking for another backup; "failed the check" would be false."""
    cf = encrypted_case_file
    old = cf.backups.backup_now().path
    cf.change_passphrase(ENCRYPTED_PASSPHRASE, NEW)
    result = cf.backups.verify(old)
    said = str(result.problems[0])
    assert not result.ok and result.locked
    assert "damaged" not in said and "\n" not in said, said
    assert "passphrase the case file had when the backup was made" in said, said
    assert old.name in said


def test_restoring_an_intact_backup_with_another_passphrase_says_the_passphrase_is_the_matter(
        encrypted_case_file: CaseFile, tmp_path: Path) -> None:
    backup = encrypted_case_file.backups.backup_now().path
    with pytest.raises(WrongPassphrase) as refused:
        restore(backup, tmp_path / "restored.db", passphrase="not the one of that day")
    said = str(refused.value)
    assert "damaged" not in said and "\n" not in said, said
    assert "passphrase the case file had when the backup was made" in said, said
    assert not (tmp_path / "restored.db").exists()
    # the right one restores it
    assert restore(backup, tmp_path / "restored.db", passphrase=ENCRYPTED_PASSPHRASE).ok


def _no_space(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_restore_onto_a_full_disk_is_said_in_one_line_and_changes_nothing(
        case_file: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Said by the service (the window shows its words, not "an unexpected error"); an
    existing file it was to replace stays as it was."""
    case_file.captives.create(names=["Vardanyan Armen"], status="held")
    backup = case_file.backups.backup_now().path
    existing = tmp_path / "existing.db"
    existing.write_bytes(backup.read_bytes())
    before = hashlib.sha256(existing.read_bytes()).hexdigest()
    monkeypatch.setattr("caseapp.services.restore.shutil.copyfile", _no_space)
    for target, overwrite in ((tmp_path / "new.db", False), (existing, True)):
        with pytest.raises(CaseFileError) as refused:
            restore(backup, target, passphrase=None, overwrite=overwrite)
        said = str(refused.value)
        assert said.startswith("No space left on the disk while writing the restored case file "), said
        assert str(target) in said and "nothing was changed" in said and "\n" not in said
    assert not (tmp_path / "new.db").exists()
    assert hashlib.sha256(existing.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []
