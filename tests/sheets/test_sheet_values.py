"""Cell values read as the app's: dates with their precision, words in three languages,
names, column headers and saved mappings. Expected values are worked out by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision, Sex
from caseapp.domain.sheet_columns import Mapping, auto_columns, field_for_header, header_row
from caseapp.domain.sheet_dates import parse_partial_date, read_date
from caseapp.domain.sheet_values import (
    CATEGORY_WORDS,
    SEX_WORDS,
    STATUS_WORDS,
    CellError,
    clean_text,
    full_name,
    join_name,
    joined_tags,
    parse_word,
    quoted_for_sheet,
    split_tags,
)

DAY, MONTH, YEAR = DatePrecision.EXACT, DatePrecision.MONTH, DatePrecision.YEAR


@pytest.mark.parametrize(("cell", "value", "precision"), [
    ("17.05.2024", date(2024, 5, 17), DAY),
    ("17/05/2024", date(2024, 5, 17), DAY),
    ("2024-05-17", date(2024, 5, 17), DAY),
    ("05/17/2024", date(2024, 5, 17), DAY),  # 17 cannot be a month: month first
    ("03.04.2024", date(2024, 4, 3), DAY),  # ambiguous: day first, as in Armenia and Russia
    ("05.2024", date(2024, 5, 1), MONTH),
    ("2024-05", date(2024, 5, 1), MONTH),
    ("2024", date(2024, 1, 1), YEAR),
    ("1990 г.", date(1990, 1, 1), YEAR),
    ("May 2024", date(2024, 5, 1), MONTH),
    ("17 May 2024", date(2024, 5, 17), DAY),
    ("Sept 2023", date(2023, 9, 1), MONTH),
    ("май 2024", date(2024, 5, 1), MONTH),
    ("17 мая 2024 г.", date(2024, 5, 17), DAY),
    ("Март 2021", date(2021, 3, 1), MONTH),
    ("մայիս 2024", date(2024, 5, 1), MONTH),
    ("2024թ. մայիսի 17-ին", date(2024, 5, 17), DAY),
    ("փետրվարի 3, 2022", date(2022, 2, 3), DAY),
    ("~2024-05-17", date(2024, 5, 17), DatePrecision.APPROXIMATE),
    (date(2020, 2, 29), date(2020, 2, 29), DAY),
    (datetime(2020, 2, 29, 13, 5), date(2020, 2, 29), DAY),
    (1990, date(1990, 1, 1), YEAR),
    (1990.0, date(1990, 1, 1), YEAR),
    (45429, date(2024, 5, 17), DAY),  # a spreadsheet's serial: 1899-12-30 + 45429 days
    ("45429", date(2024, 5, 17), DAY),
])
def test_dates_are_read_with_their_precision(cell: object, value: date,
                                             precision: DatePrecision) -> None:
    assert parse_partial_date(cell) == PartialDate(value, precision)


@pytest.mark.parametrize("cell", ["31.02.2024", "17.05.24", "13.2024", "Maybe 2024", "мая",
                                  "2024 2025 май", "12", 1990.5, True, "=TODAY()", "",
                                  "17.05.2024 и позже"])
def test_what_is_not_a_date_says_why(cell: object) -> None:
    with pytest.raises(CellError) as err:
        parse_partial_date(cell)
    assert str(err.value)


@pytest.mark.parametrize(("cell", "status"), [
    ("в плену", CaptiveStatus.HELD),
    ("В ПЛЕНУ", CaptiveStatus.HELD),
    ("կալանքի տակ", CaptiveStatus.HELD),
    ("convicted", CaptiveStatus.CONVICTED),
    ("осуждена", CaptiveStatus.CONVICTED),
    ("осуждён", CaptiveStatus.CONVICTED),
    ("дատապարտված".replace("д", "դ"), CaptiveStatus.CONVICTED),
    ("пропал без вести", CaptiveStatus.MISSING),
    ("անհետ կորած", CaptiveStatus.MISSING),
    ("Освобождены", CaptiveStatus.RELEASED),
    ("repatriated", CaptiveStatus.REPATRIATED),
    ("погиб", CaptiveStatus.DECEASED),
    ("pre-trial", CaptiveStatus.PRE_TRIAL),
    ("on_trial", CaptiveStatus.ON_TRIAL),
])
def test_status_words_in_three_languages(cell: str, status: CaptiveStatus) -> None:
    assert parse_word(cell, CaptiveStatus, STATUS_WORDS) is status


def test_a_mapping_adds_words_of_its_own() -> None:
    with pytest.raises(CellError, match="not a known word"):
        parse_word("в колонии", CaptiveStatus, STATUS_WORDS)
    assert parse_word("в колонии", CaptiveStatus, STATUS_WORDS,
                      {"в колонии": "convicted"}) is CaptiveStatus.CONVICTED


@pytest.mark.parametrize(("cell", "category"), [
    ("военнопленный", CaptiveCategory.SERVICEMAN), ("զինծառայող", CaptiveCategory.SERVICEMAN),
    ("Civilian", CaptiveCategory.CIVILIAN), ("мирный житель", CaptiveCategory.CIVILIAN),
    ("նախկին պաշտոնյա", CaptiveCategory.FORMER_OFFICIAL)])
def test_category_words(cell: str, category: CaptiveCategory) -> None:
    assert parse_word(cell, CaptiveCategory, CATEGORY_WORDS) is category


def test_sex_words() -> None:
    assert [parse_word(w, Sex, SEX_WORDS) for w in ("м", "Жен.", "արական", "F")] == [
        Sex.MALE, Sex.FEMALE, Sex.MALE, Sex.FEMALE]


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "=SUM(A1:A3)", "+cmd|'/C calc'!A0",
                                  "@SUM(A1)", "  =1+1", "-2+3+cmd|' /C calc'!A0",
                                  "+1+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"])
def test_formulas_are_refused_never_kept(cell: str) -> None:
    with pytest.raises(CellError, match="formula"):
        clean_text(cell)


def test_a_formula_quoted_as_text_by_an_apostrophe_is_read_as_that_text() -> None:
    # As a spreadsheet writes a cell typed '=x, and as caseapp export-sheet writes a name
    # beginning with "=": the apostrophe is taken off, the rest kept as text.
    assert clean_text("'=HYPERLINK(\"x\") Ann") == '=HYPERLINK("x") Ann'
    assert clean_text("'+cmd|'/C calc'!A0") == "+cmd|'/C calc'!A0"
    assert clean_text("'Ann") == "'Ann"  # an apostrophe before plain text stays


@pytest.mark.parametrize("text", ["=1+1", "-2+3+cmd|' /C calc'!A0", "-Aram", "+374 91 000001",
                                  "@x", "'t Hooft", "''", "'=x", "\t=1", " =1", "Aram"])
def test_a_cell_quoted_for_a_sheet_is_never_a_formula_and_reads_back_as_it_was(text: str
                                                                                ) -> None:
    quoted = quoted_for_sheet(text)
    assert quoted[:1] not in "=+-@\t\r"
    assert clean_text(quoted) == text.strip() or clean_text(quoted) == text


def test_tags_holding_separators_and_quotes_read_back_as_written() -> None:
    tags = ["a, b", "c;d", 'say "x"', "=1+1", "-x", "'q", "plain"]
    cell = joined_tags(tags)
    assert cell[:1] not in "=+-@" and split_tags(cell) == tags
    assert split_tags("one; two,three") == ["one", "two", "three"]
    for hostile in ('; =HYPERLINK("http://evil.example","x")', "zzz, -1+cmd|' /C calc'!A0"):
        with pytest.raises(CellError, match="formula"):
            split_tags(hostile)


def test_text_is_cleaned_of_control_characters_but_keeps_a_minus() -> None:
    assert clean_text("  Ann\x00a\x07 ") == "Anna"
    assert clean_text("-5 years") == "-5 years"  # a minus before a number is no formula
    assert clean_text(1990.0) == "1990"


def test_names_are_joined_and_turned_round() -> None:
    assert join_name("Արտաշես", "Գագիկի", "Մկրտչյան") == "Արտաշես Գագիկի Մկրտչյան"
    assert join_name("Artur", "", "Ghazaryan") == "Artur Ghazaryan"
    assert full_name("Казарян,  Артур Гагикович") == "Артур Гагикович Казарян"
    assert full_name("Казарян Артур") == "Казарян Артур"


@pytest.mark.parametrize(("header", "field"), [
    ("ФИО", "name"), ("Фамилия, имя, отчество", "name"), ("Անուն Ազգանուն", "name"),
    ("Full name", "name"), ("Фамилия", "surname"), ("Ազգանուն", "surname"),
    ("Last name", "surname"), ("Имя", "given_name"), ("Անուն", "given_name"),
    ("Отчество", "patronymic"), ("Հայրանուն", "patronymic"),
    ("Дата рождения (д.м.г.)", "birth"), ("Ծննդյան ամսաթիվ", "birth"), ("DOB", "birth"),
    ("Место рождения", "birth_place"), ("Дата задержания", "capture"),
    ("Գերեվարման ամսաթիվ", "capture"), ("Место пленения", "capture_place"),
    ("Место содержания", "place"), ("Պահման վայր", "place"), ("Статус", "status"),
    ("Կարգավիճակ", "status"), ("Category", "category"), ("Примечания", "notes"),
    ("Նշումներ", "notes"), ("Tags", "tags"), ("Пол", "sex"), ("Nationality", "citizenship"),
    ("Colour of the car", None), ("", None)])
def test_headers_in_three_languages(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize(("header", "field"), [
    # Abbreviations and units as lists write them; these columns were left out as naming no
    # field (the birth dates of "Дата рожд. (дд.мм.гггг)" lost), or read as a surname.
    ("Дата рожд. (дд.мм.гггг)", "birth"), ("Год рожд.", "birth"), ("г.р.", "birth"),
    ("д/р", "birth"), ("D.O.B.", "birth"), ("YOB", "birth"), ("Ծ.թ.", "birth"),
    ("Место рожд.", "birth_place"), ("Дата задерж.", "capture"), ("Дата плен.", "capture"),
    ("Взят в плен", "capture"), ("Գերեվարման ա/թ", "capture"), ("Գերեվ. ամսաթիվ", "capture"),
    ("Место задерж.", "capture_place"), ("Место содерж.", "place"), ("Гражд.", "citizenship"),
    ("Примеч.", "notes"), ("Фамилия И.О.", "name"), ("Surname, name", "name"),
    ("Name (surname first)", "name"), ("Family name", "surname"), ("Возраст", None),
    ("Дата рождения матери", None)])
def test_abbreviated_headers(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


def test_the_header_row_is_the_one_naming_most_fields() -> None:
    rows = [["Список на 01.06.2024", "", ""], ["", "", ""],
            ["ФИО", "Дата рождения", "Статус"], ["Казарян Артур", "17.05.1990", "в плену"]]
    assert header_row(rows) == 2
    assert header_row([["a", "b"], ["c", "d"]]) == 0


def test_auto_columns_keep_a_single_field_to_its_first_column() -> None:
    assert auto_columns(["ФИО", "Name (English)", "Статус", "Status", "?"]) == {
        0: "name", 1: "name", 2: "status"}


def test_a_mapping_round_trips_through_toml_and_finds_moved_columns() -> None:
    mapping = Mapping(name="NGO list", sheet="Пленные", header_row=3,
                      columns={"ФИО": "name", "Дата": "birth", "F": "status"},
                      values={"status": {"в СИЗО": "pre_trial"}}, delimiter=";",
                      encoding="cp1251")
    again = Mapping.from_toml(mapping.to_toml())
    assert again == mapping
    # The headers moved: ФИО is now column C; "F" is a letter: the sixth column.
    assert again.resolve(["x", "Дата", "фио", "", "", "y"]) == {2: "name", 1: "birth",
                                                              5: "status"}


@pytest.mark.parametrize(("text", "says"), [
    ("columns = [", "not valid TOML"),
    ('name = "x"', r"no \[columns\]"),
    ('[columns]\n"A" = "shoe size"', "not a field"),
    ('header_row = 0\n[columns]\n"A" = "name"', "header_row"),
    ('colums = 1\n[columns]\n"A" = "name"', "unknown key"),
    ('[columns]\n"A" = "name"\n[values.status]\n"x" = "free"', "not one of"),
    ('[columns]\n"A" = "name"\n[values.birth]\n"x" = "1"', "only status"),
])
def test_a_bad_mapping_says_what_is_wrong(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        Mapping.from_toml(text, where="map.toml")


@pytest.mark.parametrize("header", ["Հարազատի անուն ազգանուն", "ФИО родственника",
                                    "Mother's name", "Contact person", "Lawyer name",
                                    "Father's full name", "ФИО адвоката", "Имя матери",
                                    "Wife", "Սեռ կնոջ", "Փաստաբանի անուն"])
def test_a_header_about_someone_else_names_no_field_of_the_captive(header: str) -> None:
    assert field_for_header(header) is None
    assert auto_columns(["ФИО", header]) == {0: "name"}


def test_headers_of_the_captive_keep_their_fields() -> None:
    assert [field_for_header(h) for h in ("Father's name", "Family name", "Пол (муж/жен)",
                                          "Անուն Ազգանուն", "Հայրանուն")] == [
        "patronymic", "surname", "sex", "name", "patronymic"]


@pytest.mark.parametrize(("cell", "value", "precision", "caveat"), [
    ("~1990-05-17", date(1990, 5, 17), DatePrecision.APPROXIMATE, False),
    ("17.05.1990?", date(1990, 5, 17), DatePrecision.APPROXIMATE, False),
    ("около 17.05.1990", date(1990, 5, 17), DatePrecision.APPROXIMATE, False),
    ("~1990", date(1990, 1, 1), YEAR, True),
    ("1990?", date(1990, 1, 1), YEAR, True),
    ("approx. 05.1990", date(1990, 5, 1), MONTH, True),
    ("ca. 1990", date(1990, 1, 1), YEAR, True),
    ("17.05.1990", date(1990, 5, 17), DAY, False),
])
def test_a_date_marked_uncertain_keeps_the_mark_or_says_it_cannot(
        cell: str, value: date, precision: DatePrecision, caveat: bool) -> None:
    got, said = read_date(cell)
    assert got == PartialDate(value, precision)
    assert (said is not None) == caveat
    if said is not None:
        assert "uncertain" in str(said)


def test_no_cell_error_aborts_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever a cell's reading raises (a rule of the dates' own, not a CellError) is the
    # problem of its row and column; the other rows are read.
    from caseapp.domain import sheet_cells, sheet_rows
    from caseapp.domain.errors import ValidationError

    def refuse(raw: object) -> None:
        raise ValidationError("“~x” is not a date")

    monkeypatch.setattr(sheet_cells, "read_sheet_date", refuse)
    rows = [["Name", "Date of birth"], ["Aram", "~x"], ["Babken", ""]]
    (row, other), _, _ = sheet_rows.read_rows(rows, sheet_rows.layout(rows, None), None)
    assert other.names == (("Babken", ""),) and not other.problems
    (problem,) = row.problems
    assert (problem.row, problem.column, problem.warning) == (2, "B", False)
    assert "is not a date" in problem.reason


def test_name_details_read_back_as_written_and_a_wrong_kind_is_its_cells_error() -> None:
    from caseapp.domain.enums import NameKind
    from caseapp.domain.sheet_values import joined_name_details, parse_name_details

    details = ((NameKind.NATIVE, "hy"), (NameKind.TRANSLITERATION, ""), (NameKind.ALIAS, "ru"))
    assert joined_name_details(list(details)) == "native:hy; transliteration; alias:ru"
    assert parse_name_details("native:hy; transliteration; alias:ru") == details
    with pytest.raises(CellError, match="not a kind of name"):
        parse_name_details("nickname:hy")
    with pytest.raises(CellError, match="not a language code"):
        parse_name_details("native:Armenian!")


@pytest.mark.parametrize("text", ["1990-05-17 00:00:00", "1990-05-17T10:30",
                                  "1990-05-17 00:00:00.000", "17.05.1990 10:30"])
def test_a_date_written_with_its_time_is_its_day(text: str) -> None:
    # What a database or a script writes ("1990-05-17 00:00:00") was "not a date".
    assert parse_partial_date(text) == PartialDate(date(1990, 5, 17))


@pytest.mark.parametrize("text", ["2024-05-16T22:00:00Z", "2024-05-17T00:00:00+04:00",
                                  "17.05.2024 01:00 UTC"])
def test_a_date_with_a_time_zone_is_not_guessed(text: str) -> None:
    # 22:00 UTC on 16 May is 17 May in Yerevan: the day depends on where, so the cell says so.
    with pytest.raises(CellError, match="has a time zone, so which day it is depends on where"):
        parse_partial_date(text)


@pytest.mark.parametrize("cell", [datetime(1900, 2, 28), date(1900, 1, 1)])
def test_a_spreadsheet_date_before_march_1900_is_not_taken(cell: date) -> None:
    # Serial 60 in a date cell shows as 29.02.1900 (a day that never was) and was stored as a
    # birth on 28.02.1900: a small number typed into a date cell, read as a wrong fact.
    with pytest.raises(CellError, match="before 1 March 1900"):
        parse_partial_date(cell)
    assert parse_partial_date(datetime(1900, 3, 1)) == PartialDate(date(1900, 3, 1))


@pytest.mark.parametrize(("text", "expected"), [
    ("00.05.1990", PartialDate(date(1990, 5, 1), DatePrecision.MONTH)),
    ("00.00.1990", PartialDate(date(1990, 1, 1), DatePrecision.YEAR))])
def test_a_day_written_00_is_a_date_known_to_its_month_or_year(text: str,
                                                               expected: PartialDate) -> None:
    # Registers write an unknown day or month as 00; it was "not a day of the calendar".
    assert parse_partial_date(text) == expected
    with pytest.raises(CellError, match="month that is not 1 to 12"):
        parse_partial_date("00.13.1990")
    with pytest.raises(CellError, match="not a day of the calendar"):
        parse_partial_date("17.00.1990")


@pytest.mark.parametrize(("text", "expected"), [
    ("1990 г.р.", PartialDate(date(1990, 1, 1), DatePrecision.YEAR)),
    ("17.05.1990 г.р.", PartialDate(date(1990, 5, 17))),
    ("17.05.1990г.р.", PartialDate(date(1990, 5, 17)))])
def test_a_birth_written_with_g_r_is_read(text: str, expected: PartialDate) -> None:
    # "г.р." (год рождения, year of birth), as Russian lists write a birth: was "not a date".
    assert parse_partial_date(text) == expected


@pytest.mark.parametrize(("text", "says"), [
    ('columns = ]', "map.toml: недопустимый TOML (строка 1, позиция 11)"),
    ("columns = [", "map.toml: недопустимый TOML (файл обрывается раньше времени)"),
])
def test_a_mapping_that_is_no_toml_is_said_without_pythons_english(
        text: str, says: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mapping's TOML mistake kept Python's English words ("недопустимый TOML (Invalid
    initial character for a key part (at line 1, column 3))"): only where it is is said."""
    from caseapp.domain import messages

    monkeypatch.setattr(messages, "_language", ["ru"])
    with pytest.raises(ValueError) as refused:
        Mapping.from_toml(text, where="map.toml")
    assert str(refused.value.args[0]) == says
