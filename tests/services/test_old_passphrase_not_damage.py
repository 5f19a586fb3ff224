"""The passphrase a case file had before it was changed is not proof that the file is damaged.
It opens the backups made before the change; the open took "it opens the latest verified
backup" to mean the passphrase was right and said "the file is damaged. The passphrase is
right", offering that backup — a lawyer who typed her old passphrase by habit after
`caseapp passphrase` was told to restore a backup older than her work. It is now a wrong
passphrase, as it is, said to be the one the file had before; the file is untouched."""

from __future__ import annotations

import pytest

from caseapp.config import Location
from caseapp.domain.errors import WrongPassphrase
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import ENCRYPTED_PASSPHRASE

NEW = "violet mountain ferry lantern"


def test_the_passphrase_before_a_change_is_called_wrong_not_a_sign_of_damage(
        encrypted_case_file: CaseFile) -> None:
    cf = encrypted_case_file
    backup = cf.backups.backup_now()
    root = backup.path.parent.parent
    cf.change_passphrase(ENCRYPTED_PASSPHRASE, NEW)
    path = cf.db.path
    assert path is not None
    cf.close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase) as refused:
        open_case_file(Location(path=path), passphrase=ENCRYPTED_PASSPHRASE, actor="tester",
                       backup_root=root)
    said = str(refused.value)
    assert "damaged" not in said.replace("or the file is damaged", ""), said
    assert "passphrase is right" not in said, said
    assert "this is the passphrase it had before its passphrase was changed on" in said, said
    assert path.read_bytes() == before
    open_case_file(Location(path=path), passphrase=NEW, actor="tester", backup_root=root).close()


def test_a_damaged_file_is_still_said_damaged_with_a_backup_made_since_the_change(
        encrypted_case_file: CaseFile) -> None:
    """After the change, a backup made with the new passphrase vouches for it again."""
    cf = encrypted_case_file
    cf.backups.backup_now()
    cf.change_passphrase(ENCRYPTED_PASSPHRASE, NEW)
    backup = cf.backups.backup_now()
    path = cf.db.path
    assert path is not None
    cf.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = bytes(4096 - 100)  # the first page, where the key is checked
    path.write_bytes(bytes(data))
    with pytest.raises(Exception) as refused:
        open_case_file(Location(path=path), passphrase=NEW, actor="tester",
                       backup_root=backup.path.parent.parent)
    assert not isinstance(refused.value, WrongPassphrase)
    assert "the file is damaged" in str(refused.value) and backup.path.name in str(refused.value)
