"""With “wipe after N wrong passphrases” turned on (its backups chosen too), the lawyer typing
her right passphrase again and again wipes nothing: of a case file with passphrase recovery
whose key file is missing, the window says the key file is missing; of a case file damaged
where the key is checked, it says the file is damaged and offers its latest backup. Neither
is counted as a wrong passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.db import key_wrap
from caseapp.services import recovery
from caseapp.ui.main_window import MainWindow
from caseapp.ui.panic import WIPE_AFTER_FAILURES, WIPE_BACKUPS
from tests.conftest import ENCRYPTED_PASSPHRASE


def test_the_right_passphrase_without_the_key_file_never_wipes(
        qtbot, blank_window: MainWindow, tmp_path: Path, encrypted_case_file,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.ui import opener

    monkeypatch.setattr(key_wrap, "SCRYPT_N", 2 ** 10)
    cf = encrypted_case_file
    recovery.set_up(cf.db, shares=3, threshold=2)
    cf.backups.backup_now()
    path = Path(cf.db.path)
    cf.close()
    key_wrap.keys_path(path).unlink()
    said: list[str] = []
    monkeypatch.setattr(opener, "cannot_open", lambda _parent, exc: said.append(str(exc)))
    monkeypatch.setattr(opener, "ask_passphrase", lambda *_a: ENCRYPTED_PASSPHRASE)
    window = blank_window
    window.emergency.backups_root = tmp_path / "backups"
    window.settings.setValue(WIPE_AFTER_FAILURES, 2)
    for _ in range(3):
        assert not window.open_path(path, passphrase=ENCRYPTED_PASSPHRASE)
        qtbot.wait(50)
    assert path.exists()
    assert said and all("key file" in text for text in said)


def test_the_right_passphrase_on_a_damaged_file_never_wipes_it_or_its_backups(
        qtbot, blank_window: MainWindow, tmp_path: Path, encrypted_case_file,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.ui import opener
    from caseapp.ui.dialogs import backups as backups_dialog

    cf = encrypted_case_file
    backup = cf.backups.backup_now().path
    path = Path(cf.db.path)
    cf.close()
    with path.open("r+b") as f:  # the first page damaged past the salt
        f.seek(100)
        f.write(bytes(200))
    offered: list[Path] = []
    monkeypatch.setattr(backups_dialog, "offer_latest_backup",
                        lambda _parent, _path, exc, _passphrase: offered.append(exc.backup))
    monkeypatch.setattr(opener, "ask_passphrase", lambda *_a: ENCRYPTED_PASSPHRASE)
    window = blank_window
    window.emergency.backups_root = backup.parent.parent
    window.settings.setValue(WIPE_AFTER_FAILURES, 2)
    window.settings.setValue(WIPE_BACKUPS, True)
    for _ in range(3):
        assert not window.open_path(path, passphrase=ENCRYPTED_PASSPHRASE)
        qtbot.wait(50)
    assert path.exists() and backup.exists()
    assert offered == [backup] * 3
