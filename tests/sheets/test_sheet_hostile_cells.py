"""Cells as a colleague fills a list by hand: "н/д", "?" and "—" for what is not known, years
in two digits, "весна 2022" for a date, Excel dates as numbers beside dates typed as text,
names in three scripts with stray spaces. What the preview says and what is imported."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from caseapp.domain.enums import CaptiveStatus, DatePrecision
from caseapp.domain.sheet_loose_dates import read_sheet_date
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_csv, write_xlsx


def test_marks_of_the_unknown_are_empty_cells_not_errors_nor_values(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "н/д" and "—" were dates that could not be read (the row left out), "?" a status that
    # "is empty", and "н/д" a place of birth and "—" a place of detention recorded as such.
    path = write_xlsx(tmp_path / "list.xlsx", {"Список": [
        ["ФИО", "Дата рождения", "Дата задержания", "Место рождения", "Статус", "Пол",
         "Место содержания"],
        ["Мкртчян Айк", "н/д", "—", "н/д", "?", "неизвестно", "—"],
        ["Hayk Sargsyan", "?", "N/A", "Yerevan", "held", "-", "unknown"],
        # a date of zeros, as registers write an unknown day ("has a year that is not four
        # digits" before)
        ["Арам Петросян", "00.00.0000", "0000-00-00", "", "held", "", ""]]})
    pv = preview(case_file, path)
    assert [r.problems for r in pv.rows] == [(), (), ()]
    assert [r.shown for r in pv.rows] == [
        {"name": "Мкртчян Айк", "sex": "unknown"},
        {"name": "Hayk Sargsyan", "birth_place": "Yerevan", "status": "held"},
        {"name": "Арам Петросян", "status": "held"}]
    result = import_rows(case_file, pv, decisions_for(pv))
    first, second, third = (case_file.captives.get(i) for i in result.created)
    assert (third.birth, third.capture) == (None, None)
    assert (first.birth, first.birth_place, first.status) == (None, "", CaptiveStatus.MISSING)
    assert second.status is CaptiveStatus.HELD




@pytest.mark.parametrize(("cell", "iso"), [("02.03.85", "1985-03-02"),
                                           ("17/05/20", "2020-05-17"),
                                           ("1.2.99", "1999-02-01")])
def test_a_two_digit_year_is_the_last_such_year_not_in_the_future_and_said(
        cell: str, iso: str) -> None:
    day, caveat, keep = read_sheet_date(cell, today=date(2026, 12, 3))
    assert day.iso() == iso and day.precision is DatePrecision.EXACT and not keep
    assert str(caveat) == (f"has a two-digit year, read as {iso[:4]}; write the year in four "
                           "digits if it is another")


def test_a_name_saying_it_is_unknown_is_no_name(case_file: CaseFile, tmp_path: Path) -> None:
    # "Неизвестно" was imported as a captive of that name.
    path = write_xlsx(tmp_path / "list.xlsx", {"Список": [
        ["ФИО", "Дата задержания"], ["Неизвестно", "13.12.2020"]]})
    (row,) = preview(case_file, path).rows
    assert [str(e) for e in row.errors] == [
        "row 2: has no name: every row needs one (a full name, or a given name and a surname)"]


def test_a_two_digit_year_after_this_one_is_of_the_last_century() -> None:
    day, _, _ = read_sheet_date("01.01.30", today=date(2026, 12, 3))
    assert day.iso() == "1930-01-01"


@pytest.mark.parametrize("cell", ["весна 2022", "Весной 2022 г.", "early 2022",
                                  "2022թ. գարնանը", "в конце 2022", "mid-2022"])
def test_a_part_of_a_year_is_its_year_and_the_cell_is_kept(cell: str) -> None:
    day, caveat, keep = read_sheet_date(cell)
    assert (day.iso(), day.precision, keep) == ("2022", DatePrecision.YEAR, True)
    assert str(caveat) == ("is a part of a year: kept as the year 2022, and the cell in the "
                           "captive's notes")


def test_a_hand_filled_list_is_imported_with_nothing_lost(case_file: CaseFile,
                                                          tmp_path: Path) -> None:
    # "02.03.85" and "весна 2022" were cells that could not be read: the rows left out.
    path = write_xlsx(tmp_path / "list.xlsx", {"Список": [
        ["ФИО", "Дата рождения", "Дата пленения"],
        ["  Петросян   Арам  ", 32900, "13.12.2020"],
        ["Սևակ  Պետրոսյան ", datetime(1985, 3, 2), 44178],
        [" Aram  Grigoryan", "02.03.85", "весна 2022"]]})
    pv = preview(case_file, path)
    # (a number cell in a date column is a date serial, said with the day it gives: a
    # mistyped one would be a day nobody meant)
    assert [(r.shown, [str(p) for p in r.problems]) for r in pv.rows] == [
        ({"name": "Петросян Арам", "birth": "1990-01-27", "capture": "2020-12-13"},
         ["row 2, column B (Дата рождения): “32900” is a number, read as the spreadsheet date "
          "1990-01-27 (days counted from 1900); if the cell means another day, type the date "
          "itself"]),
        ({"name": "Սևակ Պետրոսյան", "birth": "1985-03-02", "capture": "2020-12-13"},
         ["row 3, column C (Дата пленения): “44178” is a number, read as the spreadsheet date "
          "2020-12-13 (days counted from 1900); if the cell means another day, type the date "
          "itself"]),
        ({"name": "Aram Grigoryan", "birth": "1985-03-02", "capture": "2022",
          "notes": "Дата пленения: весна 2022"},
         ["row 4, column B (Дата рождения): “02.03.85” has a two-digit year, read as 1985; "
          "write the year in four digits if it is another",
          "row 4, column C (Дата пленения): “весна 2022” is a part of a year: kept as the year "
          "2022, and the cell in the captive's notes"])]
    result = import_rows(case_file, pv, decisions_for(pv, on_duplicate="create"))
    third = case_file.captives.get(result.created[2])
    assert [n.body for n in case_file.notes.list(captive_id=third.id)] == [
        "Дата пленения: весна 2022"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_formulas_error_is_said_as_such_never_a_name_nor_an_unknown(
        case_file: CaseFile, tmp_path: Path, suffix: str) -> None:
    # "#REF!" was a captive of that name, "#N/A" a status read as "n/a" (not known), and
    # "#DIV/0!" a date said "is not a date".
    rows = [["ФИО", "Дата рождения", "Статус"], ["#REF!", "", "held"],
            ["Петросян Арам", "#DIV/0!", "#N/A"]]
    path = (write_xlsx(tmp_path / "list.xlsx", {"Список": rows}) if suffix == ".xlsx"
            else write_csv(tmp_path / "list.csv", rows))
    pv = preview(case_file, path)
    said = ("is what a formula of the spreadsheet gives when it fails: correct the formula "
            "there, or type the value")
    assert [str(e) for r in pv.rows for e in r.errors] == [
        f"row 2, column A (ФИО): “#REF!” {said}",
        f"row 3, column B (Дата рождения): “#DIV/0!” {said}",
        f"row 3, column C (Статус): “#N/A” {said}"]


def test_a_full_name_beside_its_parts_is_one_spelling(case_file: CaseFile,
                                                      tmp_path: Path) -> None:
    # "Григорян Айк" and "Айк Григорян" were recorded as two names of the captive.
    path = write_xlsx(tmp_path / "list.xlsx", {"Список": [
        ["ФИО", "Фамилия", "Имя"], ["Григорян Айк", "Григорян", "Айк"],
        ["Aram Petrosyan", "Петросян", "Арам"]]})
    pv = preview(case_file, path)
    assert [r.values.names for r in pv.rows] == [
        (("Григорян Айк", "ru"),), (("Aram Petrosyan", ""), ("Арам Петросян", "ru"))]


def test_invisible_characters_pasted_from_a_web_page_are_not_read(case_file: CaseFile,
                                                                  tmp_path: Path) -> None:
    # "17.05.1990" followed by a zero-width space "is not a date"; the name kept the
    # character in the preview.
    path = write_xlsx(tmp_path / "list.xlsx", {"Список": [
        ["ФИО", "Дата рождения"], ["Петро\u00adсян Арам\u200b", "17.05.1990\u200b"]]})
    (row,) = preview(case_file, path).rows
    assert (row.shown, row.problems) == ({"name": "Петросян Арам", "birth": "1990-05-17"}, ())


def test_a_number_in_a_date_column_is_read_as_a_date_serial_and_said(case_file: CaseFile,
                                                                     tmp_path: Path) -> None:
    # 10190 (a mistyped 10.1.90?) was 24 November 1927, said by nothing; a date cell and a
    # year are what they are.
    path = write_xlsx(tmp_path / "list.xlsx", {"Список": [
        ["ФИО", "Дата рождения", "Дата пленения"],
        ["Петросян Арам", 10190, datetime(2020, 12, 13)],
        ["Саргсян Ваге", 1990, "45429"]]})
    pv = preview(case_file, path)
    assert [(r.shown.get("birth"), r.shown.get("capture")) for r in pv.rows] == [
        ("1927-11-24", "2020-12-13"), ("1990", "2024-05-17")]
    said = [[(p.column, p.warning) for p in r.problems] for r in pv.rows]
    assert said == [[("B", True)], [("C", True)]]
    assert "1927-11-24" in str(pv.rows[0].problems[0]) and "is a number" in str(
        pv.rows[0].problems[0])
