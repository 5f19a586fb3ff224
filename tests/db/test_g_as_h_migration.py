"""The revision that reads the first g of a short Latin word of an Azerbaijani name as an h
too (caseapp/db/migrations/versions/*_g_as_h_in_short_words.py): a case file indexed before
it, on SQLite and on a PostgreSQL server, is indexed again on opening, so that "Haji" finds
Gadzhi Gasanov, and not Kadzhi Kasanov."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import indexed_before, revision_before

GADZHI = "Gadzhi Gasanov"
# The keys and sound keys the rules before the revision stored for it.
OLD_KEYS = {GADZHI: ("gaji gasanov gaji0gasanov", "kaci kasanov asanov")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_haji_finds_gadzhi_after_the_upgrade(engine: str, request: pytest.FixtureRequest,
                                             tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path,
                                   revision_before("_g_as_h_in_short_words.py"), OLD_KEYS,
                                   "Kadzhi Kasanov")
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        for query in ("Haji", "Hacı", "Haji Hasanov"):
            assert set(cf.search.captive_ids(query, names_only=True)) == {ids[GADZHI]}, query
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
