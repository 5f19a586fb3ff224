"""A picker's matches, the better first: the name typed whole, then a name as written, then a
name that only sounds alike, each in Latin-name order (caseapp.services.search.find_captives)."""

from __future__ import annotations

from caseapp.services.casefile import CaseFile


def latin(cf: CaseFile, query: str) -> list[str]:
    return [m.latin_name for m in cf.search.find_captives(query).captives]


def test_a_namesake_by_sound_comes_after_the_name_as_written(any_case_file: CaseFile) -> None:
    cf = any_case_file
    cf.captives.create(names=["Vardanov Ruben"])  # before Vardanyan in the alphabet
    cf.captives.create(names=["Վարդանյան Ռուբեն", "Vardanyan Ruben"])
    cf.captives.create(names=["Vartanian Ruben"])
    for query in ("Vardanyan Ruben", "Ruben Vardanyan", "Варданян", "Վարդանյան"):
        assert latin(cf, query)[0] == "Vardanyan Ruben", query
    assert set(latin(cf, "Vardanyan")) == {"Vardanyan Ruben", "Vardanov Ruben", "Vartanian Ruben"}


def test_the_name_typed_whole_comes_first_and_each_rank_reads_alphabetically(
        any_case_file: CaseFile) -> None:
    cf = any_case_file
    for name in ("Aram Petrosyan Levonovich", "Aram Petrosyan", "Aram Petrosov", "Aram Petrossian"):
        cf.captives.create(names=[name])
    found = cf.search.find_captives("Aram Petrosyan").captives
    assert [m.latin_name for m in found] == [
        "Aram Petrossian", "Aram Petrosyan",  # the name typed, whole (in either spelling)
        "Aram Petrosyan Levonovich",  # as written
        "Aram Petrosov",  # by sound
    ]
    assert [m.rank for m in found] == [0, 0, 1, 2]


def test_the_first_of_many_matches_are_the_best_ones(any_case_file: CaseFile) -> None:
    # Of more matches than the picker lists, those it lists are the best, in their order.
    cf = any_case_file
    for n in range(6):
        cf.captives.create(names=[f"Aaron Vardanov {n}"])  # by sound, first in the alphabet
    wanted = cf.captives.create(names=["Zara Vardanyan"]).id
    found = cf.search.find_captives("Vardanyan", limit=3)
    assert found.total == 7 and found.captives[0].id == wanted
