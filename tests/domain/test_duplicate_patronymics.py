"""One person across the forms lists write a patronymic in (Каренович, Karen oğlu, Կարենի,
Karen's, bare), in either order of the words, with or without it: the duplicate score sees one
person; two brothers, or a father and his son, it does not."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.dates import PartialDate
from caseapp.domain.enums import DatePrecision
from caseapp.domain.people_index import PeopleIndex
from caseapp.domain.sheet_match import LIKELY, Person, match_score

RUBEN = "Варданян Рубен Каренович"
ONE_RUBEN = [
    "Vardanyan Ruben Karen oğlu",  # an Azerbaijani court's list
    "VARDANYAN Ruben Karen oğlu",
    "Варданян Рубен Карен оглы",
    "Վարդանյան Ռուբեն Կարենի",  # an Armenian passport
    "Ruben Karen's Vardanyan",
    "Ruben Karenovich Vardanyan",
    "Vardanyan Ruben Kareni",
    "Vardanyan Ruben Karen",  # the particle left out
    "Ruben Karen Vardanyan",
    "Ruben Vardanyan",  # no patronymic at all
]


def _score(a: str, b: str, **dates: PartialDate) -> float:
    return match_score(Person((a,)), Person((b,), **dates))[0]


@pytest.mark.parametrize("other", ONE_RUBEN)
def test_one_man_with_his_patronymic_in_any_form_is_likely_one_person(other: str) -> None:
    assert _score(RUBEN, other) >= LIKELY
    assert _score(other, RUBEN) >= LIKELY


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Алиев Рамиль Алиевич", "Əliyev Ramil Əli oğlu"),
    ("Алиева Севиль Алиевна", "Əliyeva Sevil Əli qızı"),
    ("Николаев Сергей Николаевич", "Nikolayev Sergey Nikolay oğlu"),
    ("Абрамович Роман Аркадьевич", "Roman Arkadiy oğlu Abramovich"),
    ("Մկրտչյան Արտաշես Գագիկի", "Mkrtchyan Artashes Gagik oğlu"),
])
def test_russian_azerbaijani_and_armenian_patronymics_meet(ours: str, theirs: str) -> None:
    assert _score(ours, theirs) >= LIKELY


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Саргсян Арам Ильич", "Sargsyan Aram İlya oğlu"),  # of a father's name in -а / -я
    ("Sargsyan Aram Ilyich", "Саргсян Арам Илья оглы"),
    ("Петросян Анна Ильинична", "Petrosyan Anna Ilya qızı"),
    ("Саргсян Арам Кузьмич", "Սարգսյան Արամ Կուզմայի"),
    ("Саргсян Анна Никитична", "Sargsyan Anna Nikita qizi"),
])
def test_a_patronymic_in_ich_meets_its_fathers_name(ours: str, theirs: str) -> None:
    # Ильич was read as a father Ильич: "sons of two fathers", never offered as one person
    assert _score(ours, theirs) >= LIKELY
    assert _score(ours, "Саргсян Арам Иванович") == 0.0  # another father's son
    # a surname or a given name ending so is still read as written
    assert _score("Müller Heinrich Karl", "Heinrich Müller") >= LIKELY


@pytest.mark.parametrize("brother", [
    "Vardanyan Armen Karen oğlu", "Варданян Армен Каренович", "Վարդանյան Արմեն Կարենի"])
def test_two_brothers_of_one_father_are_two_people(brother: str) -> None:
    assert _score(RUBEN, brother) == 0.0


@pytest.mark.parametrize("father", [
    "Vardanyan Karen Ruben oğlu",  # Karen son of Ruben: a father or a son of Ruben son of Karen
    "Варданян Карен Рубенович",
    "Վարդանյան Կարեն Ռուբենի",
    "Vardanyan Karen Ruben",
])
def test_the_fathers_name_is_not_a_given_name(father: str) -> None:
    # The court's particle was a word of its own: Karen of "Karen oğlu" met the given name
    # Karen, and Vardanyan Karen (his father) was offered as Vardanyan Ruben Karen oğlu.
    assert _score("Vardanyan Ruben Karen oğlu", father) < LIKELY
    assert _score(RUBEN, father) < LIKELY


def test_an_initial_is_a_patronymics_initial() -> None:
    assert _score(RUBEN, "Варданян Р. К.") >= LIKELY
    assert _score("Vardanyan Ruben Karen oğlu", "Vardanyan R. K.") >= LIKELY


def test_a_father_and_his_son_of_one_name_born_years_apart_are_two_people() -> None:
    father = Person(("Vardanyan Ruben Karen oğlu",), PartialDate(date(1958, 1, 1),
                                                                  DatePrecision.YEAR))
    son = Person(("Варданян Рубен Каренович",), PartialDate(date(1984, 4, 2)))
    assert match_score(father, son)[0] < LIKELY


def test_an_approximate_birth_year_and_capture_date_agree() -> None:
    court = Person(("Vardanyan Ruben Karen oğlu",),
                   PartialDate(date(1984, 1, 1), DatePrecision.YEAR),
                   PartialDate(date(2020, 11, 10), DatePrecision.APPROXIMATE))
    ours = Person(("Վարդանյան Ռուբեն Կարենի",), PartialDate(date(1984, 4, 2)),
                  PartialDate(date(2020, 11, 17)))
    score, reasons = match_score(court, ours)
    assert score >= LIKELY
    assert reasons == ("same name", "birth dates agree as far as both are known",
                       "capture dates agree as far as both are known")


def test_the_index_finds_the_captive_the_court_names_and_not_his_brother() -> None:
    index = PeopleIndex()
    index.add("ruben", Person((RUBEN, "Ruben Vardanyan")))
    index.add("armen", Person(("Վարդանյան Արմեն Կարենի", "Armen Vardanyan")))
    index.add("karen", Person(("Վարդանյան Կարեն Ռուբենի", "Karen Vardanyan")))
    found = index.candidates(Person(("VARDANYAN Ruben Karen oğlu",)))
    assert [key for key, _score, _reasons in found] == ["ruben"]


def test_men_of_one_name_and_year_sons_of_two_fathers_are_two_people() -> None:
    # A spelling without the patronymic ("Ruben Vardanyan") does not make the cousin who is
    # Ruben son of Armen, born the same year, the same man as Ruben son of Karen.
    born = PartialDate(date(1984, 1, 1), DatePrecision.YEAR)
    ours = Person(("Վարդանյան Ռուբեն Կարենի", "Ruben Vardanyan"), born)
    assert match_score(ours, Person(("VARDANYAN Ruben Armen oğlu",), born))[0] == 0.0
    assert match_score(ours, Person(("Варданян Рубен Арменович",), born))[0] == 0.0
    assert match_score(ours, Person(("Ruben Vardanyan",), born))[0] >= LIKELY
    # a patronymic that may be Karen's (Կարենի), among another reading, is not told apart
    assert match_score(ours, Person(("Vardanyan Ruben Kareni",), born))[0] >= LIKELY


def test_an_armenian_genitive_after_the_given_name_is_the_fathers_name_only() -> None:
    # Վահեի sounds as Վահե: read also as written, Aram son of Vahe was Vahe Khachatryan.
    assert _score("Խաչատրյան Արամ Վահեի", "Vahe Khachatryan") == 0.0
    assert _score("Խաչատրյան Արամ Վահեի", "Aram Khachatryan") >= LIKELY
    # where it may be a given name (Անի), it is read both ways
    assert _score("Վարդանյան Անի Կարենի Արամի", "Ani Vardanyan") >= LIKELY


def test_a_long_text_pasted_as_a_name_is_read_once() -> None:
    from caseapp.domain.sheet_match import name_spellings

    # each of its "Каренович" read in turn as the patronymic, 300 words were 180 spellings of
    # 300 words each, every two compared: an import of a few such rows never ended
    text = " ".join(["Каренович Kareni Karen oğlu Петросян"] * 60)
    assert len(name_spellings(text)) == 1
    assert len(name_spellings("Vardanyan Ruben Karen oğlu")) == 1
