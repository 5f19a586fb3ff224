"""Lists as a reviewer brought them from lawyers nobody here had seen: Latin names written
surname first, a name's header merged over "Family | Given", French headers, a list of
headers only. What the preview says of them and what the import then stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from caseapp.services.sheet_summary import preview_counts


def _book(path: Path, rows: list[list[object]], merged: tuple[str, ...] = ()) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    for cells in merged:
        book.active.merge_cells(cells)
    book.save(path)
    return path


def _stored_names(case_file: CaseFile, created: tuple[int, ...] | list[int]) -> list[list[str]]:
    return [[n.full_name for n in case_file.captives.get(i).names] for i in created]


def test_a_latin_name_written_surname_first_is_turned_round(case_file: CaseFile,
                                                            tmp_path: Path) -> None:
    # "VARDANYAN Tigran" (the surname in capitals, as passports and UN lists write it) and
    # "Petrosyan Aram" were stored as written, so the Latin headline of the captive, in the
    # list and in every English or French letter, put the surname where the given name goes.
    path = _book(tmp_path / "list.xlsx", [
        ["Full name", "Date of birth"],
        ["VARDANYAN Tigran", "12.03.1985"],
        ["GRIGORYAN Levon Arturovich", "03.02.1991"],
        ["Petrosyan Aram", "1990"],
        ["TER-PETROSYAN Gor", "1992"],
        ["Aram Hakobyan", "1993"],          # given name first: as written
        ["Artur MKRTCHYAN", "1994"],        # given name first, the surname in capitals
        ["Christian Smith", "1970"],        # no Armenian surname first: as written
    ])
    pv = preview(case_file, path)
    assert [r.shown["name"] for r in pv.rows] == [
        "Tigran Vardanyan", "Levon Arturovich Grigoryan", "Aram Petrosyan", "Gor Ter-Petrosyan",
        "Aram Hakobyan", "Artur MKRTCHYAN", "Christian Smith"]
    warned = [str(p.message()) for r in pv.rows for p in r.problems if p.warning
              and p.field == "name"]
    assert warned == [
        "row 2, column A (Full name): “VARDANYAN Tigran” is written surname first: read as "
        "“Tigran Vardanyan”",
        "row 3, column A (Full name): “GRIGORYAN Levon Arturovich” is written surname first: "
        "read as “Levon Arturovich Grigoryan”",
        "row 4, column A (Full name): “Petrosyan Aram” is written surname first: read as "
        "“Aram Petrosyan”",
        "row 5, column A (Full name): “TER-PETROSYAN Gor” is written surname first: read as "
        "“Gor Ter-Petrosyan”"]
    result = import_rows(case_file, pv, decisions_for(pv, on_duplicate="create"))
    assert _stored_names(case_file, result.created)[:2] == [["Tigran Vardanyan"],
                                                             ["Levon Arturovich Grigoryan"]]
    assert [case_file.captives.get(i).latin_name for i in result.created][:4] == [
        "Tigran Vardanyan", "Levon Arturovich Grigoryan", "Aram Petrosyan", "Gor Ter-Petrosyan"]


def test_a_names_header_merged_over_family_and_given_is_read_by_its_second_row(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "Name" merged over "Family | Given": the second header row was read as a captive named
    # "Family", and the given names were left out as a column without a header ("Vardanyan").
    path = _book(tmp_path / "list.xlsx", [
        ["Name", None, "Date of birth", "Status"],
        ["Family", "Given", None, None],
        ["Vardanyan", "Tigran", "1985-03-12", "held"],
        ["Petrosyan", "Aram", "1990-01-01", "convicted"]], merged=("A1:B1", "C1:C2", "D1:D2"))
    pv = preview(case_file, path)
    assert pv.columns == {0: "surname", 1: "given_name", 2: "birth", 3: "status"}
    assert [(r.row, r.shown["name"]) for r in pv.rows] == [(3, "Tigran Vardanyan"),
                                                          (4, "Aram Petrosyan")]
    assert not any(p for r in pv.rows for p in r.problems if not p.warning)
    assert any("merged over rows 1 and 2" in n for n in pv.notices)
    # (the header's second row was counted as "1 empty row left out")
    assert [str(m) for m in preview_counts(pv)] == ["2 new captives read from list.xlsx."]
    result = import_rows(case_file, pv, decisions_for(pv))
    assert _stored_names(case_file, result.created) == [["Tigran Vardanyan"], ["Aram Petrosyan"]]


def test_a_russian_fio_header_merged_over_its_three_parts(case_file: CaseFile,
                                                          tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", [
        ["№", "ФИО", None, None, "Дата рождения"],
        [None, "Фамилия", "Имя", "Отчество", None],
        [1, "Варданян", "Тигран", "Арменович", "12.03.1985"]], merged=("B1:D1",))
    pv = preview(case_file, path)
    assert pv.columns == {1: "surname", 2: "given_name", 3: "patronymic", 4: "birth"}
    assert [r.shown["name"] for r in pv.rows] == ["Тигран Арменович Варданян"]


def test_a_french_list_reads_its_surname_given_name_and_words(case_file: CaseFile,
                                                             tmp_path: Path) -> None:
    # "Nom | Prénom": "Nom" (the surname in French) was read as a full name, so each captive
    # got two names, "VARDANYAN" and "Tigran"; "détenu", "condamnée"… were errors.
    path = _book(tmp_path / "liste.xlsx", [
        ["Nom", "Prénom", "Date de naissance", "Statut", "Catégorie", "Sexe"],
        ["VARDANYAN", "Tigran", "12/03/1985", "détenu", "civil", "homme"],
        ["PETROSYAN", "Anna", "01/02/1990", "Condamnée", "civile", "femme"],
        ["GRIGORYAN", "Levon", "1991", "en détention provisoire", "militaire", "masculin"],
        ["HAKOBYAN", "Aram", "1992", "libéré", "prisonnier de guerre", ""],
        ["SARGSYAN", "Vahe", "1979", "disparu", "", ""],
        ["AVETISYAN", "Gor", "1980", "décédé", "", ""],
        ["MKRTCHYAN", "Sevak", "1981", "rapatrié", "", ""],
        ["ABRAHAMYAN", "Grigor", "1982", "procès en cours", "ancien fonctionnaire", ""],
    ])
    pv = preview(case_file, path)
    assert pv.columns == {0: "surname", 1: "given_name", 2: "birth", 3: "status",
                          4: "category", 5: "sex"}
    assert [p for r in pv.rows for p in r.errors] == []
    assert [r.shown["name"] for r in pv.rows][:2] == ["Tigran Vardanyan", "Anna Petrosyan"]
    assert [r.shown["status"] for r in pv.rows] == [
        "held", "convicted", "pre_trial", "released", "missing", "deceased", "repatriated",
        "on_trial"]
    assert [r.shown.get("category") for r in pv.rows][:4] == [
        "civilian", "civilian", "serviceman", "serviceman"]
    assert [r.shown.get("sex") for r in pv.rows][:3] == ["male", "female", "male"]
    result = import_rows(case_file, pv, decisions_for(pv))
    assert _stored_names(case_file, result.created)[0] == ["Tigran Vardanyan"]


def _month(path: Path, born: str, extra: list[list[object]] = ()) -> Path:  # type: ignore[assignment]
    return _book(path, [["ФИО", "Дата рождения", "Дата пленения", "Статус"],
                        ["Варданян Тигран Арменович", born, "13.12.2020", "в плену"],
                        ["Петросян Арам", "15.03.1990", "13.12.2020", "в плену"],
                        *extra])


@pytest.mark.parametrize("corrected", ["13.03.1985", "12.03.1986"])
def test_the_months_list_with_a_birth_date_corrected_is_not_a_new_captive(
        case_file: CaseFile, tmp_path: Path, corrected: str) -> None:
    # A lawyer re-imports her updated list each month. One birth date corrected (12.03.1985
    # → 13.03.1985) and the same man, full name with patronymic and day of capture, was
    # created a second time without a word: a different birth date halved the score.
    first = preview(case_file, _month(tmp_path / "may.xlsx", "12.03.1985"))
    import_rows(case_file, first, decisions_for(first))
    again = preview(case_file, _month(tmp_path / "june.xlsx", corrected,
                                      [["Петросян Арам", "1.1.1970", "13.12.2020", "в плену"]]))
    vardanyan, petrosyan, namesake = again.rows
    assert [d.reasons for d in vardanyan.duplicates] == [
        ("same name", "different birth dates", "same capture date")]
    assert vardanyan.duplicates[0].score >= 0.8
    assert petrosyan.duplicates  # (the same as before, unchanged)
    # Two words of a name and a day of capture are not enough: a group captured together
    # may hold two men of one common name, born apart.
    assert not any(d.captive_id is not None for d in namesake.duplicates)


def test_a_merged_rows_value_other_than_the_captives_is_kept_in_a_note_and_said(
        case_file: CaseFile, tmp_path: Path) -> None:
    # Merged into the captive already there, June's corrected birth date was dropped without a
    # word: the record kept May's, and nothing said the list now differs from it.
    from caseapp.services.sheet_summary import import_counts

    first = preview(case_file, _month(tmp_path / "may.xlsx", "12.03.1985"))
    [vardanyan, _] = import_rows(case_file, first, decisions_for(first)).created
    again = preview(case_file, _month(tmp_path / "june.xlsx", "13.03.1985"))
    result = import_rows(case_file, again, decisions_for(again, on_duplicate="merge"))
    assert case_file.captives.get(vardanyan).birth == PartialDate(date(1985, 3, 12),
                                                                   DatePrecision.EXACT)
    notes = [n.body for n in case_file.notes.list(captive_id=vardanyan)]
    assert notes == ["The spreadsheet june.xlsx (row 2) gives another date of birth, "
                     "1985-03-13; the record keeps 1985-03-12: check which is right."]
    assert [str(m) for m in import_counts(result)] == [
        "No new captive imported from june.xlsx.",
        "2 rows merged into captives already there.",
        "1 value of the spreadsheet differs from the record of the captive it was merged into: "
        "the record keeps its own, and the spreadsheet's is in the captive's notes (row 2)."]


def test_two_values_of_one_row_name_the_row_once() -> None:
    # Two differing values of one row were said "(rows 2)": the rows' word followed the
    # count of values.
    from caseapp.services.sheet_import import MergedInto, SheetImportResult
    from caseapp.services.sheet_summary import import_counts

    def merged(row: int, differing: int) -> MergedInto:
        return MergedInto(1, (), (), {}, row=row, differing=differing)

    one_row = SheetImportResult("june.xlsx", "", (), (merged(2, 2),), 0, 0, 0)
    assert str(import_counts(one_row)[-1]) == (
        "2 values of the spreadsheet differ from the records they were merged into: the "
        "records keep their own, and the spreadsheet's are in the captives' notes (row 2).")
    two_rows = SheetImportResult("june.xlsx", "", (), (merged(2, 1), merged(5, 1)), 0, 0, 0)
    assert str(import_counts(two_rows)[-1]).endswith("captives' notes (rows 2, 5).")
