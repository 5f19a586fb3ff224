"""The revision that keeps a word's first e as e in its sound keys
(caseapp/db/migrations/versions/*_first_e_stays_e.py): a case file indexed before it, on
SQLite and on a PostgreSQL server, is indexed again on opening, so that "Olena" finds Elena
Petrenko (whose stored sound key read her first e as i) and no longer Ilyina."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.db.old_search_keys import found_after_opening, indexed_before, revision_before

ELENA, ILYINA = "Elena Petrenko", "Ilyina Maria"
# The keys and sound keys the rules before the revision stored for them.
OLD_KEYS = {ELENA: ("elena petrenko elena0petrenko", "ilina pitrino"),
            ILYINA: ("ilina maria ilina0maria", "ilina maria")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_olena_finds_elena_and_not_ilyina_after_the_upgrade(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path,
                                   revision_before("_first_e_stays_e.py"), OLD_KEYS)
    found_after_opening(location, {query: ids[name] for query, name in (
        ("Olena", ELENA), ("Олена Петренко", ELENA), ("Elena", ELENA), ("Ilyina", ILYINA), ("Ильина", ILYINA))})
