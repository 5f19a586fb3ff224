"""The revision that reads a first h as kh and a Latin x as ks
(caseapp/db/migrations/versions/*_kh_and_x_readings.py): a case file indexed before it, on
SQLite and on a PostgreSQL server, is indexed again on opening, so that "Хасанов" finds
Hasanov, "Khachatryan" Hachatryan and "Aleksandr" Alexander."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import indexed_before, revision_before

HASANOV = "Hasanov Elvin"
HACHATRYAN = "Hachatryan Aram"
ALEXANDER = "Alexander Petrosyan"
# The keys and sound keys the rules before the revision stored for each.
OLD_KEYS = {HASANOV: ("hasanov elvin hasanov0elvin", "asanov ilvin"),
            HACHATRYAN: ("hacatrian aram hacatrian0aram", "acatrian"),
            ALEXANDER: ("alexander petrosian alexander0petrosian", "aliantir pitrosian")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_first_h_and_an_x_are_found_in_their_other_spellings_after_the_upgrade(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path,
                                   revision_before("_kh_and_x_readings.py"), OLD_KEYS,
                                   "Achatryan Aram")
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()

        def found(query: str) -> set[int]:
            return set(cf.search.captive_ids(query, names_only=True))

        assert found("Хасанов") == found("Khasanov") == {ids[HASANOV]}
        assert found("Khachatryan") == {ids[HACHATRYAN]}  # not Achatryan
        assert found("Aleksandr") == found("Александр") == {ids[ALEXANDER]}
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
