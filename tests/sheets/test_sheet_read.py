"""Reading spreadsheet files: CSV in each encoding and delimiter (detected, or as given),
XLSX and ODS, and files that are not what they claim."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from caseapp.services.sheet_read import SheetError, open_workbook, read_sheet
from tests.sheets.makers import write_csv, write_ods, write_xlsx

ROWS = [["ФИО", "Անուն Ազգանուն", "Status"],
        ["Казарян Артур", "Արթուր Ղազարյան", "в плену; да"],
        ["Оганесян Ваграм", "Վահրամ Հովհաննիսյան", "осужден"]]


@pytest.mark.parametrize(("encoding", "detected"), [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"),
    ("utf-16-le", "utf-16-le")])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_encoding_and_delimiter_are_detected(tmp_path: Path, encoding: str, detected: str,
                                                  delimiter: str) -> None:
    path = write_csv(tmp_path / "list.csv", ROWS, encoding=encoding, delimiter=delimiter)
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == (detected, delimiter)
    assert [list(r) for r in sheet.rows] == ROWS


@pytest.mark.parametrize(("encoding", "delimiter"), [("utf-8-sig", ";"), ("cp1251", ";"),
                                                    ("utf-16", "\t")])
def test_a_list_with_decimal_commas_is_split_by_its_own_delimiter(
        tmp_path: Path, encoding: str, delimiter: str) -> None:
    # What a spreadsheet program set to Russian writes: ";" between cells, "," in numbers
    # and in a header; every line has one comma, so a comma looked like the delimiter and
    # the name column was lost (or read as "Петросян Арам;17.05.1990;1").
    rows = [["ФИО", "Дата рождения", "Рост, м", "Статус"],
            ["Петросян Арам", "17.05.1990", "1,82", "в плену"],
            ["Саркисян Давид", "01.02.1985", "1,75", "осуждён"]]
    path = write_csv(tmp_path / "list.csv", rows, encoding=encoding, delimiter=delimiter)
    sheet = read_sheet(path)
    assert sheet.delimiter == delimiter
    assert [list(r) for r in sheet.rows] == rows


def test_windows_1251_is_detected(tmp_path: Path) -> None:
    rows = [["ФИО", "Статус", "Место содержания"],
            ["Казарян Артур Гагикович", "в плену", "СИЗО Баку"],
            ["Оганесян Ваграм", "осужден", "Тюрьма"]]
    path = write_csv(tmp_path / "list.csv", rows, encoding="cp1251", delimiter=";")
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter) == ("cp1251", ";")
    assert sheet.rows[1] == ("Казарян Артур Гагикович", "в плену", "СИЗО Баку")


@pytest.mark.parametrize("name", ["Арам Петросян", "Ли Ян", "Пак Ирина", "Эльчин Рзаев"])
def test_a_one_row_windows_1251_list_is_read_in_cyrillic(tmp_path: Path, name: str) -> None:
    # Too short for a statistical guess: which reading gives words decides (Cyrillic words
    # are runs of high bytes; in Windows-1252 they would be runs of accented letters).
    path = tmp_path / "one.csv"
    path.write_bytes(f"Name,Date of birth,Status\r\n{name},1990,held\r\n".encode("cp1251"))
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.rows[1][0]) == ("cp1251", name)


def test_a_short_windows_1252_list_stays_latin(tmp_path: Path) -> None:
    path = tmp_path / "fr.csv"
    path.write_bytes("Name\r\nFrançois Dupré\r\nJürgen Müller\r\n".encode("cp1252"))
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.rows[1][0]) == ("cp1252", "François Dupré")


def test_the_encoding_and_delimiter_can_be_overridden(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"a;b,c\nd;e,f")
    assert read_sheet(path, delimiter=";").rows == (("a", "b,c"), ("d", "e,f"))
    assert read_sheet(path, delimiter=",").rows == (("a;b", "c"), ("d;e", "f"))
    # Read as Windows-1252, the Cyrillic bytes become Latin letters: the user's choice stands.
    path.write_bytes("Ж".encode("cp1251"))
    assert read_sheet(path, encoding="cp1252").rows == (("Æ",),)
    with pytest.raises(SheetError, match="not in UTF-8: byte 1"):
        read_sheet(path, encoding="utf-8")
    with pytest.raises(SheetError, match="not an encoding"):
        read_sheet(path, encoding="klingon")


def test_xlsx_reads_values_not_formulas_and_each_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {
        "Notes": [["nothing here"]],
        "Пленные": [["ФИО", "Дата рождения", "Sum"],
                    ["Казарян Артур", datetime(1990, 5, 17), "=1+1"],
                    [None, None, None],
                    ["Оганесян", 1985, None]]}, merged=["A5:C5"])
    book = open_workbook(path)
    assert book.sheet_names == ("Notes", "Пленные")
    sheet = read_sheet(path, "Пленные")
    # The formula was never computed (no spreadsheet program saved the file): no value.
    assert sheet.rows[1] == ("Казарян Артур", datetime(1990, 5, 17))
    assert sheet.rows[2] == ()
    assert sheet.rows[3] == ("Оганесян", 1985)
    assert read_sheet(path).name == "Пленные"  # the first with a header naming people
    with pytest.raises(SheetError, match="has no sheet “Captives”; its sheets: “Notes”, “Пленные”"):
        read_sheet(path, "Captives")


def test_ods_reads_dates_numbers_and_merged_cells(tmp_path: Path) -> None:
    path = write_ods(tmp_path / "list.ods", {"Ցուցակ": [
        ["Անուն Ազգանուն", ("merged", "Ծննդյան ամսաթիվ", 2)],
        ["Արտաշես Մկրտչյան", date(1990, 5, 17), None],
        ["Վահրամ Հովհաննիսյան", 1985, "x"]]})
    assert open_workbook(path).sheet_names == ("Ցուցակ",)
    rows = read_sheet(path).rows
    assert rows[0] == ("Անուն Ազգանուն", "Ծննդյան ամսաթիվ")
    assert rows[1] == ("Արտաշես Մկրտչյան", date(1990, 5, 17))
    assert rows[2] == ("Վահրամ Հովհաննիսյան", 1985, "x")


@pytest.mark.parametrize(("name", "content", "says"), [
    ("list.xlsx", b"not a zip at all", "list.xlsx is not an Excel workbook or is damaged"),
    ("list.ods", b"PK\x03\x04broken", "list.ods is damaged, or is not really an OpenDocument"),
    ("list.pdf", b"%PDF-1.4", "reads .csv, .xlsx, .xls and .ods"),
    ("list", b"a,b", "without an extension"),
])
def test_a_file_of_the_wrong_kind_is_one_clear_error(tmp_path: Path, name: str, content: bytes,
                                                     says: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SheetError, match=says):
        read_sheet(path)


def test_a_workbook_cut_short_says_so_in_the_users_language(tmp_path: Path) -> None:
    """A download broken off (half an .xlsx) is said to be cut short, in words the lawyer
    reads, not in Python's English ("File is not a zip file")."""
    whole = write_xlsx(tmp_path / "whole.xlsx", {"Список": [["ФИО", "Статус"]] + [
        [f"Петросян Арам {i}", "в плену"] for i in range(2000)]})
    path = tmp_path / "list.xlsx"
    path.write_bytes(whole.read_bytes()[:whole.stat().st_size // 2])
    with pytest.raises(SheetError) as caught:
        open_workbook(path)
    said = str(caught.value)
    assert said.startswith("list.xlsx is cut short or damaged: an .xlsx file is a ZIP archive")
    assert "zip file" not in said


def test_a_zip_that_is_no_workbook_and_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(SheetError, match="not an Excel workbook or is damaged: it holds no workbook"):
        open_workbook(path)
    with pytest.raises(SheetError, match="There is no file"):
        read_sheet(tmp_path / "gone.csv")
    with pytest.raises(SheetError, match="is a folder"):
        read_sheet(tmp_path / "dir.csv") if (tmp_path / "dir.csv").mkdir() is None else None


def test_long_cells_and_a_broken_quote(tmp_path: Path) -> None:
    long = "Ա" * 10_000
    path = write_csv(tmp_path / "list.csv", [["ФИО", "Notes"], ["Казарян", long]])
    assert read_sheet(path).rows[1][1] == long
    path.write_text('ФИО,Notes\n"Казарян,' + "x" * 200_000, encoding="utf-8")
    with pytest.raises(SheetError, match="line"):
        read_sheet(path)


@pytest.mark.parametrize("text", [
    'Name;Date of birth;Status\r\n"Aram Abovyan;1990;held\r\nBabken Babayan;1985;held\r\n'
    'Gurgen Galstyan;1980;held\r\n',  # never closed: the rest of the file in one cell
    'Name;Date of birth;Status\r\n"Aram Abovyan;1990\r\nBabken Babayan;1985;held";x\r\n'
    'Gurgen Galstyan;1980;held\r\n'])  # closed two rows on: rows swallowed, too few cells
def test_a_stray_quote_swallowing_rows_is_said_with_its_row(tmp_path: Path, text: str) -> None:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SheetError, match=r"row 2 \(line 2\): a quote opened there is never"):
        read_sheet(path)


def test_a_quoted_note_over_several_lines_is_one_cell(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text('Name,Notes,Status\r\nAram,"seen in May, in Baku\r\nthen moved, 2021",held'
                    '\r\nBabken,"a, b\r\nc, d"\r\n', encoding="utf-8")
    assert read_sheet(path).rows[1:] == (("Aram", "seen in May, in Baku\r\nthen moved, 2021",
                                          "held"), ("Babken", "a, b\r\nc, d"))


def test_a_formatted_empty_cell_far_down_is_no_data(tmp_path: Path) -> None:
    # One bold, empty cell at row 250,000 (beyond the most rows a sheet may have) and one
    # holding a space: the sheet has three rows, not "more than 200,000".
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    ws = book.active
    for row in (["Name", "Date of birth"], ["Aram Abovyan", "1990"], ["Babken Babayan", "1985"]):
        ws.append(row)
    ws.cell(250_000, 1).font = Font(bold=True)
    ws.cell(250_001, 2).value = " "
    book.save(tmp_path / "list.xlsx")
    assert read_sheet(tmp_path / "list.xlsx").rows == (
        ("Name", "Date of birth"), ("Aram Abovyan", "1990"), ("Babken Babayan", "1985"))


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_a_zip_bomb_named_as_a_spreadsheet_is_refused_before_it_is_unpacked(
        tmp_path: Path, suffix: str) -> None:
    # A workbook whose sheet was padded with 1.5 GB of spaces (1.5 MB on disk) was read
    # into 1.6 GB of memory; a larger one would have stopped the machine.
    real = write_xlsx(tmp_path / "real.xlsx", {"List": [["Name"], ["Aram Petrosyan"]]})
    bomb = tmp_path / f"bomb{suffix}"
    with zipfile.ZipFile(real) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 * 2**20))
            out.writestr(info.filename, data)
    with pytest.raises(SheetError, match=rf"^bomb{suffix} unpacks to 40 MB, far more than a "
                                         "spreadsheet of its size holds"):
        read_sheet(bomb)
    with pytest.raises(SheetError, match="unpacks to 40 MB"):
        open_workbook(bomb)


def test_an_old_excel_file_is_read(tmp_path: Path) -> None:
    # An .xls (Excel 97-2003, as older systems still export) was refused by its extension.
    # Nothing in the project writes one: this one was converted from an .xlsx by LibreOffice
    # (soffice --headless --convert-to xls) and is kept in tests/sheets/data.
    path = Path(__file__).parent / "data" / "list.xls"
    sheet = read_sheet(path)
    assert sheet.name == "Список"
    assert sheet.rows[0] == ("Список задержанных (по состоянию на 01.06.2024)",)
    assert sheet.rows[2][:3] == ("№", "ФИО (полностью)", "Дата рожд. (дд.мм.гггг)")
    assert sheet.rows[3][1:4] == ("Петросян Арам Гагикович", "17.05.1990", date(2020, 12, 13))
    assert open_workbook(path).sheet_names == ("Список",)


@pytest.mark.parametrize("name", ["export.xls", "export.xlsx"])
def test_a_web_page_named_as_a_spreadsheet_is_said_to_be_one(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf\r\n<html><body><table><tr><td>\xd0\xa4\xd0\x98\xd0\x9e</td></tr>"
                     b"</table></body></html>")
    with pytest.raises(SheetError, match=rf"^{name} is text \(a web page or XML\) named as a "
                                         "spreadsheet.*save it as .xlsx"):
        read_sheet(path)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_sheet_of_a_thousand_columns_is_one_line_saying_what_to_do(tmp_path: Path,
                                                                     suffix: str) -> None:
    rows = [["Name", "DOB", *(f"Q{i}" for i in range(998))],
            ["Aram Petrosyan", "17.05.1990", *(["x"] * 998)]]
    path = (write_xlsx(tmp_path / "wide.xlsx", {"List": rows}) if suffix == ".xlsx"
            else write_csv(tmp_path / "wide.csv", rows))
    with pytest.raises(SheetError, match=r"row 1, has more than 500 columns, the most CaseApp "
                                         r"reads: delete the columns the list does not need"):
        read_sheet(path)


def test_formatted_empty_rows_below_an_xlsx_list_are_not_parsed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Thousands of rows formatted below a list (a colour, bold, borders drawn down the
    # sheet) were each parsed, cell by cell: a 50-row list took minutes.
    from openpyxl.styles import Font
    from openpyxl.worksheet._reader import WorkSheetParser

    book = Workbook()
    ws = book.active
    ws.append(["ФИО", "Статус"])
    ws.append(["Петросян Арам", "held"])
    ws.append([None, None, None, "примечание"])  # the last cell with anything, far right
    for row in range(4, 3004):
        for column in range(1, 6):
            ws.cell(row=row, column=column).font = Font(bold=True)
    book.save(tmp_path / "list.xlsx")
    parsed: list[int] = []
    parse_row = WorkSheetParser.parse_row

    def counted(self: WorkSheetParser, row: object) -> object:
        parsed.append(1)
        return parse_row(self, row)

    monkeypatch.setattr(WorkSheetParser, "parse_row", counted)
    sheet = read_sheet(tmp_path / "list.xlsx")
    assert sheet.rows == (("ФИО", "Статус"), ("Петросян Арам", "held"),
                          (None, None, None, "примечание"))
    assert len(parsed) < 10


def test_an_xlsx_claiming_too_small_a_size_is_read_whole(tmp_path: Path) -> None:
    # A program wrote <dimension ref="A1:B2"> for three columns and three rows: the status
    # column and the last man were left out without a word.
    path = write_xlsx(tmp_path / "list.xlsx", {"S": [
        ["ФИО", "Дата рождения", "Статус"], ["Петросян Арам", "17.05.1990", "held"],
        ["Григорян Айк", "02.03.1985", "held"]]})
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    assert b'<dimension ref="A1:C3"/>' in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'ref="A1:C3"', b'ref="A1:B2"')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert read_sheet(path).rows == (("ФИО", "Дата рождения", "Статус"),
                                     ("Петросян Арам", "17.05.1990", "held"),
                                     ("Григорян Айк", "02.03.1985", "held"))


def test_xlsx_rows_without_a_number_are_all_read(tmp_path: Path) -> None:
    # Rows and cells may leave out their reference (r="3"): the last one numbered was taken
    # for the last row with a value, and the rows below it were left out.
    path = write_xlsx(tmp_path / "list.xlsx", {"S": [["ФИО"], ["Петросян Арам"], ["Григорян Айк"]]})
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    for number in (b"2", b"3"):
        sheet = sheet.replace(b'<row r="' + number + b'"', b"<row").replace(
            b' r="A' + number + b'"', b"")
    parts["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert read_sheet(path).rows == (("ФИО",), ("Петросян Арам",), ("Григорян Айк",))


def test_a_csvs_empty_lines_are_no_rows_to_count(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # A list saved as CSV with its sheet's formatted rows below (";;" lines by the
    # thousand) was refused: "has more than 200000 rows; split it", for one man.
    from caseapp.services import sheet_cells

    monkeypatch.setattr(sheet_cells, "MAX_ROWS", 10)
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Статус\nПетросян Арам;held\n;\n" + ";;\n" * 50, encoding="utf-8")
    assert read_sheet(path).rows == (("ФИО", "Статус"), ("Петросян Арам", "held"))
    path.write_text("ФИО;Статус\n" + "Петросян Арам;held\n" * 10, encoding="utf-8")
    with pytest.raises(SheetError, match=r"^list.csv has more than 10 rows; split it.$"):
        read_sheet(path)


def test_the_row_limit_is_written_as_a_quantity(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """"more than 200000 rows" is hard to read: the limit is grouped as each language groups
    digits."""
    from caseapp.services import sheet_cells

    monkeypatch.setattr(sheet_cells, "MAX_ROWS", 2000)
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Статус\n" + "Петросян Арам;held\n" * 2001, encoding="utf-8")
    with pytest.raises(SheetError) as refused:
        read_sheet(path)
    assert "more than 2,000 rows" in refused.value.message.render("en")
    assert "2\u00a0000" in refused.value.message.render("ru")


def test_a_list_in_two_encodings_names_the_lines_each_cannot_read(tmp_path: Path) -> None:
    """Lines pasted from two programs (a Windows-1251 header over UTF-8 rows): neither
    encoding reads the file, and the lawyer is told which line each fails on, not a byte."""
    path = tmp_path / "list.csv"
    path.write_bytes("ФИО;Статус\n".encode("cp1251") + "Иванян Арам;в плену\n"
                     "Армен Саргсян;осужден\n".encode())
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert str(caught.value) == (
        "list.csv is neither in UTF-8 (line 1 is not) nor in Windows-1251 (line 2 is not): "
        "it may mix two encodings, or be in another one. Save the list again in UTF-8 from "
        "one program, or give its encoding, and import it again.")
