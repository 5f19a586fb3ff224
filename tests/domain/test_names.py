"""Search keys of names across Armenian, Cyrillic, Latin and Azerbaijani spellings."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import Script
from caseapp.domain.name_folding import fold_word
from caseapp.domain.name_sounds import sound_key, sound_keys
from caseapp.domain.names import WordKeys, detect_script, name_keys, search_keys, word_keys

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
        ("Şahin", "Shahin"),  # Turkish / Azerbaijani cedilla: ş is sh
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


# ---- the Latin headline name ------------------------------------------------------------------

from dataclasses import dataclass  # noqa: E402

from caseapp.domain.name_display import latin_display_name, romanise_armenian  # noqa: E402


@pytest.mark.parametrize(
    ("armenian", "latin"),
    [  # as written in Armenian passports (expected values written by hand)
        ("Արտաշես Մկրտչյան", "Artashes Mkrtchyan"),
        ("Եղիշե Չարենց", "Yeghishe Charents"),
        ("Ոսկան Երևանցի", "Voskan Yerevantsi"),
        ("Ռուբեն Հարությունյան", "Ruben Harutyunyan"),
        ("Ծատուր Ջիվանյան", "Tsatur Jivanyan"),
        ("Թադևոս Քոչարյան", "Tadevos Kocharyan"),
        ("Ժիրայր Փաշինյան", "Zhirayr Pashinyan"),
        ("Խաչիկ Ղազարյան", "Khachik Ghazaryan"),
        ("Ձյունիկ Ճաղարյան", "Dzyunik Chagharyan"),
        ("Գայանե Հովհաննիսյան", "Gayane Hovhannisyan"),
        ("Միքայել Գևորգյան", "Mikayel Gevorgyan"),
        ("ԱՐՏԱՇԵՍ ՄԿՐՏՉՅԱՆ", "ARTASHES MKRTCHYAN"),
        ("Ով", "Ov"),  # the one word where initial ո stays o
    ],
)
def test_armenian_passport_romanisation(armenian: str, latin: str) -> None:
    assert romanise_armenian(armenian) == latin


def test_romanisation_keeps_what_is_not_armenian() -> None:
    assert romanise_armenian("Վարդան (b. 1975), Vardan") == "Vardan (b. 1975), Vardan"


@dataclass
class N:
    full_name: str
    script: str = "Armn"
    language: str = "hy"
    kind: str = "native"
    is_primary: bool = False


def test_headline_is_the_recorded_passport_spelling() -> None:
    names = [N("Վարդան Ղազարյան", is_primary=True),
             N("Vardan Ghazarian", "Latn", "fr", "transliteration"),
             N("Vardan Ghazaryan", "Latn", "en", "transliteration"),
             N("Вардан Казарян", "Cyrl", "ru", "transliteration")]
    assert latin_display_name(names) == "Vardan Ghazaryan"


def test_headline_falls_back_to_another_plain_latin_transliteration() -> None:
    names = [N("Վարդան Ղազարյան", is_primary=True),
             N("Vardan Ghazarian", "Latn", "fr", "transliteration")]
    assert latin_display_name(names) == "Vardan Ghazarian"


def test_azerbaijani_alias_is_never_the_headline() -> None:
    names = [N("Արտաշես Մկրտչյան", is_primary=True),
             N("Artaşes Mkrtçyan", "Latn", "az", "alias"),
             N("Арташес Мкртчян", "Cyrl", "ru", "transliteration")]
    assert latin_display_name(names) == "Artashes Mkrtchyan"


@pytest.mark.parametrize("kind", ["transliteration", "native"])
def test_azerbaijani_spelling_of_any_kind_yields_to_the_armenian_name(kind: str) -> None:
    names = [N("Artaşes Mkrtçyan", "Latn", "az", kind), N("Արտաշես Մկրտչյան", is_primary=True)]
    assert latin_display_name(names) == "Artashes Mkrtchyan"


def test_untagged_latin_with_azerbaijani_letters_is_not_a_passport_spelling() -> None:
    names = [N("Արտաշես Մկրտչյան", is_primary=True), N("Artaşes Mkrtçyan", "Latn", "", "native")]
    assert latin_display_name(names) == "Artashes Mkrtchyan"


def test_armenian_only_name_is_romanised() -> None:
    assert latin_display_name([N("Հովհաննես Եղիազարյան", is_primary=True)]) == \
        "Hovhannes Yeghiazaryan"


def test_foreigners_own_latin_name_is_kept_as_written() -> None:
    assert latin_display_name([N("Jürgen Müller", "Latn", "de", "native", True)]) == \
        "Jürgen Müller"


def test_russian_spelling_beats_an_azerbaijani_one_when_there_is_no_armenian_name() -> None:
    names = [N("Artaşes Mkrtçyan", "Latn", "az", "transliteration"),
             N("Арташес Мкртчян", "Cyrl", "ru", "transliteration", True)]
    assert latin_display_name(names) == "Artashes Mkrtchyan"


def test_cyrillic_only_and_alias_only_names_still_give_a_latin_headline() -> None:
    assert latin_display_name([N("Иван Петров", "Cyrl", "ru", "native", True)]) == "Ivan Petrov"
    assert latin_display_name([N("Artaşes Mkrtçyan", "Latn", "az", "alias", True)]) == \
        "Artaşes Mkrtçyan"
    assert latin_display_name([]) == ""


# ---- sound keys: the spellings the Russian convention writes by a different sound --------------

# Each group: an Armenian name, its Latin transliterations and the Russian-convention
# spellings that differ from them in sound, not only in script. Groups chosen from names
# not used to write the rules (Акопян, Вартанян, Мелконян, Оганян…).
SAME_SOUND = {
    "Ghazaryan": ["Ղազարյան", "Ghazaryan", "Ghazarian", "Казарян", "Kazarian"],
    "Hovhannisyan": ["Հովհաննիսյան", "Hovhannisyan", "Оганесян", "Ованесян", "Ohanesian"],
    "Harutyunyan": ["Հարությունյան", "Harutyunyan", "Арутюнян", "Arutiunian"],
    "Gevorgyan": ["Գևորգյան", "Gevorgyan", "Gevorkyan", "Геворкян"],
    "Hakobyan": ["Հակոբյան", "Hakobyan", "Акопян", "Hagopian"],
    "Vardanyan": ["Վարդանյան", "Vardanyan", "Вартанян", "Vartanian"],
    "Melkonyan": ["Մելքոնյան", "Melkonyan", "Мелконян", "Melqonyan"],
    "Ohanyan": ["Օհանյան", "Ohanyan", "Оганян", "Ogannian"],
}


@pytest.mark.parametrize("spellings", list(SAME_SOUND.values()), ids=list(SAME_SOUND))
def test_russian_convention_spellings_share_a_sound_key(spellings: list[str]) -> None:
    sounds = {sound_key(fold_word(s)) for s in spellings}
    assert len(sounds) == 1, {s: sound_key(fold_word(s)) for s in spellings}


def test_different_names_keep_different_sound_keys() -> None:
    # Names a lawyer must not see merged: they differ in a sound no convention trades.
    names = ["Ghazaryan", "Nazaryan", "Hovhannisyan", "Harutyunyan", "Gevorgyan", "Hakobyan",
             "Vardanyan", "Sargsyan", "Petrosyan", "Mkrtchyan", "Avetisyan", "Grigoryan"]
    sounds = [sound_key(fold_word(n)) for n in names]
    assert len(set(sounds)) == len(names), dict(zip(names, sounds, strict=True))


def test_sound_keys_of_a_text_keep_order_and_drop_empty_ones() -> None:
    # "H" alone is only a sound the conventions trade: nothing is left of it. A first velar
    # is kept, as k.
    assert sound_keys(search_keys("Оганесян H Казарян")) == ["oanisian", "kazarian"]


# Azerbaijani names as an Azerbaijani court, a Russian list and the press write them: the
# letters each convention writes its own way meet in the search key (ü / ю, ç / ч / ch,
# oğlu / оглы) or in one of the sound keys (ə / а / е, ö / ё / е, c / дж / j, q / г / g).
AZERBAIJANI = {
    "Şükürov": ["Şükürov", "Шукюров", "Shukurov", "Շուքուրով"],
    "Günel": ["Günel", "Гюнель", "Gunel"],
    "Mkrtçyan": ["Mkrtçyan", "Мкртчян", "Mkrtchyan"],
    "oğlu": ["oğlu", "оглы", "oglu"],
    "qızı": ["qızı", "кызы", "gizi"],
}


@pytest.mark.parametrize("spellings", list(AZERBAIJANI.values()), ids=list(AZERBAIJANI))
def test_azerbaijani_spellings_fold_to_one_search_key(spellings: list[str]) -> None:
    assert len({fold_word(s) for s in spellings}) == 1, {s: fold_word(s) for s in spellings}


@pytest.mark.parametrize(("azerbaijani", "others"), [
    ("Məmmədov", ["Мамедов", "Mammadov"]),  # ə as а, then as е
    ("Çələbi", ["Челеби"]),  # ə as е, twice
    ("Gözəlov", ["Гёзалов", "Гезалов", "Gozalov"]),  # ö as ё, typed е
    ("Cəfərov", ["Джафаров", "Jafarov"]),  # c is the sound of j
    ("Qasımov", ["Гасымов", "Gasimov"]),
])
def test_an_azerbaijani_spelling_shares_a_sound_key_with_the_others(
        azerbaijani: str, others: list[str]) -> None:
    sounds = set(word_keys(azerbaijani).sounds)
    for other in others:
        assert word_keys(other).sounds[0] in sounds, (other, word_keys(other), sounds)


def test_a_word_without_e_or_o_of_two_readings_has_one_sound_key() -> None:
    assert word_keys("Мамедов") == WordKeys("mamedov", ("mamitov",), "", ("mamitov",))
    assert word_keys("Məmmədov").sounds[0] == "mamatov"  # the usual reading first
    # Many ə: only all one way or all the other, never more than eight keys.
    assert len(word_keys("Məmmədəliyəvə").sounds) == 2


def test_name_keys_keep_the_words_in_order() -> None:
    assert [w.key for w in name_keys("Əliyev, Ramil Əli oğlu (1990)")] == \
        ["aliev", "ramil", "ali", "oglu", "1990"]


def test_every_format_character_of_unicode_is_read_as_nothing() -> None:
    """Each character of Unicode category Cf the running Python knows, inside a name, leaves
    its keys as they are without it (the list in caseapp.domain.names is the owner)."""
    import sys
    import unicodedata

    format_characters = [chr(c) for c in range(sys.maxunicode + 1)
                         if unicodedata.category(chr(c)) == "Cf"]
    plain = name_keys("Vardanyan Tigran")
    kept = [f"U+{ord(ch):04X}" for ch in format_characters
            if name_keys(f"Vard{ch}anyan Tig{ch}ran") != plain]
    assert not kept, kept


@pytest.mark.parametrize(("one", "other"), [
    ("Qasımov", "Hashimov"), ("Гасымов", "Гашимов"), ("Sargis", "Shargis"),  # s is not sh
    ("Hayk", "Gagik"), ("Ara", "Kara"), ("Gor", "Hor"), ("Vahe", "Vaik"),  # short words
    ("Karen", "Aren"), ("Aram", "Karam"), ("Ghazaryan", "Azaryan"),  # a first velar
    ("Гор", "Hor"), ("Гоар", "Hoar"),  # Го- is never Հո- (О-: Ованес, Овсеп)
])
def test_names_a_sibilant_or_a_velar_apart_have_different_sound_keys(one: str, other: str) -> None:
    assert not set(word_keys(one).sounds) & set(word_keys(other).sounds)


@pytest.mark.parametrize("spellings", [
    ["Vahe", "Ваге", "Վահե"], ["Hayk", "Айк", "Հայկ"], ["Mher", "Мгер", "Մհեր"],
    ["Gohar", "Гоар", "Գոհար"], ["Gor", "Гор", "Գոռ"],
    ["Mammadov", "Мамедов", "Məmmədov"], ["Alakbarov", "Алекперов", "Ələkbərov"],
])
def test_short_given_names_and_press_spellings_share_a_sound_key_with_the_russian_one(
        spellings: list[str]) -> None:
    first, *others = (set(name_keys(s)[0].sounds) for s in spellings)
    assert all(first & other for other in others), [name_keys(s)[0] for s in spellings]


@pytest.mark.parametrize(("russified", "armenian"), [
    ("Петросов", "Petrosyan"), ("Петросова", "Петросян"), ("Оганесов", "Hovhannisyan"),
    ("Ованесов", "Оганесян"), ("Аветисов", "Avetisyan"), ("Мартиросов", "Մարտիրոսյան"),
    ("Akopov", "Hakobyan"), ("Мкртычев", "Mkrtchyan"),
])
def test_a_russified_armenian_surname_has_the_sound_of_its_armenian_root(
        russified: str, armenian: str) -> None:
    keys = name_keys(russified)[0]
    assert keys.root == name_keys(armenian)[0].sounds[0]
    assert keys.root in keys.sounds


def test_a_russified_armenian_surname_is_not_read_as_an_azerbaijani_one() -> None:
    """Its е stays е (Petrosov is not Patrosov), and those of the given name beside it."""
    assert [w.sounds for w in name_keys("Петросов Карен")] == [
        ("pitrosov", name_keys("Петросян")[0].sounds[0]), ("karin",)]
    # A surname an Azerbaijani is named too is not taken for an Armenian root.
    for name in ("Мамедов", "Алекперов", "Гасанов", "Мирзоев", "Степанов"):
        assert name_keys(name)[0].root == ""
    assert len(name_keys("Мамедов Рамиз")[0].sounds) == 2  # е read as ə still


def test_a_headline_from_a_script_with_vowel_signs_is_all_latin() -> None:
    """Devanagari and Thai write vowels as signs on the letters: the Latin headline name (the
    dossier's title, the file names) had the signs left between its letters ("rाjेs kुmाr"),
    drawn as empty boxes in the PDF. A word of a script without capitals begins with one."""
    assert latin_display_name([N("राजेश कुमार", "Zyyy", "hi")]) == "Rajes Kumar"
    assert latin_display_name([N("ნიკოლოზ ბერიძე", "Zyyy", "ka")]) == "Nikoloz Beridze"
    assert latin_display_name([N("ДЖЕЙМС О'НИЛ", "Cyrl", "ru")]) == "DZHEYMS ONIL"
    assert latin_display_name([N("Армен Петросян", "Cyrl", "ru")]) == "Armen Petrosyan"
