"""The import of a spreadsheet into a case file: the preview of every row, duplicates
across scripts, the all-or-nothing write with one audit entry and computed deadlines, and
its undo. Expected values are worked out by hand from the sheets written here."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from caseapp.domain.dates import PartialDate
from caseapp.domain.deadline_steps import is_estimated
from caseapp.domain.enums import (
    CaptiveCategory,
    CaptiveStatus,
    DatePrecision,
    DeadlineStatus,
    NameKind,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.sheet_columns import Mapping
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_import_undo import undo_import
from caseapp.services.sheet_preview import preview
from caseapp.services.sheet_read import SheetError
from tests.sheets.makers import write_csv, write_ods, write_xlsx

# Armenian and Russian headers, a title row above them, mixed date formats, statuses in
# Russian and Armenian, and rows 4 and 6 the same man (Казарян / Ghazaryan, born 1990).
SHEET = [
    ["Список на 01.11.2026", "", "", "", "", "", ""],
    ["ФИО", "Ծննդյան ամսաթիվ", "Дата задержания", "Статус", "Категория", "Место содержания",
     "Примечания"],
    ["Оганесян Ваграм", "1985", "май 2024", "осужден", "военнопленный", "", ""],
    ["Казарян Артур Гагикович", "17.05.1990", "20.11.2026", "в плену", "военнопленный",
     "СИЗО Баку", "звонил семье"],
    ["", "", "", "", "", "", ""],
    ["Artur Ghazaryan", "May 1990", "", "կալանքի տակ", "", "", ""],
]



def test_a_sheet_in_three_scripts_is_previewed_then_imported(case_file: CaseFile,
                                                             tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"Пленные": SHEET})
    pv = preview(case_file, path)
    assert pv.header_row == 2 and pv.empty_rows == 1
    assert [r.row for r in pv.rows] == [3, 4, 6]
    first, second, third = pv.rows
    assert first.shown == {"name": "Оганесян Ваграм", "birth": "1985", "capture": "2024-05",
                           "status": "convicted", "category": "serviceman"}
    assert second.shown["birth"] == "1990-05-17" and second.shown["status"] == "held"
    assert third.shown["birth"] == "1990-05" and third.shown["status"] == "held"
    assert not any(r.errors for r in pv.rows)
    # One merge prompt: row 6 may be row 4 (same name across scripts, birth dates agree).
    assert [(r.row, [(d.row, d.captive_id) for d in r.duplicates]) for r in pv.with_duplicates] \
        == [(6, [(4, None)])]
    # 17.05.1990 and 05.1990: they agree, but only the month is known on both sides
    assert pv.rows[2].duplicates[0].reasons == ("same name",
                                                "birth dates agree as far as both are known")
    with pytest.raises(ValidationError, match=r"row 6 .*may be the same person as row 4"):
        decisions_for(pv)
    assert case_file.captives.list() == []  # nothing written by the preview

    result = import_rows(case_file, pv, decisions_for(pv, {6: "row:4"}))
    assert len(result.created) == 2 and result.skipped == 0
    captives = {c.primary_name: c for c in case_file.captives.list()}
    assert set(captives) == {"Оганесян Ваграм", "Казарян Артур Гагикович"}
    kazaryan = captives["Казарян Артур Гагикович"]
    assert kazaryan.birth == PartialDate(date(1990, 5, 17), DatePrecision.EXACT)
    assert kazaryan.capture == PartialDate(date(2026, 11, 20))
    assert kazaryan.status is CaptiveStatus.HELD
    assert kazaryan.category is CaptiveCategory.SERVICEMAN
    assert kazaryan.current_place == "СИЗО Баку"
    assert [(n.full_name, n.language, n.kind) for n in kazaryan.names] == [
        ("Казарян Артур Гагикович", "ru", NameKind.NATIVE),
        ("Artur Ghazaryan", "", NameKind.TRANSLITERATION)]
    oganesyan = captives["Оганесян Ваграм"]
    assert oganesyan.birth == PartialDate(date(1985, 1, 1), DatePrecision.YEAR)
    assert oganesyan.capture == PartialDate(date(2024, 5, 1), DatePrecision.MONTH)
    assert [n.body for n in case_file.notes.list(captive_id=kazaryan.id)] == ["звонил семье"]
    # A serviceman captured on 20 November 2026: a capture card within a week (Geneva III,
    # Art. 70): due 27 November 2026. Captured in "May 2024" (a month only): counted from
    # 1 May (never later), an estimate, long past: kept for the record, not overdue.
    deadlines = case_file.deadlines.list(captive_id=kazaryan.id)
    assert [(d.rule_id, d.due_on) for d in deadlines] == [("geneva.capture_card",
                                                             date(2026, 11, 27))]
    [card] = case_file.deadlines.list(captive_id=oganesyan.id)
    assert (card.rule_id, card.due_on) == ("geneva.capture_card", date(2024, 5, 8))
    assert is_estimated(card.explanation) and card.status is DeadlineStatus.DISMISSED
    assert result.deadlines == 2
    # One audit entry for the import, naming the file, its SHA-256 and the counts.
    entries = [e for e in case_file.audit.recent(limit=50) if e.entity == "imports"]
    assert len(entries) == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() in entries[0].new_value
    assert '"created": 2' in entries[0].new_value and '"merged": 1' in entries[0].new_value


def test_a_row_like_a_captive_already_in_the_file_is_merged_into_it(case_file: CaseFile,
                                                                  tmp_path: Path) -> None:
    there = case_file.captives.create(names=["Վահրամ Հովհաննիսյան"], birth="1985")
    path = write_csv(tmp_path / "list.csv", [
        ["Name", "Date of birth", "Place of birth", "Tags"],
        ["Vahram Hovhannisyan", "12.03.1985", "Goris", "ngo-list; 2024"],
        ["Ани Казарян", "1999", "", ""]], encoding="utf-16")
    pv = preview(case_file, path)
    assert pv.encoding == "utf-16"
    dup = pv.rows[0].duplicates[0]
    # 1985 and 12.03.1985: not "the same birth date", only the year is known on both sides
    assert (dup.captive_id, dup.reasons) == (
        there.id, ("same name", "birth dates agree as far as both are known"))
    assert pv.rows[1].duplicates == ()
    result = import_rows(case_file, pv, decisions_for(pv, on_duplicate="merge"))
    merged = case_file.captives.get(there.id)
    assert [n.full_name for n in merged.names] == ["Վահրամ Հովհաննիսյան", "Vahram Hovhannisyan"]
    # The year of birth known already stays (a field is only filled when empty).
    assert merged.birth == PartialDate(date(1985, 1, 1), DatePrecision.YEAR)
    assert merged.birth_place == "Goris" and merged.tags == ("2024", "ngo-list")
    assert len(case_file.captives.list()) == 2

    undo_import(case_file, result)
    back = case_file.captives.get(there.id)
    assert [n.full_name for n in back.names] == ["Վահրամ Հովհաննիսյան"]
    assert back.birth_place == "" and back.tags == ()
    assert [c.id for c in case_file.captives.list()] == [there.id]


def test_hostile_cells_are_errors_of_their_cell_and_the_import_refuses(case_file: CaseFile,
                                                                      tmp_path: Path) -> None:
    path = write_ods(tmp_path / "list.ods", {"Ցուցակ": [
        ["Անուն", "Ազգանուն", ("merged", "Ծննդյան ամսաթիվ", 2), "Կարգավիճակ"],
        ["=cmd|' /C calc'!A0", "Մկրտչյան", "1990", None, "գերի"],
        ["Արտաշես", "Մ" * 400, "1990", None, "գերի"],
        ["Արտաշես", "Մկրտչյան", "31.02.1990", None, "ազատված"],
        ["Արտաշես", "Մկրտչյան", "2030", None, "who knows"],
        ["Գոռ", "Գևորգյան", date(1990, 5, 17), None, "ազատված"]]})
    pv = preview(case_file, path)
    reasons = {r.row: [(p.column, p.reason) for p in r.errors] for r in pv.rows}
    assert reasons[2][0][0] == "A" and "formula" in reasons[2][0][1]
    assert "300 characters" in reasons[3][0][1]
    assert reasons[4] == [("C", "is not a day of the calendar")]
    assert [c for c, _ in reasons[5]] == ["E", "C"]  # the status word, then the future birth
    assert "in the future" in reasons[5][1][1]
    assert reasons[6] == []
    with pytest.raises(ValidationError, match=r"4 row.*first: row 2, column A"):
        decisions_for(pv)
    assert case_file.captives.list() == []
    result = import_rows(case_file, pv, decisions_for(pv, skip_errors=True))
    assert (len(result.created), result.left_out) == (1, 4)
    assert case_file.captives.list()[0].primary_name == "Գոռ Գևորգյան"


def test_a_failure_halfway_leaves_the_case_file_as_it_was(case_file: CaseFile,
                                                         tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["ФИО"], ["Казарян Артур"], ["Оганесян Ваграм"]])
    pv = preview(case_file, path)
    with pytest.raises(ValidationError, match=r"row 3 .*no captive with ID 999.*Nothing was"):
        import_rows(case_file, pv, {2: "create", 3: "merge:999"})
    assert case_file.captives.list() == []
    assert [e for e in case_file.audit.recent(limit=50) if e.entity == "imports"] == []


def test_a_saved_mapping_reads_a_sheet_its_headers_do_not_name(case_file: CaseFile,
                                                             tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [["Кто", "Когда", "Что"],
                                             ["Казарян Артур", "03.04.2024", "в СИЗО"]],
                     encoding="cp1251", delimiter=";")
    with pytest.raises(SheetError, match="no column holds a name"):
        preview(case_file, path)
    mapping = Mapping.from_toml('[columns]\n"Кто" = "name"\n"Когда" = "capture"\n'
                                '"C" = "status"\n[values.status]\n"в СИЗО" = "pre_trial"\n')
    pv = preview(case_file, path, mapping=mapping)
    assert pv.rows[0].shown == {"name": "Казарян Артур", "capture": "2024-04-03",
                                "status": "pre_trial"}
    assert Mapping.from_toml(pv.mapping("NGO").to_toml()).columns == {
        "Кто": "name", "Когда": "capture", "Что": "status"}


def test_a_merged_row_with_a_new_status_changes_the_captives_status(case_file: CaseFile,
                                                                    tmp_path: Path) -> None:
    there = case_file.captives.create(names=["Саргсян Давид"], birth="1985-03-12",
                                      status="held")
    path = write_csv(tmp_path / "v2.csv", [["ФИО", "Дата рождения", "Статус"],
                                           ["Саргсян Давид", "12.03.1985", "освобожден"]])
    pv = preview(case_file, path)
    result = import_rows(case_file, pv, decisions_for(pv, on_duplicate="merge"))
    assert case_file.captives.get(there.id).status is CaptiveStatus.RELEASED
    history = case_file.captives.status_history(there.id)
    assert [(h.old_status, h.new_status) for h in history][-1] == (CaptiveStatus.HELD,
                                                                   CaptiveStatus.RELEASED)
    undo_import(case_file, result)
    assert case_file.captives.get(there.id).status is CaptiveStatus.HELD
    assert len(case_file.captives.status_history(there.id)) == len(history) - 1


# A column no field reads ("Called by"): rows with text only there are not empty rows.
UNCHOSEN = [["Name", "Date of birth", "Called by"],
            ["Aram Abovyan", "1980", ""],
            ["", "", "his sister, 12 May"],
            ["Babken Babayan", "1981", ""],
            ["", "", ""],
            ["", "", "the ICRC, June"],
            ["Gurgen Galstyan", "1982", "the embassy"]]


def test_rows_with_text_only_in_columns_not_chosen_are_not_called_empty(
        case_file: CaseFile, tmp_path: Path) -> None:
    """Rows 3 and 6 hold text only in a column not chosen for import: said apart from the
    empty row 5, by number, so that the lawyer can check she did not forget to choose a
    column (in the window and in ``caseapp import-sheet`` alike)."""
    from caseapp.services.sheet_summary import preview_counts

    pv = preview(case_file, write_csv(tmp_path / "list.csv", UNCHOSEN))
    assert 2 not in pv.columns  # "Called by" is read into no field
    assert [r.row for r in pv.rows] == [2, 4, 7]
    assert (pv.empty_rows, pv.unchosen_rows) == (1, (3, 6))
    said = [m.render("en") for m in preview_counts(pv)]
    assert said[1:] == [
        "1 empty row left out.",
        "2 rows with nothing in the columns you chose, left out (rows 3, 6): check that "
        "no column you need is left unchosen."]
