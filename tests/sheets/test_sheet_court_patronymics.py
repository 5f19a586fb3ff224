"""An Azerbaijani court's list (surname, given name and "Karen oğlu" in columns of their own)
imported into a file holding the same men in Armenian and Russian: each row is offered as the
captive it names, not as his brother or his father, so no second record is made of anyone."""

from __future__ import annotations

from pathlib import Path

from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_duplicates import likely_pairs
from caseapp.services.sheet_preview import preview
from tests.sheets.makers import write_csv


def test_a_courts_list_meets_the_captives_it_names_across_patronymic_forms(
        case_file: CaseFile, tmp_path: Path) -> None:
    create = case_file.captives.create
    ruben = create(names=["Վարդանյան Ռուբեն Կարենի", "Ruben Vardanyan"], birth="1984-04-02").id
    create(names=["Վարդանյան Կարեն Ռուբենի"], birth="1958")  # his father
    create(names=["Варданян Армен Каренович"], birth="1987")  # his brother
    ramil = create(names=["Алиев Рамиль Алиевич"], birth="1990").id
    path = write_csv(tmp_path / "court.csv", [
        ["Soyadı", "Adı", "Atasının adı", "Doğum tarixi"],
        ["VARDANYAN", "Ruben", "Karen oğlu", "1984"],
        ["Əliyev", "Ramil", "Əli oğlu", "12.07.1990"],
        ["Vardanyan", "Karen", "Armen oğlu", "2009"],  # nobody in the file
    ])
    pv = preview(case_file, path)
    found = [[d.captive_id for d in r.duplicates] for r in pv.rows]
    assert found == [[ruben], [ramil], []]


def test_likely_duplicates_pair_one_man_recorded_under_two_patronymic_forms(
        case_file: CaseFile) -> None:
    create = case_file.captives.create
    russian = create(names=["Варданян Рубен Каренович"]).id
    create(names=["Варданян Армен Каренович"])  # his brother
    create(names=["Vardanyan Karen Ruben oğlu"])  # his father, or a son
    court = create(names=["Vardanyan Ruben Karen oğlu"]).id
    assert [(p.first_id, p.second_id) for p in likely_pairs(case_file.ctx)] == [(russian, court)]


def test_a_pair_is_named_in_each_language_by_the_spelling_in_its_script(
        case_file: CaseFile) -> None:
    create = case_file.captives.create
    create(names=[{"full_name": "Վարդանյան Ռուբեն Կարենի", "language": "hy"},
                  {"full_name": "Варданян Рубен Каренович", "language": "ru"},
                  {"full_name": "Ruben Vardanyan", "language": "en"}])
    create(names=["Vardanyan Ruben Karen oğlu"])
    [pair] = likely_pairs(case_file.ctx)
    name = pair.first_shown
    assert [name.render(lang) for lang in ("hy", "ru", "en")] == [
        "Վարդանյան Ռուբեն Կարենի", "Варданян Рубен Каренович", "Ruben Vardanyan"]


def test_the_preview_names_the_captive_a_row_may_be_in_the_readers_script(
        case_file: CaseFile, tmp_path: Path) -> None:
    from caseapp.domain import messages

    case_file.captives.create(names=[{"full_name": "Տիգրան Վարդանյան", "language": "hy"},
                                     {"full_name": "Тигран Варданян", "language": "ru"}],
                              birth="1979-03-14")
    path = write_csv(tmp_path / "court.csv", [["Soyadı", "Adı", "Atasının adı", "Doğum tarixi"],
                                              ["VARDANYAN", "Tigran", "Armen oğlu", "14.03.1979"]])
    before = list(messages._language)
    messages.set_language("ru")
    try:
        pv = preview(case_file, path)
    finally:
        messages._language[:] = before
    assert [d.label for d in pv.rows[0].duplicates] == ["Тигран Варданян"]
