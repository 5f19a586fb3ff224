"""A captive recorded only in Ukrainian Cyrillic gets the Latin headline a Ukrainian passport
writes (Cabinet of Ministers of Ukraine, Resolution No. 55 of 27 January 2010): "Mykola", not
the Russian-style "Mikola". A name is taken as Ukrainian by a letter only Ukrainian has
(і ї є ґ), by a Ukrainian given-name form (caseapp.domain.given_name_forms) or by its language
tag; a Russian or Armenian name keeps the headline it had."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import Script
from caseapp.domain.name_display import NameRow, latin_display_name


def _latin(name: str, script: Script = Script.CYRILLIC, language: str = "",
           kind: str = "native") -> str:
    return latin_display_name([NameRow(name, script, language, kind, True)])


@pytest.mark.parametrize(("name", "latin"), [
    ("Микола Петренко", "Mykola Petrenko"),  # a Ukrainian given-name form
    ("Олександр Коваленко", "Oleksandr Kovalenko"),
    ("Дмитро Шевчук", "Dmytro Shevchuk"),
    ("Юрій Бондаренко", "Yurii Bondarenko"),  # й and ю by the 2010 table
    ("Євген Згурський", "Yevhen Zghurskyi"),  # є at the start, зг, -ий
    ("Ігор Ткаченко", "Ihor Tkachenko"),
    ("Тарас Їжакевич", "Taras Yizhakevych"),  # ї at the start
    ("Ґалаґан Остап", "Galagan Ostap"),  # ґ
    ("Іван Мельник", "Ivan Melnyk"),  # і, a name the same in both languages
    ("Знам'янський Микола", "Znamianskyi Mykola"),  # the apostrophe is not written
    ("ШЕВЧЕНКО Микола", "SHEVCHENKO Mykola"),  # a surname in capitals stays in capitals
])
def test_a_ukrainian_name_gets_the_ukrainian_passport_spelling(name: str, latin: str) -> None:
    assert _latin(name) == latin


def test_a_name_tagged_ukrainian_is_spelt_as_a_ukrainian_passport_spells_it() -> None:
    assert _latin("Петренко Богдан", language="uk") == "Petrenko Bohdan"


@pytest.mark.parametrize(("name", "script", "latin"), [
    ("Николай Петренко", Script.CYRILLIC, "Nikolay Petrenko"),  # the Russian form: as before
    ("Петросян Арам Гагикович", Script.CYRILLIC, "Aram Gagikovich Petrosyan"),
    ("Юрий Гагарин", Script.CYRILLIC, "Yuriy Gagarin"),
    # nothing only Ukrainian in it (Богдан is a Russian name too): not clearly Ukrainian
    ("Богдан Знам'янський", Script.CYRILLIC, "Bogdan Znamyanskiy"),
    ("Պետրոսյան Արամ", Script.ARMENIAN, "Aram Petrosyan"),
])
def test_a_russian_or_armenian_name_keeps_its_headline(name: str, script: Script,
                                                       latin: str) -> None:
    assert _latin(name, script) == latin


def test_a_recorded_latin_spelling_still_comes_first() -> None:
    names = [NameRow("Микола Петренко", Script.CYRILLIC, "uk", "native", True),
             NameRow("Mykola Petrenko", Script.LATIN, "en", "transliteration", False)]
    assert latin_display_name(names) == "Mykola Petrenko"
    names[1] = NameRow("Nicolas Petrenko", Script.LATIN, "en", "transliteration", False)
    assert latin_display_name(names) == "Nicolas Petrenko"  # the lawyer's own spelling wins


def test_a_ukrainian_alias_alone_is_spelt_the_ukrainian_way() -> None:
    assert _latin("Микола Петренко", kind="alias") == "Mykola Petrenko"
