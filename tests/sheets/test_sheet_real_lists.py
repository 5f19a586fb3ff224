"""Lists as lawyers and NGOs keep them, made by others than CaseApp: a group of columns about
the mother beside the captive's, totals and notes below the list, a second table under the
first, abbreviated headers, dates in the order of the country that wrote them. What the
preview says of them and what the import then does."""

from __future__ import annotations

from pathlib import Path

import pytest
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


def _book(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_totals_and_notes_under_the_list_are_no_captives(case_file: CaseFile,
                                                         tmp_path: Path) -> None:
    # They were created as captives "Итого: 4 человека" and "не проверены Примечание: …".
    path = _book(tmp_path / "list.xlsx", [
        ["№", "ФИО", "Дата задержания"],
        [1, "Петросян Арам Гагикович", "13.12.2020"],
        [None, "Итого: 1 человек"],
        [None, "Примечание: данные от семей, не проверены"],
        [None, "Ընդամենը 1"]])
    pv = preview(case_file, path)
    assert [(r.row, bool(r.errors)) for r in pv.rows] == [(2, False), (3, False), (4, False),
                                                         (5, False)]
    assert [r.row for r in pv.not_people] == [3, 4, 5]
    assert str(pv.rows[1].no_person_said) == ("row 3 (“Итого: 1 человек”) is a total or a note, "
                                              "not a person: it is not imported.")
    # (no "skip rows with errors" needed: they are none)
    result = import_rows(case_file, pv, decisions_for(pv))
    assert (len(result.created), result.left_out, result.not_people) == (1, 0, 3)
    assert [c.primary_name for c in case_file.captives.list()] == ["Петросян Арам Гагикович"]


def test_a_totals_row_over_several_columns_is_one_problem(case_file: CaseFile,
                                                         tmp_path: Path) -> None:
    # "Всего" in the status column with the count beside it was two problems (a status not
    # known, no name), "Total" with a count in the status column two as well.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Дата задержания", "Статус", "Гражданство"],
        ["Петросян Арам", "13.12.2020", "в плену", "Армения"],
        [None, None, "Всего", 1],
        ["Total", None, 1],
        [None, "Итого:", None, 1]])
    pv = preview(case_file, path)
    assert [r.problems for r in pv.rows[1:]] == [(), (), ()]
    assert [str(r.no_person_said) for r in pv.rows[1:]] == [
        "row 3 (“Всего | 1”) is a total or a note, not a person: it is not imported.",
        "row 4 (“Total | 1”) is a total or a note, not a person: it is not imported.",
        "row 5 (“Итого: | 1”) is a total or a note, not a person: it is not imported."]


def test_a_count_under_the_list_and_a_name_without_letters_are_no_captives(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "Итого: | 2" (the count under the names) and "2 человека" were captives named "2" and
    # "2 человека"; a name cell holding a number was a captive named so.
    path = _book(tmp_path / "list.xlsx", [
        ["№", "ФИО", "Дата задержания"],
        [1, "Петросян Арам Гагикович", "13.12.2020"],
        [2, 123, "13.12.2020"],
        ["Итого:", 2],
        [None, "2 человека"],
        [None, "5 անձ"]])
    pv = preview(case_file, path)
    assert [[str(p) for p in r.problems] for r in pv.rows[1:]] == [
        ["row 3, column B (ФИО): “123” has no letter, so it is no name"], [], [], []]
    assert [(r.row, r.values.not_a_person.kind) for r in pv.not_people] == [
        (4, "total"), (5, "total"), (6, "total")]
    result = import_rows(case_file, pv, decisions_for(pv, skip_errors=True))
    assert [c.primary_name for c in case_file.captives.list()] == ["Петросян Арам Гагикович"]
    assert (result.left_out, result.not_people) == (1, 3)


def test_a_second_table_below_is_not_read_by_the_first_ones_columns(case_file: CaseFile,
                                                                    tmp_path: Path) -> None:
    # The released men's capture dates were read as their birth dates, their release dates
    # as capture dates, and the title "Released" was a captive.
    path = _book(tmp_path / "list.xlsx", [
        ["Held"], ["Name", "DOB", "Capture date"],
        ["Aram Petrosyan", "17.05.1990", "13.12.2020"],
        [], ["Released"], ["Name", "Capture date", "Release date"],
        ["Hayk Grigoryan", "10.11.2020", "15.03.2021"]])
    pv = preview(case_file, path)
    assert [(r.row, bool(r.errors)) for r in pv.rows] == [(3, False), (5, True), (6, True),
                                                         (7, True)]
    assert [str(r.errors[0]) for r in pv.rows[1:]] == [
        "row 5: “Released” is the title of another table (its header in row 6), not a person",
        "row 6: “Name | Capture date | Release date” is the header of another table below the "
        "list; import that table on its own, with row 6 as the header row",
        "row 7: “Hayk Grigoryan | 10.11.2020 | 15.03.2021” is in another table (its header in "
        "row 6); import that table on its own, with row 6 as the header row"]
    result = import_rows(case_file, pv, decisions_for(pv, skip_errors=True))
    assert (len(result.created), result.left_out) == (1, 3)
    second = preview(case_file, path, header_row=6)
    assert [(r.row, r.shown) for r in second.rows] == [
        (7, {"name": "Hayk Grigoryan", "capture": "2020-11-10"})]


def test_a_status_alone_in_the_name_column_is_a_title_not_a_captive(case_file: CaseFile,
                                                                    tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Дата задержания"], ["Освобождены"], ["Петросян Арам", "13.12.2020"],
        ["Ազատ Մկրտչյան"]])
    pv = preview(case_file, path)
    assert [str(e) for r in pv.rows for e in r.errors] == []
    assert [str(r.no_person_said) for r in pv.not_people] == [
        "row 2 (“Освобождены”) is the title of a part of the list, not a person: it is not "
        "imported."]
    # the rows under it take its status ("Ազատ Մկրտչյան" too: a name, not a title)
    assert pv.rows[2].shown == {"name": "Ազատ Մկրտչյան", "status": "released"}


def test_slashed_dates_that_could_be_month_first_are_warned_of(case_file: CaseFile,
                                                               tmp_path: Path) -> None:
    # An English list written month first: every date could be either, none is wrong as a
    # cell, and 05/06/1990 (6 May) was read as 5 June without a word.
    path = _book(tmp_path / "list.xlsx", [
        ["Full name", "DOB", "Date captured"],
        ["Aram Petrosyan", "05/06/1990", "12.11.2020"],
        ["Davit Sargsyan", "01/02/1985 approx.", "13.11.2020"]])
    pv = preview(case_file, path)
    assert pv.rows[0].shown["birth"] == "1990-06-05"
    assert pv.notices[0] == (
        "column B (DOB) writes dates with slashes that could be day or month first (row 2: "
        "05/06/1990, read as 1990-06-05): they are read day first; if the list is written "
        "month first, as in the United States, write its dates as 2024-05-17 and import again")
    assert not any("column C" in n for n in pv.notices)  # dots: day first wherever written
    # One date that can only be day first shows how the column is written: nothing to say.
    proven = _book(tmp_path / "uk.xlsx", [["Full name", "DOB"], ["Aram Petrosyan", "05/06/1990"],
                                          ["Davit Sargsyan", "17/02/1985"]])
    assert not any("slashes" in n for n in preview(case_file, proven).notices)


def test_a_date_after_the_mothers_name_is_hers_when_the_captive_has_his_own(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "ФИО матери | Дата рождения | ФИО | Дата рождения": the first date of birth (hers)
    # was the captive's, his own left out as a second one.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО матери", "Дата рождения", "ФИО", "Дата рождения", "Дата задержания"],
        ["Петросян Анна", "12.03.1966", "Петросян Арам", "17.05.1990", "13.12.2020"]])
    pv = preview(case_file, path)
    assert pv.columns == {2: "name", 3: "birth", 4: "capture"}
    assert pv.rows[0].shown["birth"] == "1990-05-17"
    assert pv.notices[0] == ("columns B (Дата рождения) follow “ФИО матери” and other columns "
                             "name their fields: taken as about that person, not imported; map "
                             "the columns if that is wrong")
    # Without a column about someone else before it, a second date of birth is warned of:
    # the first is read, which may not be the captive's.
    path = _book(tmp_path / "two.xlsx", [["ФИО", "Дата рождения", "Примечания", "Дата рождения"],
                                         ["Петросян Арам", "17.05.1990", "", "12.03.1966"]])
    pv = preview(case_file, path)
    assert pv.rows[0].shown["birth"] == "1990-05-17"
    assert pv.notices[0] == ("column D (Дата рождения) also names the date of birth, which is "
                             "read from column B (Дата рождения) only; check that column B is "
                             "the captive's, or map the columns")


def test_a_year_written_beside_the_name_is_not_made_part_of_it(case_file: CaseFile,
                                                                tmp_path: Path) -> None:
    # "Петросян Арам, 1990 г.р." was turned round at its comma and stored as the name
    # "1990 г.р. Петросян Арам".
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Статус"],
                                          ["Петросян Арам, 1990 г.р.", "в плену"],
                                          ["Саркисян Давид (17.05.1985)", "в плену"],
                                          ["Неизвестный №3", "в плену"]])
    pv = preview(case_file, path)
    assert [str(e) for r in pv.rows for e in r.errors] == [
        "row 2, column A (ФИО): “Петросян Арам, 1990 г.р.” holds a year or a date beside the "
        "name; put it in a column of its own (a name with one comma is also turned round: "
        "“Surname, Given”)",
        "row 3, column A (ФИО): “Саркисян Давид (17.05.1985)” holds a year or a date beside the "
        "name; put it in a column of its own (a name with one comma is also turned round: "
        "“Surname, Given”)"]
    assert pv.rows[2].shown["name"] == "Неизвестный №3"


def test_a_second_table_beside_the_list_is_not_read_into_its_rows(case_file: CaseFile,
                                                                  tmp_path: Path) -> None:
    # The held men in A-C, the released ones in E-G: each row's two men were one captive,
    # "Петросян Арам / Григорян Айк".
    path = _book(tmp_path / "list.xlsx", [
        ["В плену", None, None, None, "Освобождены"],
        ["ФИО", "Дата рождения", "Дата задержания", None, "ФИО", "Дата задержания",
         "Дата освобождения"],
        ["Петросян Арам", "17.05.1990", "13.12.2020", None, "Григорян Айк", "10.11.2020",
         "15.03.2021"]])
    pv = preview(case_file, path)
    assert pv.columns == {0: "name", 1: "birth", 2: "capture"}
    assert pv.rows[0].shown == {"name": "Петросян Арам", "birth": "1990-05-17",
                                "capture": "2020-12-13"}
    assert pv.notices[0] == (
        "columns E to G (“ФИО”, “Дата задержания”, “Дата освобождения”) are another table "
        "beside the list (after the empty column D): not imported; import that table on its "
        "own, mapping its columns")
    assert not any("also names" in n for n in pv.notices)
    # An unnamed column inside one list is no second table.
    inside = _book(tmp_path / "one.xlsx", [["ФИО", None, "Дата рождения", "Name"],
                                           ["Петросян Арам", "x", "17.05.1990", "Aram Petrosyan"]])
    assert preview(case_file, inside).columns == {0: "name", 2: "birth", 3: "name"}


def test_latin_lookalikes_in_a_cyrillic_name_are_written_in_cyrillic_and_said(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "Иванoв" with a Latin o was stored so: it looks right in a letter and is not the name
    # a court's register or another list has.
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Name"],
                                          ["Иванoв Иван", "Petrоsyan Aram"],
                                          ["Пётр Петров", "Ivanov-Петров"]])
    pv = preview(case_file, path)
    assert pv.rows[0].shown["name"] == "Иванов Иван / Aram Petrosyan"  # (given name first)
    assert [str(w) for w in pv.rows[0].warnings] == [
        "row 2, column A (ФИО): “Иванoв Иван” has letters of the other alphabet that look "
        "alike (o) among its own; read as “Иванов Иван”",
        "row 2, column B (Name): “Petrоsyan Aram” has letters of the other alphabet that look "
        "alike (о) among its own; read as “Petrosyan Aram”",
        "row 2, column B (Name): “Petrоsyan Aram” is written surname first: read as "
        "“Aram Petrosyan”"]
    assert not pv.rows[1].warnings  # a word in each alphabet is no lookalike
    result = import_rows(case_file, pv, decisions_for(pv))
    names = [n.full_name for n in case_file.captives.get(result.created[0]).names]
    assert names == ["Иванов Иван", "Aram Petrosyan"]


@pytest.mark.parametrize("header", ["Примечание (родственники)", "Notes (relatives)",
                                    "Նշումներ (հարազատներ)", "Qeyd (qohumlar)",
                                    "Комментарий о родственниках"])
def test_notes_about_the_relatives_go_to_the_captives_notes(case_file: CaseFile,
                                                            tmp_path: Path, header: str) -> None:
    # A notes column headed as being about the relatives was read as being about someone
    # else and not imported at all: the mother's telephone number was lost.
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Дата рождения", header],
                                          ["Петросян Арам", "17.05.1990",
                                           "Мать: Анна, +374 91 000000"]])
    pv = preview(case_file, path)
    assert pv.columns == {0: "name", 1: "birth", 2: "notes"}
    result = import_rows(case_file, pv, decisions_for(pv))
    (captive_id,) = result.created
    assert [n.body for n in case_file.notes.list(captive_id=captive_id)] == [
        f"{header}: Мать: Анна, +374 91 000000"]


def test_a_notes_column_about_the_relatives_does_not_take_the_columns_after_it(
        case_file: CaseFile, tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Примечание (родственники)", "Дата рождения", "Дата задержания"],
        ["Петросян Арам", "брат в Ереване", "17.05.1990", "13.12.2020"]])
    pv = preview(case_file, path)
    assert pv.columns == {0: "name", 1: "notes", 2: "birth", 3: "capture"}
    assert pv.rows[0].shown["birth"] == "1990-05-17"
