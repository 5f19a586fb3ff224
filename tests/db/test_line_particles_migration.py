"""The revision that indexes a name of a Ter- or Melik- line written as one word with the
surname after the particle (caseapp/db/migrations/versions/*_line_particles.py): a case file
indexed before it, on SQLite and on a PostgreSQL server, is indexed again on opening, so that
"Petrosyan" finds Terpetrosyan and Տերպետրոսյան as it finds Ter-Petrosyan (before, a search
for the surname missed the captive recorded with the particle joined to it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import indexed_before, revision_before

TERPETROSYAN = "Terpetrosyan Levon"
ARMENIAN = "Տերպետրոսյան Արամ"
HYPHEN = "Ter-Petrosyan Aram"
TERENTYEV = "Terentyev Ivan"
# The keys and sound keys the rules before the revision stored for each.
OLD_KEYS = {TERPETROSYAN: ("terpetrosian levon terpetrosian0levon", "tirpitrosian livon"),
            ARMENIAN: ("terpetrosian aram terpetrosian0aram", "tirpitrosian")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_names_with_the_particle_joined_are_found_by_the_surname(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path, revision_before("_line_particles.py"),
                                   OLD_KEYS, HYPHEN, TERENTYEV)
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        for query in ("Petrosyan", "Петросян", "Պետրոսյան"):
            assert set(cf.search.captive_ids(query, names_only=True)) == {
                ids[TERPETROSYAN], ids[ARMENIAN], ids[HYPHEN]}, query
        assert set(cf.search.captive_ids("Terpetrosyan", names_only=True)) == {
            ids[TERPETROSYAN], ids[ARMENIAN], ids[HYPHEN]}
        # Not a Ter- name: no surname is read out of it.
        assert cf.search.captive_ids("entyev", names_only=True) == []
        assert cf.search.captive_ids("Terentyev", names_only=True) == [ids[TERENTYEV]]
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_an_upgrade_over_several_revisions_that_index_again_indexes_once(
        request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file from before 0020 passes four revisions that each index every record again by
    this version's rules (minutes each on a large file): the upgrade indexes it once, and the
    keys are this version's."""
    from caseapp.db import search

    location, ids = indexed_before("sqlite", request, tmp_path, "0019", OLD_KEYS)
    rebuilds: list[str] = []
    rebuild = search.rebuild

    def counted(conn, **kw):  # type: ignore[no-untyped-def]
        rebuilds.append(conn.dialect.name)
        return rebuild(conn, **kw)

    monkeypatch.setattr(search, "rebuild", counted)
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert rebuilds == ["sqlite"]
        assert set(cf.search.captive_ids("Petrosyan", names_only=True)) == set(ids.values())
    finally:
        cf.close()
