"""A list read in a wrong encoding is told from one read rightly (domain.garbled_text)."""

from __future__ import annotations

import pytest

from caseapp.domain.garbled_text import Garble, garbled
from caseapp.services.sheet_encoding import decode

LIST = ("Фамилия имя отчество;Дата рождения;Статус\nПетросян Арам;17.05.1990;в плену\n"
        "Мамедов Рашад;1985;осужден\n")
ARMENIAN = "Ազգանուն անուն;Ծննդյան ամսաթիվ\nՊետրոսյան Արամ;1990\nՍարգսյան Լիլիթ;1985\n"


@pytest.mark.parametrize(("written", "read", "sign"), [
    ("utf-8", "utf-16", Garble.SCRIPT),  # Chinese characters
    ("utf-16", "cp1251", Garble.CONTROL),  # a NUL between the letters
    ("utf-16", "koi8-r", Garble.CONTROL),
    ("utf-8", "cp1251", Garble.UTF8),  # РџРµС‚СЂРѕСЃСЏРЅ
    ("utf-8", "koi8-r", Garble.UTF8),
    ("cp1251", "cp1252", Garble.ACCENTS),  # Ïåòðîñÿí
    ("cp1251", "koi8-r", Garble.CASE),  # рЕФТПУСО
    ("koi8-r", "cp1251", Garble.CASE),
])
def test_a_list_read_in_a_wrong_encoding_is_garbled(written: str, read: str, sign: Garble) -> None:
    raw = LIST.encode(written)
    assert garbled([decode(raw + b"\n" * (len(raw) % 2), read)]) is sign  # (UTF-16: even)


@pytest.mark.parametrize("names", [
    [LIST], [ARMENIAN], ["Əliyev Rəşad Şükür oğlu", "Müller Jürgen", "Gözəl Çələbi"],
    ["ПЕТРОСЯН АРАМ", "McDonald John", "Ter-Petrosyan"], ["Петросян Ар\x00ам;1990;в плену"],
    ["", " "], ["Ağayev Şükür", "Hüseynov Əli"],
])
def test_names_read_rightly_are_not_garbled(names: list[str]) -> None:
    assert garbled(names) is None



@pytest.mark.parametrize("name", ["Պետրոսյան Արամ", "Սարգսյան Կարեն", "Մկրտչյան Նարեկ"])
def test_an_armenian_name_in_armscii_8_read_as_windows_1251_is_garbled_on_its_own(
        name: str) -> None:
    """Signs between letters ("¶сЗ·бсЫіЭ"): one name is enough to tell, as the command line
    counts the garbled names one by one."""
    from tests.sheets.test_sheet_encoding import _armscii

    assert garbled([_armscii(name).decode("cp1251")]) is not None


@pytest.mark.parametrize("name", ["O’Brien Patrick", "Ter-Petrosyan Levon", "Petrosyan/Петросян",
                                  "Ազատ «Արծիվ» Սարգսյան", "Mkrtchyan № 3", "Петросян А.В."])
def test_names_with_signs_names_hold_are_not_garbled(name: str) -> None:
    assert garbled([name]) is None
