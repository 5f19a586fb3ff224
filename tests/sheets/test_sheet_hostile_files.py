"""Files that are not what a list should be, through ``caseapp import-sheet``: each is one
line naming the file and what to do, exit 2, nothing written; never the reader's own words
("field larger than field limit", "Cfb error: Invalid OLE signature") nor a wrong encoding."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import xlwt
from openpyxl import Workbook

from caseapp.cli import main


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _xlsx(path: Path) -> Path:
    wb = Workbook()
    wb.active.append(["ФИО", "Статус"])
    wb.active.append(["Պետրոսյան Արամ", "в плену"])
    wb.save(path)
    return path


def _xls(path: Path) -> Path:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Пленные")
    for r, row in enumerate([["ФИО", "Статус"], ["Мкртчян Гор", "осужден"]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))
    return path


def _big_cell(folder: Path) -> Path:
    path = folder / "list.csv"
    path.write_text("ФИО;Статус;Примечания\nПетросян Арам;в плену;" + "x" * 10_000_000 + "\n",
                    encoding="utf-8")
    return path


def _xlsx_named_xls(folder: Path) -> Path:
    return Path(shutil.copy(_xlsx(folder / "a.xlsx"), folder / "list.xls"))


def _xls_named_xlsx(folder: Path) -> Path:
    return Path(shutil.copy(_xls(folder / "a.xls"), folder / "list.xlsx"))


def _xlsx_named_ods(folder: Path) -> Path:
    return Path(shutil.copy(_xlsx(folder / "a.xlsx"), folder / "list.ods"))


def _not_xls(folder: Path) -> Path:
    path = folder / "list.xls"
    path.write_bytes(bytes(range(256)) * 40)
    return path


@pytest.mark.parametrize(("make", "says"), [
    (_big_cell, "list.csv, line 2: a cell holds more than 131,072 characters, far more than a "
                "cell of a list (a quote opened and never closed reads the rest of the file "
                "into one cell); correct the file and import it again."),
    (_xlsx_named_xls, "list.xls is an .xlsx spreadsheet named .xls: rename it to .xlsx and "
                      "import it again."),
    (_xls_named_xlsx, "list.xlsx is an .xls spreadsheet named .xlsx: rename it to .xls and "
                      "import it again."),
    (_xlsx_named_ods, "list.ods is an .xlsx spreadsheet named .ods: rename it to .xlsx and "
                      "import it again."),
    (_not_xls, "list.xls is not an Excel 97–2003 (.xls) spreadsheet: its content is something "
               "else. Open it in the spreadsheet program, save it as .xlsx and import that."),
])
def test_a_hostile_file_is_one_clear_line(tmp_path: Path, db: Path, make, says: str) -> None:
    code, out, err = _run("import-sheet", str(make(tmp_path)), "--db", str(db))
    assert (code, out, err) == (2, "", f"caseapp: {says}\n")


def test_a_zero_byte_in_a_utf8_list_does_not_make_it_utf16(tmp_path: Path, db: Path) -> None:
    """A NUL pasted into a header cell (from a database field): read as UTF-16, the list was
    refused ("not in UTF-16 LE: byte 61 cannot be read"); the zero byte is removed."""
    path = tmp_path / "list.csv"
    path.write_bytes("Ф\x00ИО;Статус\nПетросян Арам;в плену\nՂազարյան Անի;осужден\n".encode())
    code, out, err = _run("import-sheet", str(path), "--dry-run", "--db", str(db))
    assert (code, err) == (0, "")
    assert "UTF-8" in out.splitlines()[0] and "Ղազարյան Անի" in out
    path.write_bytes("Ф\x00ИО;Ст\x00атус\nПетросян Арам;в пл\x00ену\n".encode())  # three
    code, out, err = _run("import-sheet", str(path), "--dry-run", "--db", str(db))
    assert (code, err) == (0, "") and "UTF-8" in out.splitlines()[0]


def _damaged_xls(folder: Path, damage: str) -> Path:
    """A real .xls whose sectors after the header are zeroed (a broken disk or download: the
    reader asked for 4 GB of memory and the app was killed) or cut in half."""
    raw = _xls(folder / "whole.xls").read_bytes()
    path = folder / "list.xls"
    path.write_bytes(raw[:512] + bytes(len(raw) - 512) if damage == "zeroed"
                     else raw[:len(raw) // 2])
    return path


@pytest.mark.parametrize("damage", ["zeroed", "cut"])
def test_a_damaged_xls_is_one_line_in_the_users_language(tmp_path: Path, db: Path,
                                                          damage: str) -> None:
    """The reader's English reason ("Cfb error: Sector 16 points past end of file") was said
    in brackets; it is left to the support log."""
    from caseapp import supportlog

    path = _damaged_xls(tmp_path, damage)
    logged: list[str] = []
    supportlog._logger.addHandler(handler := _Collect(logged))
    try:
        code, out, err = _run("import-sheet", str(path), "--dry-run", "--db", str(db))
    finally:
        supportlog._logger.removeHandler(handler)
    assert (code, out) == (2, "")
    assert err == ("caseapp: list.xls is damaged, or is not really an Excel 97–2003 (.xls) "
                   "spreadsheet: open it in the spreadsheet program and save it again (as "
                   ".xlsx), or ask for it again.\n")
    assert any("a .xls file could not be read: caseapp.services.sheet_xls_shape.DamagedXls"
               in line for line in logged)


class _Collect:
    """A logging handler keeping the lines it is given (the support log's sentences)."""

    level = 0

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def handle(self, record) -> None:
        self.lines.append(record.getMessage())
