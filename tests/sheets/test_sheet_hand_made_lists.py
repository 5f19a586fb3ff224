"""Lists written by hand as an Armenian or Russian-speaking NGO keeps them, unlike the other
tests' sheets: headers translated word for word into English, a group label merged over
the columns it names, dates typed with dots. What the preview reads from them and what the
import then stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview


def _book(path: Path, rows: list[list[object]], merged: tuple[str, ...] = ()) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    for cells in merged:
        book.active.merge_cells(cells)
    book.save(path)
    return path


@pytest.mark.parametrize("headers, row", [
    (["Surname", "Name", "Patronymic", "Date of birth"],
     ["Petrosyan", "Aram", "Karenovich", "12.03.1985"]),
    (["Name", "Surname", "Date of birth"], ["Aram Karenovich", "Petrosyan", "12.03.1985"]),
])
def test_a_bare_name_beside_a_surname_is_the_given_name(case_file: CaseFile, tmp_path: Path,
                                                         headers: list[str],
                                                         row: list[str]) -> None:
    # "Фамилия | Имя | Отчество" translated word for word: "Name" was read as a full name, so
    # the captive was stored as two people's names, "Aram" and "Karenovich Petrosyan".
    path = _book(tmp_path / "list.xlsx", [headers, row])
    pv = preview(case_file, path)
    assert pv.columns[headers.index("Name")] == "given_name"
    result = import_rows(case_file, pv, decisions_for(pv))
    names = [n.full_name for n in case_file.captives.get(result.created[0]).names]
    assert names == ["Aram Karenovich Petrosyan"]


def test_the_status_of_an_application_or_a_case_is_not_the_captives(case_file: CaseFile,
                                                                     tmp_path: Path) -> None:
    # "Статус жалобы в ЕСПЧ" before "Статус": the application's status was read as the
    # captive's and the captive's own column left out, so a convicted man whose application
    # had been "освобожден" from the list of pending ones was imported as released.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Статус жалобы в ЕСПЧ", "Статус"],
        ["Саркисян Ваге Самвелович", "освобожден", "осужден"],
    ])
    pv = preview(case_file, path)
    assert pv.columns == {0: "name", 2: "status"}
    assert [r.shown["status"] for r in pv.rows] == ["convicted"]


@pytest.mark.parametrize("header", [
    "ECHR status", "Application status", "Status of the case", "Статус дела",
    "Статус в ЕСПЧ", "Статус жалобы", "Գանգատի կարգավիճակ", "ՄԻԵԴ կարգավիճակ",
    "Գործի կարգավիճակ", "Statut de la requête", "Court status",
    "Type of application", "Case category", "Категория дела", "Hearing type", "Document type",
])
def test_a_status_header_about_proceedings_names_no_field(header: str) -> None:
    # Each took the captive's status (or category) column: its words were errors of every
    # row, and the captive's own column further right was left out.
    from caseapp.domain.sheet_columns import field_for_header
    assert field_for_header(header) is None


@pytest.mark.parametrize("header", ["Статус", "Текущий статус", "Процессуальный статус",
                                    "Status (ICRC)", "Կարգավիճակ", "Statut"])
def test_the_captives_own_status_header_still_names_the_status(header: str) -> None:
    from caseapp.domain.sheet_columns import field_for_header
    assert field_for_header(header) == "status"


@pytest.mark.parametrize("header", ["Type", "Категория", "Category of the captive"])
def test_the_captives_own_category_header_still_names_the_category(header: str) -> None:
    from caseapp.domain.sheet_columns import field_for_header
    assert field_for_header(header) == "category"


def test_a_date_with_dots_is_never_read_month_first(case_file: CaseFile, tmp_path: Path) -> None:
    # "12.13.1987", a slip in a Russian list of dd.mm.yyyy dates, made the whole column read
    # month first, as in the United States (which never writes dates with dots): the other
    # men's 04.05.1990 (4 May) became 5 April, with one warning about the column.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Дата рождения"],
        ["Петросян Арам", "04.05.1990"],
        ["Саркисян Ваге", "12.13.1987"],
        ["Акопян Гор", "03.11.1985"],
    ])
    pv = preview(case_file, path)
    assert [r.shown.get("birth") for r in pv.rows] == ["1990-05-04", None, "1985-11-03"]
    assert [(p.row, p.column, p.value) for r in pv.rows for p in r.errors] == [
        (3, "B", "12.13.1987")]
    assert "day first" in pv.rows[1].errors[0].reason


def test_a_column_of_date_and_place_gives_the_date_and_the_place(case_file: CaseFile,
                                                                 tmp_path: Path) -> None:
    # "Дата и место рождения | Дата и место задержания", as Russian court papers write: the
    # whole cell was stored as the place ("13.12.2020, с. Хцаберд"), and the captive had no
    # date of capture: no days in custody, no deadline, no duplicate found by the dates.
    path = _book(tmp_path / "list.xlsx", [
        ["Фамилия, имя, отчество", "Дата и место рождения", "Дата и место задержания"],
        ["Мартиросян Давид Сергеевич", "12.04.1976, г. Степанакерт", "13.12.2020, с. Хцаберд"],
        ["Асатрян Мгер Араратович", "1999 г.р., с. Арвик", "Хин Тахер"],
        ["Бабаян Гор", "Ереван", "декабрь 2020; Хин Тахер"],
    ])
    pv = preview(case_file, path)
    shown = [(r.shown.get("birth"), r.shown.get("birth_place"), r.shown.get("capture"),
              r.shown.get("capture_place")) for r in pv.rows]
    assert shown == [("1976-04-12", "г. Степанакерт", "2020-12-13", "с. Хцаберд"),
                     ("1999", "с. Арвик", None, "Хин Тахер"),
                     (None, "Ереван", "2020-12", "Хин Тахер")]
    assert [p.column for r in pv.rows for p in r.problems if p.warning
            and "place" in p.reason] == ["B", "C", "B", "C"]
    result = import_rows(case_file, pv, decisions_for(pv))
    captive = case_file.captives.get(result.created[0])
    assert (captive.birth.iso() if captive.birth else None, captive.birth_place) == (
        "1976-04-12", "г. Степанакерт")


def test_a_place_column_whose_date_has_a_column_of_its_own_is_kept_whole(
        case_file: CaseFile, tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Дата рождения", "Дата и место рождения"],
        ["Мартиросян Давид", "12.04.1976", "12.04.1976, г. Степанакерт"],
    ])
    pv = preview(case_file, path)
    assert (pv.rows[0].shown.get("birth"), pv.rows[0].shown.get("birth_place")) == (
        "1976-04-12", "12.04.1976, г. Степанакерт")


@pytest.mark.parametrize("header, field", [
    ("Capture place", "capture_place"), ("Arrest location", "capture_place"),
    ("Where captured", "capture_place"), ("Где задержан", "capture_place"),
    ("Задержание: место", "capture_place"), ("Detention place", "place"),
    ("Գերեվարում", "capture"), ("Գերեվարում: Վայր", "capture_place"),
    ("Ծնունդ: Վայր", "birth_place"), ("Birth: Place", "birth_place"),
    # unchanged
    ("Capture date", "capture"), ("Дата и место задержания", "capture_place"),
    ("Place of detention", "place"), ("Date of birth", "birth"), ("Задержание", "capture"),
    ("Когда задержан", "capture"), ("Birthplace", "birth_place"),
])
def test_a_header_naming_the_place_of_a_capture_or_a_birth_names_the_place(
        header: str, field: str) -> None:
    # "Capture place", "Arrest location" were read as the date of capture: every place in
    # the column was an error ("is not a date"), and a "Capture date" column after it was
    # left out as a second date of capture.
    from caseapp.domain.sheet_columns import field_for_header
    assert field_for_header(header) == field


def _captures(pv: object) -> list[tuple[str | None, ...]]:
    return [(r.shown.get("name"), r.shown.get("capture"), r.shown.get("capture_place"))
            for r in pv.rows]  # type: ignore[attr-defined]


def test_a_group_label_merged_over_date_and_place_names_them(case_file: CaseFile,
                                                             tmp_path: Path) -> None:
    # "Задержание" merged over "Дата | Место", the other headers merged down over both rows,
    # as Excel users draw a header: the place of capture was not imported, and the row of
    # "Дата | Место" was an error ("“Дата” is not a date", "has no name").
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Дата рождения", "Задержание", None, "Статус"],
        [None, None, "Дата", "Место", None],
        ["Бабаян Давид Арменович", "05.06.1990", "13.12.2020", "Хцаберд", "в плену"],
    ], merged=("A1:A2", "B1:B2", "C1:D1", "E1:E2"))
    pv = preview(case_file, path)
    assert pv.columns == {0: "name", 1: "birth", 2: "capture", 3: "capture_place", 4: "status"}
    assert _captures(pv) == [("Бабаян Давид Арменович", "2020-12-13", "Хцаберд")]
    assert [p for r in pv.rows for p in r.errors] == []


@pytest.mark.parametrize("rows, merged, columns", [
    ([["Сведения о лице", None, None, "Задержание", None, "Суд"],
      ["Фамилия", "Имя", "Дата рождения", "Дата", "Место", "Дата заседания"],
      ["Бабаян", "Давид", "05.06.1990", "13.12.2020", "Хцаберд", "20.01.2021"]],
     ("A1:C1", "D1:E1"),
     {0: "surname", 1: "given_name", 2: "birth", 3: "capture", 4: "capture_place"}),
    ([["Անձ", None, "Ծնունդ", None, "Գերեվարում", None],
      ["Ազգանուն", "Անուն", "Ամսաթիվ", "Վայր", "Ամսաթիվ", "Վայր"],
      ["Բաբայան", "Դավիթ", "05.06.1990", "Ստեփանակերտ", "13.12.2020", "Խծաբերդ"]],
     ("A1:B1", "C1:D1", "E1:F1"),
     {0: "surname", 1: "given_name", 2: "birth", 3: "birth_place", 4: "capture",
      5: "capture_place"}),
])
def test_group_labels_above_the_header_name_its_dates_and_places(
        case_file: CaseFile, tmp_path: Path, rows: list[list[object]], merged: tuple[str, ...],
        columns: dict[int, str]) -> None:
    # The header's row named "Дата", "Место" (Ամսաթիվ, Վայր) under the group labels of the
    # row above: those columns were listed as not imported, the capture lost.
    pv = preview(case_file, _book(tmp_path / "list.xlsx", rows, merged))
    assert pv.columns == columns
    assert [r.shown.get("capture") for r in pv.rows] == ["2020-12-13"]
    assert [p for r in pv.rows for p in r.errors] == []


def test_a_header_over_two_rows_found_then_given_reads_the_same(case_file: CaseFile,
                                                                tmp_path: Path) -> None:
    # The wizard gives the header row it found (and a saved mapping its columns by header):
    # the second row of the header is then no person either.
    path = _book(tmp_path / "list.xlsx", [
        ["Сведения о лице", None, "Задержание", None],
        ["Фамилия", "Имя", "Дата", "Место"],
        ["Бабаян", "Давид", "13.12.2020", "Хцаберд"],
    ], ("A1:B1", "C1:D1"))
    found = preview(case_file, path)
    assert found.header_row == 1
    given = preview(case_file, path, header_row=found.header_row,
                    columns=found.columns)
    assert [r.shown for r in given.rows] == [r.shown for r in found.rows]
    assert given.columns == {0: "surname", 1: "given_name", 2: "capture", 3: "capture_place"}


@pytest.mark.parametrize("cell", ["погиб?", "в плену?", "deceased ?", "Released (?)",
                                  "մահացել է՞", "~released", "освобожден (не подтверждено)",
                                  "released - to be confirmed", "умер?? уточнить"])
def test_a_status_marked_uncertain_is_not_recorded_as_known(case_file: CaseFile,
                                                            tmp_path: Path, cell: str) -> None:
    # "погиб?" was imported as "Deceased", the question mark dropped without a word: the
    # lawyer's file then counted no more days in custody for a man only feared dead.
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Статус"], ["Петросян Арам", cell]])
    pv = preview(case_file, path)
    assert "status" not in pv.rows[0].shown
    assert [(p.column, p.value) for p in pv.rows[0].errors] == [("B", cell)]
    assert "uncertain" in pv.rows[0].errors[0].reason


@pytest.mark.parametrize("header, cell", [("Пол", "м?"), ("Категория", "военный?")])
def test_a_sex_or_a_category_marked_uncertain_is_not_recorded_as_known(
        case_file: CaseFile, tmp_path: Path, header: str, cell: str) -> None:
    path = _book(tmp_path / "list.xlsx", [["ФИО", header], ["Петросян Арам", cell]])
    pv = preview(case_file, path)
    assert [(p.column, p.value) for p in pv.rows[0].errors] == [("B", cell)]


def test_a_mapping_may_still_give_a_marked_word_its_meaning(case_file: CaseFile,
                                                            tmp_path: Path) -> None:
    from caseapp.domain.sheet_columns import Mapping
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Статус"], ["Петросян Арам", "в плену?"]])
    mapping = Mapping(name="m", values={"status": {"в плену?": "held"}})
    pv = preview(case_file, path, mapping=mapping)
    assert pv.rows[0].shown["status"] == "held"


@pytest.mark.parametrize("error", ["#N/A", "#REF!", "Err:502"])
def test_a_formula_error_in_an_ods_file_is_an_error_of_its_cell(case_file: CaseFile,
                                                                tmp_path: Path,
                                                                error: str) -> None:
    # LibreOffice writes a formula's error as an empty string beside the text "#N/A": the
    # cell was read as empty, and the captive imported without a date of birth, without a
    # word (the same list as .xlsx said "#N/A" is a formula's error).
    from tests.sheets.makers import write_ods
    path = write_ods(tmp_path / "list.ods", {"Список": [
        ["ФИО", "Дата рождения"],
        ["Петросян Арам", ("error", error)],
        ["Саркисян Ваге", "01.02.1990"],
    ]})
    pv = preview(case_file, path)
    assert [(p.row, p.column, p.value) for r in pv.rows for p in r.errors] == [(2, "B", error)]
    assert "formula" in pv.rows[0].errors[0].reason


def test_a_workbook_named_csv_is_said_to_be_one(case_file: CaseFile, tmp_path: Path) -> None:
    # An .xlsx saved or downloaded as "list.csv" was said to be "not in UTF-8 (line 1) nor
    # in Windows-1251 (line 2)… save the list again in UTF-8", which sent the lawyer to
    # look for an encoding in a file that has none.
    from caseapp.services.sheet_file_kind import SheetError
    path = _book(tmp_path / "list.xlsx", [["ФИО"], ["Петросян Арам"]]).rename(
        tmp_path / "list.csv")
    with pytest.raises(SheetError) as raised:
        preview(case_file, path)
    assert str(raised.value.message) == (
        "list.csv is an .xlsx spreadsheet named .csv: rename it to .xlsx and import it again.")


def test_a_yes_or_a_no_is_no_citizenship_nor_place(case_file: CaseFile, tmp_path: Path) -> None:
    # "Гражданин РА" (a citizen of Armenia?) ticked TRUE or typed "да" was imported as the
    # captive's citizenship, "True" and "да", and the list's own "Гражданство" left out.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Гражданин РА", "Место задержания"],
        ["Петросян Арам", True, "Хцаберд"],
        ["Саркисян Ваге", "да", "Yes"],
        ["Иванов Иван", False, "Хин Тахер"],
    ])
    pv = preview(case_file, path)
    assert [r.shown.get("citizenship") for r in pv.rows] == [None, None, None]
    assert [(p.row, p.column, p.value) for r in pv.rows for p in r.errors] == [
        (2, "B", "True"), (3, "B", "да"), (3, "C", "Yes"), (4, "B", "False")]
    assert "yes or a no" in pv.rows[0].errors[0].reason


def test_a_date_serial_typed_as_text_in_a_1904_workbook_counts_from_1904(
        case_file: CaseFile, tmp_path: Path) -> None:
    # In a workbook counting from 1904 (Excel for the Mac), 30388 as a number was read as
    # 14 March 1987 and the same 30388 as text as 13 March 1983, four years and a day
    # earlier, in one column.
    from openpyxl.utils.datetime import CALENDAR_MAC_1904
    book = Workbook()
    book.epoch = CALENDAR_MAC_1904
    for row in (["ФИО", "Дата рождения"], ["Петросян Арам", 30388], ["Саркисян Ваге", "30388"]):
        book.active.append(row)
    path = tmp_path / "list.xlsx"
    book.save(path)
    pv = preview(case_file, path)
    assert [r.shown.get("birth") for r in pv.rows] == ["1987-03-14", "1987-03-14"]


@pytest.mark.parametrize("cell", ["1987-1988", "2020/2021", "1990 - 1991"])
def test_a_span_of_years_is_said_to_be_one(case_file: CaseFile, tmp_path: Path,
                                           cell: str) -> None:
    # "1987-1988" (born in one of two years) was said to have "a month that is not 1 to
    # 12", which sent the lawyer looking for a month in it.
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Год рождения"], ["Петросян Арам", cell]])
    pv = preview(case_file, path)
    assert [p.value for p in pv.rows[0].errors] == [cell]
    assert "two years" in pv.rows[0].errors[0].reason


def test_a_row_numbering_the_columns_is_no_person(case_file: CaseFile, tmp_path: Path) -> None:
    # Official tables number their columns under the header ("1 | 2 | 3 | 4 | 5"): that row
    # was read as a person with four errors ("“2” has no letter, so it is no name"…), and
    # the list could not be imported without leaving rows out.
    path = _book(tmp_path / "list.xlsx", [
        ["№ п/п", "Фамилия, имя, отчество", "Дата рождения", "Дата задержания", "Статус"],
        [1, 2, 3, 4, 5],
        [1, "Петросян Арам Карапетович", "12.03.1985", "13.12.2020", "в плену"],
        [2, "Саркисян Ваге Самвелович", "01.01.1990", "13.12.2020", "осужден"],
    ])
    pv = preview(case_file, path)
    assert [p for r in pv.rows for p in r.errors] == []
    assert [r.row for r in pv.rows if r.values.not_a_person is not None] == [2]
    assert [r.shown.get("name") for r in pv.rows][1:] == ["Петросян Арам Карапетович",
                                                         "Саркисян Ваге Самвелович"]


@pytest.mark.parametrize("row", [[1, "2", 3], [3, 4, 5, 6], ["1", "2", "3", "4"]])
def test_column_numbers_are_told_apart_from_other_numbers(row: list[object]) -> None:
    from caseapp.domain.sheet_title_rows import column_numbers
    assert column_numbers(row)
    assert not column_numbers([1, 2])  # too few
    assert not column_numbers([1, 3, 4])  # a gap
    assert not column_numbers([1, "Петросян", 3, 4])


@pytest.mark.parametrize("headers, rows, names", [
    (["Name", "Surname"], [["Aram Petrosyan", "Petrosyan"], ["Petrosyan Vahe", "Petrosyan"]],
     ["Aram Petrosyan", "Vahe Petrosyan"]),
    (["Имя", "Фамилия", "Отчество"], [["Арам Петросян", "Петросян", "Карапетович"]],
     ["Арам Карапетович Петросян"]),
])
def test_a_given_name_cell_holding_the_surname_too_does_not_repeat_it(
        case_file: CaseFile, tmp_path: Path, headers: list[str], rows: list[list[str]],
        names: list[str]) -> None:
    # "Name | Surname" with the whole name under "Name" (the surname again beside it, to
    # sort by): the captive was "Aram Petrosyan Petrosyan".
    pv = preview(case_file, _book(tmp_path / "list.xlsx", [headers, *rows]))
    assert [r.shown["name"] for r in pv.rows] == names


@pytest.mark.parametrize("header, field", [
    ("Дата зад.", "capture"), ("Место зад.", "capture_place"),
    ("Место сод.", "place"), ("Гр-во", "citizenship"),
    ("Дата изменения статуса", "status_since"),
])
def test_the_short_headers_of_a_russian_list_name_their_fields(header: str, field: str) -> None:
    # Each was listed as not imported: its dates and places were left out.
    from caseapp.domain.sheet_columns import field_for_header
    assert field_for_header(header) == field


def test_a_date_alone_in_a_column_of_date_and_place_is_the_date(case_file: CaseFile,
                                                                tmp_path: Path) -> None:
    # A cell of "Дата и место рождения" holding a date only ("13.12.1990") or a span of
    # years ("1987-1988") was stored whole as the place of birth: a captive born in
    # "13.12.1990", with no date of birth. A date alone is the date; digits that are no date
    # are an error of the cell, never a place.
    path = _book(tmp_path / "list.xlsx", [
        ["Фамилия, имя, отчество", "Дата и место рождения"],
        ["Мартиросян Давид Сергеевич", "13.12.1990"],
        ["Асатрян Мгер Араратович", "1987-1988"],
        ["Бабаян Гор", "Ереван"],
    ])
    pv = preview(case_file, path)
    shown = [(r.shown.get("birth"), r.shown.get("birth_place")) for r in pv.rows]
    assert shown == [("1990-12-13", None), (None, None), (None, "Ереван")]
    assert [(p.row, p.column) for r in pv.rows for p in r.errors] == [(3, "B")]
    assert "span of two years" in pv.rows[1].errors[0].reason


def test_a_date_with_a_remark_in_brackets_is_the_date_and_the_remark_kept(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "13.12.2020 (по данным МККК)": NGOs note where a date comes from beside it. The cell
    # was an error, so the row's capture date was lost (and --skip-errors left the whole
    # row out). The date is read, and the cell kept in the captive's notes with its remark.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Дата задержания", "Дата рождения"],
        ["Бабаян Давид Арменович", "13.12.2020 (по данным МККК)", "1990 (со слов матери)"],
        ["Асатрян Мгер", "(по данным МККК)", "05.06.1991 (?)"],
    ])
    pv = preview(case_file, path)
    first, second = pv.rows
    assert (first.shown.get("capture"), first.shown.get("birth")) == ("2020-12-13", "1990")
    assert first.errors == ()
    assert "Дата задержания: 13.12.2020 (по данным МККК)" in first.values.notes
    assert "Дата рождения: 1990 (со слов матери)" in first.values.notes
    # a remark with no date is no date; a date marked uncertain ("(?)") is the lawyer's to
    # say, as a status so marked
    assert [p.column for p in second.errors] == ["B", "C"]


@pytest.mark.parametrize(("word", "status"), [
    ("на суде", "on_trial"), ("Идёт суд", "on_trial"),
    ("обменян", "repatriated"), ("обменяна", "repatriated"), ("обменяны", "repatriated"),
    ("exchanged", "repatriated"), ("փոխանակված", "repatriated"),
    ("военнопленный", "held"), ("военнопленные", "held"), ("ռազմագերի", "held"),
])
def test_the_status_words_a_russian_or_armenian_list_uses_are_read(word: str,
                                                                   status: str) -> None:
    # Each was an error of its cell: "на суде" (on trial), "обменян" (exchanged: home again),
    # "военнопленный" (a prisoner of war: held).
    from caseapp.domain.sheet_status import parse_status
    assert parse_status(word)[0].value == status


def test_a_remark_in_brackets_after_a_name_is_kept_in_the_notes_not_the_name(
        case_file: CaseFile, tmp_path: Path) -> None:
    # "Петросян Арам Каренович (брат Карена)": a list notes who a person is beside the name.
    # The remark was stored as part of the name, printed in every dossier and letter. A
    # remark (in small letters) is taken out of the name and the cell kept in the notes; a
    # name in brackets (a maiden name, capitalised) stays as written.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Дата рождения"],
        ["Петросян Арам Каренович (брат Карена)", "1990"],
        ["Hakobyan Anna (Petrosyan)", "1985"],
    ])
    pv = preview(case_file, path)
    first, second = (r.shown.get("name") for r in pv.rows)
    assert first == "Петросян Арам Каренович"
    assert "(Petrosyan)" in second
    assert "ФИО: Петросян Арам Каренович (брат Карена)" in pv.rows[0].values.notes
    assert any("brackets" in p.reason for p in pv.rows[0].problems if p.warning)
