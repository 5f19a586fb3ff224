"""The revision that gives a Ukrainian given name the sound keys of its Russian form, reads the
first g of "Gadzhi" as an h alone too and gives a word with a digit no sound keys
(caseapp/db/migrations/versions/*_given_name_forms_and_numbers.py): a case file indexed before
it, on SQLite and on a PostgreSQL server, is indexed again on opening, so that "Aleksandr"
finds Oleksandr Petrenko and "Haji" Gadzhi."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import indexed_before, revision_before

OLEKSANDR, GADZHI = "Oleksandr Petrenko", "Gadzhi"
# The keys and sound keys the rules before the revision stored for them.
OLD_KEYS = {OLEKSANDR: ("oleksandr petrenko oleksandr0petrenko", "olisantr olisantir pitrino"),
            GADZHI: ("gaji", "kaci")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_the_russian_forms_find_the_ukrainian_ones_after_the_upgrade(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path,
                                   revision_before("_given_name_forms_and_numbers.py"),
                                   OLD_KEYS, "Aleksanyan Petros", "Kadzhi")
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        for query, name in (("Aleksandr", OLEKSANDR), ("Alexander Petrenko", OLEKSANDR),
                            ("Haji", GADZHI), ("Hacı", GADZHI)):
            assert set(cf.search.captive_ids(query, names_only=True)) == {ids[name]}, query
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
