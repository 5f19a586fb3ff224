"""Lists an Armenian NGO or a family association keeps, written by none of the team
(tests/fixtures/sheets/ngo-*): a list in parts under titles in the plural, and dates typed
as people say them. What the preview reads of each, row by row."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus, DatePrecision, Sex
from caseapp.domain.sheet_dates import parse_partial_date
from caseapp.domain.sheet_match import LIKELY, Person, match_score
from caseapp.domain.sheet_tables import a_title
from caseapp.domain.sheet_values import CATEGORY_WORDS, STATUS_WORDS, CellError, parse_word
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"


def test_the_titles_of_a_lists_parts_in_the_plural_are_no_captives(case_file: CaseFile) -> None:
    # "Գերիներ" sheet: "Զինծառայողներ", "Քաղաքացիական անձինք", "Пропавшие без вести" and
    # "Гражданские лица" above the people of each part were created as captives of those
    # names; "ար." and "իգ." were no sex.
    pv = preview(case_file, FIXTURES / "ngo-parts-under-plural-titles.xlsx")
    people = {r.row: r for r in pv.rows if not r.errors and r.values.not_a_person is None}
    assert sorted(people) == [4, 8, 11, 13]
    titles = {r.row: r.values.not_a_person.title for r in pv.not_people
              if r.values.not_a_person.kind == "title"}
    assert titles == {3: "Զինծառայողներ", 7: "Քաղաքացիական անձինք", 10: "Пропавшие без вести",
                      12: "Гражданские лица"}
    assert [r.row for r in pv.not_people if r.values.not_a_person.kind == "total"] == [5, 14]
    assert pv.with_errors == ()  # titles and totals are no errors: nothing to leave out
    assert [people[r].values.values["sex"] for r in (4, 8, 11, 13)] == [
        Sex.MALE, Sex.FEMALE, Sex.MALE, Sex.FEMALE]
    result = import_rows(case_file, pv, decisions_for(pv))
    names = sorted(n.full_name for i in result.created for n in case_file.captives.get(i).names)
    assert names == ["Оганесян Левон Робертович", "Саркисян Ани Гагиковна",
                     "Պետրոսյան Արամ Աշոտի", "Սարգսյան Գայանե Մարտունի"]


@pytest.mark.parametrize(("title", "field", "value"), [
    ("Пленные военнослужащие", "category", CaptiveCategory.SERVICEMAN),
    ("Ռազմագերիներ", "category", CaptiveCategory.SERVICEMAN),
    ("Civilians", "category", CaptiveCategory.CIVILIAN),
    ("Вернувшиеся", "status", CaptiveStatus.REPATRIATED),
    ("Զոհվածներ", "status", CaptiveStatus.DECEASED),
    ("Ազատ արձակվածներ", "status", CaptiveStatus.RELEASED),
    ("Դատապարտվածներ", "status", CaptiveStatus.CONVICTED),
    ("Անհետ կորածներ", "status", CaptiveStatus.MISSING),
])
def test_a_status_or_category_in_the_plural_is_read(title: str, field: str,
                                                   value: object) -> None:
    enum, words = ((CaptiveStatus, STATUS_WORDS) if field == "status"
                   else (CaptiveCategory, CATEGORY_WORDS))
    assert parse_word(title, enum, words) is value


def test_a_surname_like_a_category_word_stays_a_name() -> None:
    assert not a_title("Солдатов") and not a_title("Военнослужащий Петросян")


def test_dates_typed_as_people_say_them_are_read_at_what_they_say(case_file: CaseFile) -> None:
    # A UTF-16 list (Excel's "Unicode text"): "17.05.1990 года", "13.12.2020." (a full stop),
    # "13.XII.2020", "в 1985 году", "в мае 2021", "1995 թվականին" were each "not a date".
    pv = preview(case_file, FIXTURES / "ngo-dates-as-typed-utf16.csv")
    read = {r.row: (r.values.values.get("birth"), r.values.values.get("capture"))
            for r in pv.rows}
    day, month, year = DatePrecision.EXACT, DatePrecision.MONTH, DatePrecision.YEAR
    assert read[2] == (PartialDate(_d(1990, 5, 17), day), PartialDate(_d(2020, 12, 13), day))
    assert read[3] == (PartialDate(_d(1985), year), PartialDate(_d(2020, 12, 13), day))
    assert read[4] == (PartialDate(_d(1991), year), PartialDate(_d(2021, 5), month))
    assert read[5] == (PartialDate(_d(1995), year), PartialDate(_d(2020, 12), month))
    assert not [p for r in pv.rows if r.row < 6 for p in r.problems if not p.warning]
    # Neither a decade nor "no later than" is a date: said, never guessed.
    assert [str(p) for p in pv.rows[4].errors] == [
        "row 6, column B (Дата рождения): “1990-е” is not a date (write 17.05.2024, 05.2024, "
        "2024 or “May 2024”)",
        "row 6, column C (Дата пленения): “не позднее 2021” is not a date (write 17.05.2024, "
        "05.2024, 2024 or “May 2024”)"]


@pytest.mark.parametrize(("text", "iso"), [
    ("13.XII.2020", "2020-12-13"), ("XII.2020", "2020-12"), ("в декабре 2020 г.", "2020-12"),
    ("2020թ. դեկտեմբերին", "2020-12"), ("17.05.1990 года", "1990-05-17"),
    ("17.05.1990.", "1990-05-17"), ("в 1990 г.", "1990")])
def test_a_date_is_read_no_later_than_written(text: str, iso: str) -> None:
    assert parse_partial_date(text).iso() == iso


@pytest.mark.parametrize("text", ["13.XIII.2020", "в 1990-е", "до 1990", "с 1990",
                                  "17.05.1990 годы"])
def test_what_is_no_date_stays_an_error(text: str) -> None:
    with pytest.raises(CellError):
        parse_partial_date(text)


def _d(year: int, month: int = 1, day: int = 1) -> date:
    return date(year, month, day)


def test_a_family_lists_csv_says_its_delimiter_and_keeps_an_uncertain_year(
        db: Path) -> None:
    # Windows-1251, ";": a title and an empty row above the header, a date serial, a phone
    # number like a date under no field, a total. The first line said "разделитель —
    # semicolon"; "около 1995" was stored as the year 1995, the "около" lost.
    sheet = str(FIXTURES / "ngo-family-list-cp1251.csv")
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "ru", "import-sheet", sheet, "--skip-errors", "--format", "json",
                 "--db", str(db)], out=out, err=err)
    assert (code, err.getvalue()) == (0, "")
    report = json.loads(out.getvalue())
    assert report["header_row"] == 3 and report["ignored_columns"] == {"G": "Телефон родных"}
    assert [(r["row"], r["values"].get("birth"), r["values"].get("capture"))
            for r in report["rows"]] == [(4, "1990-05-17", "2020-12-13"),
                                         (6, "1995", "2020-11-10"), (7, None, None)]
    assert report["rows"][2]["errors"] == [] and report["rows"][2]["action"] == "not a person"
    assert report["rows"][2]["not_a_person"]["kind"] == "total"
    with sqlite3.connect(db) as conn:
        notes = [n for (n,) in conn.execute("SELECT body FROM notes")]
    assert notes == ["Дата рождения: около 1995"]

    out = io.StringIO()
    assert main(["--lang", "ru", "import-sheet", sheet, "--dry-run", "--skip-errors",
                 "--on-duplicate", "skip", "--db", str(db)], out=out, err=io.StringIO()) == 0
    assert out.getvalue().splitlines()[0] == ("ngo-family-list-cp1251.csv; Windows-1251, "
                                              "разделитель — точка с запятой; заголовок в "
                                              "строке 3")


def test_headers_as_a_family_association_types_them_are_mapped(case_file: CaseFile) -> None:
    # Saved by LibreOffice: a formula column (Возраст), a hidden phone column. "Когда попал
    # в плен" and "Доп. информация" were left out as no field of the captive: the capture
    # dates and the notes were lost unless mapped by hand.
    pv = preview(case_file, FIXTURES / "ngo-headers-as-typed.xlsx")
    assert pv.columns == {1: "name", 2: "birth", 4: "capture", 5: "place", 7: "notes"}
    first = pv.rows[0].values
    assert first.values["capture"] == PartialDate(_d(2020, 12), DatePrecision.MONTH)
    assert first.notes == ("ранен при пленении",)


def test_one_man_written_with_initials_is_shown_likely_the_same(case_file: CaseFile) -> None:
    # "Оганесян Левон Робертович", then "Ованесян Левон Р." (year, month), "Hovhannisyan
    # Levon", "Հովհաննիսյան Լևոն Ռոբերտի": the initial made the second no match at all.
    pv = preview(case_file, FIXTURES / "ngo-one-man-four-spellings.xlsx")
    likely = {r.row: sorted(d.row for d in r.duplicates) for r in pv.rows}
    assert likely[3] == [2]
    assert all(d.reasons[0] == "similar name" for d in pv.rows[1].duplicates)
    assert [r.shown["name"] for r in pv.rows] == [
        "Оганесян Левон Робертович", "Ованесян Левон Р.", "Levon Hovhannisyan",  # turned
        "Հովհաննիսյան Լևոն Ռոբերտի"]


@pytest.mark.parametrize(("one", "other", "likely"), [
    ("Оганесян Л. Р.", "Оганесян Левон Робертович", True),
    ("Петросян А.", "Арам Петросян", True),
    ("Оганесян Левон А.", "Оганесян Левон Робертович", False),  # another father
    ("Петросян", "Арам Петросян", False),  # a surname alone names no one
])
def test_an_initial_meets_the_word_it_begins(one: str, other: str, likely: bool) -> None:
    score, _ = match_score(Person((one,), None, None), Person((other,), None, None))
    assert (score >= LIKELY) is likely
