"""A search at a level gives as many of the records that level may show as it is asked for,
however many records above the level rank before them (it cut the matches at its limit first,
then left out those above the level: a file whose first 200 "Petrosyan" are internal found no
shareable one at all)."""

from __future__ import annotations

from caseapp.services.casefile import CaseFile


def test_records_above_the_level_do_not_use_up_the_limit(case_file: CaseFile) -> None:
    for n in range(8):  # indexed first, ranked first
        case_file.captives.create(names=[f"Aram Petrosyan {n}"], sensitivity="internal")
    shown = [case_file.captives.create(names=[f"Aram Petrosyan {n}"], sensitivity="shareable").id
             for n in (10, 11, 12)]
    found = case_file.search.everything("Petrosyan", limit=2, level="shareable")
    assert len(found) == 2 and {c for r in found for c in r.captive_ids} <= set(shown)
    everything = case_file.search.everything("Petrosyan", limit=50, level="shareable")
    assert {c for r in everything for c in r.captive_ids} == set(shown)
    assert len(case_file.search.everything("Petrosyan", limit=2)) == 2  # the whole file's
