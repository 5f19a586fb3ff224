"""What a captive picker is offered: captives found by any spelling of a name, at most a few,
with how many match in all."""

from __future__ import annotations

from caseapp.services.casefile import CaseFile


def add(cf: CaseFile, *names: str, **fields: object) -> int:
    return cf.captives.create(names=list(names), **fields).id


def test_a_latin_spelling_finds_names_in_other_scripts_and_the_total_is_counted(
        case_file: CaseFile) -> None:
    cf = case_file
    armenian = add(cf, "Արամ Վարդանյան", birth="1984-03-02")
    russian = add(cf, "Варданян Сурен")
    latin = add(cf, "Narek Vardanian")
    add(cf, "Davit Hakobyan")
    found = cf.search.find_captives("vardanyan", limit=2)
    assert found.total == 3  # all three spellings of the family name, whatever the script
    assert len(found.captives) == 2
    assert {m.id for m in found.captives} <= {armenian, russian, latin}
    everyone = cf.search.find_captives("Vardanian", limit=10)
    by_id = {m.id: m for m in everyone.captives}
    assert set(by_id) == {armenian, russian, latin}
    assert by_id[armenian].primary_name == "Արամ Վարդանյան"
    assert by_id[armenian].latin_name == "Aram Vardanyan"  # the passport romanisation
    assert by_id[armenian].birth_year == 1984
    # Listed in Latin-name order: Aram, Narek, then the Cyrillic one read as Vardanian Suren.
    assert [m.id for m in everyone.captives] == [armenian, latin, russian]


def test_an_empty_search_lists_a_small_file_and_only_counts_a_big_one(
        case_file: CaseFile) -> None:
    cf = case_file
    ids = [add(cf, f"Person Number{i}") for i in range(4)]
    small = cf.search.find_captives("  ", limit=10)
    assert small.total == 4 and {m.id for m in small.captives} == set(ids)
    big = cf.search.find_captives("", limit=3)
    assert big.total == 4 and big.captives == ()
    assert cf.search.find_captives("Nobody", limit=3).total == 0
    assert [m.id for m in cf.search.captives_by_id([ids[2], ids[0], ids[2]])] == \
        [ids[0], ids[2]]


def test_a_search_with_no_letter_nor_digit_finds_no_one(case_file: CaseFile) -> None:
    """It was read as an empty search: every captive of a small file was its match."""
    add(case_file, "Davit Hakobyan")
    for typed in ("(((", " - ", "«»", "..."):
        found = case_file.search.find_captives(typed, limit=10)
        assert (found.total, found.captives) == (0, ()), typed
    assert case_file.search.find_captives(" ", limit=10).total == 1  # empty: the whole file
