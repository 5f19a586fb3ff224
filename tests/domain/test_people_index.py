"""The index behind "likely the same person" (duplicates, a spreadsheet's preview): it
looks through only the people who share words with the new one (by set operations), and
must find exactly whom its rule, applied to everyone one by one, finds."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

import pytest
from rapidfuzz import fuzz

from caseapp.domain import sheet_match
from caseapp.domain.dates import PartialDate
from caseapp.domain.people_index import PeopleIndex
from caseapp.domain.sheet_match import LIKELY, WORD_CUTOFF, Person, dates_agree, match_score

# The same people as Armenian, Russian and Latin records write them (and a few misspellings).
GIVEN = [("Արամ", "Арам", "Aram"), ("Նարեկ", "Нарек", "Narek"), ("Դավիթ", "Давид", "Davit"),
         ("Հովհաննես", "Оганес", "Hovhannes"), ("Գևորգ", "Геворк", "Gevorg")]
FAMILY = [("Ղազարյան", "Казарян", "Ghazaryan"), ("Հարությունյան", "Арутюнян", "Harutyunyan"),
          ("Գևորգյան", "Геворкян", "Gevorgyan"), ("Սարգսյան", "Саргсян", "Sargsyan"),
          ("Վարդանյան", "Варданян", "Vardanyan"), ("Հովհաննիսյան", "Оганесян", "Hovhannisyan")]
PATRONYMIC = ["Ашотович", "Самвелович", ""]


def _people(count: int, seed: int) -> list[Person]:
    rng = random.Random(seed)
    people = []
    for _ in range(count):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        names = []
        for script in rng.sample(range(3), rng.randint(1, 3)):
            words = [given[script], family[script]]
            if script == 1 and (patronymic := rng.choice(PATRONYMIC)):
                words.insert(1, patronymic)
            if rng.random() < 0.15:  # a misspelling: a letter dropped
                cut = rng.randrange(len(words[-1]))
                words[-1] = words[-1][:cut] + words[-1][cut + 1:]
            if rng.random() < 0.2:
                words.append(str(rng.randint(1, 40)))  # a number kept in a list's name
            names.append(" ".join(words))
        birth = (PartialDate(date(rng.randint(1960, 1964), 1, 1), "year")
                 if rng.random() < 0.7 else None)
        capture = (PartialDate(date(2020, rng.randint(9, 11), 1), "month")
                   if rng.random() < 0.5 else None)
        people.append(Person(tuple(names), birth, capture))
    return people


def _met_by_rule(person: Person, earlier: list[Person]) -> set[int]:
    """The index's rule, the slow way: an earlier person is scored when, for one of the new
    spellings, enough of its words are like a word of theirs (the same first letter, a
    similarity of WORD_CUTOFF): every word of the shorter of the two, and at least two (one
    of a one-word spelling); found when the score calls them likely."""
    found = set()
    for k, other in enumerate(earlier):
        theirs = {w for words in other.spellings for w in words}
        shortest = min((len(sp) for sp in other.spellings), default=0)
        for words in person.spellings:
            distinct = list(dict.fromkeys(words))
            met = sum(any(v[0] == w[0] and fuzz.ratio(w, v) >= WORD_CUTOFF for v in theirs)
                      for w in distinct)
            if met >= max(min(len(distinct), shortest), min(2, len(distinct))):
                found.add(k)
    return {k for k in found if match_score(person, earlier[k])[0] >= LIKELY}


@pytest.mark.parametrize("seed", [17, 29, 41])
def test_the_index_finds_exactly_whom_its_rule_and_the_score_call_likely(seed: int) -> None:
    people = _people(150, seed=seed)  # the oracle is quadratic: 250 took three times as long
    index = PeopleIndex()
    found_any = 0
    for n, person in enumerate(people):
        got = {key for key, _, _ in index.candidates(person)}
        assert got == _met_by_rule(person, people[:n]), person
        found_any += bool(got)
        index.add(n, person)
    assert found_any > 60  # (the names repeat: many people have likely doubles; 85-87 of 150)


def test_a_person_added_again_is_matched_by_the_new_spellings() -> None:
    index = PeopleIndex()
    index.add(1, Person(("Aram Ghazaryan",)))
    index.add(1, Person(("Арам Ашотович Казарян",)))
    assert [k for k, _, _ in index.candidates(Person(("Aram Ghazaryan",)))] == [1]
    assert [k for k, _, _ in index.candidates(Person(("Арам Ашотович Казарян",)))] == [1]


def test_the_same_name_and_exact_birthday_is_likely_one_person_whatever_the_capture() -> None:
    from datetime import date

    from caseapp.domain.dates import PartialDate
    from caseapp.domain.enums import DatePrecision

    born = PartialDate(date(1972, 6, 30))
    a = Person(("Armen Martirosyan",), born, PartialDate(date(2023, 10, 4)))
    b = Person(("Armen Martirosyan",), born, PartialDate(date(2020, 12, 13)))
    score, reasons = match_score(a, b)
    assert score >= LIKELY and "different capture dates" in reasons
    index = PeopleIndex()
    index.add("a", a)
    assert [k for k, _, _ in index.candidates(b)] == ["a"]
    # A birth year alone is not enough for that.
    year = PartialDate(date(1972, 1, 1), DatePrecision.YEAR)
    assert match_score(Person(a.names, year, a.capture), Person(b.names, year, b.capture)
                       )[0] < LIKELY


SAME_PEOPLE = [  # one name in two scripts or spelling conventions
    ("Aram Hovhannisyan", "Арам Оганесян"), ("Ani Ghazaryan", "Ани Казарян"),
    ("Vardan Sargsyan", "Вардан Саркисян"), ("Gor Hakobyan", "Гор Акопян"),
    ("Karen Hambardzumyan", "Карен Амбарцумян"), ("Hrant Gevorgyan", "Грант Геворкян"),
    ("Levon Mkrtchyan", "Levon Mkrtchian"), ("Tigran Yeghiazaryan", "Тигран Егиазарян"),
    ("Tamar Petrosyan", "Тамара Петросян"), ("Ruzan Sargsyan", "Рузанна Саркисян"),
    ("Garegin Petrosyan", "Гарегин Петросов"), ("Narek Avetisyan", "Нарек Аветисов"),
]
OTHER_PEOPLE = [  # other surnames or given names one or two letters apart
    ("Ani Grigoryan", "Ani Gevorgyan"), ("Aram Hakobyan", "Aram Abovyan"),
    ("Arman Petrosyan", "Armen Petrosyan"), ("Armen Sargsyan", "Armen Sahakyan"),
    ("Davit Karapetyan", "Davit Arakelyan"), ("Armen Petrosyan", "Armen Poghosyan"),
    ("Armen Asatryan", "Arsen Asatryan"),
    # a letter more or less at the start or the end of a given name
    ("Karen Petrosyan", "Aren Petrosyan"), ("Karen Petrosyan", "Garegin Petrosyan"),
    ("Aram Hakobyan", "Karam Hakobyan"), ("Rafik Sargsyan", "Raffi Sargsyan"),
    ("Armen Petrosyan", "Armine Petrosyan"), ("Narek Avetisyan", "Nare Avetisyan"),
    ("Armen Martirosov", "Anna Martirosova"), ("Мартиросов Армен", "Мартиросова Армен"),
]


@pytest.mark.parametrize(("first", "second"), SAME_PEOPLE)
def test_one_name_in_two_spellings_is_likely_one_person(first: str, second: str) -> None:
    score, _ = match_score(Person((first,)), Person((second,)))
    assert score >= LIKELY, (first, second, score)


@pytest.mark.parametrize(("first", "second"), OTHER_PEOPLE)
def test_names_a_letter_or_two_apart_are_not_called_one_person(first: str, second: str) -> None:
    """Without dates to go by, Grigoryan and Gevorgyan (or Arman and Armen) are two people:
    the import does not stop to ask whether to merge them."""
    score, _ = match_score(Person((first,)), Person((second,)))
    assert score < LIKELY, (first, second, score)


def test_a_common_name_does_not_make_each_new_person_scored_against_everyone_so_named(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A sheet where a thousand rows are "Armen Petrosyan" (in three scripts), born over
    fifty years: each new row is scored against those born in its year (or of unknown
    birth) only, so the work per row does not grow with the rows above it; and who is found
    is the same as scoring everyone."""
    names = ("Armen Petrosyan", "Армен Петросян", "Արմեն Պետրոսյան")
    index = PeopleIndex()
    people = [Person((names[i % 3],), PartialDate(date(1950 + i % 50, 1 + i % 12, 1 + i % 28)))
              for i in range(1000)]
    for i, person in enumerate(people):
        index.add(i, person)
    compared = []  # the birth dates compared: two for each person scored
    monkeypatch.setattr(sheet_match, "dates_agree",
                        lambda a, b: compared.append(1) or dates_agree(a, b))
    born = PartialDate(date(1960, 11, 23))
    found = index.candidates(Person(("Armen Petrosyan",), born))
    monkeypatch.undo()
    assert len(compared) <= 2 * 1000 // 50
    assert [k for k, _, _ in found] == [i for i, p in enumerate(people)
                                        if match_score(Person(("Armen Petrosyan",), born), p)[0]
                                        >= LIKELY]


def test_people_scoring_alike_are_listed_in_the_order_they_were_added() -> None:
    """Ties (the same name and birthday, written in other scripts) come in the order of the
    case file and the sheet, the same in every run."""
    index = PeopleIndex()
    born = PartialDate(date(1980, 3, 4))
    for key in ("row 9", "row 2", "captive 7", "row 5"):
        index.add(key, Person(("Armen Petrosyan",), born))
    found = index.candidates(Person(("Армен Петросян",), born))
    assert [k for k, _, _ in found] == ["row 9", "row 2", "captive 7", "row 5"]


def test_a_name_whose_vowels_are_signs_is_not_a_row_of_initials() -> None:
    """A Hindi name was cut at each vowel sign into one-letter words, read as initials: the
    import's preview offered five unrelated Armenian captives as "likely the same" as
    राजेश कुमार (score 0.90, "similar name")."""
    hindi = Person(("राजेश कुमार",))
    for other in ("Սամվել Մելքոնյան", "Samvel Melkonyan", "Rafik Kirakosyan"):
        assert match_score(hindi, Person((other,))) == (0.0, ()), other
    index = PeopleIndex()
    index.add(1, Person(("Սամվել Մելքոնյան",)))
    index.add(2, Person(("राजेश कुमार",)))
    assert [found for found, _score, _why in index.candidates(hindi)] == [2]


def test_a_name_with_its_accents_apart_is_the_same_name() -> None:
    """"José Müller" as a Mac or a PDF gives it (NFD: e and its accent apart) is one person
    with the same name typed at once; it was not even similar ("Mu" and "ller")."""
    apart = unicodedata.normalize("NFD", "José Müller")
    assert match_score(Person((apart,)), Person(("José Müller",)))[0] == 1.0
    assert match_score(Person((apart,)), Person(("Jose Muller",)))[0] == 1.0
