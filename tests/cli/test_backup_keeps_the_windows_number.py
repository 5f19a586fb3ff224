"""``caseapp backup`` (a scheduled job, a backup by hand) without ``--keep`` pruned the backups
folder to 10, though the lawyer had asked the window to keep 30 automatic backups (Security
Settings): one command deleted 20 days of her history. The number the window keeps is now
recorded in the backups folder, and the command keeps at least as many; ``--keep`` still
says otherwise."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from caseapp.services.backup import BackupStore
from caseapp.services.backup_record import sidecar_of
from tests.cli.cli_run import run


@pytest.fixture
def twelve_backups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, BackupStore]:
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(tmp_path / "backups"))
    case = tmp_path / "case.db"
    assert run("init", "--no-encrypt", "--db", str(case))[0] == 0
    code, _out, err = run("backup", "--db", str(case))
    assert code == 0, err
    store = BackupStore(case, root=tmp_path / "backups")
    [first] = store.list()
    for n in range(11):  # the same backup, with its record, under other names
        copy = first.path.with_name(f"case-2026010{n % 10}-0900{n:02d}-daily.db")
        shutil.copyfile(first.path, copy)
        shutil.copyfile(sidecar_of(first.path), sidecar_of(copy))
    assert len(store.list()) == 12
    return case, store


def test_a_backup_without_keep_keeps_what_the_window_keeps(
        twelve_backups: tuple[Path, BackupStore]) -> None:
    case, store = twelve_backups
    store.keep = 30
    store.remember_keep()  # as the window does, from Security Settings
    code, _out, err = run("backup", "--db", str(case))
    assert code == 0, err
    assert len(BackupStore(case, root=store.root).list()) == 13


def test_keep_given_is_kept_to(twelve_backups: tuple[Path, BackupStore]) -> None:
    case, store = twelve_backups
    store.keep = 30
    store.remember_keep()
    code, _out, err = run("backup", "--db", str(case), "--keep", "5")
    assert code == 0, err
    assert len(BackupStore(case, root=store.root).list()) == 5


def test_without_the_windows_number_ten_are_kept(twelve_backups: tuple[Path, BackupStore]) -> None:
    case, store = twelve_backups
    code, _out, err = run("backup", "--db", str(case))
    assert code == 0, err
    assert len(BackupStore(case, root=store.root).list()) == 10
