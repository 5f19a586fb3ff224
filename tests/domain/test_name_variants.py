"""Names a lawyer types in another of their usual spellings, found as the search finds them
(caseapp.domain.names, through the lists' filter rule, which the search shares: see
tests/db/test_filter_agrees_with_search.py): the Russian -sky / -skaya, a short surname's
feminine, the Armenian surnames the Russian and Western spellings write with a vowel the
Eastern one drops (Sargsyan / Саркисян / Sarkissian), and the transliteration variants of
Zh / J and the French gu."""

from __future__ import annotations

import pytest

from caseapp.domain.name_filter import Typed


@pytest.mark.parametrize("query", ["Vysotsky", "Vysotskiy", "Vysotskii", "Vysotskyi",
                                   "Высоцкий", "Vysotski"])
@pytest.mark.parametrize("name", ["Vysotskaya Marina", "Высоцкая Марина", "Vysotskaia Marina"])
def test_the_mans_surname_in_sky_finds_the_womans_in_skaya(query: str, name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [("Kovalsky", "Ковальская Ирина"),
                                             ("Ковальский", "Kovalskaya Irina")])
def test_the_sky_rule_holds_for_other_surnames(query: str, name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [("Vysotskaya", "Высоцкий Владимир"),
                                             ("Высоцкая", "Vysotsky Vladimir"),
                                             ("Vysotsky", "Vysotsky Vladimir")])
def test_the_womans_surname_finds_no_man_and_the_mans_still_finds_him(query: str,
                                                                       name: str) -> None:
    assert Typed(query).finds(name) is (query == "Vysotsky")


@pytest.mark.parametrize(("query", "name"), [("Hayev", "Гаева Лейла"), ("Гаев", "Hayeva Leyla"),
                                             ("Hayev", "Гаев Рамиз")])
def test_a_short_surname_finds_the_womans_form_in_another_spelling(query: str,
                                                                   name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [("Hayev", "Гаевский Олег"),
                                             ("Hayev", "Айвазян Рамиз"),
                                             ("Lev", "Левон Аветисян")])
def test_a_short_surname_does_not_flood_with_longer_names(query: str, name: str) -> None:
    assert not Typed(query).finds(name) or query == "Lev"  # "Lev" begins Levon, as typed


# The Armenian surnames whose Eastern spelling drops the vowel of the given name they are
# made from (Սարգսյան from Սարգիս, Խաչատրյան from Խաչատուր), which the Russian convention and
# the Western Armenian and French spellings keep: Саркисян, Sarkissian; Хачатурян,
# Khatchadourian. Among the commonest surnames of the captives.
CONTRACTED = [("Sargsyan", "Саркисян Арам"), ("Саргсян", "Sarkissian Aram"),
              ("Sarkisyan", "Սարգսյան Արամ"), ("Khachatryan", "Хачатурян Арам"),
              ("Хачатурян", "Khachatryan Aram"), ("Khatchadourian", "Խաչատրյան Արամ"),
              ("Galstyan", "Галустян Левон"), ("Galustyan", "Galstyan Levon"),
              ("Asatryan", "Асатурян Левон"), ("Mkrtchyan", "Мкртичян Левон"),
              ("Mkrtichyan", "Mkrtchyan Levon")]


@pytest.mark.parametrize(("query", "name"), CONTRACTED)
def test_an_armenian_surname_with_or_without_its_vowel_is_one_surname(query: str,
                                                                      name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [("Sargsyan", "Sargis Petrosyan"),
                                             ("Khachatryan", "Khachatur Petrosyan")])
def test_the_given_name_a_surname_is_made_from_is_not_the_surname(query: str,
                                                                  name: str) -> None:
    assert not Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [
    ("Zhanna", "Janna Petrosyan"), ("Janna", "Жанна Петросян"), ("Jirair", "Zhirayr Sargsyan"),
    ("Zhirayr", "Jirayr Sargsyan"), ("Jora", "Жора Арутюнян"),
    ("Sergei", "Serguei Petrossian"), ("Serguei", "Сергей Петросян"),
    ("Guevorkian", "Gevorgyan Aram"), ("Guiragos", "Kirakosyan Aram")])
def test_transliteration_variants_of_one_letter_find_each_other(query: str, name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [("Jafarov", "Cəfərov Elçin"),
                                             ("Jafarov", "Джафаров Эльчин"),
                                             ("Hasanov", "Asanov Elvin"),
                                             ("Janna", "Yanna Petrosyan")])
def test_the_variants_keep_what_was_found_before(query: str, name: str) -> None:
    assert Typed(query).finds(name) is (name != "Yanna Petrosyan")


# A first h that one convention writes kh or х (Azerbaijani Həsənov: Hasanov, Хасанов,
# Khasanov; Armenian Խաչատրյան: Khachatryan, Western and French Hachatryan), and a Latin x
# that is ks (Alexander, Aleksandr, Александр; Maxim, Максим), an English -er for a Russian -r.
KH_AND_X = [("Hasanov", "Хасанов Эльвин"), ("Hasanov", "Khasanov Elvin"),
            ("Hasanov", "Həsənov Elvin"), ("Хасанов", "Hasanov Elvin"),
            ("Khasanov", "Həsənov Elvin"), ("Həsənov", "Хасанова Гюнель"),
            ("Hasanova", "Хасанова Гюнель"), ("Khachatryan", "Hachatryan Aram"),
            ("Hachatryan", "Խաչատրյան Արամ"), ("Halilov", "Xəlilov Rauf"),
            ("Xəlilov", "Халилов Рауф"),
            ("Aleksandr", "Alexander Petrosyan"), ("Alexander", "Aleksandr Petrosyan"),
            ("Alexander", "Александр Петросян"), ("Aleksander", "Александр Петросян"),
            ("Aleksandr", "Aleksander Petrosyan"), ("Alexandra", "Александра Петросян"),
            ("Maxim", "Максим Петросян"), ("Maksim", "Maxim Petrosyan"),
            ("Peter", "Пётр Петросян")]


@pytest.mark.parametrize(("query", "name"), KH_AND_X)
def test_a_first_h_as_kh_and_an_x_as_ks_find_each_other(query: str, name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [
    ("Khachatryan", "Achatryan Aram"), ("Hasanov", "Kasanov Elvin"),
    ("Khasanov", "Asanov Elvin"), ("Hasanov", "Qasımov Elvin"), ("Hasanova", "Hasanov Elvin"),
    ("Aleksandr", "Alisa Petrosyan"), ("Alexander", "Aleko Petrosyan"),
    ("Maxim", "Masis Petrosyan"), ("Ha", "Khachatryan Aram"), ("Has", "Khasanov Elvin"),
    ("Hayk", "Kayk Petrosyan"), ("Kha", "Hambardzumyan Albert"), ("Kha", "Hasanov Elvin"),
    ("X", "Hakobyan Lilit"), ("Khach", "Harutyunyan Artur")])
def test_the_kh_and_x_readings_do_not_find_other_names(query: str, name: str) -> None:
    assert not Typed(query).finds(name)


# The Azerbaijani h that Russian writes Г, and the Latin g made from the Russian spelling: in a
# word too short for its g to be left out of its sound key (Gadzhi, Geydar, Gadzhiev), the
# first g of a name of Azerbaijani form is read as an h too, as Гаджи, Гейдар and Гаджиев are.
G_AS_H = [("Haji", "Gadzhi Gasanov"), ("Hacı", "Gadzhi Guseynov"),
          ("Heydar", "Geydar Aliyev"), ("Heydər", "Geydar Aliyev"),
          ("Hajiyev", "Gadzhiev Elvin"), ("Hacıyev", "Gadzhiev Elvin"),
          ("Gadzhiev", "Hacıyev Elvin"), ("Gadzhi Gasanov", "Hacı Həsənov"),
          ("Geydar Aliyev", "Heydər Əliyev")]


@pytest.mark.parametrize(("query", "name"), G_AS_H)
def test_the_latin_g_of_a_russian_g_for_h_finds_the_h(query: str, name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [
    ("Hagik", "Gagik Petrosyan"), ("Hor", "Gor Aliyev"), ("Haji", "Kadzhi Gasanov"),
    ("Hajiyev", "Kadzhiev Elvin")])
def test_the_g_as_h_reading_finds_no_other_name(query: str, name: str) -> None:
    assert not Typed(query).finds(name)


# One given name in its Ukrainian and its Russian form (Олександр / Александр, Микола / Николай),
# each in Cyrillic and in its usual Latin spellings (the Ukrainian passports' and the Russian
# ones'): a lawyer searching one finds the other (caseapp.domain.given_name_forms).
UKRAINIAN_AND_RUSSIAN = [
    ("Aleksandr", "Oleksandr Petrenko"), ("Alexander", "Олександр Петренко"),
    ("Oleksandr", "Aleksandr Petrenko"), ("Олександр", "Александр Петренко"),
    ("Oleksandr", "Alexander Petrenko"), ("Aleksey", "Oleksiy Petrenko"),
    ("Alexei", "Олексій Петренко"), ("Oleksii", "Алексей Петренко"),
    ("Elena", "Olena Petrenko"), ("Yelena", "Олена Петренко"), ("Olena", "Елена Петренко"),
    ("Grigoriy", "Hryhoriy Petrenko"), ("Hryhorii", "Григорий Петренко"),
    ("Nikolay", "Mykola Petrenko"), ("Николай", "Mykola Petrenko"),
    ("Mykola", "Nikolai Petrenko"), ("Микола", "Николай Петренко"),
    ("Sergey", "Serhiy Petrenko"), ("Serhii", "Сергей Петренко"), ("Andrey", "Andriy Petrenko"),
    ("Yuri", "Yuriy Petrenko"), ("Dmitry", "Dmytro Petrenko"), ("Дмитрий", "Dmytro Petrenko"),
    ("Dmytro", "Dmitriy Petrenko"), ("Дмитро", "Дмитрий Петренко"),
    ("Igor", "Ihor Petrenko"), ("Ihor", "Игорь Петренко"), ("Olga", "Olha Petrenko"),
    ("Olha", "Ольга Петренко"), ("Vladimir", "Volodymyr Petrenko"),
    ("Volodymyr", "Владимир Петренко"), ("Mikhail", "Mykhailo Petrenko"),
    ("Mykhailo", "Mikhail Petrenko"), ("Pavel", "Pavlo Petrenko"), ("Pyotr", "Petro Petrenko"),
    ("Tatyana", "Tetiana Petrenko"), ("Oleg", "Oleh Petrenko"), ("Oleh", "Олег Петренко"),
    ("Yekaterina", "Kateryna Petrenko"), ("Evgeny", "Yevhen Petrenko"),
    ("Vasily", "Vasyl Petrenko"), ("Oleksandra", "Aleksandra Petrenko")]


@pytest.mark.parametrize(("query", "name"), UKRAINIAN_AND_RUSSIAN)
def test_a_ukrainian_given_name_and_its_russian_form_find_each_other(query: str,
                                                                    name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [
    ("Olga", "Alga Petrenko"), ("Oleg", "Aleg Petrenko"), ("Olena", "Alina Petrenko"),
    ("Olena", "Alena Petrenko"), ("Oleksandr", "Aleksandrov Ivan"),
    ("Oleksandr", "Aleksanyan Petros"), ("Dmytro", "Dmitriev Ivan"),
    ("Mykola", "Nikolaev Ivan"), ("Mykola", "Nikita Petrenko"), ("Pavel", "Pavlenko Ivan"),
    ("Ihor", "Igorev Ivan"), ("Pavlo", "Pavelko Ivan"), ("Oleksiy", "Alekseev Ivan"),
    ("Aleksey", "Oleksiyenko Ivan"), ("Olha", "Olgun Petrenko"),
    # Елена, the Russian form of Olena, read with its first е as и: Ilyina, Ильина, Ilina
    ("Olena", "Ilyina Maria"), ("Олена", "Ильина Мария"), ("Olena", "Ilina Maria"),
    ("Elena", "Ilyina Maria"), ("Елена", "Ильина Мария"), ("Ilyina", "Olena Petrenko"),
    ("Ильина", "Елена Петренко"), ("Erik", "Irik Petrosyan")])
def test_the_other_form_of_a_given_name_finds_no_other_name(query: str, name: str) -> None:
    assert not Typed(query).finds(name)


# The Azerbaijani h that Russian writes Г, in a Latin word made from the Russian spelling: a
# Russian дж written dzh (Gadzhi, for Гаджи, Hacı) shows it, whatever the name's other words.
@pytest.mark.parametrize(("query", "name"), [
    ("Haji", "Gadzhi"), ("Hacı", "Gadzhi"), ("Haji", "Gadzhi Petrosyan"),
    ("Hacı", "Gadzhi Ivanov-Smith"), ("Gadzhi", "Hacı"), ("Gadzhi", "Haji Petrosyan")])
def test_a_latin_g_in_a_spelling_made_from_the_russian_is_read_as_h_alone_too(
        query: str, name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [
    ("Haji", "Kadzhi"), ("Hagik", "Gagik"), ("Hor", "Gor"), ("Haji", "Gaji"),
    ("Hajiyev", "Kadzhi Petrosyan")])
def test_a_short_latin_g_without_a_russian_spelling_stays_a_g(query: str, name: str) -> None:
    assert not Typed(query).finds(name)


# Digits typed in a name field or a search: a number never meets a letter's key (the key a
# first h or kh shares begins with a 0: caseapp.domain.name_letter_readings.KH_MARK).
@pytest.mark.parametrize(("query", "name"), [
    ("0", "Hasanov Elvin"), ("Hasanov 0", "Hasanov Elvin"), ("0 Hasanov", "Khasanov Elvin"),
    ("0hasanov", "Hasanov Elvin"), ("Elvin 0", "Həsənov Elvin"), ("0h", "Hasanov Elvin"),
    ("Hasanov", "0 Elvin"), ("Hasanov", "Elvin 0"), ("Haji 0", "Gadzhi Hasanov")])
def test_a_digit_never_meets_a_letters_key(query: str, name: str) -> None:
    assert not Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [
    ("0", "Hasanov 0"), ("Hasanov 0", "Hasanov Elvin 0"), ("12", "Case 12/2024"),
    ("2024 Hasanov", "Хасанов 2024")])
def test_a_number_still_finds_itself(query: str, name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [
    ("Aleksandr", "Aleksandra Petrenko"), ("Александр", "Alexandra Petrenko"),
    ("Yevgeny", "Yevgenia Petrenko"), ("Евгени", "Yevgeniya Petrenko"),
    ("Oleksandr", "Олександра Петренко"), ("Elena", "Yelena Petrenko"),
    ("Эрик", "Erik Petrosyan"), ("Emin", "Эмин Алиев"), ("Yerevanyan", "Ереванян Арам")])
def test_a_mans_given_name_still_finds_the_womans_of_its_root_and_e_finds_e(
        query: str, name: str) -> None:
    """The duplicate check tells a man's given name from the woman's (Aleksandr, Aleksandra:
    tests/domain/test_duplicate_name_variants.py); a search typed as the beginning of a name
    still finds both, and a first e still finds every spelling of itself."""
    assert Typed(query).finds(name)
