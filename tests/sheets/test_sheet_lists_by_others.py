"""Lists nobody on the project wrote, as an NGO or a lawyer's assistant keeps them: the
footnotes and the source under the list, a name written in two alphabets in one cell, two
people in one cell, a workbook with a sheet for each group of captives, names in capitals.
What the preview says of them and what the import then does."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_xlsx


def _book(path: Path, rows: list[list[object]]) -> Path:
    return write_xlsx(path, {"Sheet": rows})


def test_footnotes_and_the_source_under_the_list_are_no_captives(case_file: CaseFile,
                                                                 tmp_path: Path) -> None:
    # "Источник: МККК, родственники" was a captive named "родственники Источник: МККК" (the
    # comma turned it round), "Составил: юрист А. Б." one named so, and the footnote
    # "* данные по состоянию на 01.05.2024" an error to leave out.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Год рождения", "Статус"],
        ["Петросян Арам", 1985, "в плену"],
        ["Итого: 1 человек"],
        [None],
        ["* данные по состоянию на 01.05.2024"],
        ["*освобожден 12.03.2024"],
        ["Источник: МККК, родственники"],
        ["Составил: юрист А. Б."],
        ["Source: ICRC, families"],
        ["Աղբյուր՝ ԿԽՄԿ"],
        ["По состоянию на 1 мая 2024 г."]])
    pv = preview(case_file, path)
    assert not pv.with_errors
    assert [r.row for r in pv.not_people] == [3, 5, 6, 7, 8, 9, 10, 11]
    assert str(pv.rows[4].no_person_said) == (
        "row 7 (“Источник: МККК, родственники”) is a total or a note, not a person: it is not "
        "imported.")
    result = import_rows(case_file, pv, decisions_for(pv))
    assert [c.primary_name for c in case_file.captives.list()] == ["Петросян Арам"]
    assert (len(result.created), result.not_people) == (1, 8)


def test_a_person_marked_with_a_footnote_is_still_a_person(case_file: CaseFile,
                                                           tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Год рождения", "Статус"],
        ["*Петросян Арам", 1985, "в плену"],
        ["Саркисян Ваге*", 1990, "в плену"]])
    pv = preview(case_file, path)
    assert not pv.not_people and not pv.with_errors


def test_a_row_without_a_name_but_a_remark_is_still_an_error(case_file: CaseFile,
                                                             tmp_path: Path) -> None:
    # (a remark of a word and a colon beside a person whose name was not typed: not a note)
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Год рождения", "Статус", "Примечания"],
        ["Петросян Арам", 1985, "в плену"],
        [None, 1990, "в плену", "Адвокат: Иванов"]])
    pv = preview(case_file, path)
    assert not pv.not_people
    assert [r.row for r in pv.with_errors] == [3]


def test_a_name_cell_in_two_alphabets_is_a_spelling_in_each(case_file: CaseFile,
                                                            tmp_path: Path) -> None:
    # "Vahe Sargsyan / Վահե Սարգսյան" was one name, tagged Armenian, whose Latin headline was
    # the whole cell; "Levon Grigoryan⏎Левон Григорян" one Latin name with Cyrillic words.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Год рождения", "Статус"],
        ["Vahe Sargsyan / Վահե Սարգսյան", 1979, "held"],
        ["Levon Grigoryan\nЛевон Григорян", 1980, "held"],
        ["Григорян Айк (Hayk Grigoryan)", 1981, "held"],
        ["Petrosyan, Aram; Петросян, Арам; Պետրոսյան, Արամ", 1982, "held"]])
    pv = preview(case_file, path)
    assert not pv.with_errors
    assert [str(w) for w in pv.rows[0].warnings] == [
        "row 2, column A (ФИО): “Vahe Sargsyan / Վահե Սարգսյան” holds the name in more than one "
        "alphabet: read as a spelling in each, “Vahe Sargsyan”, “Վահե Սարգսյան”"]
    import_rows(case_file, pv, decisions_for(pv))
    captives = case_file.captives.list()
    names = {c.id: [(n.full_name, str(n.script), n.language)
                    for n in case_file.captives.get(c.id).names] for c in captives}
    assert sorted(names.values()) == sorted([
        [("Vahe Sargsyan", "Latn", ""), ("Վահե Սարգսյան", "Armn", "hy")],
        [("Levon Grigoryan", "Latn", ""), ("Левон Григорян", "Cyrl", "ru")],
        [("Григорян Айк", "Cyrl", "ru"), ("Hayk Grigoryan", "Latn", "")],
        [("Aram Petrosyan", "Latn", ""), ("Арам Петросян", "Cyrl", "ru"),
         ("Արամ Պետրոսյան", "Armn", "hy")]])
    assert sorted(c.latin_name for c in captives) == [
        "Aram Petrosyan", "Hayk Grigoryan", "Levon Grigoryan", "Vahe Sargsyan"]


def test_a_name_cell_whose_alphabets_cannot_be_told_apart_is_an_error(case_file: CaseFile,
                                                                      tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Год рождения"],
        ["Levon Левон Grigoryan Григорян", 1980],
        ["Петросян Арам (Aram)", 1981],
        ["Петросян Арам (Арамаис)", 1982]])
    pv = preview(case_file, path)
    assert [[p.reason for p in r.errors] for r in pv.rows] == [
        ["mixes the alphabets word by word, so its spellings cannot be told apart; put each "
         "spelling in a column of its own"],
        ["holds a name in more than one alphabet, one of them a single word; put each spelling "
         "in a column of its own"],
        []]
    assert pv.rows[2].shown["name"] == "Петросян Арам (Арамаис)"


def test_two_people_in_one_name_cell_are_an_error_not_one_captive(case_file: CaseFile,
                                                                  tmp_path: Path) -> None:
    # "Петросян Арам, Саркисян Ваге" was turned round into one captive "Саркисян Ваге
    # Петросян Арам"; three names with two commas were one captive named by all three.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Дата задержания", "Статус"],
        ["Петросян Арам, Саркисян Ваге", "13.12.2020", "в плену"],
        ["Петросян Арам; Саркисян Ваге; Григорян Левон", "13.12.2020", "в плену"],
        ["Петросян Арам\nСаркисян Ваге", "13.12.2020", "в плену"],
        ["Казарян, Артур Гагикович", "13.12.2020", "в плену"],
        ["Ter-Petrosyan, Aram", "13.12.2020", "в плену"],
        ["Петросян Арам\nГагикович", "13.12.2020", "в плену"]])
    pv = preview(case_file, path)
    assert [r.row for r in pv.with_errors] == [2, 3, 4]
    assert str(pv.rows[0].errors[0]) == (
        "row 2, column A (ФИО): “Петросян Арам, Саркисян Ваге” seems to hold the names of "
        "several people (“Петросян Арам”, “Саркисян Ваге”): one person a row (a name written "
        "“Surname, Given” has one word before its comma)")
    assert [r.shown["name"] for r in pv.rows[3:]] == [
        "Артур Гагикович Казарян", "Aram Ter-Petrosyan", "Петросян Арам Гагикович"]


def _groups(path: Path) -> Path:
    """A sheet for each group of captives, and one of counts."""
    book = Workbook()
    ws = book.active
    ws.title = "Военнослужащие"
    ws.append(["ФИО", "Дата рождения", "Статус"])
    ws.append(["Петросян Арам", "12.03.1985", "в плену"])
    counts = book.create_sheet("Статистика")
    counts.append(["Статус", "Количество"])
    counts.append(["в плену", 2])
    civilians = book.create_sheet("Гражданские")
    civilians.append(["ФИО", "Дата рождения", "Статус"])
    civilians.append(["Григорян Левон", "31.01.1979", "в плену"])
    released = book.create_sheet("Освобожденные")
    released.append(["Фамилия", "Имя", "Дата освобождения"])
    released.append(["Акопян", "Гор", "13.12.2023"])
    book.save(path)
    return path


def test_the_other_sheets_listing_people_are_said_not_read(case_file: CaseFile,
                                                           tmp_path: Path) -> None:
    # Only the first sheet's captives were imported, and nothing said the others were not.
    path = _groups(tmp_path / "list.xlsx")
    pv = preview(case_file, path)
    assert pv.sheet == "Военнослужащие" and len(pv.rows) == 1
    assert pv.notices[0] == (
        "only sheet “Военнослужащие” is read, and the workbook's sheets “Гражданские”, "
        "“Освобожденные” list people too: import each on its own, choosing its sheet")
    asked = preview(case_file, path, sheet="Гражданские")
    assert not any("list people too" in n for n in asked.notices)


def test_the_other_sheets_listing_people_are_said_in_an_ods_file(case_file: CaseFile,
                                                                 tmp_path: Path) -> None:
    from tests.sheets.makers import write_ods

    path = write_ods(tmp_path / "list.ods", {
        "Servicemen": [["Name", "Date of birth"], ["Aram Petrosyan", "12.03.1985"]],
        "Civilians": [["Name", "Date of birth"], ["Levon Grigoryan", "31.01.1979"]]})
    pv = preview(case_file, path)
    assert pv.notices[0] == (
        "only sheet “Servicemen” is read, and the workbook's sheet “Civilians” lists people "
        "too: import it on its own, choosing its sheet")


def test_a_name_in_capitals_has_its_latin_name_in_capitals(case_file: CaseFile,
                                                           tmp_path: Path) -> None:
    # "ПЕТРОСЯН АРАМ ГАГИКОВИЧ" had the Latin name "PETROSYaN ARAM GAGIKOVICh", as the
    # captives list and the dossiers showed it.
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Год рождения"],
        ["ПЕТРОСЯН АРАМ ГАГИКОВИЧ", 1985],
        ["ЩЕРБАКОВ Юрий", 1979],
        ["ԵՂԻԱԶԱՐՅԱՆ ՍԵՎԱԿ", 1990]])
    pv = preview(case_file, path)
    import_rows(case_file, pv, decisions_for(pv))
    # (written surname first: given name first in Latin letters, as every Latin name reads)
    assert sorted(c.latin_name for c in case_file.captives.list()) == [
        "Aram Gagikovich Petrosyan", "Sevak Yeghiazaryan", "Yuriy Shcherbakov"]
