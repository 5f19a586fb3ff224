"""A list in parts under titles that name a category ("Военнослужащие", "Զինծառայողներ",
"Civilians"): the rows under such a title take its category unless their own category
column says otherwise, and the preview says where each took it from; a title naming no
category ("Освобождены", "2021", "Список") gives none (tests/fixtures/sheets/
ngo-parts-titled-by-category.xlsx, a Russian and an Armenian sheet)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.domain.enums import CaptiveCategory
from caseapp.domain.sheet_part_titles import row_ranges, title_category
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview

SHEET = Path(__file__).resolve().parent.parent / "fixtures" / "sheets" / \
    "ngo-parts-titled-by-category.xlsx"
SERVICEMAN, CIVILIAN = CaptiveCategory.SERVICEMAN, CaptiveCategory.CIVILIAN
FORMER_OFFICIAL = CaptiveCategory.FORMER_OFFICIAL


def _dry_run(db: Path, lang: str, *more: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", lang, "import-sheet", str(SHEET), "--dry-run", "--skip-errors",
                 *more, "--db", str(db)], out=out, err=err)
    assert (code, err.getvalue()) == (0, "")
    return out.getvalue().splitlines()


@pytest.mark.parametrize(("lang", "said"), [
    ("en", ["  warning: only sheet “Список” is read, and the workbook's sheet “Ցուցակ” lists "
            "people too: import it on its own, choosing its sheet",
            "  warning: rows 4–5 take the category “Serviceman / prisoner of war” from the title row 3 "
            "“Военнослужащие” (a row's own category column wins).",
            "  warning: row 9 takes the category “Civilian” from the title row 8 “Гражданские "
            "лица” (a row's own category column wins).",
            "  warning: row 11 takes the category “Former official” from the title row 10 "
            "“Бывшие должностные лица” (a row's own category column wins).",
            "  warning: 6 rows give a status but no date of it: the status is recorded with "
            "no date, not as of the day of the import.",
            "  warning: 1 row gives no category: a captive created from it is recorded as "
            "“Civilian”."]),
    ("ru", ["  предупреждение: читается только лист «Список», а лист книги «Ցուցակ» тоже "
            "содержит список людей: импортируйте его отдельно, выбрав этот лист",
            "  предупреждение: строки 4–5 получают категорию «Военнослужащий / "
            "военнопленный» из названия части списка в строке 3 «Военнослужащие», если в "
            "самой строке категория не указана.",
            "  предупреждение: строка 9 получает категорию «Гражданское лицо» из названия "
            "части списка в строке 8 «Гражданские лица», если в самой строке категория не "
            "указана.",
            "  предупреждение: строка 11 получает категорию «Бывшее должностное лицо» из "
            "названия части списка в строке 10 «Бывшие должностные лица», если в самой строке "
            "категория не указана.",
            "  предупреждение: 6 строк дают статус без его даты: статус записывается без "
            "даты, а не днём импорта.",
            "  предупреждение: 1 строка не указывает категорию: созданный по ней пленный "
            "записывается как «Гражданское лицо»."]),
])
def test_the_dry_run_says_which_rows_take_which_titles_category(db: Path, lang: str,
                                                                said: list[str]) -> None:
    # The rows under "Военнослужащие" were said to give no category and recorded civilians.
    # (The workbook's other sheet lists people too, and is said not to be read.)
    lines = _dry_run(db, lang)
    warning = said[0].split(":")[0] + ":"
    assert [line for line in lines if line.startswith(warning)] == said


def test_the_armenian_sheet_says_it_in_armenian(db: Path) -> None:
    lines = _dry_run(db, "hy", "--sheet", "Ցուցակ")
    assert [line for line in lines if "վերնագր" in line and "զգուշացում" in line] == [
        "  զգուշացում. 4–5 տողերը ստանում են «Զինծառայող / ռազմագերի» կատեգորիան ցուցակի "
        "մասի վերնագրից (տող 3, «Զինծառայողներ»)՝ եթե տողում իր կատեգորիան նշված չէ։",
        "  զգուշացում. Թիվ 8 տողը ստանում է «Քաղաքացիական անձ» կատեգորիան ցուցակի մասի "
        "վերնագրից (տող 7, «Քաղաքացիական անձինք»)՝ եթե տողում իր կատեգորիան նշված չէ։"]


def test_the_json_preview_names_the_title_row_of_each_rows_category(db: Path) -> None:
    out = io.StringIO()
    assert main(["import-sheet", str(SHEET), "--dry-run", "--skip-errors", "--format", "json",
                 "--db", str(db)], out=out, err=io.StringIO()) == 0
    rows = {r["row"]: r for r in json.loads(out.getvalue())["rows"]}
    assert {n: (r["values"].get("category"), r["category_from"]) for n, r in rows.items()
            if not r["errors"] and not r["not_a_person"]} == {
        4: ("serviceman", {"row": 3, "title": "Военнослужащие"}),
        5: ("serviceman", {"row": 3, "title": "Военнослужащие"}),
        6: ("civilian", None),  # its own column says "гражданский"
        9: ("civilian", {"row": 8, "title": "Гражданские лица"}),
        11: ("former_official", {"row": 10, "title": "Бывшие должностные лица"}),
        14: (None, None)}  # under "Освобождены", a status: no category given
    # (its own status column says "освобождён": nothing is taken from the title)
    assert (rows[14]["values"]["status"], rows[14]["status_from"]) == ("released", None)


def test_the_import_records_the_titles_category(case_file: CaseFile) -> None:
    for sheet, expected in (
            ("Список", {"Петросян Арам Ашотович": SERVICEMAN,
                        "Акопян Давид Самвелович": SERVICEMAN,
                        "Мартиросян Гор Ваганович": CIVILIAN,
                        "Саркисян Ани Гагиковна": CIVILIAN,
                        "Оганесян Рубен Каренович": FORMER_OFFICIAL,
                        "Григорян Айк Арменович": CIVILIAN}),
            # after "2021" (a title of no category), the default: not the civilians' title
            ("Ցուցակ", {"Պետրոսյան Արամ Աշոտի": SERVICEMAN, "Հակոբյան Դավիթ Սամվելի": SERVICEMAN,
                        "Սարգսյան Գայանե Մարտունի": CIVILIAN, "Մկրտչյան Լևոն Գագիկի": CIVILIAN})):
        pv = preview(case_file, SHEET, sheet=sheet)
        result = import_rows(case_file, pv, decisions_for(pv, on_duplicate="create",
                                                          skip_errors=True))
        stored = {case_file.captives.get(i).names[0].full_name: case_file.captives.get(i).category
                  for i in result.created}
        assert stored == expected


def test_after_a_title_of_no_category_the_rows_take_none(case_file: CaseFile) -> None:
    pv = preview(case_file, SHEET, sheet="Ցուցակ")
    rows = {r.row: r.values for r in pv.rows}
    assert rows[8].from_title is not None and rows[8].from_title.row == 7
    assert rows[10].from_title is None and "category" not in rows[10].values


@pytest.mark.parametrize(("title", "category"), [
    ("Военнослужащие", SERVICEMAN), ("Военнопленные", SERVICEMAN), ("Զինծառայողներ", SERVICEMAN),
    ("Servicemen", SERVICEMAN), ("Prisoners of war", SERVICEMAN),
    ("Гражданские лица", CIVILIAN), ("Քաղաքացիական անձինք", CIVILIAN), ("Civilians", CIVILIAN),
    ("Бывшие должностные лица", FORMER_OFFICIAL), ("Նախկին պաշտոնյաներ", FORMER_OFFICIAL),
    ("Former officials", FORMER_OFFICIAL),
    # no category, or none clearly
    ("Список", None), ("Степанакерт", None), ("2021", None), ("13.12.2020", None),
    ("Освобождены", None), ("Пропавшие без вести", None), ("Другое", None), ("Other", None),
])
def test_only_a_title_that_clearly_names_a_category_gives_one(
        title: str, category: CaptiveCategory | None) -> None:
    assert title_category(title) is category


def test_rows_are_said_as_ranges() -> None:
    assert row_ranges([9, 4, 5, 6, 11, 12]) == "4–6, 9, 11–12"


def test_a_place_alone_on_its_row_ends_the_part_above_it(case_file: CaseFile,
                                                         tmp_path: Path) -> None:
    # "Степанакерт" is no category: the rows under it are not guessed to be servicemen
    # (nor, as a formula refused, the row under that).
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Статус\nВоеннослужащие;\nПетросян Арам;в плену\nСтепанакерт;\n"
                    "Акопян Давид;в плену\nГражданские;\nСаркисян Ани;в плену\n=cmd|calc;\n"
                    "Мирзоян Карен;в плену\n", encoding="utf-8")
    rows = {r.row: r.values for r in preview(case_file, path).rows}
    assert {n: (v.values.get("category"), v.from_title and v.from_title.row)
            for n, v in rows.items() if not v.problems and not v.not_a_person} == {
        3: (SERVICEMAN, 2), 4: (None, None), 5: (None, None), 7: (CIVILIAN, 6), 9: (None, None)}
