"""Rows that are no person: the titles of a list's parts and its totals are listed with what
they were read as, never imported, and no error (a titled list imports without "skip rows
with errors"); a title with a running number, a count or a note beside it is still a title,
and a one-word name that is a status's word stays a person; a status title gives the rows
under it their status, without a date (tests/fixtures/sheets/
ngo-titles-with-counts-and-statuses.xlsx: a Russian, an Armenian and an English sheet;
ngo-status-titles.csv)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus
from caseapp.domain.sheet_title_rows import NotAPerson, title_row
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sheets"
BOOK = FIXTURES / "ngo-titles-with-counts-and-statuses.xlsx"
CSV = FIXTURES / "ngo-status-titles.csv"
RELEASED, DECEASED, HELD = CaptiveStatus.RELEASED, CaptiveStatus.DECEASED, CaptiveStatus.HELD
SERVICEMAN, CIVILIAN = CaptiveCategory.SERVICEMAN, CaptiveCategory.CIVILIAN
COLUMNS = {1: "name", 2: "birth", 3: "status", 4: "notes"}  # column A: a running number


def _run(db: Path, lang: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", lang, "import-sheet", *args, "--db", str(db)], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_titled_list_imports_without_leaving_out_rows_with_errors(db: Path) -> None:
    # Its titles and total were "5 с ошибками": the import was refused without --skip-errors.
    code, out, err = _run(db, "ru", str(BOOK), "--on-duplicate", "create")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    # only the counts there are: no «с ошибками — 0»
    assert "Из ngo-titles-with-counts-and-statuses.xlsx прочитано 13 строк." in lines
    assert not [line for line in lines if "ошибками" in line]
    assert ("5 строк — не люди (названия частей списка и итоги): они не импортируются, и "
            "пропускать их не нужно." in lines)
    # each listed in the table, with what it was read as
    assert [line.split("  ")[0] + ": " + line.split("  ", 1)[1].strip() for line in lines
            if "не человек: " in line and line[:1].isdigit()] == [
        "3: не человек: название части (по виду)", "6: не человек: название части (по виду)",
        "8: не человек: название части (по виду)", "11: не человек: название части",
        "13: не человек: итог"]
    assert ("  строка 3 («Военнослужащие (2)») прочитана по её виду как название части списка "
            "(«Военнослужащие»), а не как человек: она не импортируется; проверьте, что это "
            "не человек." in lines)
    assert "  строка 13 («Итого: 7 человек») — итог или примечание, а не человек: она не импортируется." in lines
    assert lines[-1].startswith("Из ngo-titles-with-counts-and-statuses.xlsx импортировано 8 "
                                "пленных."), lines[-1]


@pytest.mark.parametrize(("lang", "said"), [
    ("hy", "3 տողում անձ չկա (ցուցակի մասերի վերնագրեր և ընդհանուր թվեր). դրանք չեն "
           "ներմուծվում, և դրանք բաց թողնել պետք չէ։"),
    ("en", "3 rows are no people (parts' titles and totals): they are not imported, and need "
           "no leaving out.")])
def test_the_armenian_and_english_sheets_say_it_in_their_words(db: Path, lang: str,
                                                               said: str) -> None:
    for sheet in ("Ցուցակ", "List"):
        code, out, err = _run(db, lang, str(BOOK), "--sheet", sheet, "--dry-run")
        assert (code, err) == (0, ""), sheet
        assert said in out.splitlines(), sheet


def test_the_json_says_what_each_row_that_is_no_person_was_read_as(db: Path) -> None:
    code, out, _ = _run(db, "en", str(BOOK), "--dry-run", "--format", "json")
    assert code == 0
    rows = {r["row"]: r for r in json.loads(out)["rows"]}
    assert {n: (r["action"], r["not_a_person"]["kind"], r["not_a_person"]["guessed"],
                r["not_a_person"]["names"]) for n, r in rows.items() if r["not_a_person"]} == {
        3: ("not a person", "title", True, {"category": "serviceman"}),
        6: ("not a person", "title", True, {"category": "civilian"}),
        8: ("not a person", "title", True, {"status": "released"}),
        11: ("not a person", "title", False, {"status": "deceased"}),
        13: ("not a person", "total", False, None)}
    assert all(r["errors"] == [] for r in rows.values())
    assert (rows[9]["values"]["status"], rows[9]["status_from"]) == (
        "released", {"row": 8, "title": "Освобождены"})
    assert (rows[10]["values"]["status"], rows[10]["status_from"]) == ("held", None)  # its own
    assert rows[12]["status_from"] == {"row": 11, "title": "Умершие"}


def test_a_status_title_gives_its_status_without_inventing_a_date(case_file: CaseFile) -> None:
    pv = preview(case_file, BOOK)
    result = import_rows(case_file, pv, decisions_for(pv))
    got = {c.names[0].full_name: (c.status, c.status_since, c.category)
           for c in map(case_file.captives.get, result.created)}
    assert got == {
        "Петросян Арам Ашотович": (HELD, None, SERVICEMAN),
        "Акопян Давид Самвелович": (CaptiveStatus.MISSING, None, SERVICEMAN),
        "Саркисян Ани Гагиковна": (CaptiveStatus.MISSING, None, CIVILIAN),
        "Григорян Айк Арменович": (RELEASED, None, CIVILIAN),  # the status title ends the part
        "Мирзоян Карен Ашотович": (HELD, None, CIVILIAN),  # its own status wins
        "Оганесян Рубен Каренович": (DECEASED, None, CIVILIAN),
        "Гражданин": (CaptiveStatus.MISSING, None, CIVILIAN),  # after the total: no part
        "Солдат": (CaptiveStatus.MISSING, None, CIVILIAN)}
    assert (result.left_out, result.not_people) == (0, 5)
    assert any("no date of it, and none is recorded" in n and "row 9" in n for n in pv.notices)


def test_a_status_title_merged_into_a_captive_records_no_date(case_file: CaseFile) -> None:
    # A merge made the status change "today": a date the sheet never gave.
    first = preview(case_file, CSV)
    import_rows(case_file, first, decisions_for(first))
    again = preview(case_file, CSV)
    merged = import_rows(case_file, again, decisions_for(again, on_duplicate="merge"))
    assert merged.created == () and len(merged.merged) == 3
    [artur] = [c for c in case_file.captives.list() if "Саргсян" in c.primary_name]
    assert (artur.status, case_file.captives.get(artur.id).status_since) == (RELEASED, None)


def test_the_csv_list_reads_its_titles_and_totals(case_file: CaseFile) -> None:
    pv = preview(case_file, CSV)
    assert [(r.row, r.values.not_a_person.title) for r in pv.not_people] == [
        (2, "Пропавшие без вести"), (5, "Освобождены"), (7, "")]
    assert {r.row: r.values.values.get("status") for r in pv.rows if r.values.names} == {
        3: CaptiveStatus.MISSING, 4: CaptiveStatus.MISSING, 6: RELEASED}


def _read(row: list[object]) -> NotAPerson | None:
    cells = {i: c for i, c in enumerate(row) if i in COLUMNS and c not in (None, "")}
    return title_row(row, cells, COLUMNS)


@pytest.mark.parametrize(("row", "title", "guessed"), [
    ([None, "Военнослужащие"], "Военнослужащие", False),
    ([3, "Военнослужащие", None, None, None], "Военнослужащие", False),  # (a column no field takes)
    ([None, "Военнослужащие (12)"], "Военнослужащие", True),
    ([None, "3. Гражданские лица"], "Гражданские лица", True),
    ([None, "Гражданские лица", "5"], "Гражданские лица", True),
    ([None, "Освобождены", None, 2], "Освобождены", True),
    ([None, "Released", None, None, "as of March"], "Released", True),
    ([None, "Պատանդներ"], None, None),  # no word of a status or a category
    ([None, "Ազատ արձակվածներ՝ 2"], "Ազատ արձակվածներ", True),
    ([None, "Пропавшие без вести — 4 чел."], "Пропавшие без вести", True),
    (["Զինծառայողներ", None, None, None], "Զինծառայողներ", True),  # written from column A
])
def test_a_title_is_read_in_the_shapes_lists_give_it(row: list[object], title: str | None,
                                                    guessed: bool | None) -> None:
    found = _read(row)
    assert (found and found.title, found and found.guessed) == (title, guessed)


@pytest.mark.parametrize("row", [
    [3, "Гражданин"],  # a person called so (no word of a category: "гражданские" is)
    [3, "Солдат"], [None, "Ազատ"], [None, "Free"],  # one-word names that are words
    [None, "Ազատ", "1990"],  # with a year: a person
    [None, "Военнослужащие", "12.03.1990"],  # a date beside it: no title
    [None, "Освобождены", None, "в плену"],  # a status of its own: no title
    [None, "Военнослужащий Петросян"], [None, "Солдатов"],
    [None, "Освобождены", "Петросян Арам"],  # (a name in the date column: no count)
])
def test_a_person_is_not_turned_into_a_title(row: list[object]) -> None:
    assert _read(row) is None


def test_a_one_word_name_that_is_a_status_word_stays_a_person_said(case_file: CaseFile) -> None:
    pv = preview(case_file, BOOK, sheet="Ցուցակ")
    rows = {r.row: r for r in pv.rows}
    assert rows[6].label == "Ազատ" and rows[6].values.values["status"] is RELEASED
    assert rows[7].label == "Զինվոր" and [str(p) for p in rows[7].warnings] == [
        "row 7, column B (Ազգանուն Անուն Հայրանուն): “Զինվոր” is read as a person's name, though "
        "it is a word of a status or a category too: check that it is a person and not the "
        "title of a part of the list"]
