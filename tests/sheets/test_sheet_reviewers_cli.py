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
