"""The revision that indexes names by the rules for ё, runs of one letter and words joined
(caseapp/db/migrations/versions/*_yo_runs_and_joined_words.py): a case file indexed by the
rules before it, on SQLite and on a PostgreSQL server, is indexed again on opening, so that
"Semyonov" finds Семёнов, "Terpetrosyan" Ter Petrosyan, and "aaaaaaaaaa" nothing. The
revision is found by its name, not its number (numbers are given at the merge)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import indexed_before, revision_before

SEMYONOV = "Семёнов Олег"
SEMYONOV_LATIN = "Semyonov Ivan"
TERPETROSYAN = "Terpetrosyan Levon"
TER_PETROSYAN = "Ter Petrosyan Aram"
AAAA = "Aaaa Bbbb"
ARMEN = "Armen Abrahamyan"
# The keys and sound keys the rules before the revision stored for each.
OLD_KEYS = {SEMYONOV: ("semenov oleg", "siminov saminov olik oli olak ola"),
            SEMYONOV_LATIN: ("semionov ivan", "simionov samionov"),
            TERPETROSYAN: ("terpetrosian levon", "tirpitrosian livon"),
            TER_PETROSYAN: ("ter petrosian aram", "tir pitrosian"),
            AAAA: ("a b", "p")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_the_names_are_indexed_again(engine: str, request: pytest.FixtureRequest,
                                     tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path,
                                   revision_before("_yo_runs_and_joined_words.py"), OLD_KEYS, ARMEN)

    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        for query in ("Semyonov", "Semenov", "Семенов", "Семёнов"):
            assert set(cf.search.captive_ids(query, names_only=True)) == {
                ids[SEMYONOV], ids[SEMYONOV_LATIN]}, query
        for query in ("Ter Petrosyan", "Terpetrosyan", "Ter-Petrosyan"):
            assert set(cf.search.captive_ids(query, names_only=True)) == {
                ids[TER_PETROSYAN], ids[TERPETROSYAN]}, query
        assert cf.search.captive_ids("aaaaaaaaaa") == []
        assert cf.search.captive_ids("aaaa bbbb") == [ids[AAAA]]
        assert cf.search.captive_ids("Armen", names_only=True) == [ids[ARMEN]]
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
