"""A year typed into a column formatted as dates, as a list exported from Google Sheets or
Excel holds it: the cell keeps the number 1979 and shows it as 01.06.1905. It was read as a
birth on 1 June 1905 without a word; it is read as the year typed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from caseapp.domain.enums import DatePrecision
from caseapp.domain.sheet_dates import parse_partial_date
from caseapp.services.sheet_read import read_sheet


def _google_list(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Лист1"
    sheet.append(["ФИО", "Дата рождения", "Дата захвата"])
    sheet.append(["Петросян Арам", datetime(1990, 5, 17), datetime(2020, 11, 10)])
    sheet.append(["Мартиросян Гор", 1979, datetime(1905, 6, 1, 12, 30)])
    for cell in (*sheet["B"][1:], *sheet["C"][1:]):
        cell.number_format = "dd.mm.yyyy"
    book.save(path)
    return path


def test_a_year_in_a_date_cell_is_the_year_typed(tmp_path: Path) -> None:
    rows = read_sheet(_google_list(tmp_path / "list.xlsx")).rows
    assert rows[2][1] == 1979  # (shown as 01.06.1905 by the spreadsheet)
    birth = parse_partial_date(rows[2][1])
    assert birth.value.year == 1979 and birth.precision is DatePrecision.YEAR
    assert rows[1][1] == datetime(1990, 5, 17)  # a real date stays one
    assert rows[2][2] == datetime(1905, 6, 1, 12, 30)  # a time of day: a date and time typed
