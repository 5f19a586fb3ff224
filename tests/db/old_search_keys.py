"""A case file taken back to an older revision with the search keys that revision's rules
stored for some names: what the upgrade tests of a revision that indexes every file again
(0016, 0020) start from, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import open_url
from caseapp.db.opening import open_sqlite
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY


def back_to(location: Location, revision: str, old_keys: dict[str, tuple[str, str]]) -> None:
    """Downgrade the file at ``location`` to ``revision`` and store, for each name of
    ``old_keys``, the (keys, sounds) given for it."""
    db = open_sqlite(location.path) if location.path else open_url(str(location.url))
    cfg = migrate.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        for name, (keys, sounds) in old_keys.items():
            conn.execute(text("UPDATE search_entries SET keys = :k, sounds = :s WHERE entity = "
                              "'captive_names' AND record_id = (SELECT id FROM captive_names "
                              "WHERE full_name = :n)"), {"k": keys, "s": sounds, "n": name})
    assert migrate.current_revision(db) == revision
    db.close()


def revision_before(file_suffix: str) -> str:
    """The revision just before the one whose file name ends with ``file_suffix`` (found by
    its name, not its number: numbers are given when branches are merged)."""
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    (script,) = [s for s in scripts.walk_revisions() if Path(s.path).name.endswith(file_suffix)]
    assert isinstance(script.down_revision, str)
    return script.down_revision


def indexed_before(engine: str, request: pytest.FixtureRequest, tmp_path: Path, revision: str,
                   old_keys: dict[str, tuple[str, str]], *others: str) -> tuple[Location, dict[str, int]]:
    """A case file (SQLite, or on the test server for ``engine`` "postgresql") holding a
    captive for each name of ``old_keys`` and of ``others``, taken back to ``revision`` with
    the keys ``old_keys`` gives; where it is and each name's captive id."""
    location = (Location(path=tmp_path / "before.db") if engine == "sqlite"
                else Location(url=request.getfixturevalue("empty_pg_url")))
    cf = open_case_file(location, create=True, actor="t", today=lambda: TODAY)
    try:
        ids = {name: cf.captives.create(names=[name], status="held").id
               for name in (*old_keys, *others)}
    finally:
        cf.close()
    back_to(location, revision, old_keys)
    return location, ids


def found_after_opening(location: Location, queries: dict[str, int]) -> None:
    """Open the case file at ``location`` (upgraded to the head on opening) and assert that
    each query of ``queries`` finds by name the one captive given, and that the file checks."""
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        for query, captive_id in queries.items():
            assert set(cf.search.captive_ids(query, names_only=True)) == {captive_id}, query
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()
