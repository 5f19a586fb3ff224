"""``import-sheet``'s preview as a lawyer reads it in Armenian and Russian: the CSV delimiter
named in the language (not "semicolon"), and a day written 00 as Soviet-era records do
("00.02.1990": the day not known) read as the month it names, shown as the language writes a
month in a table (02.1990, Feb 1990), never as a day; "00.00.1990" as the year.

The expected words need ``resources/translations/incoming/cli4.messages.json`` applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run


@pytest.fixture
def sheet(case_file: CaseFile, tmp_path: Path) -> tuple[Path, Path]:
    path = case_file.db.path
    case_file.close()
    csv = tmp_path / "list.csv"
    csv.write_text("Name;Date of birth;Date of capture;Status\n"
                   "Арам Абовян;00.02.1990;00.00.2020;осуждён\n", encoding="utf-8")
    return path, csv


@pytest.mark.parametrize(("lang", "delimiter", "column", "birth", "status"), [
    ("ru", "разделитель — точка с запятой", "A «Name»", "02.1990", "Осуждён"),
    ("hy", "բաժանիչ՝ կետ-ստորակետ", "A «Name»", "02.1990", "Դատապարտված"),
    ("en", "semicolon-separated", "A “Name”", "Feb\u00a01990", "Convicted"),
])
def test_the_preview_names_the_delimiter_and_a_month_in_the_language(
        sheet: tuple[Path, Path], lang: str, delimiter: str, column: str, birth: str,
        status: str) -> None:
    db, csv = sheet
    code, out, err = run("--lang", lang, "import-sheet", str(csv), "--dry-run", "--db", str(db))
    assert code == 0, err
    lines = out.splitlines()
    assert delimiter in lines[0], lines[0]
    assert column in lines[1], lines[1]  # the headers in the language's quotation marks
    [row] = [line for line in lines if line.startswith("2 ")]
    assert birth in row and "2020" in row and status in row, row
    assert "1990-02" not in row and "01.02.1990" not in row and "convicted" not in row, row
