"""The revision that gives a woman's surname in -ova or -eva the sound key of the man's and an
a (caseapp/db/migrations/versions/*_feminine_surnames.py): a case file indexed before it, on
SQLite and on a PostgreSQL server, is indexed again on opening, so that the man's surname
typed in another spelling finds her ("Mamedov" Məmmədova, "Semyonov" Семёнова, "Ağayev"
Агаева), as it finds him (before, only the spelling she was recorded in found her)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import indexed_before, revision_before

SEMYONOVA = "Семёнова Анна"
MAMMADOVA = "Məmmədova Leyla"
AGAYEVA = "Агаева Айнур"
SEMYONOV = "Семёнов Пётр"
# The keys and sound keys the rules before the revision stored for each.
OLD_KEYS = {SEMYONOVA: ("semenova ana semenova0ana", "siminoa saminoa"),
            MAMMADOVA: ("mamadova leila mamadova0leila",
                        "mamatoa mamitoa mimatoa mimitoa lila laila"),
            AGAYEVA: ("agaeva ainur agaeva0ainur", "aiva")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_a_womans_surname_is_found_by_the_mans_in_another_spelling(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path,
                                   revision_before("_feminine_surnames.py"), OLD_KEYS, SEMYONOV)
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()

        def found(query: str) -> set[int]:
            return set(cf.search.captive_ids(query, names_only=True))

        assert found("Semyonov") == {ids[SEMYONOVA], ids[SEMYONOV]}
        assert found("Семенов") == {ids[SEMYONOVA], ids[SEMYONOV]}
        assert found("Semyonova") == {ids[SEMYONOVA]}  # a woman's name: not the man's
        assert found("Mamedov") == found("Mammadov") == {ids[MAMMADOVA]}
        assert found("Ağayev") == found("Agayev") == {ids[AGAYEVA]}
        assert found("Agayeva Aynur") == {ids[AGAYEVA]}
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
