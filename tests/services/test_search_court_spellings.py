"""Names as a court, a Russian list or the window itself spells them, found by the search of
the case file and by the lists' filters alike (a word beginning with the Armenian Ո, read
"vo"; an Azerbaijani court's patronymic with its particle oğlu / qızı)."""

from __future__ import annotations

import pytest

from caseapp.domain.name_filter import Typed
from caseapp.services.casefile import CaseFile


def add(cf: CaseFile, *names: str) -> int:
    return cf.captives.create(names=list(names)).id


@pytest.mark.parametrize("query", ["Voskanyan", "Восканян", "voskanian", "Vosk", "Ruzanna Voskanyan"])
def test_the_latin_name_the_list_shows_finds_an_armenian_name_beginning_with_vo(
        any_case_file: CaseFile, query: str) -> None:
    # Ոսկանյան is headed "Voskanyan" in the list (the passport romanisation of a first Ո):
    # typed as read there, or as a Russian list writes it, it found no one.
    target = add(any_case_file, "Ոսկանյան Ռուզաննա")
    add(any_case_file, "Օհանյան Արմեն")  # an Օ is an O, never a Vo
    add(any_case_file, "Vardanyan Ashot")
    assert any_case_file.search.captive_ids(query) == [target]
    assert Typed(query).finds("Ոսկանյան Ռուզաննա")
    assert any_case_file.search.find_captives(query).captives[0].latin_name == "Ruzanna Voskanyan"


@pytest.mark.parametrize(("stored", "query"), [
    ("Восканян Ашот", "Ոսկանյան"), ("Voskanyan Ashot", "Ոսկանյան"), ("Voskanyan Ashot", "Oskanyan"),
])
def test_an_armenian_name_beginning_with_vo_finds_its_other_spellings(
        any_case_file: CaseFile, stored: str, query: str) -> None:
    target = add(any_case_file, stored)
    add(any_case_file, "Ohanyan Armen")
    assert any_case_file.search.captive_ids(query) == [target]
    assert Typed(query).finds(stored)


def test_the_first_two_letters_as_the_list_shows_them_find_the_name(any_case_file: CaseFile) -> None:
    # Typed as the list heads it, "Vo" is how a search as you type begins: it found no one
    # until a third letter, the name in sight above it.
    voskanyan = add(any_case_file, "Ոսկանյան Ռուզաննա")
    vorontsov = add(any_case_file, "Vorontsov Ilya")
    add(any_case_file, "Vardanyan Ashot")
    assert sorted(any_case_file.search.captive_ids("Vo")) == sorted([voskanyan, vorontsov])
    assert Typed("Vo").finds("Ոսկանյան Ռուզաննա")
    assert any_case_file.search.captive_ids("O") == [voskanyan]  # one letter: its own key only
    assert not Typed("O").finds("Vorontsov Ilya")


@pytest.mark.parametrize("query", [
    "Vardanyan Ruben Karen oğlu", "Vardanyan Ruben Karen oglu", "Варданян Рубен Карен оглы",
    "VARDANYAN RUBEN KAREN OGLY",
])
def test_an_azerbaijani_courts_spelling_with_the_patronymic_particle_finds_the_captive(
        any_case_file: CaseFile, query: str) -> None:
    # The file holds the patronymic as the Russian and Armenian spellings write it; the court's
    # "Karen oğlu" ("son of Karen") found no one, whatever else matched.
    target = add(any_case_file, "Վարդանյան Ռուբեն Կարենի", "Варданян Рубен Каренович")
    add(any_case_file, "Vardanyan Ruben Armenovich")  # another Ruben Vardanyan: not Karen's son
    assert any_case_file.search.captive_ids(query) == [target]
    assert Typed(query).finds("Варданян Рубен Каренович")
    assert not Typed(query).finds("Vardanyan Ruben Armenovich")


def test_a_daughters_particle_is_read_as_nothing_but_the_name_with_it_comes_first(
        any_case_file: CaseFile) -> None:
    namesake = add(any_case_file, "Məmmədova Leyla Tofiq")
    written_so = add(any_case_file, "Məmmədova Leyla Tofiq qızı")
    assert any_case_file.search.captive_ids("Mammadova Leyla Tofiq qizi") == [written_so, namesake]
    assert sorted(any_case_file.search.captive_ids("Мамедова Лейла Тофик кызы")) == [namesake, written_so]


def test_the_particle_alone_is_still_looked_for(any_case_file: CaseFile) -> None:
    son = add(any_case_file, "Rüstəmov Elşən Vüqar oğlu")
    add(any_case_file, "Vardanyan Ruben")
    assert any_case_file.search.captive_ids("oğlu") == [son]


def test_a_french_ou_is_a_u_not_a_first_vo() -> None:
    # Ouzounian (Ուզունյան) begins with a u: it is no Ո to read "vo".
    assert Typed("Ouzounian").finds("Ուզունյան Արամ")
    assert not Typed("Ouzounian").finds("Vuzunyan Aram")
