"""Revision 0022: a case file indexed while an apostrophe or an Armenian mark cut a word in
two, and a double name was kept only as its parts, is indexed again, so that "Tadevosyan"
finds T'adevosyan, "Terpetrosyan" Ter-Petrosyan and "Պետրոսյան" Պետրո՛սյան."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import indexed_before

TADEVOSYAN = "T'adevosyan Aram"
TER_PETROSYAN = "Ter-Petrosyan Levon"
PETROSYAN = "Պետրո՛սյան Անի"
SAMVEL = "Սամվել Մելքոնյան"
# The keys and sound keys revision 0021's rules stored for each (a word cut at each mark).
OLD_KEYS = {TADEVOSYAN: ("t adevosian aram", "ativosian"),
            TER_PETROSYAN: ("ter petrosian levon", "tir pitrosian livon"),
            PETROSYAN: ("petro sian ani", "pitro")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_0022_indexes_the_names_again(engine: str, request: pytest.FixtureRequest,
                                      tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path, "0021", OLD_KEYS, SAMVEL)

    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        for query in ("Tadevosyan", "T’adevosyan", "Թադևոսյան"):
            assert cf.search.captive_ids(query, names_only=True) == [ids[TADEVOSYAN]], query
        for query in ("Terpetrosyan", "Ter-Petrosyan", "Petrosyan Levon"):
            assert cf.search.captive_ids(query, names_only=True) == [ids[TER_PETROSYAN]], query
        assert cf.search.captive_ids("Պետրոսյան Անի", names_only=True) == [ids[PETROSYAN]]
        assert cf.search.captive_ids("Samvel", names_only=True) == [ids[SAMVEL]]
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
