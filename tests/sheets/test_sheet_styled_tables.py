"""A second table below the list in an XLSX, XLS or ODS file, whose header is told only by its look
(bold, or on a fill, as the list's own header is): the list ends above it. Its words name
nothing CaseApp knows, so its rows were read by the list's columns: released men created as
captives with their release date for a birth date."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_preview import preview

BOLD = Font(bold=True)
GREY = PatternFill("solid", fgColor="FFD9D9D9")
LIST = [
    ["Список военнопленных (обновлено 01.03.2024)"],
    ["ФИО", "Дата рождения", "Статус", "Примечания"],
    ["Պետրոսյան Արամ", "17.05.1990", "в плену", "суд: Şükürov Ə., Баку"],
    ["Мкртчян Арташес Гагикович", "1985", "осужден", "15 лет; апелляция подана"],
    ["Ghazaryan Ani", "02.03.1999", "կալանքի տակ", ""],
    [],
    ["Освобождены"],
    ["Пленный", "Освобождён", "Статус", "Примечания"],
    ["Манукян Гор", "12.03.2023", "освобожден", "обмен, МККК"],
    ["Սարգսյան Դավիթ", "05.2023", "ազատ արձակված", "через посольство"],
]


def _write(path: Path, rows: list[list[str]], styled: dict[int, str]) -> Path:
    """``styled``: 1-based row → "bold" or "fill"."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Список"
    for row in rows:
        ws.append(row)
    if len(rows[0]) == 1:
        ws.merge_cells("A1:D1")  # the title over the list
    for number, look in styled.items():
        for cell in ws[number]:
            if look == "bold":
                cell.font = BOLD
            else:
                cell.fill = GREY
    wb.save(path)
    return path


@pytest.mark.parametrize("look", ["bold", "fill"])
def test_a_table_below_whose_header_is_set_as_the_lists_ends_the_list(
        case_file: CaseFile, tmp_path: Path, look: str) -> None:
    path = _write(tmp_path / "list.xlsx", LIST, {1: look, 2: look, 7: look, 8: look})
    pv = preview(case_file, path)
    assert [r.row for r in pv.rows] == [3, 4, 5]
    assert not any(r.values.values.get("status") and r.row > 5 for r in pv.rows)
    assert pv.notices[0] == (
        "row 8 (“Пленный | Освобождён | Статус | Примеча…”) is set as a header, as the list's "
        "own is: it begins another table, the list ends above it, and the 4 rows from row 7 "
        "on are not read (to import that table, give its header row: 8)")


def test_a_person_set_in_bold_stays_a_person(case_file: CaseFile, tmp_path: Path) -> None:
    """An urgent case set in bold (no date: only a name and a status) is a row of the list,
    while the second table's header below it still ends the list; in a sheet set in bold
    whole, or with no header in bold, the look tells nothing and the words decide."""
    rows = [*LIST[:5], ["Мамедов Рашад", "", "в плену", "срочно"], *LIST[5:]]
    pv = preview(case_file, _write(tmp_path / "one.xlsx", rows,
                                   {1: "bold", 2: "bold", 6: "bold", 8: "bold", 9: "bold"}))
    assert [r.row for r in pv.rows] == [3, 4, 5, 6] and not pv.with_errors
    assert pv.notices[0].startswith("row 9 (“Пленный | Освобождён")
    for styled in ({n: "bold" for n in range(1, len(rows) + 1)}, {}):
        pv = preview(case_file, _write(tmp_path / "all.xlsx", rows, styled))
        assert [r.row for r in pv.rows][-2:] == [10, 11]


@pytest.mark.parametrize("look", ["bold", "fill"])
@pytest.mark.parametrize("kind", ["xls", "ods"])
def test_an_old_excel_or_opendocument_list_ends_above_a_table_set_as_its_header(
        case_file: CaseFile, tmp_path: Path, look: str, kind: str) -> None:
    """The cue was read in .xlsx files only: in an .xls or .ods list the released men
    below were captives with their release date for a birth date."""
    from tests.sheets.makers import write_ods, write_xls

    write = write_xls if kind == "xls" else write_ods
    styled = {1: look, 2: look, 7: look, 8: look}
    path = write(tmp_path / f"list.{kind}", {"Список": LIST}, styled=styled)
    pv = preview(case_file, path)
    assert [r.row for r in pv.rows] == [3, 4, 5]
    assert pv.notices[0].startswith("row 8 (“Пленный | Освобождён | Статус | Примеча…”) is "
                                    "set as a header, as the list's own is")
    rows = [*LIST[:5], ["Мамедов Рашад", "", "в плену", "срочно"], *LIST[5:]]
    pv = preview(case_file, write(tmp_path / f"person.{kind}", {"Список": rows},
                                  styled={1: look, 2: look, 6: look, 8: look, 9: look}))
    assert [r.row for r in pv.rows] == [3, 4, 5, 6]  # a person set in bold stays one
