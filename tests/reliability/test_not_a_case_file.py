"""A file that is not a case file is reported as what it is, never as "the passphrase is
wrong", and is left untouched; leftovers of a killed passphrase change are removed on open."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY

PASS = "granite lantern orchard seven"


def make(path: Path, passphrase: str | None = None, n: int = 30) -> None:
    cf = open_case_file(Location(path=path), passphrase=passphrase, create=True, actor="t",
                        today=lambda: TODAY)
    for i in range(n):
        cf.captives.create(names=[f"Հովհաննիսյան {i}"], summary="{{ 7*7 }} " + "x" * 300)
    cf.close()


def text_file(path: Path) -> None:
    path.write_text("Նամակ ԿԽՄԿ-ին\nDear colleagues, {% for x in y %}\n" * 40, encoding="utf-8")


def foreign_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
        conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")


def truncated_plain(path: Path) -> None:
    make(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def truncated_encrypted(path: Path) -> None:
    make(path, PASS)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 700])


def empty(path: Path) -> None:
    path.write_bytes(b"")


def from_a_newer_caseapp(path: Path) -> None:
    make(path, n=1)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999aaaa'")
    conn.close()


# (how the file is made, exit code, the whole error line with {path} for the file)
CASES = {
    "text": (text_file, 2, "caseapp: Cannot open {path}: it is a text file, not a CaseApp case "
                           "file. Nothing was changed.\n"),
    "foreign sqlite": (foreign_sqlite, 2, "caseapp: {path} is a database, but not a CaseApp case "
                                          "file.\n"),
    "truncated plain": (truncated_plain, 2, "caseapp: Cannot open {path}: the file is damaged: it "
                                            "was cut off ({size} bytes of the {full} its header "
                                            "declares). Nothing was changed.\n"),
    "truncated encrypted": (truncated_encrypted, 2, "caseapp: Cannot open {path}: it is not a case "
                                                    "file, or is a damaged one that was cut off "
                                                    "(its size, {size} bytes, is not a whole number "
                                                    "of database pages). Nothing was changed.\n"),
    "empty": (empty, 2, "caseapp: Cannot open {path}: it is an empty file, not a CaseApp case "
                        "file. Nothing was changed.\n"),
    # the user's to fix, by updating CaseApp: exit 2
    "newer caseapp": (from_a_newer_caseapp, 2, "caseapp: {path} was written by a newer version of "
                                               "CaseApp (schema ffff9999aaaa); update CaseApp to "
                                               "open it. The file was not changed.\n"),
}


@pytest.mark.parametrize("with_passphrase", [False, True], ids=["no passphrase", "a passphrase"])
@pytest.mark.parametrize("case", list(CASES))
def test_not_a_case_file_is_reported_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             case: str, with_passphrase: bool) -> None:
    build, code, line = CASES[case]
    path = tmp_path / "case.db"
    build(path)
    full = None
    if case == "truncated plain":
        with path.open("rb") as fh:  # what the header declares: page size × page count
            header = fh.read(100)
        full = int.from_bytes(header[16:18], "big") * int.from_bytes(header[28:32], "big")
    if with_passphrase:
        monkeypatch.setenv("CASEAPP_PASSPHRASE", PASS)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    files = sorted(p.name for p in tmp_path.iterdir())
    out, err = io.StringIO(), io.StringIO()
    result = main(["captives", "list", "--db", str(path)], out=out, err=err)
    expected = line.format(path=path, size=path.stat().st_size, full=full)
    if case in ("foreign sqlite", "newer caseapp") and with_passphrase:
        expected = f"caseapp: {path} is not encrypted; open it without a passphrase.\n"
    assert (result, err.getvalue(), out.getvalue()) == (code, expected, "")
    assert "passphrase is wrong" not in err.getvalue()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files


@pytest.mark.parametrize("what", ["pipe", "folder", "loop"])
def test_what_is_not_a_file_is_refused_at_once_never_read(tmp_path: Path, what: str) -> None:
    """A pipe given as the case file or the file to import would be waited on for ever (a
    device such as /dev/zero read for ever); a folder or a loop of links is said as such."""
    import os

    path = tmp_path / "thing"
    if what == "pipe":
        os.mkfifo(path)
    elif what == "folder":
        path.mkdir()
    else:
        os.symlink(tmp_path / "other", path)
        os.symlink(path, tmp_path / "other")
    said = {"pipe": "is not a case file: it is a device, a pipe or a socket",
            "folder": "is a folder, not a case file",
            "loop": "is a symbolic link that leads back to itself"}[what]
    for argv in (["check", "--db", str(path)], ["init", "--no-encrypt", "--db", str(path)]):
        out, err = io.StringIO(), io.StringIO()
        assert main(argv, out=out, err=err) == 2, argv
        assert err.getvalue().startswith(f"caseapp: {path} {said}"), argv
        assert err.getvalue().endswith(". Nothing was changed.\n") and err.getvalue().count("\n") == 1
    if what != "loop":
        case = tmp_path / "case.db"
        make(case, n=1)
        out, err = io.StringIO(), io.StringIO()
        assert main(["import", str(path), "--db", str(case)], out=out, err=err) == 2
        assert err.getvalue() == (f"caseapp: {path} is not a file that can be imported: it is a "
                                  "folder, a device, a pipe or a socket. Nothing was changed.\n")


def test_check_details_show_what_sqlite_reported(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    make(path, n=120)
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data), 4096 * 2):  # page headers overwritten
        data[offset:offset + 300] = b"\xa5" * 300
    path.write_bytes(bytes(data))
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--db", str(path)], out=out, err=err) == 2  # a corrupt database
    [line] = err.getvalue().splitlines()
    assert line.startswith(f"caseapp: Cannot open {path}: the file is damaged")
    assert line.endswith("(“caseapp check --details” shows what SQLite reported.)")
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", "--details", "--db", str(path)], out=out, err=err) == 2
    details = out.getvalue().splitlines()
    assert details and all(d.startswith("DETAIL: ") for d in details)
    assert "check --details" not in err.getvalue()


def test_leftovers_of_a_killed_passphrase_change_are_removed_on_open(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    make(path)
    # What a passphrase change or `encrypt` killed before its rename leaves beside the file.
    left = [tmp_path / ".case.db.k3j9x_q1.part", tmp_path / ".case.db.k3j9x_q1.part-journal",
            tmp_path / ".case.db.a8b7c6.part"]
    for p in left:
        p.write_bytes(b"\x8f\x01 half an encrypted copy")
    unrelated = [tmp_path / ".other.db.k3j9x_q1.part", tmp_path / "case.db.part",
                 tmp_path / "notes.part", tmp_path / "case.db.json"]
    for p in unrelated:
        p.write_bytes(b"someone else's file")
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    cf.close()
    assert [p for p in left if p.exists()] == []
    assert all(p.read_bytes() == b"someone else's file" for p in unrelated)


def test_restoring_a_text_file_says_what_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = tmp_path / "backup.db"
    text_file(backup)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASS)
    out, err = io.StringIO(), io.StringIO()
    code = main(["restore", str(backup), "--to", str(tmp_path / "new.db")], out=out, err=err)
    assert (code, err.getvalue()) == (2, f"caseapp: The backup {backup} cannot be restored: "
                                         f"{backup} cannot be read: it is a text file, not a CaseApp "
                                         "case file.\n")
    assert not (tmp_path / "new.db").exists()
