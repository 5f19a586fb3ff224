"""Lists as lawyers and NGOs keep them, made by others than CaseApp: a group of columns about
the mother beside the captive's, totals and notes below the list, a second table under the
first, abbreviated headers, dates in the order of the country that wrote them. What the
preview says of them and what the import then does."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview


def _grouped(path: Path) -> Path:
    """The captive's columns and the mother's side by side, each group under a label merged
    over its columns, in Armenian."""
    book = Workbook()
    ws = book.active
    ws.append(["Գերի", None, None, "Մայր", None])
    ws.append(["Անուն Ազգանուն", "Ծննդ. թ.", "Գերեվարման ամսաթիվ", "Անուն Ազգանուն", "Ծննդ. թ."])
    ws.append(["Սևակ Պետրոսյան", "1990", "13.12.2020", "Անահիտ Պետրոսյան", "1965"])
    ws.merge_cells("A1:C1")
    ws.merge_cells("D1:E1")
    book.save(path)
    return path


def test_the_mothers_columns_under_her_label_are_not_the_captives(case_file: CaseFile,
                                                                   tmp_path: Path) -> None:
    # The mother's name was a second spelling of the captive's name, her birth date said
    # only as a "second date of birth".
    pv = preview(case_file, _grouped(tmp_path / "list.xlsx"))
    assert pv.columns == {0: "name", 1: "birth", 2: "capture"}
    (row,) = pv.rows
    assert row.shown["name"] == "Սևակ Պետրոսյան" and row.shown["birth"] == "1990"
    assert not row.problems
    assert pv.notices[0] == ("columns D (Անուն Ազգանուն), E (Ծննդ. թ.) are under “Մայր” (row 1), "
                             "about someone else: not imported")
    assert not any("merged over" in n for n in pv.notices)
    result = import_rows(case_file, pv, decisions_for(pv))
    (captive,) = [case_file.captives.get(i) for i in result.created]
    assert [n.full_name for n in captive.names] == ["Սևակ Պետրոսյան"]


def test_a_title_above_the_header_naming_relatives_leaves_the_columns_mapped(
        case_file: CaseFile, tmp_path: Path) -> None:
    book = Workbook()
    ws = book.active
    ws.append(["Список пленных для родственников"])
    ws.append(["ФИО", "Дата рождения"])
    ws.append(["Петросян Арам", "17.05.1990"])
    book.save(tmp_path / "list.xlsx")
    pv = preview(case_file, tmp_path / "list.xlsx")
    assert pv.columns == {0: "name", 1: "birth"}
