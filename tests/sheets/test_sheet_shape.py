"""A cell merged over several rows of the list ("в плену" written once for three men): each
row it covers is read with its value, and the preview says so. A header merged over two rows
is not a value of the rows. Hidden rows and columns are read, and said."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from caseapp.domain.enums import CaptiveStatus
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_file_shape import Shape
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from caseapp.services.sheet_read import SheetError, read_sheet
from caseapp.services.sheet_xls_shape import workbook_stream, xls_shape
from tests.sheets.makers import write_ods, write_xls, write_xlsx


def _merged_status(path: Path) -> Path:
    return write_xlsx(path, {"Список": [
        ["ФИО", "Статус", "Место содержания", "Дата пленения"],
        ["Петросян Арам", "в плену", "Баку, СИЗО", "13.12.2020"],
        ["Григорян Айк", None, None, "14.12.2020"],
        ["Мкртчян Сос", None, None, "15.12.2020"],
        ["Саргсян Ваге", "освобожден", "Баку", "16.12.2020"]]}, merged=["B2:B4", "C2:C4"])


def test_a_cell_merged_over_rows_is_read_for_each_of_them(case_file: CaseFile,
                                                          tmp_path: Path) -> None:
    # The second and third men had no status (recorded as missing) and no place.
    path = _merged_status(tmp_path / "list.xlsx")
    assert read_sheet(path).shape.merged == ((1, 1, 3, 1), (1, 2, 3, 2))  # (0-based)
    pv = preview(case_file, path)
    assert [(r.shown["status"], r.shown["place"]) for r in pv.rows] == [
        ("held", "Баку, СИЗО"), ("held", "Баку, СИЗО"), ("held", "Баку, СИЗО"),
        ("released", "Баку")]
    assert pv.notices[:2] == (
        "column B (Статус): a cell merged over rows 2–4 is read for each of its rows",
        "column C (Место содержания): a cell merged over rows 2–4 is read for each of its rows")
    result = import_rows(case_file, pv, decisions_for(pv))
    assert [case_file.captives.get(i).status for i in result.created] == [
        CaptiveStatus.HELD, CaptiveStatus.HELD, CaptiveStatus.HELD, CaptiveStatus.RELEASED]


def test_an_ods_cell_merged_over_rows_is_read_for_each_of_them(case_file: CaseFile,
                                                                tmp_path: Path) -> None:
    path = write_ods(tmp_path / "list.ods", {"Список": [
        ["ФИО", "Статус"], ["Петросян Арам", ("rows", "в плену", 2)],
        ["Григорян Айк", "covered"], ["Саргсян Ваге", "освобожден"]]})
    assert read_sheet(path).shape.merged == ((1, 1, 2, 1),)
    pv = preview(case_file, path)
    assert [r.shown["status"] for r in pv.rows] == ["held", "held", "released"]


def test_a_header_merged_over_two_rows_is_no_value_of_the_rows(case_file: CaseFile,
                                                               tmp_path: Path) -> None:
    # The second row ("рождения", "задержания") was taken for the header, which has no
    # name: "no column holds a name".
    book = Workbook()
    ws = book.active
    ws.append(["ФИО", "Дата", None])
    ws.append([None, "рождения", "задержания"])
    ws.append(["Петросян Арам", "17.05.1990", "13.12.2020"])
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:C1")
    book.save(tmp_path / "list.xlsx")
    pv = preview(case_file, tmp_path / "list.xlsx")
    assert (pv.header_row, [r.shown.get("name") for r in pv.rows]) == (1, ["Петросян Арам"])
    assert any("merged over rows 1 and 2" in n for n in pv.notices)
    assert not any("merged over rows" in n and "read for each" in n for n in pv.notices)


def test_a_header_merged_over_two_rows_is_read_by_both_rows_words(case_file: CaseFile,
                                                                  tmp_path: Path) -> None:
    # "Дата" over "рождения" and "задержания" mapped no column: the dates were not imported
    # (a warning said to give each column its header in one row, or to map the columns).
    book = Workbook()
    ws = book.active
    ws.append(["№", "ФИО", "Дата", None, "Статус"])
    ws.append([None, None, "рождения", "задержания", None])
    ws.append([1, "Петросян Арам", "17.05.1990", "13.12.2020", "в плену"])
    for cells in ("A1:A2", "B1:B2", "C1:D1", "E1:E2"):
        ws.merge_cells(cells)
    book.save(tmp_path / "list.xlsx")
    pv = preview(case_file, tmp_path / "list.xlsx")
    assert pv.notices[0] == ("the header is merged over rows 1 and 2: its columns are read as "
                             "“Дата рождения”, “Дата задержания”")
    assert pv.columns == {1: "name", 2: "birth", 3: "capture", 4: "status"}
    assert [(r.row, r.shown.get("birth"), r.shown.get("capture"), bool(r.problems))
            for r in pv.rows] == [(3, "1990-05-17", "2020-12-13", False)]
    again = preview(case_file, tmp_path / "list.xlsx", mapping=pv.mapping("saved"))
    assert (again.columns, len(again.rows)) == (pv.columns, 1)
    import_rows(case_file, pv, decisions_for(pv))
    (captive,) = case_file.captives.list()
    assert captive.birth is not None and captive.birth.iso() == "1990-05-17"


def test_a_row_below_the_header_with_a_name_is_no_second_header_row(case_file: CaseFile,
                                                                    tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"S": [
        ["ФИО", "Дата", "Статус"], ["Петросян Арам", "рождения", "в плену"]]})
    pv = preview(case_file, path)
    assert [r.shown.get("name") for r in pv.rows] == ["Петросян Арам"]
    assert not any("is merged over rows" in n for n in pv.notices)


def test_hidden_rows_and_a_hidden_column_read_are_said(case_file: CaseFile,
                                                       tmp_path: Path) -> None:
    # Nothing said that a hidden row (a man the colleague had hidden) would be imported,
    # nor that a hidden column was read as the date of birth.
    book = Workbook()
    ws = book.active
    ws.append(["ФИО", "Дата рождения", "ID"])
    ws.append(["Петросян Арам", "17.05.1990", "x1"])
    ws.append(["Григорян Айк", "02.03.1985", "x2"])
    ws.row_dimensions[3].hidden = True
    ws.column_dimensions["B"].hidden = True
    ws.column_dimensions["C"].hidden = True
    book.save(tmp_path / "list.xlsx")
    assert read_sheet(tmp_path / "list.xlsx").shape.hidden_rows == (2,)
    pv = preview(case_file, tmp_path / "list.xlsx")
    assert [r.shown.get("name") for r in pv.rows] == ["Петросян Арам", "Григорян Айк"]
    assert pv.notices[:2] == (
        "row 3 is hidden in the sheet: it is read like the others",
        "column B (Дата рождения) is hidden in the sheet: it is read as date of birth")


def test_formulas_never_computed_are_said(case_file: CaseFile, tmp_path: Path) -> None:
    # A file written by a program holds formulas without their values: the full names
    # were empty without a word, the rows said only "has no name".
    path = write_xlsx(tmp_path / "list.xlsx", {"Список": [
        ["ФИО", "Фамилия", "Статус"], ['=B2&" "&"Арам"', "Петросян", "held"],
        ['=B3&" "&"Айк"', "Григорян", "held"]]})
    pv = preview(case_file, path)
    assert pv.notices[0] == (
        "column A (ФИО), rows 2, 3: formulas never computed (the file was written by a "
        "program, not saved by a spreadsheet program) are read as empty; open the file in a "
        "spreadsheet program, save it and import again")


def test_ods_hidden_and_filtered_rows_and_a_hidden_column_read_are_said(
        case_file: CaseFile, tmp_path: Path) -> None:
    # Said for XLSX only: in an ODS list a hidden man, one a filter hid and a hidden date
    # column were read without a word.
    path = write_ods(tmp_path / "list.ods", {"Список": [
        ["ФИО", "Дата рождения", "ID"], ["Петросян Арам", "17.05.1990", "x1"],
        ["Григорян Айк", "02.03.1985", "x2"], ["Саргсян Арман", "01.01.1980", "x3"]]},
        hidden_rows=[2], filtered_rows=[3], hidden_columns=[1, 2])
    shape = read_sheet(path).shape
    assert (shape.hidden_rows, shape.hidden_columns) == ((2, 3), (1, 2))
    pv = preview(case_file, path)
    assert [r.shown.get("name") for r in pv.rows] == ["Петросян Арам", "Григорян Айк",
                                                      "Саргсян Арман"]
    assert pv.notices[:2] == (
        "rows 3, 4 are hidden in the sheet: they are read like the others",
        "column B (Дата рождения) is hidden in the sheet: it is read as date of birth")


def test_ods_formulas_without_a_value_are_said(case_file: CaseFile, tmp_path: Path) -> None:
    # An ODS file written by a program (formulas, no values): the full names were empty
    # without a word, the rows said only "has no name".
    path = write_ods(tmp_path / "list.ods", {"Список": [
        ["ФИО", "Фамилия", "Статус"], [("formula", 'of:=[.B2]&" Арам"'), "Петросян", "held"],
        [("formula", 'of:=[.B3]&" Айк"'), "Григорян", "held"]]})
    assert read_sheet(path).shape.uncomputed == ((1, 0), (2, 0))
    pv = preview(case_file, path)
    assert pv.notices[0] == (
        "column A (ФИО), rows 2, 3: formulas never computed (the file was written by a "
        "program, not saved by a spreadsheet program) are read as empty; open the file in a "
        "spreadsheet program, save it and import again")


def test_xls_hidden_rows_and_a_hidden_column_read_are_said(case_file: CaseFile,
                                                           tmp_path: Path) -> None:
    # Said for XLSX only: in an old Excel list a hidden man and a hidden date column were
    # read without a word.
    path = write_xls(tmp_path / "list.xls", {"Список": [
        ["ФИО", "Дата рождения", "ID"], ["Петросян Арам", "17.05.1990", "x1"],
        ["Григорян Айк", "02.03.1985", "x2"]]}, hidden_rows=[2], hidden_columns=[1, 2])
    shape = read_sheet(path).shape
    assert (shape.hidden_rows, shape.hidden_columns) == ((2,), (1, 2))
    pv = preview(case_file, path)
    assert [r.shown.get("name") for r in pv.rows] == ["Петросян Арам", "Григорян Айк"]
    assert pv.notices[:2] == (
        "row 3 is hidden in the sheet: it is read like the others",
        "column B (Дата рождения) is hidden in the sheet: it is read as date of birth")


def test_an_xls_sheet_whose_records_are_not_found_says_nothing_of_hidden_rows(
        tmp_path: Path) -> None:
    path = write_xls(tmp_path / "list.xls", {"Список": [["ФИО"], ["Петросян Арам"]]},
                     hidden_rows=[1])
    stream = workbook_stream(path.read_bytes())
    assert xls_shape(stream, "Список", ()).hidden_rows == (1,)
    assert xls_shape(stream, "Другой", ()) == Shape()
    assert xls_shape(stream[:200], "Список", ()) == Shape()


def test_an_xls_whose_directory_lies_past_its_end_is_refused_as_damaged(tmp_path: Path) -> None:
    path = write_xls(tmp_path / "list.xls", {"Список": [["ФИО"], ["Петросян Арам"]]})
    raw = bytearray(path.read_bytes())
    raw[0x30:0x34] = (10**6).to_bytes(4, "little")  # the directory's first sector: past the end
    path.write_bytes(bytes(raw))
    with pytest.raises(SheetError, match=r"list\.xls is damaged, or is not really an Excel"):
        read_sheet(path)


def _mac_xlsx(path: Path) -> Path:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = Workbook()
    book.epoch = CALENDAR_MAC_1904
    ws = book.active
    ws.append(["ФИО", "Дата рождения", "Дата задержания"])
    ws.append(["Петросян Арам", 31548, date(2020, 12, 13)])  # 17.05.1990 counted from 1904
    ws.append(["Григорян Айк", 1985, 42716])  # a year; 13.12.2020 counted from 1904
    book.save(path)
    return path


def _mac_xls(path: Path) -> Path:
    import xlwt  # type: ignore[import-untyped]

    book = xlwt.Workbook()
    book.dates_1904 = True
    ws = book.add_sheet("Список")
    for r, row in enumerate([["ФИО", "Дата рождения", "Дата задержания"],
                             ["Петросян Арам", 31548, "13.12.2020"],
                             ["Григорян Айк", 1985, 42716]]):
        for c, value in enumerate(row):
            ws.write(r, c, value)
    book.save(str(path))
    return path


@pytest.mark.parametrize("make", [_mac_xlsx, _mac_xls])
def test_numbers_of_a_workbook_counting_from_1904_are_its_days(
        case_file: CaseFile, tmp_path: Path, make: Callable[[Path], Path]) -> None:
    # A list from an old Mac's Excel, its dates as plain numbers: 31548 was read as
    # 16.05.1986, four years and a day before the birth it is.
    path = make(tmp_path / ("list" + (".xlsx" if make is _mac_xlsx else ".xls")))
    assert read_sheet(path).shape.dates_from_1904
    pv = preview(case_file, path)
    assert [(r.shown.get("birth"), r.shown.get("capture")) for r in pv.rows] == [
        ("1990-05-17", "2020-12-13"), ("1985", "2020-12-13")]
    assert ("the workbook counts its dates from 1904 (as Excel for the Mac did): 2 numbers in "
            "date columns are read as days of that count") in pv.notices
