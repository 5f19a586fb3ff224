"""The files import-sheet and export-sheet write: the mapping saved by ``--save-mapping``
never on a dry run, never over the case file, its side files or the spreadsheet read; the
list and its mapping readable by their owner only."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.sheets.makers import write_csv
from tests.sheets.test_sheet_cli import run

SHEET = [["Name", "Date of birth"], ["Aram Abovyan", "1990"]]


def files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_dry_run_saves_no_mapping_and_says_so(db: Path, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "list.csv", SHEET)
    before = files(tmp_path)
    code, out, err = run("import-sheet", str(sheet), "--dry-run", "--save-mapping",
                         str(tmp_path / "map.toml"), "--db", str(db))
    assert (code, err) == (0, "")
    assert "the mapping was not saved to" in out
    assert files(tmp_path) == before


@pytest.mark.parametrize("target", ["case.db", "case.db-wal", "case.db-journal", "list.csv",
                                    "link.toml"])
def test_the_mapping_never_replaces_the_case_file_or_the_spreadsheet(
        db: Path, tmp_path: Path, target: str) -> None:
    sheet = write_csv(tmp_path / "list.csv", SHEET)
    os.symlink(sheet, tmp_path / "link.toml")
    before = files(tmp_path)
    code, out, err = run("import-sheet", str(sheet), "--save-mapping", str(tmp_path / target),
                         "--db", str(db))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "nothing was changed" in err and out == ""
    assert files(tmp_path) == before


def test_the_mapping_saved_with_the_import_is_the_owners_only(db: Path, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "list.csv", SHEET)
    saved = tmp_path / "map.toml"
    code, out, err = run("import-sheet", str(sheet), "--save-mapping", str(saved),
                         "--db", str(db))
    assert (code, err) == (0, "")
    assert "The mapping used was saved to" in out
    assert '"Date of birth" = "birth"' in saved.read_text(encoding="utf-8")
    assert saved.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_exported_list_and_its_mapping_are_the_owners_only(
        db: Path, tmp_path: Path, suffix: str) -> None:
    run("import-sheet", str(write_csv(tmp_path / "list.csv", SHEET)), "--db", str(db))
    os.umask(0o022)
    target = tmp_path / f"out{suffix}"
    code, _, err = run("export-sheet", "-o", str(target), "--level", "internal", "--db", str(db))
    assert (code, err) == (0, "")
    assert target.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "out.mapping.toml").stat().st_mode & 0o777 == 0o600
