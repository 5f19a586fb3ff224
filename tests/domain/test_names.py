"""Search keys of names across Armenian, Cyrillic, Latin and Azerbaijani spellings."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import Script
from caseapp.domain.names import detect_script, fold_word, search_keys

# Spellings of one family name as a lawyer meets them in court papers, ICRC lists,
# passports and the press. Every spelling of a group must give the same key.
SAME_NAME = {
    "Vardanyan": ["Վարդանյան", "Варданян", "Vardanyan", "Vardanian", "VARDANYAN", "vardanyan"],
    "Khachatryan": ["Խաչատրյան", "Хачатрян", "Khachatrian", "Khachatryan", "Xaçatryan"],
    "Mkrtchyan": ["Մկրտչյան", "Мкртчян", "Mkrtchyan", "Mkrtchian"],
    "Ghukasyan": ["Ghukasyan", "Ղուկասյան", "Ghoukassian", "Гукасян"],
    "Aliyev": ["Əliyev", "Aliyev", "Алиев", "Aliev", "ƏLİYEV"],
    "Gevorgyan": ["Գևորգյան", "Gevorgyan", "Geworgyan", "Геворгян"],
    "Chakhalyan": ["Չախալյան", "Chakhalyan", "Tchakhalian"],
    "Jivan": ["Ջիվան", "Jivan", "Djivan", "Дживан", "Dzhivan"],
    "Yeghiazaryan": ["Եղիազարյան", "Yeghiazaryan", "Егиазарян", "Eghiazarian"],
    "Yerevan": ["Երևան", "Yerevan", "Ереван", "Erevan"],
}


@pytest.mark.parametrize(
    "spellings", list(SAME_NAME.values()), ids=list(SAME_NAME)
)
def test_spellings_of_one_name_fold_to_one_key(spellings: list[str]) -> None:
    keys = {fold_word(s) for s in spellings}
    assert len(keys) == 1, dict(zip(spellings, map(fold_word, spellings), strict=True))


def test_different_names_keep_different_keys() -> None:
    keys = [fold_word(group[0]) for group in SAME_NAME.values()]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Vardanyán", "Vardanyan"),  # acute accent
        ("Şahin", "Sahin"),  # Turkish / Azerbaijani cedilla
        ("Gülnarə", "Gulnara"),
        ("MÜLLER", "muller"),
    ],
)
def test_case_and_diacritics_do_not_matter(a: str, b: str) -> None:
    assert fold_word(a) == fold_word(b)


def test_decomposed_and_composed_unicode_give_the_same_key() -> None:
    composed = "Vardany\u00e1n"
    decomposed = "Vardanya\u0301n"
    assert fold_word(composed) == fold_word(decomposed)


def test_search_keys_splits_words_and_drops_punctuation() -> None:
    keys = search_keys("Վարդանյան, Արմեն (b. 1990) — case No. 1-123/2021")
    assert keys[:2] == [fold_word("Vardanyan"), fold_word("Armen")]
    assert "1990" in keys and "2021" in keys
    assert all(k.isascii() and k.isalnum() for k in keys)


@pytest.mark.parametrize("number", ["1990", "2000", "1100", "33"])
def test_digits_are_kept_as_written(number: str) -> None:
    # Years and case numbers must not lose doubled digits: "2000" is not "20".
    assert fold_word(number) == number


@pytest.mark.parametrize("text", ["", "   ", "—, ;", None])
def test_search_keys_of_empty_text_is_empty(text: str | None) -> None:
    assert search_keys(text) == []  # type: ignore[arg-type]


def test_full_names_in_different_scripts_give_the_same_keys() -> None:
    assert search_keys("Վարդանյան Արմեն") == search_keys("Варданян Армен") == search_keys(
        "Vardanyan Armen"
    )


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Վարդանյան Արմեն", Script.ARMENIAN),
        ("Варданян Армен", Script.CYRILLIC),
        ("Vardanyan Armen", Script.LATIN),
        ("Əliyev Elçin", Script.LATIN),  # Azerbaijani is written in Latin letters
        ("Վարդանյան (Vardanyan)", Script.ARMENIAN),  # most letters win
        ("Ivanov Иван Иванович", Script.CYRILLIC),
        ("12345", Script.OTHER),
        ("", Script.OTHER),
        ("علي", Script.OTHER),
    ],
)
def test_detect_script(text: str, script: Script) -> None:
    assert detect_script(text) is script
