"""A full disk during `backup` and `encrypt`: one line naming the real cause, exit 2, the
case file intact and no partial file left (the full disk is injected, so this runs anywhere)."""

from __future__ import annotations

import errno
import hashlib
import io
import os
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services import security
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY

NEW_PASS = "orchard velvet compass ninety"


def no_space(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def make(path: Path) -> None:
    cf = open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY)
    cf.captives.create(names=["Սարգսյան Լիլիթ"], summary="marker {{ 7*7 }}")
    cf.close()


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def partial_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".part" in p.name)


def names_in(path: Path, passphrase: str | None = None) -> list[str]:
    cf = open_case_file(Location(path=path), passphrase=passphrase, actor="t", today=lambda: TODAY)
    try:
        return [c.primary_name for c in cf.captives.list()]
    finally:
        cf.close()


def test_backup_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.db"
    make(path)
    target = tmp_path / "copy.db"
    monkeypatch.setattr(os, "fsync", no_space)
    code, out, err = run("backup", "--db", str(path), "-o", str(target))
    monkeypatch.undo()
    assert code == 2 and out == ""
    assert err == (f"caseapp: No space left on the disk while writing the backup {target}; nothing "
                   "was kept there, the case file and earlier backups are unchanged.\n")
    assert not target.exists() and partial_files(tmp_path) == []
    assert names_in(path) == ["Սարգսյան Լիլիթ"]


def test_encrypt_on_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.db"
    make(path)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", NEW_PASS)
    with monkeypatch.context() as m:
        m.setattr(os, "fsync", no_space)
        code, _out, err = run("encrypt", "--db", str(path))
    assert code == 2
    assert err == (f"caseapp: No space left on the disk while writing the encrypted copy of {path}; "
                   "the case file is unchanged and opens as before.\n")
    assert partial_files(tmp_path) == []
    assert names_in(path) == ["Սարգսյան Լիլիթ"]  # still plain, no passphrase needed


class _FullDiskConnection:
    """A connection whose copy into the new file fails as SQLite does on a full disk."""

    def __init__(self, conn: object):
        self._conn = conn

    def execute(self, sql: str, *args: object) -> object:
        if "sqlcipher_export" in sql:
            import sqlcipher3

            raise sqlcipher3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)  # type: ignore[attr-defined]

    def close(self) -> None:
        self._conn.close()  # type: ignore[attr-defined]


def test_passphrase_change_when_sqlite_finds_the_disk_full(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), passphrase="first pass phrase here", create=True,
                        actor="t", today=lambda: TODAY)
    cf.captives.create(names=["Սարգսյան Լիլիթ"])
    cf.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    real = security._cipher_connection
    monkeypatch.setattr(security, "_cipher_connection",
                        lambda *a: _FullDiskConnection(real(*a)))
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "first pass phrase here")
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", NEW_PASS)
    code, _out, err = run("passphrase", "--db", str(path))
    monkeypatch.undo()
    assert code == 2
    assert err.startswith("caseapp: No space left on the disk while writing the encrypted copy of ")
    assert err.count("\n") == 1
    assert partial_files(tmp_path) == []
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert names_in(path, "first pass phrase here") == ["Սարգսյան Լիլիթ"]
