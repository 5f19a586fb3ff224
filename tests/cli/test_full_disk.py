"""A full disk: one line naming the file that could not be written, exit 2, the case file
as it was and no half-written file left behind. The disk is filled by making the write
fail as the system or SQLite does when it is full (ENOSPC, SQLITE_FULL)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from caseapp import fileio
from caseapp.db.file_checks import file_kind
from tests.cli.cli_run import digest, one_line, run

NO_SPACE = "No space left on the disk of"





def sqlite_full() -> sqlite3.OperationalError:
    return sqlite3.OperationalError("database or disk is full")


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file written whole (flushed before its rename) finds the disk full."""
    def no_space(path: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(fileio, "fsync_file", no_space)


def test_a_spreadsheet_on_a_full_disk(demo_copy: Path, tmp_path: Path, full_disk: None,
                                      capfd: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "out").mkdir()
    for name in ("list.xlsx", "list.csv"):
        target = tmp_path / "out" / name
        code, out, err = run("export-sheet", "--level", "internal", "-o", str(target),
                             "--db", str(demo_copy))
        assert code == 2 and one_line(err) and out == ""
        assert f"{NO_SPACE} {target} " in err
        assert sorted(p.name for p in target.parent.iterdir()) == []
    assert "Exception ignored" not in capfd.readouterr().err


def test_a_filing_pack_on_a_full_disk_leaves_no_part_of_it(
        demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[str] = []
    real = Path.write_bytes

    def second_file_fills_the_disk(self: Path, data: Any) -> int:
        if self.name.endswith(".part") and written:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(self.name)
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", second_file_fills_the_disk)
    folder = tmp_path / "pack"
    code, _, err = run("filing", "wgad", "1", "-o", str(folder), "--db", str(demo_copy))
    assert code == 2 and one_line(err) and NO_SPACE in err and "nothing was changed" in err
    assert written and not folder.exists()  # the first file is gone with its folder


def test_encrypting_on_a_full_disk_leaves_the_file_as_it_was(
        demo_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.services import security

    real = security.table_counts

    def counted_then_full(conn: Any) -> dict[str, int]:
        real(conn)
        conn.execute("ROLLBACK")  # what SQLite itself does when the disk fills up
        raise sqlite_full()

    monkeypatch.setattr(security, "table_counts", counted_then_full)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "copper heron midnight ferry")
    before = digest(demo_copy)
    code, _, err = run("encrypt", "--db", str(demo_copy))
    assert code == 2 and one_line(err), err
    assert "No space left on the disk while writing the encrypted copy" in err
    assert digest(demo_copy) == before and file_kind(demo_copy) == "plain"
    assert [p.name for p in demo_copy.parent.iterdir() if p.name.endswith(".part")] == []


def test_init_on_a_full_disk_leaves_no_empty_file(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from caseapp.services import casefile

    def full(db: Any, **_: Any) -> None:  # (progress=…: what the upgrade says, see migrate)
        raise sqlite_full()

    monkeypatch.setattr(casefile.migrate, "upgrade", full)
    path = tmp_path / "new.db"
    code, _, err = run("init", "--no-encrypt", "--db", str(path))
    assert code == 2 and one_line(err)
    assert err == (f"caseapp: {NO_SPACE} {path} (or its folder is full): nothing was changed. "
                   "Free some space and try again.\n")
    assert list(tmp_path.glob("new.db*")) == []


def test_an_import_on_a_full_disk_says_so(demo_copy: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite undoes the whole transaction when the disk fills up: the import's savepoint is
    gone then, and "no such savepoint" must not hide the full disk."""
    from caseapp.services import interchange_rows

    export = tmp_path / "export.json"
    assert run("export", "-o", str(export), "--db", str(demo_copy))[0] == 0
    empty = tmp_path / "empty.db"
    assert run("init", "--no-encrypt", "--db", str(empty))[0] == 0

    def full(conn: Any, table: Any, rows: Any) -> None:
        conn.exec_driver_sql("ROLLBACK")  # what SQLite itself does when the disk fills up
        raise sqlite_full()

    monkeypatch.setattr(interchange_rows, "insert_rows", full)
    before = digest(empty)
    code, _, err = run("import", str(export), "--db", str(empty))
    assert code == 2 and one_line(err), err
    assert NO_SPACE in err and "savepoint" not in err
    assert digest(empty) == before


def test_a_restore_or_a_travel_copy_names_the_disk_it_fills_not_the_source(
        demo_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from caseapp.services import restore, travel_copy

    def copy_fills_the_disk(src: Any, dst: Any) -> None:
        error = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        error.filename, error.filename2 = str(src), str(dst)  # as shutil names them
        raise error

    monkeypatch.setattr(restore.shutil, "copyfile", copy_fills_the_disk)
    target = tmp_path / "elsewhere" / "restored.db"
    target.parent.mkdir()  # (a folder that does not exist is refused before anything is read)
    code, _, err = run("restore", str(demo_copy), "--to", str(target), "--db", str(demo_copy))
    assert code == 2 and one_line(err), err  # said by the service, for the window too
    assert f"No space left on the disk while writing the restored case file {target};" in err
    monkeypatch.setattr(restore, "shutil", shutil)

    def import_fills_the_disk(*args: Any, **kwargs: Any) -> None:
        raise sqlite_full()

    monkeypatch.setattr(travel_copy.interchange, "import_data", import_fills_the_disk)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "copper heron midnight ferry")
    copy = tmp_path / "stick" / "travel.db"
    copy.parent.mkdir()
    code, _, err = run("travel-copy", "--level", "shareable", "-o", str(copy),
                       "--db", str(demo_copy))
    assert code == 2 and one_line(err) and f"{NO_SPACE} {copy} " in err
    assert not copy.exists() and list(copy.parent.iterdir()) == []
