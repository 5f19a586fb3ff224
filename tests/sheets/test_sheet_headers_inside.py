"""A header row inside the list with no empty row above it: another table's header (its rows
are not read by the list's columns), or the list's own header repeated (left out, the rows
under it read as the list's). In an XLSX file and in a CSV file alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_csv, write_xlsx


def _write(path: Path, rows: list[list[str]]) -> Path:
    if path.suffix == ".csv":
        return write_csv(path, rows)
    return write_xlsx(path, {"Лист1": rows})


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_second_tables_header_right_under_the_list_stops_it(case_file: CaseFile,
                                                              tmp_path: Path, suffix: str) -> None:
    # "Фамилия" and "Имя" were a captive, and the men of the second table were read by the
    # first one's columns (their capture dates as birth dates).
    path = _write(tmp_path / f"list{suffix}", [
        ["ФИО", "Дата рождения", "Дата задержания"],
        ["Петросян Арам", "17.05.1990", "13.12.2020"],
        ["Фамилия", "Имя", "Дата задержания", "Дата освобождения"],
        ["Григорян", "Айк", "10.11.2020", "15.03.2021"]])
    pv = preview(case_file, path)
    assert [(r.row, bool(r.errors)) for r in pv.rows] == [(2, False), (3, True), (4, True)]
    assert str(pv.rows[1].errors[0]) == (
        "row 3: “Фамилия | Имя | Дата задержания | Дата …” is the header of another "
        "table "
        "below the list; import that table on its own, with row 3 as the header row")
    result = import_rows(case_file, pv, decisions_for(pv, skip_errors=True))
    assert (len(result.created), result.left_out) == (1, 2)
    assert [c.primary_name for c in case_file.captives.list()] == ["Петросян Арам"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_hearings_table_right_under_the_list_is_not_read_as_captives(
        case_file: CaseFile, tmp_path: Path, suffix: str) -> None:
    path = _write(tmp_path / f"list{suffix}", [
        ["Name", "DOB", "Status"],
        ["Aram Petrosyan", "17.05.1990", "held"],
        ["Hearings"],
        ["Name", "Court", "Hearing date", "Result"],
        ["Aram Petrosyan", "Baku Military Court", "12.03.2024", "extended"]])
    pv = preview(case_file, path)
    assert [(r.row, bool(r.errors)) for r in pv.rows] == [(2, False), (3, True), (4, True),
                                                         (5, True)]
    assert str(pv.rows[1].errors[0]) == ("row 3: “Hearings” is the title of another table (its "
                                         "header in row 4), not a person")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_lists_header_repeated_is_left_out_and_the_rows_under_it_kept(
        case_file: CaseFile, tmp_path: Path, suffix: str) -> None:
    # Two lists pasted one under the other: "ФИО" became a captive with "Дата рождения"
    # as a date that could not be read, and every row was in error.
    header = ["ФИО", "Дата рождения", "Статус"]
    path = _write(tmp_path / f"list{suffix}", [
        header, ["Петросян Арам", "17.05.1990", "в плену"],
        header, ["Григорян Айк", "02.03.1985", "освобожден"]])
    pv = preview(case_file, path)
    assert [(r.row, r.shown.get("name"), bool(r.problems)) for r in pv.rows] == [
        (2, "Петросян Арам", False), (4, "Григорян Айк", False)]
    assert ("row 3 repeats the header (row 1): it is left out, and the rows under it are read "
            "as the list's") in pv.notices
    result = import_rows(case_file, pv, decisions_for(pv))
    assert len(result.created) == 2


def test_a_person_whose_row_has_a_word_of_a_names_header_stays_a_person(
        case_file: CaseFile, tmp_path: Path) -> None:
    path = _write(tmp_path / "list.xlsx", [
        ["ФИО", "Статус", "Примечание"],
        ["Петросян Арам", "в плену", "Имя уточняется"],
        ["Имя неизвестно", "в плену", "Фамилия со слов сокамерника"]])
    pv = preview(case_file, path)
    assert [(r.row, bool(r.errors)) for r in pv.rows] == [(2, False), (3, False)]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_table_whose_header_names_no_one_ends_the_list_in_one_line(
        case_file: CaseFile, tmp_path: Path, suffix: str) -> None:
    # "Contact person | Relation" under the list named no name column: "Contact person" and
    # the mother were imported as captives, their relation as a citizenship.
    path = _write(tmp_path / f"list{suffix}", [
        ["Name", "Citizenship"],
        ["Aram Petrosyan", "Armenia"],
        ["Hayk Grigoryan", "Armenia"],
        [],
        ["Contacts"],
        ["Contact person", "Relation"],
        ["Anna Petrosyan", "mother"],
        ["Lilit Grigoryan", "sister"]])
    pv = preview(case_file, path)
    assert [r.shown.get("name") for r in pv.rows] == ["Aram Petrosyan", "Hayk Grigoryan"]
    assert [n for n in pv.notices if "another table" in n] == [
        "row 6 (“Contact person | Relation”) is the header of another table, with no column of "
        "names: the list ends above it, and the 4 rows from row 5 on are not read"]
    result = import_rows(case_file, pv, decisions_for(pv))
    assert sorted(c.primary_name for c in case_file.captives.list()) == [
        "Aram Petrosyan", "Hayk Grigoryan"]
    assert result.left_out == 0


@pytest.mark.parametrize("rows", [
    [["ФИО", "Статус"], ["Петросян Арам", "в плену"], ["Статус", "Количество"],
     ["в плену", 1]],
    [["Name", "Status"], ["Aram Petrosyan", "held"], [], ["Hearing date", "Court"],
     ["12.03.2024", "Baku Military Court"]]])
def test_a_summary_or_a_hearings_table_right_under_the_list_ends_it(
        case_file: CaseFile, tmp_path: Path, rows: list[list[object]]) -> None:
    # Its header and rows were read as captives: "Статус" with a status "Количество" that
    # cannot be read, one error per row.
    pv = preview(case_file, write_xlsx(tmp_path / "list.xlsx", {"Лист1": rows}))
    assert [(r.row, bool(r.errors)) for r in pv.rows] == [(2, False)]
    assert sum("is the header of another table, with no column of names" in n
               for n in pv.notices) == 1


def test_people_whose_rows_are_text_only_are_no_nameless_table(case_file: CaseFile,
                                                              tmp_path: Path) -> None:
    path = _write(tmp_path / "list.xlsx", [
        ["Name", "Citizenship", "Status", "Place of detention"],
        ["Aram Petrosyan", "Armenia", "held", "Baku prison"],
        ["Имя неизвестно", "Armenia", "held", "Baku prison"],
        [],
        ["Hayk Grigoryan", "Armenia", "released", ""],
        ["Arman Sargsyan", "Armenia"]])
    pv = preview(case_file, path)
    assert [r.shown.get("name") for r in pv.rows] == [
        "Aram Petrosyan", "Имя неизвестно", "Hayk Grigoryan", "Arman Sargsyan"]
    assert not any("another table" in n for n in pv.notices)
