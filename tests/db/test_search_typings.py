"""The search of a case file (the captives list's search, the captive pickers, `caseapp search`)
on SQLite and on a PostgreSQL server, for three ways of typing a name it must read as one
(the Russian ё, a double letter, one word typed as two) and one it must not (a run of three
or more of one letter, typed by accident)."""

from __future__ import annotations

import pytest

from caseapp.services.casefile import CaseFile
from tests.db.test_search_apostrophes import add, found_everywhere


@pytest.mark.parametrize(("stored", "queries"), [
    ("Семёнов Олег", ["Semyonov", "Semenov", "Семенов", "Семёнов", "Semionov", "Semyon"]),
    ("Семенов Олег", ["Семёнов", "Semyonov", "Semenov"]),
    ("Semyonov Oleg", ["Семёнов", "Семенов", "Semenov"]),
    ("Фёдоров Пётр", ["Fyodorov", "Fedorov", "Федоров", "Fyodorov Pyotr", "Fedorov Petr"]),
    ("Королёв Артём", ["Korolyov", "Korolev", "Королев Артем", "Korolyov Artyom"]),
    ("Petrosyan Anna", ["Petrossian", "Petrossyan"]),
    ("Hovhannisyan Karen", ["Hovannisyan", "Ohannessian"]),
    ("Mamedov Elchin", ["Mammadov", "Məmmədov"]),
    ("Terpetrosyan Levon", ["Ter Petrosyan", "Ter-Petrosyan", "Ter Petrosyan Levon",
                            "Levon Ter Petrosyan", "Тер Петросян", "Ter Petr"]),
    ("Ter Petrosyan Levon", ["Terpetrosyan", "Terpetrosyan Levon", "Ter-Petrosyan", "terpetros",
                             "Տերպետրոսյան"]),
    ("Ter-Petrosyan Levon", ["Terpetrosyan", "Ter Petrosyan"]),
    ("Տերպետրոսյան Լևոն", ["Տեր Պետրոսյան", "Տեր-Պետրոսյան", "Ter Petrosyan"]),
    ("Տեր Պետրոսյան Լևոն", ["Տերպետրոսյան", "Տեր-Պետրոսյան", "Terpetrosyan"]),
    ("Տեր-Պետրոսյան Լևոն", ["Տերպետրոսյան", "Տեր Պետրոսյան"]),
    # one word typed for two whose letters the folding reads across them
    ("Mat Sak Aram", ["Matsak", "Матсак", "Mat Sak", "Matsak Aram"]),
    ("Matsak Aram", ["Mat Sak", "Mat-Sak"]),
    ("Ter Rafaelyan Anna", ["Terrafaelyan", "Terrafaelyan Anna"]),
    ("Ter Yeghiazaryan Ashot", ["Teryeghiazaryan"]),
])
def test_each_typing_finds_the_captive(any_case_file: CaseFile, stored: str,
                                       queries: list[str]) -> None:
    target = add(any_case_file, stored)
    other = add(any_case_file, "Nazaryan Tigran")
    for query in queries:
        assert found_everywhere(any_case_file, query, target), query
        assert other not in any_case_file.search.captive_ids(query), query


def test_a_run_of_three_letters_typed_by_accident_finds_nothing(any_case_file: CaseFile) -> None:
    """"aaaaaaaaaa" was read as "a" and listed every captive with a word in A; "bbbb" every
    one with a word in B."""
    for name in ("Armen Abrahamyan", "Anahit Avetisyan", "Suren Baghdasaryan", "Boris Babayan",
                 "Aaron Abovyan", "Vardan Sargsyan", "Karen Kocharyan"):
        add(any_case_file, name, summary="Arrested at a border post, beaten by the guards.")
    for query in ("aaaaaaaaaa", "aaa", "bbbb", "BBBBBBBB", "ssss", "kkkkkk", "vvvv", "աաաա",
                  "бббб", "Vaaaaardan"):
        assert any_case_file.search.captive_ids(query) == [], query
        assert any_case_file.search.everything(query) == [], query
        assert any_case_file.search.find_captives(query).total == 0, query
    # A double letter is one still, and the letters typed once find what they did.
    assert len(any_case_file.search.captive_ids("aa", names_only=True)) == 3  # Armen, Anahit, Aaron
    assert len(any_case_file.search.captive_ids("Sarggsyan", names_only=True)) == 1


def test_a_name_written_with_a_run_is_found_by_it(any_case_file: CaseFile) -> None:
    """Who recorded a name with a run (a placeholder, "Aaaa Bbbb") finds it by what was typed."""
    target = add(any_case_file, "Aaaa Bbbb")
    add(any_case_file, "Armen Abrahamyan")
    assert any_case_file.search.captive_ids("aaaa bbbb") == [target]
    assert any_case_file.search.captive_ids("Bbbb") == [target]


def test_the_name_typed_whole_comes_first(any_case_file: CaseFile) -> None:
    """A name of several words typed whole is the first match, before the longer names it
    begins and those it is found in by its words joined."""
    longer = add(any_case_file, "Ter Petrosyan Levonovich")
    joined = add(any_case_file, "Terpetrosyan Levon")
    target = add(any_case_file, "Ter Petrosyan Levon")
    found = any_case_file.search.captive_ids("Ter Petrosyan Levon", names_only=True)
    assert found[0] == target and set(found) == {longer, joined, target}
    found = any_case_file.search.captive_ids("Terpetrosyan Levon", names_only=True)
    assert found[0] == joined and target in found


def test_a_given_name_is_not_found_in_a_shorter_one_and_the_next_word(
        any_case_file: CaseFile) -> None:
    """"Aram" does not list "Ara Mkrtchyan", nor "Mariam" "Maria Martirosyan": a word typed
    is found across two words of a name only where it runs on past the first."""
    aram = add(any_case_file, "Aram Sargsyan")
    mariam = add(any_case_file, "Mariam Avetisyan")
    add(any_case_file, "Ara Mkrtchyan")
    add(any_case_file, "Maria Martirosyan")
    assert any_case_file.search.captive_ids("Aram", names_only=True) == [aram]
    assert any_case_file.search.captive_ids("Mariam", names_only=True) == [mariam]


def test_two_words_of_a_note_or_a_contact_typed_as_one_find_it(any_case_file: CaseFile) -> None:
    """`caseapp search` (and the captives list's search) read notes and contacts as the lists'
    filters read them: "Terpetrosyan" finds a note and a contact naming Ter Petrosyan, as it
    finds a captive of that name (the filters found them; the search did not)."""
    from caseapp.domain.name_filter import Typed

    cf = any_case_file
    captive = add(cf, "Nazaryan Tigran")
    note = cf.notes.create(captive_id=captive, title="Call",
                           body="Met judge Levon Ter Petrosyan at the ministry.")
    org = cf.organisations.create(name="Ministry of Justice")
    contact = cf.contacts.create(name="Ter Petrosyan Levon", organisation_id=org.id)
    for query in ("Terpetrosyan", "Տերպետրոսյան", "Levon Terpetrosyan"):
        found = {(r.entity, r.record_id) for r in cf.search.everything(query)}
        assert {("notes", note.id), ("contacts", contact.id)} <= found, query
        assert Typed(query).finds("Met judge Levon Ter Petrosyan at the ministry."), query
    assert captive in cf.search.captive_ids("Terpetrosyan")
    assert cf.search.captive_ids("Terpetrosyan", names_only=True) == []
