"""A case file that cannot be written (a read-only disk, a folder the user may not write
to, a full disk) opens read-only: everything reads, nothing is written, not even SQLite's
side files, and every write is refused with one line saying why.

In this process the folder is said to be read-only (the tests may run as root, which
writes anywhere); tests/cli/test_read_only.py runs the commands with real permissions."""

from __future__ import annotations

import hashlib
import os
import queue
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from caseapp.config import Location
from caseapp.db import read_only, sqlite_connect
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import ENCRYPTED_PASSPHRASE, TODAY, copy_of

FOLDER = msg("you may not write to its folder, where SQLite keeps its side files")
REFUSAL = ("is open read-only (you may not write to its folder, where SQLite keeps its side "
           "files): nothing was changed. To change it, copy it to a folder you can write to "
           "and open the copy.")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


@pytest.fixture
def read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_only, "reason_not_writable", lambda _path: FOLDER)


@pytest.fixture(params=["plain", "encrypted"])
def kept(request: pytest.FixtureRequest, tmp_path: Path, demo_template: Path,
         _encrypted_template: Path) -> tuple[Path, str | None]:
    """A case file that is then opened read-only, and its passphrase."""
    if request.param == "plain":
        return copy_of(demo_template, tmp_path / "demo.db"), None
    return copy_of(_encrypted_template, tmp_path / "secret.db"), ENCRYPTED_PASSPHRASE


def opened(path: Path, passphrase: str | None) -> CaseFile:
    return open_case_file(Location(path=path), passphrase=passphrase, actor="tester",
                          today=lambda: TODAY)


def test_it_reads_everything_and_writes_nothing(kept: tuple[Path, str | None],
                                                read_only_folder: None, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path, passphrase = kept
    before = digest(path)
    cf = opened(path, passphrase)
    connect_file = sqlite_connect.connect_file
    read_through: list[str | None] = []  # what the full check's connection opened

    def connect(target: Path, key: str | None, uri: str | None = None) -> Any:
        read_through.append(uri)
        return connect_file(target, key, uri)

    monkeypatch.setattr(sqlite_connect, "connect_file", connect)
    try:
        assert cf.db.read_only is not None
        captives = cf.captives.list()
        if captives:
            assert cf.captive_file(captives[0].id).captive.id == captives[0].id
        cf.export_json(tmp_path / "export.json")
        assert (tmp_path / "export.json").stat().st_size > 0
        found: queue.Queue[CaseFileError | None] = queue.Queue()
        thread = cf.check_in_background(found.put)
        assert thread is not None
        thread.join()
        assert found.get_nowait() is None  # the full check reads it too: no damage
        assert read_through == [cf.db.uri] and "mode=ro" in (cf.db.uri or "")
        with pytest.raises(CaseFileError) as refused:
            cf.settings.set("lawyer_name", "Ani")
        assert str(refused.value) == f"{path} {REFUSAL}"
        with pytest.raises(CaseFileError, match="is open read-only"):
            cf.log_event("note", "never written")
    finally:
        cf.close()
    assert digest(path) == before
    assert beside(path) == [path.name]  # no -wal, no -shm


def test_a_write_that_gets_past_the_services_is_refused_by_sqlite(
        demo_copy: Path, read_only_folder: None) -> None:
    cf = opened(demo_copy, None)
    try:
        raw = cf.db.connect_raw()
        try:
            with pytest.raises(sqlite3.OperationalError, match="readonly database"):
                raw.execute("DELETE FROM captives")
        finally:
            raw.close()
    finally:
        cf.close()


def test_a_change_made_elsewhere_meanwhile_is_refused_not_misread(
        demo_copy: Path, read_only_folder: None) -> None:
    """Read as immutable, SQLite would not notice another program writing the file."""
    cf = opened(demo_copy, None)
    try:
        cf.captives.list()
        stat = demo_copy.stat()
        os.utime(demo_copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        with pytest.raises(CaseFileError) as changed:
            cf.captives.list()
        assert str(changed.value) == (f"{demo_copy} was changed by another program while it "
                                      "was open read-only: close it and open it again. Nothing "
                                      "was changed.")
    finally:
        cf.close()


def test_a_file_made_by_an_older_caseapp_is_not_upgraded_read_only(
        demo_copy: Path, read_only_folder: None) -> None:
    conn = sqlite3.connect(demo_copy)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()
    before = digest(demo_copy)
    with pytest.raises(CaseFileError, match="was written by an older version of CaseApp and must "
                                            "be updated before it can be read") as refused:
        opened(demo_copy, None)
    assert refused.value.bad_input and "is open read-only (you may not write to its folder" \
        in str(refused.value)
    assert digest(demo_copy) == before and beside(demo_copy) == ["demo.db"]


FULL = ("database or disk is full", "its disk is full): nothing was changed. Free some space "
        "on its disk and open it again.")
SHARE = ("unable to open database file", "SQLite may not write its side files beside it): "
         "nothing was changed. To change it, copy it to a folder you can write to and open the "
         "copy.")


@pytest.mark.parametrize(("error", "said"), [FULL, SHARE], ids=["full disk", "network share"])
def test_side_files_refused_at_the_open_open_the_file_read_only(
        demo_copy: Path, monkeypatch: pytest.MonkeyPatch, error: str, said: str) -> None:
    """No room for SQLite's side files, or a share that refuses them although the system says
    the folder may be written: the file is read without them."""
    connector = sqlite_connect.connector

    class NoRoom:
        """A connection whose first read needs SQLite's side files, which cannot be made."""

        def execute(self, *_args: object) -> Any:
            raise sqlite3.OperationalError(error)

        def close(self) -> None:
            pass

    def no_room(path: Path, passphrase: str | None, uri: str | None = None) -> Any:
        return NoRoom if uri is None else connector(path, passphrase, uri)

    monkeypatch.setattr(sqlite_connect, "connector", no_room)
    cf = opened(demo_copy, None)
    try:
        assert len(cf.captives.list()) > 0
        with pytest.raises(CaseFileError) as refused:
            cf.settings.set("lawyer_name", "Ani")
        assert str(refused.value) == f"{demo_copy} is open read-only ({said}"
    finally:
        cf.close()


def test_a_change_cut_off_that_would_need_undoing_is_said_so(demo_copy: Path,
                                                             read_only_folder: None) -> None:
    """Read as immutable, SQLite would ignore the journal of a change cut off (a file not
    kept in WAL) and read half of the change."""
    journal = Path(f"{demo_copy}-journal")
    journal.write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(504))
    with pytest.raises(CaseFileError) as refused:
        opened(demo_copy, None)
    assert str(refused.value) == (
        f"Cannot open {demo_copy}: a change to it was cut off, and undoing it (from the file "
        "demo.db-journal beside it) needs to write (you may not write to its folder, where "
        "SQLite keeps its side files). Nothing was changed. Copy both files to a folder you "
        "can write to and open the copy.")
    assert journal.stat().st_size == 512
