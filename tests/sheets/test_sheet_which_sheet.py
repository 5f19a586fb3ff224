"""A workbook whose list of captives is not on its first sheet (a sheet of instructions, a
cover, a summary before it): the first visible sheet with a header naming people is read,
in the preview and as the wizard's first choice."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_preview import preview
from caseapp.services.sheet_read import SheetError, open_workbook
from tests.sheets.makers import write_ods, write_xlsx

_INSTRUCTIONS = [["Как заполнять список"], ["Даты пишите как 17.05.1990, имена полностью"]]
_TITLE_THEN_LIST = [["СПИСОК ПЛЕННЫХ"], ["Составлено: адвокатская группа"], [],
                    [], ["№", "ФИО", "Дата задержания"], [1, "Петросян Арам", "13.12.2020"]]


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_the_list_after_a_sheet_of_instructions_is_read(case_file: CaseFile, tmp_path: Path,
                                                        suffix: str) -> None:
    # It said "no column holds a name (headers of row 1: “Как заполнять список”)".
    sheets = {"Инструкция": _INSTRUCTIONS, "Итоги": [["Всего", 1]], "Список": _TITLE_THEN_LIST}
    path = (write_xlsx if suffix == ".xlsx" else write_ods)(tmp_path / f"list{suffix}", sheets)
    assert open_workbook(path).default_sheet == "Список"
    pv = preview(case_file, path)
    assert (pv.sheet, pv.header_row) == ("Список", 5)
    assert [r.shown for r in pv.rows] == [{"name": "Петросян Арам", "capture": "2020-12-13"}]


def test_a_sheet_named_is_read_even_without_a_list(case_file: CaseFile, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"Инструкция": _INSTRUCTIONS,
                                               "Список": _TITLE_THEN_LIST})
    with pytest.raises(SheetError, match="no column holds a name"):
        preview(case_file, path, sheet="Инструкция")


def test_without_any_list_the_first_sheet_is_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"A": _INSTRUCTIONS, "B": _INSTRUCTIONS})
    assert open_workbook(path).default_sheet == "A"


def test_a_list_hidden_behind_its_instructions_is_read_and_said(case_file: CaseFile,
                                                                 tmp_path: Path) -> None:
    """The one sheet listing people hidden, its instructions shown: it said "no column holds
    a name (headers of row 1: “Как заполнять список”)"."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Инструкция"
    for row in _INSTRUCTIONS:
        wb.active.append(row)
    hidden = wb.create_sheet("Список")
    hidden.sheet_state = "hidden"
    for row in _TITLE_THEN_LIST:
        hidden.append(row)
    wb.save(tmp_path / "list.xlsx")
    assert open_workbook(tmp_path / "list.xlsx").default_sheet == "Список"
    pv = preview(case_file, tmp_path / "list.xlsx")
    assert [r.shown["name"] for r in pv.rows] == ["Петросян Арам"]
    assert pv.notices[0] == ("sheet “Список” is hidden in the workbook: it is read because it "
                             "lists people and no sheet shown does")
    assert not any("hidden in the workbook" in n for n in
                   preview(case_file, tmp_path / "list.xlsx", sheet="Инструкция", header_row=1,
                           columns={0: "name"}).notices)
