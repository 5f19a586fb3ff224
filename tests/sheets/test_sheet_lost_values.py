"""Values a list holds that the import would lose or misread without a word: cells under no
header (a note typed right of the list, a row wider than its header), and the date a
spreadsheet shows for a date cell holding 0 (00.01.1900, 30.12.1899), saved into a CSV."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_preview import preview


def test_values_under_no_header_are_said_not_lost(case_file: CaseFile, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Дата рождения;Статус\n"
                    "Петросян Арам;17.05.1990;в плену;сестра: +374 91 000000\n"
                    "Мкртчян Гор;1985;осужден\n", encoding="utf-8")
    pv = preview(case_file, path)
    assert [r.shown["name"] for r in pv.rows] == ["Петросян Арам", "Мкртчян Гор"]
    assert pv.notices[0] == (
        "column D has no header, and no field reads its values (row 2: “сестра: +374 91 "
        "000000”): they are not imported; give the column a header or map it, if they belong "
        "to the list")
    # Mapped by hand (the wizard's second step), the column is read and nothing is said.
    pv = preview(case_file, path, columns={0: "name", 1: "birth", 2: "status", 3: "notes"})
    assert "сестра: +374 91 000000" in pv.rows[0].values.notes
    assert not any("no header" in n for n in pv.notices)


def test_an_empty_header_cell_over_values_is_said(case_file: CaseFile, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["ФИО", None, "Статус", "Примечания", None])
    ws.append(["Петросян Арам", "17.05.1990", "в плену", "", "обмен?"])
    ws.append(["Мкртчян Гор", "1985", "осужден"])
    wb.save(tmp_path / "list.xlsx")
    pv = preview(case_file, tmp_path / "list.xlsx")
    assert pv.notices[0] == (
        "columns B, E have no header, and no field reads their values (row 2: “17.05.1990”): "
        "they are not imported; give the columns a header or map them, if they belong to the "
        "list")


def test_a_list_with_every_column_named_says_nothing(case_file: CaseFile, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Статус\nПетросян Арам;в плену\n", encoding="utf-8")
    assert not any("no header" in n for n in preview(case_file, path).notices)


def test_the_date_of_a_date_cell_holding_zero_is_an_error_not_1900(
        case_file: CaseFile, tmp_path: Path) -> None:
    """Excel shows an empty date (0) as 00.01.1900, LibreOffice as 30.12.1899: saved as a
    CSV, the men were born in January 1900 or in 1899."""
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Дата рождения;Дата задержания\n"
                    "Петросян Арам;00.01.1900;13.12.2020\n"
                    "Мкртчян Гор;30.12.1899;1899-12-31\n"
                    "Акопян Ани;01.01.1990;00.00.0000\n", encoding="utf-8")
    pv = preview(case_file, path)
    said = [str(p.message()) for r in pv.rows for p in r.problems if not p.warning]
    assert said == [
        "row 2, column B (Дата рождения): “00.01.1900” is how a spreadsheet shows a date cell "
        "holding 0, not a date: leave the cell empty if the date is not known",
        "row 3, column B (Дата рождения): “30.12.1899” is how a spreadsheet shows a date cell "
        "holding 0, not a date: leave the cell empty if the date is not known",
        "row 3, column C (Дата задержания): “1899-12-31” is how a spreadsheet shows a date "
        "cell holding 0, not a date: leave the cell empty if the date is not known"]
    assert not pv.rows[2].errors  # 00.00.0000: not known, as registers write it


def test_an_empty_sheet_is_said_to_be_empty(tmp_path: Path, db: Path) -> None:
    """It was "no column holds a name (headers of row 1: none)", as if the headers were
    wrong."""
    import io

    from caseapp.cli import main

    wb = Workbook()
    wb.active.title = "Лист1"
    wb.create_sheet("Пленные")
    wb.save(tmp_path / "list.xlsx")
    (tmp_path / "list.csv").write_text("\r\n\r\n")
    for name, said in (
            ("list.xlsx", "caseapp: list.xlsx: sheet “Лист1” is empty: there is nothing to "
                          "import; its sheets: “Лист1”, “Пленные”.\n"),
            ("list.csv", "caseapp: list.csv is empty: there is nothing to import.\n")):
        out, err = io.StringIO(), io.StringIO()
        code = main(["import-sheet", str(tmp_path / name), "--dry-run", "--db", str(db)],
                    out=out, err=err)
        assert (code, out.getvalue(), err.getvalue()) == (2, "", said)
