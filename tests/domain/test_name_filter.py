"""The search's rule on texts in memory (caseapp.domain.name_filter), as the lists' filters and
the pickers use it (that it finds what the search of a case file finds, no more and no less:
tests/db/test_filter_agrees_with_search.py)."""

from __future__ import annotations

import pytest

from caseapp.domain.name_filter import Typed, a_name, held

NAMES = ["Vardan Ghazaryan", "Вардан Казарян", "Վարդան Ղազարյան", "Məmmədova Leyla",
         "Мамедова Лейла", "Семёнова Анна", "Semyonova Irina", "Ter-Petrosyan Levon",
         "Terpetrosyan Gor", "Mat Sak Aram", "Nazaryan Tigran", "Aliyeva Leyla", "Алиев Тофик",
         "Hovhannisyan Karen", "Оганесян Карен", "Джафаров Эльчин", "Cəfərov Elçin",
         "Ваге Саргсян", "Vahe Sargsyan", "Gagik Stepanyan", "Hayk Gevorgyan",
         "ICRC Delegation in Baku", "Commissioner for Human Rights (Ombudsman) of Azerbaijan",
         "Պետրո՛սյան Արամ", "T'adevosyan Zhirayr", "12/2024 Baku Court", "Aaron Abrahamyan"]
QUERIES = ["Kazaryan", "Казарян", "Ghazar", "Mamedov", "Mammadov", "Semyonov", "Semenova",
           "Семенов", "Petrosyan", "Terpetrosyan", "Ter Petrosyan", "Matsak", "Nazaryan",
           "Aliyev", "Aliyeva", "Hovannisyan", "Оганесян", "Jafarov", "Vahe", "Ваге", "Hayk",
           "Gagik", "Айк", "icrc", "ombudsman", "Azerbaijan", "Tadevosyan", "2024", "12",
           "aaaaaaaaaa", "aa", "K", "Ka", "Vardan Kazaryan", "Leyla Mamedova", "x", "Baku"]


@pytest.mark.parametrize(("query", "name"), [
    ("Kazaryan", "Vardan Ghazaryan"), ("Казарян", "Vardan Ghazaryan"),
    ("Mamedov", "Məmmədova Leyla"), ("Semyonov", "Семёнова Анна"), ("Semenova", "Семёнова Анна"),
    ("Семенова", "Semyonova Irina"), ("Matsak", "Mat Sak Aram"), ("Petrosyan", "Terpetrosyan Gor"),
])
def test_a_name_typed_in_another_spelling_is_found(query: str, name: str) -> None:
    assert Typed(query).finds(name)


@pytest.mark.parametrize(("query", "name"), [("Nazaryan", "Vardan Ghazaryan"),
                                             ("Aliyeva", "Алиев Тофик"),
                                             ("aaaaaaaaaa", "Aaron Abrahamyan"),
                                             ("Aram", "Ara Mkrtchyan")])
def test_a_name_it_is_not_is_not_found(query: str, name: str) -> None:
    assert not Typed(query).finds(name)


def test_nothing_typed_finds_nothing_to_filter_by() -> None:
    assert not Typed("") and not Typed(" - ") and not Typed("").finds("Vardan Ghazaryan")


def test_a_texts_keys_are_made_once() -> None:
    assert held("Vardan Ghazaryan") is held("Vardan Ghazaryan")


@pytest.mark.parametrize("text", ["Kazaryan", "Ter-Petrosyan", "T’adevosyan", "A. Vardanyan",
                                  "Вардан Казарян", "Պետրո՛սյան", " Məmmədova Leyla ", "O'Brien"])
def test_a_name_is_typed_with_letters_spaces_apostrophes_and_hyphens(text: str) -> None:
    assert a_name(text)


@pytest.mark.parametrize("text", ["az.detention.expiry", "12/2024", "2025-01", "Baku 1",
                                  "a@b.org", "+994", ""])
def test_an_id_a_date_or_a_number_is_not_typed_as_a_name(text: str) -> None:
    assert not a_name(text)
