"""Encryption by default, backups, restore, passphrase change from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.db.file_checks import file_kind
from tests.cli.cli_run import digest, run

PASS = "granite lantern orchard seven"
NEW = "copper heron midnight ferry"


@pytest.fixture
def backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv("CASEAPP_BACKUP_DIR", str(folder))
    return folder


@pytest.fixture
def encrypted_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "case.db"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASS)
    assert run("init", "--db", str(path))[0] == 0
    return path


def test_init_encrypts_by_default_and_needs_a_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    code, _, err = run("init", "--db", str(path))  # no terminal, no CASEAPP_PASSPHRASE
    assert code == 2 and "passphrase is needed" in err and "--no-encrypt" in err
    assert not path.exists()


def test_init_refuses_a_weak_passphrase(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "new.db"
    for weak in ("short", "password1234", "aaaaaaaaaaaaaaaa"):
        monkeypatch.setenv("CASEAPP_PASSPHRASE", weak)
        code, _, err = run("init", "--db", str(path))
        assert code == 2 and "passphrase" in err.lower() and "Traceback" not in err
        assert not path.exists()


def test_init_encrypted_and_plain(encrypted_db: Path, tmp_path: Path) -> None:
    assert file_kind(encrypted_db) == "encrypted"
    plain = tmp_path / "plain.db"
    code, out, _ = run("init", "--no-encrypt", "--db", str(plain))
    assert code == 0 and "not encrypted: anyone who gets the file can read it" in out
    assert file_kind(plain) == "plain"
    code, out, _ = run("init", "--encrypt", "--db", str(tmp_path / "kept.db"))  # old flag accepted
    assert code == 0 and file_kind(tmp_path / "kept.db") == "encrypted"


def test_help_explains_no_encrypt() -> None:
    result = subprocess.run([sys.executable, "-m", "caseapp", "init", "--help"],
                            capture_output=True, text=True)
    assert "--no-encrypt" in result.stdout and "anyone who gets" in result.stdout


def test_backup_list_restore(encrypted_db: Path, backup_dir: Path, tmp_path: Path) -> None:
    code, out, err = run("backup", "--db", str(encrypted_db))
    assert code == 0, err
    assert "verified" in out and "encrypted with the case file's passphrase" in out
    code, out, _ = run("backups", "list", "--db", str(encrypted_db), "--format", "json")
    listed = json.loads(out)
    assert len(listed) == 1 and listed[0]["verified"] and listed[0]["encrypted"]
    backup = Path(listed[0]["path"])
    assert backup.parent.parent == backup_dir and file_kind(backup) == "encrypted"
    code, out, _ = run("backups", "list", "--db", str(encrypted_db))
    assert "1 backup in" in out

    target = tmp_path / "restored.db"
    code, out, err = run("restore", str(backup), "--to", str(target))
    assert code == 0, err
    assert run("check", "--db", str(target))[0] == 0
    # never over an existing file without --force
    before = digest(encrypted_db)
    code, _, err = run("restore", str(backup), "--to", str(encrypted_db))
    assert code == 2 and "exists already" in err
    assert digest(encrypted_db) == before


def test_backup_to_a_chosen_file(encrypted_db: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "copy.db"
    assert run("backup", "-o", str(out_file), "--db", str(encrypted_db))[0] == 0
    before = digest(out_file)
    code, _, err = run("backup", "-o", str(out_file), "--db", str(encrypted_db))
    assert code == 2 and "exists already" in err and digest(out_file) == before
    assert run("backup", "-o", str(out_file), "--force", "--db", str(encrypted_db))[0] == 0


def test_plain_backup_says_it_is_not_encrypted(tmp_path: Path, backup_dir: Path) -> None:
    plain = tmp_path / "plain.db"
    run("init", "--no-encrypt", "--db", str(plain))
    code, out, _ = run("backup", "--db", str(plain))
    assert code == 0 and "NOT encrypted" in out


def test_rotation_keeps_n(encrypted_db: Path, backup_dir: Path) -> None:
    for _ in range(4):
        assert run("backup", "--keep", "2", "--db", str(encrypted_db))[0] == 0
    _code, out, _ = run("backups", "list", "--db", str(encrypted_db), "--format", "json")
    assert len(json.loads(out)) == 2
    assert len(list(backup_dir.rglob("*.db.json"))) == 2


def test_change_passphrase(encrypted_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "weak")
    before = digest(encrypted_db)
    code, _, err = run("passphrase", "--db", str(encrypted_db))
    assert code == 2 and "passphrase" in err and digest(encrypted_db) == before
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", NEW)
    code, out, err = run("passphrase", "--db", str(encrypted_db))
    assert code == 0 and "was changed" in out, err
    code, _, err = run("captives", "list", "--db", str(encrypted_db))  # old one still in env
    assert code == 2 and "passphrase is wrong" in err
    monkeypatch.setenv("CASEAPP_PASSPHRASE", NEW)
    assert run("check", "--db", str(encrypted_db))[0] == 0


def test_encrypt_a_plain_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = tmp_path / "plain.db"
    run("init", "--no-encrypt", "--db", str(plain))
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", NEW)
    code, out, err = run("encrypt", "--db", str(plain))
    assert code == 0 and "now encrypted" in out, err
    assert file_kind(plain) == "encrypted"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", NEW)
    code, out, _ = run("check", "--db", str(plain))
    assert code == 0 and "No problems found" in out


def test_a_damaged_backup_is_named_without_sending_the_user_to_check_another_file(
        tmp_path: Path, demo_template: Path) -> None:
    """`caseapp check` checks the case file named by --db, not the backup: the refusal to
    restore a damaged backup names the backup and does not point there."""
    backup = tmp_path / "damaged-backup.db"
    data = bytearray(demo_template.read_bytes())
    data[4096 * 5:4096 * 25] = bytes(4096 * 20)
    backup.write_bytes(bytes(data))
    code, _, err = run("restore", str(backup), "--to", str(tmp_path / "new.db"),
                       "--db", str(tmp_path / "case.db"))
    assert code == 2 and err.count("\n") == 1
    assert err.startswith(f"caseapp: The backup {backup} cannot be restored: {backup}")
    assert "caseapp check" not in err
    assert not (tmp_path / "new.db").exists()
