"""A case file moved, deleted or replaced (a synchronised folder putting another device's
version in its place) while it is open: the next save is refused in one line, nothing saved
since the open is lost (it is kept in a file beside it), and the file now at the path is
never mixed with the old file's ``-wal`` (which damaged it)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.db.in_place import FileNotInPlace
from caseapp.services.casefile import CaseFile, open_case_file
from tests.conftest import ENCRYPTED_PASSPHRASE, TODAY, copy_of


def opened(path: Path, passphrase: str | None) -> CaseFile:
    return open_case_file(Location(path=path), passphrase=passphrase, actor="t",
                          today=lambda: TODAY)


def names_in(path: Path, passphrase: str | None) -> list[str]:
    cf = opened(path, passphrase)
    try:
        return sorted(c.primary_name for c in cf.captives.list())
    finally:
        cf.close()


def kept_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("case (kept by CaseApp *).db"))


@pytest.fixture(params=["plain", "encrypted"])
def setup(request: pytest.FixtureRequest, tmp_path: Path, _empty_template: Path,
          _encrypted_template: Path) -> tuple[Path, Path, str | None]:
    """The case file, and another device's version of it with captives of its own."""
    passphrase = ENCRYPTED_PASSPHRASE if request.param == "encrypted" else None
    template = _encrypted_template if passphrase else _empty_template
    path = copy_of(template, tmp_path / "case.db")
    (tmp_path / "other").mkdir()
    other = copy_of(template, tmp_path / "other" / "case.db")
    cf = opened(other, passphrase)
    for i in range(30):  # enough pages that the old -wal would land on the other's data
        cf.captives.create(names=[f"Other Device {i}"])
    cf.close()
    return path, other, passphrase


def test_a_file_replaced_while_open_is_kept_apart(setup: tuple[Path, Path, str | None]) -> None:
    path, other, passphrase = setup
    cf = opened(path, passphrase)
    try:
        for i in range(5):
            cf.captives.create(names=[f"Saved Here {i}"])
        # The synchronised folder puts the other device's version in its place.
        shutil.copyfile(other, path.with_name("incoming.db"))
        os.replace(path.with_name("incoming.db"), path)
        with pytest.raises(FileNotInPlace) as refused:
            cf.captives.create(names=["After The Replacement"])
    finally:
        cf.close()
    [kept] = kept_files(path.parent)
    assert str(refused.value) == (
        f"{path} was moved, replaced or deleted by another program while CaseApp had it open "
        "(a synchronised folder such as Dropbox or OneDrive can do this). What CaseApp held "
        f"of it, your changes included, is kept in {kept}. Nothing more is written: close the "
        "case file and open the one you want to keep.")
    # The file now at the path is the other device's, whole (it was damaged).
    assert names_in(path, passphrase) == sorted(f"Other Device {i}" for i in range(30))
    # What was saved here before is in the file kept beside it; the refused change nowhere.
    assert names_in(kept, passphrase) == [f"Saved Here {i}" for i in range(5)]
    assert oct(kept.stat().st_mode & 0o777) == "0o600"


def test_a_file_deleted_while_open_keeps_what_was_saved(
        setup: tuple[Path, Path, str | None]) -> None:
    path, _other, passphrase = setup
    cf = opened(path, passphrase)
    try:
        cf.captives.create(names=["Saved Here"])
        path.unlink()
        with pytest.raises(FileNotInPlace):
            cf.captives.create(names=["After The Deletion"])
        with pytest.raises(FileNotInPlace):  # every later use too, never a save into nowhere
            cf.captives.list()
    finally:
        cf.close()
    [kept] = kept_files(path.parent)
    assert names_in(kept, passphrase) == ["Saved Here"]


def test_a_file_moved_while_open_is_not_written_behind_its_back(tmp_path: Path,
                                                                _empty_template: Path) -> None:
    path = copy_of(_empty_template, tmp_path / "case.db")
    cf = opened(path, None)
    try:
        cf.captives.create(names=["Saved Here"])
        moved = tmp_path / "moved.db"
        os.rename(path, moved)
        with pytest.raises(FileNotInPlace):
            cf.captives.create(names=["After The Move"])
    finally:
        cf.close()
    [kept] = kept_files(tmp_path)
    assert names_in(kept, None) == ["Saved Here"]
    conn = sqlite3.connect(moved)  # the moved file itself is sound
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_the_check_costs_no_refusal_while_the_file_stays(case_file: CaseFile) -> None:
    case_file.captives.create(names=["One"])
    case_file.captives.create(names=["Two"])
    assert sorted(c.primary_name for c in case_file.captives.list()) == ["One", "Two"]
    assert kept_files(case_file.db.path.parent) == []  # type: ignore[union-attr]
