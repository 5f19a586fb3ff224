"""The revision that indexes surnames in the forms their other spellings write them
(caseapp/db/migrations/versions/*_surname_forms.py): a case file indexed before it, on SQLite
and on a PostgreSQL server, is indexed again on opening, so that the man's surname in -sky
finds the woman's in -skaya in every spelling ("Vysotsky" Высоцкая), as it finds him, and an
Armenian surname written without the vowel of its given name finds it written with it
("Sargsyan" Саркисян)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import indexed_before, revision_before

VYSOTSKAYA = "Высоцкая Марина"
VYSOTSKY = "Vysotsky Vladimir"
SARKISYAN = "Саркисян Арам"
# The keys and sound keys the rules before the revision stored for each.
OLD_KEYS = {VYSOTSKAYA: ("visockaia marina visockaia0marina", "visocaia"),
            SARKISYAN: ("sarkisian aram sarkisian0aram", "sarisian")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_womans_surname_in_skaya_is_found_by_the_mans_after_the_upgrade(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path,
                                   revision_before("_surname_forms.py"), OLD_KEYS, VYSOTSKY)
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()

        def found(query: str) -> set[int]:
            return set(cf.search.captive_ids(query, names_only=True))

        assert found("Vysotsky") == found("Высоцкий") == {ids[VYSOTSKAYA], ids[VYSOTSKY]}
        assert found("Vysotskaya") == {ids[VYSOTSKAYA]}  # a woman's name: not the man's
        assert found("Sargsyan") == found("Саргсян") == {ids[SARKISYAN]}
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
