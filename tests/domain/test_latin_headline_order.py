"""The Latin headline name of a captive recorded only in Cyrillic or Armenian, as Russian and
Armenian lists write a name, surname first ("Петросян Арам Гагикович"): given name first, as
every other Latin name of the app reads (caseapp.domain.name_display.latin_display_name)."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import Script
from caseapp.domain.name_display import NameRow, latin_display_name


def _latin(name: str, script: Script) -> str:
    return latin_display_name([NameRow(name, script, "", "native", True)])


@pytest.mark.parametrize(("name", "latin"), [
    ("Петросян Арам Гагикович", "Aram Gagikovich Petrosyan"),
    ("Петросян Арам", "Aram Petrosyan"),
    ("Высоцкая Марина Игоревна", "Marina Igorevna Vysotskaya"),
    ("Алиев Тофик Рамиз оглы", "Tofik Ramiz ogly Aliev"),
    ("ПЕТРОСЯН Арам", "Aram Petrosyan"),
    ("ПЕТРОСЯН АРАМ", "Aram Petrosyan"),
    ("Тер-Петросян Левон", "Levon Ter-Petrosyan"),
])
def test_a_cyrillic_name_written_surname_first_reads_given_name_first(name: str,
                                                                      latin: str) -> None:
    assert _latin(name, Script.CYRILLIC) == latin


@pytest.mark.parametrize(("name", "latin"), [
    ("Պետրոսյան Արամ Գագիկի", "Aram Gagiki Petrosyan"),
    ("Պետրոսյան Արամ", "Aram Petrosyan"),
])
def test_an_armenian_name_written_surname_first_reads_given_name_first(name: str,
                                                                       latin: str) -> None:
    assert _latin(name, Script.ARMENIAN) == latin


@pytest.mark.parametrize(("name", "script", "latin"), [
    ("Арам Гагикович Петросян", Script.CYRILLIC, "Aram Gagikovich Petrosyan"),
    ("Арам Петросян", Script.CYRILLIC, "Aram Petrosyan"),
    ("Արամ Պետրոսյան", Script.ARMENIAN, "Aram Petrosyan"),
    ("Петросян Саркисов", Script.CYRILLIC, "Petrosyan Sarkisov"),  # which one is the surname?
    ("Лев Иванов", Script.CYRILLIC, "Lev Ivanov"),
])
def test_a_name_given_name_first_or_not_told_apart_is_kept_as_written(name: str, script: Script,
                                                                      latin: str) -> None:
    assert _latin(name, script) == latin


def test_a_recorded_latin_spelling_is_kept_as_recorded() -> None:
    assert latin_display_name([NameRow("Петросян Арам", Script.CYRILLIC, "ru", "native", True),
                               NameRow("Petrosyan Aram", Script.LATIN, "en", "transliteration",
                                       False)]) == "Petrosyan Aram"


@pytest.mark.parametrize(("name", "script", "latin"), [
    ("Վարդանյան Արմեն 10", Script.ARMENIAN, "Armen Vardanyan 10"),
    ("Петросян Арам Гагикович 2", Script.CYRILLIC, "Aram Gagikovich Petrosyan 2"),
])
def test_a_number_left_in_the_cell_stays_after_the_name(name: str, script: Script,
                                                         latin: str) -> None:
    # turned round with the name, it stood as the patronymic: "Armen 10 Vardanyan"
    assert _latin(name, script) == latin


@pytest.mark.parametrize(("name", "turned"), [
    ("VARDANYAN Ruben Karen oğlu 10", "Ruben Karen oğlu Vardanyan 10"),
    ("Vardanyan Ruben 3", "Ruben Vardanyan 3"),
])
def test_a_latin_list_name_with_a_number_is_turned_round_without_it(name: str, turned: str) -> None:
    from caseapp.domain.sheet_values import azerbaijani_surname_first, surname_first

    assert (surname_first(name) if name.isascii() else azerbaijani_surname_first(name)) == turned
