"""``caseapp import-sheet``: a row that may be a captive already in the case file names that
captive as the window's spreadsheet import does, by what tells the two apart (a place of
capture, a date of birth), read at the level the case file is read at; the ID follows, for
``caseapp merge``. Before, the command line said only "captive 12"."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from caseapp.config import Location
from caseapp.services.casefile import open_case_file
from caseapp.services.data_exports import travel_copy
from tests.cli.cli_run import run
from tests.sheets.makers import write_xlsx

TRAVEL = "granite lantern orchard seven"


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "case.db"
    cf = open_case_file(Location(path=path), create=True, actor="t")
    try:
        ident = cf.captives.create(names=["Aram Petrosyan"], birth="1990-05-03",
                                   capture_place="Shushi", sensitivity="shareable",
                                   consent_publicity=True,
                                   field_levels={"capture_place": "internal"}).id
    finally:
        cf.close()
    return path, ident


def _sheet(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "list.xlsx", {"List": [
        ["Name", "Date of birth", "Place of capture"],
        ["Арам Петросян", "03.05.1990", "Hadrut"]]})


def test_the_captive_a_row_may_be_is_named_by_what_tells_them_apart(
        case: tuple[Path, int], tmp_path: Path) -> None:
    db, ident = case
    code, out, err = run("import-sheet", str(_sheet(tmp_path)), "--dry-run", "--db", str(db))
    assert (code, err) == (0, ""), err
    named = f"“Aram Petrosyan” (captured in Shushi; ID {ident})"
    assert f"row 2 “Арам Петросян” and the captive {named}: score " in out, out
    like = next(line for line in out.splitlines() if line.startswith("2 "))
    assert like.rstrip().endswith(named), like
    assert f"captive {ident}" not in out
    # undecided, the import's refusal names it the same way
    code, out, err = run("import-sheet", str(_sheet(tmp_path)), "--db", str(db))
    assert code == 2 and f"may be the same person as the captive {named}" in err, err


def test_the_question_on_a_terminal_names_it_so(case: tuple[Path, int], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db, ident = case
    monkeypatch.setattr("caseapp.cli.sheets.on_terminal", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO("s\n"))
    code, _, err = run("import-sheet", str(_sheet(tmp_path)), "--db", str(db))
    asked = capsys.readouterr().err
    assert code == 0, err
    assert (f"Row 2 “Арам Петросян” may be the captive “Aram Petrosyan” (captured in Shushi; "
            f"ID {ident}): score ") in asked, asked


def test_what_tells_them_apart_is_read_at_the_level_of_the_case_file(
        case: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a shareable travel copy the place of capture (internal) is not named, nor said
    to be unknown: the two are told apart by what the copy may show."""
    db, ident = case
    copy = tmp_path / "travel.db"
    cf = open_case_file(Location(path=db), actor="t")
    try:
        travel_copy(cf, copy, level="shareable", passphrase=TRAVEL)
    finally:
        cf.close()
    monkeypatch.setenv("CASEAPP_PASSPHRASE", TRAVEL)
    code, out, err = run("import-sheet", str(_sheet(tmp_path)), "--dry-run", "--db", str(copy))
    assert (code, err) == (0, ""), err
    assert "“Aram Petrosyan” (recorded " in out and f"; ID {ident})" in out, out
    assert "Shushi" not in out and "place of capture not known" not in out
