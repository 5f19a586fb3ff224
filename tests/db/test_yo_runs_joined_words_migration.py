"""The revision that indexes names by the rules for ё, runs of one letter and words joined
(caseapp/db/migrations/versions/*_yo_runs_and_joined_words.py): a case file indexed by the
rules before it, on SQLite and on a PostgreSQL server, is indexed again on opening, so that
"Semyonov" finds Семёнов, "Terpetrosyan" Ter Petrosyan, and "aaaaaaaaaa" nothing. The
revision is found by its name, not its number (numbers are given at the merge)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import back_to

SEMYONOV = "Семёнов Олег"
SEMYONOV_LATIN = "Semyonov Ivan"
TERPETROSYAN = "Terpetrosyan Levon"
TER_PETROSYAN = "Ter Petrosyan Aram"
AAAA = "Aaaa Bbbb"
# The keys and sound keys the rules before the revision stored for each.
OLD_KEYS = {SEMYONOV: ("semenov oleg", "siminov saminov olik oli olak ola"),
            SEMYONOV_LATIN: ("semionov ivan", "simionov samionov"),
            TERPETROSYAN: ("terpetrosian levon", "tirpitrosian livon"),
            TER_PETROSYAN: ("ter petrosian aram", "tir pitrosian"),
            AAAA: ("a b", "p")}


def _before_the_revision() -> str:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    (script,) = [s for s in scripts.walk_revisions()
                 if Path(s.path).name.endswith("_yo_runs_and_joined_words.py")]
    assert isinstance(script.down_revision, str)
    return script.down_revision


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_the_names_are_indexed_again(engine: str, request: pytest.FixtureRequest,
                                     tmp_path: Path) -> None:
    location = (Location(path=tmp_path / "before.db") if engine == "sqlite"
                else Location(url=request.getfixturevalue("empty_pg_url")))
    cf = open_case_file(location, create=True, actor="t", today=lambda: TODAY)
    try:
        ids = {name: cf.captives.create(names=[name], status="held").id for name in OLD_KEYS}
        armen = cf.captives.create(names=["Armen Abrahamyan"], status="held").id
    finally:
        cf.close()
    back_to(location, _before_the_revision(), OLD_KEYS)

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
        assert cf.search.captive_ids("Armen", names_only=True) == [armen]
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
