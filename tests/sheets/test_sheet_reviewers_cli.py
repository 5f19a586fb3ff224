"""``caseapp import-sheet`` on the lists a reviewer brought: a list of headers only imports
nothing, says so in one line and exits 2; a list imported again the next month creates no
captive twice and says what it skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sheets.makers import write_csv, write_xlsx
from tests.sheets.test_sheet_cli import captive_rows, run


@pytest.mark.parametrize("name", ["list.xlsx", "list.csv"])
def test_a_list_of_headers_only_is_one_line_and_exit_2(db: Path, tmp_path: Path,
                                                       name: str) -> None:
    # It said "0 new captives read from list.xlsx." and "No new captive imported", exit 0:
    # a script or a lawyer took an export cut short for an import done.
    rows = [["ФИО", "Дата рождения", "Статус"]]
    path = (write_xlsx(tmp_path / name, {"Лист1": rows}) if name.endswith(".xlsx")
            else write_csv(tmp_path / name, rows))
    for dry in ([], ["--dry-run"]):
        code, out, err = run("import-sheet", str(path), "--db", str(db), *dry)
        assert (code, out) == (2, "")
        assert err == (f"caseapp: {name}: no row under the header (row 1) holds anything: "
                       "there is nothing to import.\n")
    assert captive_rows(db) == 0


def test_the_next_months_list_merged_says_what_differs(db: Path, tmp_path: Path) -> None:
    header = ["ФИО", "Дата рождения", "Дата пленения", "Статус"]
    may = write_xlsx(tmp_path / "may.xlsx", {"Лист1": [
        header, ["Варданян Тигран Арменович", "12.03.1985", "13.12.2020", "в плену"]]})
    june = write_xlsx(tmp_path / "june.xlsx", {"Лист1": [
        header, ["Варданян Тигран Арменович", "13.03.1985", "13.12.2020", "осужден"]]})
    assert run("import-sheet", str(may), "--db", str(db))[0] == 0
    code, out, err = run("import-sheet", str(june), "--db", str(db), "--on-duplicate", "merge")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == (
        "No new captive imported from june.xlsx. 1 row merged into a captive already there. "
        "1 value of the spreadsheet differs from the record of the captive it was merged "
        "into: the record keeps its own, and the spreadsheet's is in the captive's notes "
        "(row 2).")
    assert captive_rows(db) == 1
    code, out, err = run("captives", "show", "1", "--db", str(db))
    assert "Born: 12 March 1985" in out and "From the spreadsheet" in out  # (the note)
    assert "Convicted" in out


def test_a_header_written_on_two_lines_is_one_line_of_the_preview(db: Path,
                                                                  tmp_path: Path) -> None:
    # "2. Дата⏎рождения:" broke the preview's "Columns:" line in two.
    path = write_xlsx(tmp_path / "list.xlsx", {"Лист1": [
        ["1. ФИО ", "2. Дата\nрождения:", "Примечание\n(родственники)"],
        ["Варданян Тигран", "12.03.1985", ""]]})
    code, out, err = run("import-sheet", str(path), "--db", str(db), "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    # (the notes about the relatives are the captive's notes: imported, with their header)
    assert lines[1] == ("Columns: A “1. ФИО” → full name; B “2. Дата рождения:” → date of "
                        "birth; C “Примечание (родственники)” → notes")
