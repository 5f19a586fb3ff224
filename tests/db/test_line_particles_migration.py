"""The revision that indexes a name of a Ter- or Melik- line written as one word with the
surname after the particle (caseapp/db/migrations/versions/*_line_particles.py): a case file
indexed before it, on SQLite and on a PostgreSQL server, is indexed again on opening, so that
"Petrosyan" finds Terpetrosyan and Տերպետրոսյան as it finds Ter-Petrosyan (before, a search
for the surname missed the captive recorded with the particle joined to it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import back_to

TERPETROSYAN = "Terpetrosyan Levon"
ARMENIAN = "Տերպետրոսյան Արամ"
# The keys and sound keys the rules before the revision stored for each.
OLD_KEYS = {TERPETROSYAN: ("terpetrosian levon terpetrosian0levon", "tirpitrosian livon"),
            ARMENIAN: ("terpetrosian aram terpetrosian0aram", "tirpitrosian")}


def _before_the_revision() -> str:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    (script,) = [s for s in scripts.walk_revisions()
                 if Path(s.path).name.endswith("_line_particles.py")]
    assert isinstance(script.down_revision, str)
    return script.down_revision


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_names_with_the_particle_joined_are_found_by_the_surname(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location = (Location(path=tmp_path / "before.db") if engine == "sqlite"
                else Location(url=request.getfixturevalue("empty_pg_url")))
    cf = open_case_file(location, create=True, actor="t", today=lambda: TODAY)
    try:
        ids = {name: cf.captives.create(names=[name], status="held").id for name in OLD_KEYS}
        hyphen = cf.captives.create(names=["Ter-Petrosyan Aram"], status="held").id
        terentyev = cf.captives.create(names=["Terentyev Ivan"], status="held").id
    finally:
        cf.close()
    back_to(location, _before_the_revision(), OLD_KEYS)
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        for query in ("Petrosyan", "Петросян", "Պետրոսյան"):
            assert set(cf.search.captive_ids(query, names_only=True)) == {
                *ids.values(), hyphen}, query
        assert set(cf.search.captive_ids("Terpetrosyan", names_only=True)) == {
            *ids.values(), hyphen}
        # Not a Ter- name: no surname is read out of it.
        assert cf.search.captive_ids("entyev", names_only=True) == []
        assert cf.search.captive_ids("Terentyev", names_only=True) == [terentyev]
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
