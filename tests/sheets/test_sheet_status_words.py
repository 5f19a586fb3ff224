"""A status cell with more words than the status ("Осужден на 15 лет", "Released 12.03.2024",
"Ազատ է արձակվել 2024"): its leading words are the status, a day after them its day, the
rest is kept in the captive's notes and said in the preview. A cell naming two statuses, or none, is not read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from caseapp.domain.enums import CaptiveStatus
from caseapp.domain.sheet_status import parse_status
from caseapp.domain.sheet_values import CellError
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_xlsx


@pytest.mark.parametrize(("cell", "status", "rest"), [
    ("Осужден на 15 лет", CaptiveStatus.CONVICTED, "на 15 лет"),
    ("осуждён (15 л.)", CaptiveStatus.CONVICTED, "(15 л.)"),
    ("Released 12.03.2024", CaptiveStatus.RELEASED, "12.03.2024"),
    ("Ազատ է արձակվել 2024", CaptiveStatus.RELEASED, "2024"),
    ("в СИЗО с 2023", CaptiveStatus.PRE_TRIAL, "с 2023"),
    ("Пропал без вести, с 2022", CaptiveStatus.MISSING, "с 2022"),
    ("Դատապարտված է 20 տարվա", CaptiveStatus.CONVICTED, "է 20 տարվա"),
    ("held", CaptiveStatus.HELD, ""),
])
def test_the_leading_words_name_the_status_and_the_rest_is_kept(
        cell: str, status: CaptiveStatus, rest: str) -> None:
    assert parse_status(cell) == (status, rest)


@pytest.mark.parametrize("cell", ["в плену, осужден", "освобожден, затем снова задержан",
                                  "Convicted, released 2024", "15 лет", "Не освобожден",
                                  "Գերի, ազատ արձակված"])
def test_a_cell_naming_two_statuses_or_none_is_not_read(cell: str) -> None:
    with pytest.raises(CellError, match="is not a known word"):
        parse_status(cell)


def test_the_rest_of_a_status_cell_is_said_and_kept_in_the_captives_notes(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "Осужден на 15 лет" was a cell that could not be read: the row was left out.
    path = write_xlsx(tmp_path / "list.xlsx", {"Список": [
        ["ФИО", "Статус"],
        ["Петросян Арам", "Осужден на 15 лет"],
        ["Aram Grigoryan", "Released 12.03.2024"],
        ["Սևակ Պետրոսյան", "Ազատ է արձակվել 2024"],
        ["Мкртчян Айк", "в плену, осужден"]]})
    pv = preview(case_file, path)
    assert [r.shown.get("status") for r in pv.rows[:3]] == ["convicted", "released", "released"]
    assert [str(w) for w in pv.rows[0].warnings] == [
        "row 2, column B (Статус): “Осужден на 15 лет” is read as “Convicted”; the rest "
        "(“на 15 лет”) is kept in the captive's notes"]
    assert pv.rows[0].shown["notes"] == "Статус: Осужден на 15 лет"
    assert [str(e) for e in pv.rows[3].errors] == [
        "row 5, column B (Статус): “в плену, осужден” is not a known word for one of: Missing; "
        "Held, no charges known; Detained pre-trial; On trial; Convicted; Released; Repatriated; "
        "Deceased (add it to the mapping)"]
    result = import_rows(case_file, pv, decisions_for(pv, skip_errors=True))
    assert (len(result.created), result.left_out) == (3, 1)
    captives = [case_file.captives.get(i) for i in result.created]
    assert [c.status for c in captives] == [CaptiveStatus.CONVICTED, CaptiveStatus.RELEASED,
                                            CaptiveStatus.RELEASED]
    # (a day after the status is the status's day: nothing of the cell is left to keep)
    assert captives[1].status_since == date(2024, 3, 12)
    assert [[n.body for n in case_file.notes.list(captive_id=c.id)] for c in captives] == [
        ["Статус: Осужден на 15 лет"], [], ["Статус: Ազատ է արձակվել 2024"]]
