"""Cells of hand-kept lists that say more than their field, read for what they say:
- a name cell saying who else the captive is known as ("Aram Petrosyan aka Aro", "Петросян
  Арам, он же Аро", "Karen Sargsyan (a.k.a. Ko)", "Արամ Պետրոսյան մականունը՝ Արո"): the name was
  stored with the "aka" in it (printed so in every dossier and letter), or the cell refused as
  several people's names; the name is now the captive's and the other an alias, found by search;
- a row whose name has a remark about a relative in brackets ("Акопян Тигран (брат Карена)"):
  taken for the header of another table, it ended the list (the rows from it on not read);
- a status with its day after it ("освобождена 15.03.2021"): the day went to the notes and the
  status had none; it is the status's day;
- "погиб в плену" (died in captivity): refused as two statuses; it is deceased;
and a nickname two people share ("Aro") no longer makes them likely the same person."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.enums import NameKind
from caseapp.services.casefile import CaseFile
from caseapp.services.sheet_import import decisions_for, import_rows
from caseapp.services.sheet_preview import preview
from tests.sheets.test_sheet_hand_made_lists import _book


@pytest.mark.parametrize("cell, name, alias", [
    ("Aram Petrosyan aka Aro", "Aram Petrosyan", "Aro"),
    ("Petrosyan, Aram a.k.a. Aro", "Aram Petrosyan", "Aro"),
    ("Karen Sargsyan (a.k.a. Ko)", "Karen Sargsyan", "Ko"),
    ("Петросян Арам Каренович, он же Аро", "Петросян Арам Каренович", "Аро"),
    ("Ղազարյան Լևոն մականունը՝ Լևո", "Ղազարյան Լևոն", "Լևո"),
])
def test_a_name_known_as_another_is_stored_with_that_alias(
        case_file: CaseFile, tmp_path: Path, cell: str, name: str, alias: str) -> None:
    path = _book(tmp_path / "list.xlsx", [["Name", "Born"], [cell, "1990"]])
    pv = preview(case_file, path)
    row = pv.rows[0]
    assert not [p for p in row.problems if not p.warning]
    assert any(f"also known as “{alias}”" in p.reason for p in row.problems if p.warning)
    result = import_rows(case_file, pv, decisions_for(pv))
    captive = case_file.captives.get(result.created[0])
    assert captive.primary_name == name
    assert [(n.full_name, n.kind, n.is_primary) for n in captive.names] == [
        (name, NameKind.NATIVE, True), (alias, NameKind.ALIAS, False)]
    assert result.created[0] in case_file.search.captive_ids(alias)


def test_a_word_with_aka_inside_is_no_alias(case_file: CaseFile, tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", [["Name", "Born"], ["Akaki Beridze", "1990"],
                                          ["Tamaz Kakabadze", "1985"]])
    pv = preview(case_file, path)
    assert [r.shown.get("name") for r in pv.rows] == ["Akaki Beridze", "Tamaz Kakabadze"]
    assert not any(p for r in pv.rows for p in r.problems if "known as" in p.reason)


def test_a_row_with_a_remark_about_a_relative_is_a_person_not_a_header(
        case_file: CaseFile, tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", [
        ["ФИО", "Статус"],
        ["Петросян Арам", "в плену"],
        ["Акопян Тигран (брат Карена)", "в плену"],
        ["Саргсян Ваге", "в плену"],
        [None, None],
        ["Контактное лицо (родственник)", "Телефон"],
        ["Петросян Карен", "+374 91 000000"],
    ])
    pv = preview(case_file, path)
    assert [r.shown.get("name") for r in pv.rows] == ["Петросян Арам", "Акопян Тигран",
                                                      "Саргсян Ваге"]
    assert any("another table" in n for n in map(str, pv.notices))


@pytest.mark.parametrize("cell, status, day", [
    ("освобождена 15.03.2021", "released", "2021-03-15"),
    ("Released on 15.03.2021", "released", "2021-03-15"),
    ("в СИЗО с 12.01.2023", "pre_trial", "2023-01-12"),
    ("репатриирован 15 марта 2021 г.", "repatriated", "2021-03-15"),
])
def test_the_day_written_after_a_status_is_its_day(case_file: CaseFile, tmp_path: Path,
                                                   cell: str, status: str, day: str) -> None:
    # "освобождена 15.03.2021": the day went to the notes and the status was recorded with no
    # day (said as "a status but no date of it"); it is the day of the status.
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Статус"], ["Петросян Арам", cell]])
    pv = preview(case_file, path)
    result = import_rows(case_file, pv, decisions_for(pv))
    captive = case_file.captives.get(result.created[0])
    assert (captive.status.value, str(captive.status_since)) == (status, day)
    assert not any("no date" in str(n) for n in pv.notices)


def test_a_status_day_of_its_own_column_wins_and_the_cell_is_kept(case_file: CaseFile,
                                                                  tmp_path: Path) -> None:
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Статус", "Дата статуса"],
                                          ["Петросян Арам", "освобожден 15.03.2021", "16.03.2021"]])
    pv = preview(case_file, path)
    result = import_rows(case_file, pv, decisions_for(pv))
    captive = case_file.captives.get(result.created[0])
    assert str(captive.status_since) == "2021-03-16"
    assert "Статус: освобожден 15.03.2021" in pv.rows[0].values.notes


@pytest.mark.parametrize("cell", ["погиб в плену", "умер в плену", "Died in captivity",
                                  "մահացել է գերության մեջ"])
def test_died_in_captivity_is_deceased(case_file: CaseFile, tmp_path: Path, cell: str) -> None:
    # "погиб в плену": "в плену" (held) after "погиб" (deceased) was read as two statuses and
    # the cell refused.
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Статус"], ["Петросян Арам", cell]])
    pv = preview(case_file, path)
    assert not [p for p in pv.rows[0].problems if not p.warning]
    assert pv.rows[0].values.values["status"].value == "deceased"


def test_a_shared_nickname_alone_does_not_make_two_people_one(case_file: CaseFile,
                                                              tmp_path: Path) -> None:
    # Aram Petrosyan, known as "Aro", and Armen Martirosyan, also "Аро": the one-word alias
    # alone scored "same name" (1.00), and the new captive was offered as a duplicate.
    case_file.captives.create(names=[{"full_name": "Aram Petrosyan", "is_primary": True},
                                     {"full_name": "Aro", "kind": "alias"}])
    path = _book(tmp_path / "list.xlsx", [["ФИО", "Год рождения"],
                                          ["Мартиросян Армен, он же Аро", "1994"]])
    pv = preview(case_file, path)
    assert not pv.rows[0].duplicates


def test_an_armenian_list_as_written(case_file: CaseFile, tmp_path: Path) -> None:
    # "գերության մեջ է" (is in captivity) kept its "է" in the notes as a remark;
    # "վերադարձվել է" (was returned) was no known status; "(Աշոտի դուստր)" (Ashot's daughter),
    # a remark beginning with a name, stayed in the captive's name.
    path = _book(tmp_path / "list.xlsx", [
        ["Ազգանուն, անուն, հայրանուն", "Կարգավիճակ"],
        ["Պետրոսյան Արամ Կարենի", "գերության մեջ է"],
        ["Գրիգորյան Աննա (Աշոտի դուստր)", "վերադարձվել է 2021-ին"],
        ["Հակոբյան Անի (Պետրոսյան)", "կալանքի տակ է"],
    ])
    pv = preview(case_file, path)
    assert [(r.shown.get("name"), r.shown.get("status")) for r in pv.rows] == [
        ("Պետրոսյան Արամ Կարենի", "held"), ("Գրիգորյան Աննա", "repatriated"),
        ("Հակոբյան Անի (Պետրոսյան)", "held")]
    assert not pv.rows[0].values.notes and not pv.rows[2].values.notes
    assert any("(Աշոտի դուստր)" in str(n) for n in pv.rows[1].values.notes)


def test_an_english_list_as_written(case_file: CaseFile, tmp_path: Path) -> None:
    # "PETROSYAN, Aram" kept its capitals ("Aram PETROSYAN") in every letter; "Mr." and "Dr."
    # were part of the name ("Dear Mr. Mr. Vahe Sargsyan"); "Deceased, body returned" was
    # refused as naming two statuses ("returned": repatriated).
    path = _book(tmp_path / "list.xlsx", [
        ["Full name", "Status"],
        ["PETROSYAN, Aram", "POW"],
        ["Mr. Vahe Sargsyan", "Missing"],
        ["Dr. Anna Grigoryan", "Released"],
        ["M. A. Petrosyan", "Missing"],
        ["Gor Avetisyan", "Deceased, body returned"],
        ["Levon Mkrtchyan", "Released, body returned"],
    ])
    pv = preview(case_file, path)
    assert [(r.shown.get("name"), r.shown.get("status")) for r in pv.rows[:5]] == [
        ("Aram Petrosyan", "held"), ("Vahe Sargsyan", "missing"), ("Anna Grigoryan", "released"),
        ("M. A. Petrosyan", "missing"), ("Gor Avetisyan", "deceased")]
    assert "Full name: Dr. Anna Grigoryan" in pv.rows[2].values.notes
    assert any("(“Mr.”)" in p.reason for p in pv.rows[1].problems if p.warning)
    assert pv.rows[5].errors  # released, and a body returned: never a guess
