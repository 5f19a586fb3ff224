"""A list's name cell that says who else the captive is known as ("Aram Petrosyan aka Aro",
"Петросян Арам, он же Аро", "Karen Sargsyan (a.k.a. Ko)", "Արամ Պետրոսյան մականունը՝ Արո"):
the name was stored with the "aka" in it (printed so in every dossier and letter), or the cell
was refused as several people's names; the name is now the captive's and the other an alias
of theirs, found by search. And a row whose name has a remark about a relative in brackets
("Акопян Тигран (брат Карена)") is a person, not the header of another table that ended the
list (the rows from it on were not read)."""

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
