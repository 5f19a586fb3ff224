"""The search of a case file (the captives list's search, the pickers, `caseapp search`) on
SQLite and on a PostgreSQL server, for one given name in its Ukrainian and its Russian form
(Oleksandr, Олександр / Aleksandr, Alexander, Александр: caseapp.domain.given_name_forms),
for "Gadzhi" with no surname of Azerbaijani form (the Russian Гаджи, Hacı), and for a digit
typed beside a name, which never meets a letter's key."""

from __future__ import annotations

import pytest

from caseapp.services.casefile import CaseFile
from tests.db.test_search_apostrophes import add, found_everywhere


@pytest.mark.parametrize(("stored", "queries", "not_found"), [
    ("Oleksandr Petrenko", ["Aleksandr", "Alexander", "Александр Петренко"],
     "Aleksanyan Petros"),
    ("Aleksandr Petrenko", ["Oleksandr", "Олександр", "Oleksandr Petrenko"], "Aleksandra Ivanova"),
    ("Микола Петренко", ["Nikolay", "Nikolai Petrenko"], "Nikita Petrenko"),
    ("Nikolay Petrenko", ["Mykola", "Микола"], "Nikolaev Ivan"),
    ("Dmytro Petrenko", ["Dmitry", "Дмитрий"], "Mitro Ivanov"),
    ("Olena Petrenko", ["Elena", "Yelena"], "Alena Petrenko"),
    ("Elena Petrenko", ["Olena", "Олена", "Yelena"], "Ilyina Maria"),
    ("Olena Petrenko", ["Елена", "Олена Петренко"], "Ильина Мария"),
    ("Olha Petrenko", ["Olga"], "Alga Petrenko"),
    ("Gadzhi", ["Haji", "Hacı"], "Kadzhi"),
    ("Gadzhi Petrosyan", ["Haji Petrosyan", "Hacı"], "Gagik Petrosyan"),
])
def test_each_form_finds_the_captive(any_case_file: CaseFile, stored: str, queries: list[str],
                                     not_found: str) -> None:
    target = add(any_case_file, stored)
    other = add(any_case_file, not_found)
    for query in queries:
        assert found_everywhere(any_case_file, query, target), query
        assert other not in any_case_file.search.captive_ids(query), query


@pytest.mark.parametrize("query", ["Hasanov 0", "0 Hasanov", "Khasanov 0", "Haji 0", "0hasanov"])
def test_a_digit_typed_beside_a_name_finds_no_name_by_it(any_case_file: CaseFile,
                                                         query: str) -> None:
    add(any_case_file, "Hasanov Elvin")
    add(any_case_file, "Хасанов Эльвин")
    add(any_case_file, "Gadzhi Hasanov")
    numbered = add(any_case_file, "Hasanov 0")
    found = set(any_case_file.search.captive_ids(query))
    assert found <= {numbered}, query
    assert (numbered in found) is (query in ("Hasanov 0", "0 Hasanov", "Khasanov 0")), query
