"""``caseapp import-sheet`` given an option the file has nothing for — ``--encoding`` or
``--delimiter`` for a workbook, ``--sheet`` for a CSV file — read the file without it and said
nothing, so the user believed it used; each now gives one warning line on stderr naming the
option and the file, in the user's language, and the import goes on as before."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from caseapp.services.casefile import CaseFile
from tests.cli.cli_run import run


def _files(case_file: CaseFile, tmp_path: Path) -> tuple[str, Path, Path]:
    db = str(case_file.db.path)
    case_file.close()
    book = Workbook()
    book.active.append(["ФИО", "Статус"])
    book.active.append(["Петросян Арам Каренович", "в плену"])
    xlsx = tmp_path / "список.xlsx"
    book.save(xlsx)
    csv = tmp_path / "список.csv"
    csv.write_text("ФИО;Статус\nПетросян Арам Каренович;в плену\n", encoding="utf-8")
    return db, xlsx, csv


def test_options_for_another_kind_of_file_are_named_and_the_rows_read(
        case_file: CaseFile, tmp_path: Path) -> None:
    db, xlsx, csv = _files(case_file, tmp_path)
    code, out, err = run("--lang", "en", "--db", db, "import-sheet", str(xlsx), "--dry-run",
                         "--encoding", "cp1251", "--delimiter", ";")
    assert code == 0, err
    assert err.splitlines() == [
        "caseapp: warning: --encoding applies to CSV files only; список.xlsx is a workbook "
        "(.xlsx) and was read without it.",
        "caseapp: warning: --delimiter applies to CSV files only; список.xlsx is a workbook "
        "(.xlsx) and was read without it."]
    assert "Петросян Арам Каренович" in out
    code, out, err = run("--lang", "ru", "--db", db, "import-sheet", str(csv), "--dry-run",
                         "--sheet", "Лист1")
    assert code == 0, err
    assert len(err.splitlines()) == 1 and "--sheet" in err and "список.csv" in err
    assert "warning" not in err and "Петросян Арам Каренович" in out


def test_options_the_file_uses_give_no_warning(case_file: CaseFile, tmp_path: Path) -> None:
    db, xlsx, csv = _files(case_file, tmp_path)
    assert run("--db", db, "import-sheet", str(csv), "--dry-run", "--encoding", "utf-8",
               "--delimiter", ";")[2] == ""
    assert run("--db", db, "import-sheet", str(xlsx), "--dry-run", "--sheet", "Sheet")[2] == ""
