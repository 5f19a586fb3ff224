"""Revision 0021: an index of the names' search keys. A file from before it gets the index
(SQLite and PostgreSQL) and its captive whose name is the query whole is still found first,
now through the index."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.search_match import NAMED_WHOLE
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import back_to

INDEX = "ix_search_entries_name_keys"


def _has_index(cf: object, dialect: str) -> bool:
    sql = ("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :n" if dialect == "sqlite"
           else "SELECT 1 FROM pg_indexes WHERE indexname = :n")
    with cf.db.engine.connect() as conn:  # type: ignore[attr-defined]
        return conn.execute(text(sql), {"n": INDEX}).first() is not None


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_0021_adds_the_index_and_the_whole_name_comes_first(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location = (Location(path=tmp_path / "before-0021.db") if engine == "sqlite"
                else Location(url=request.getfixturevalue("empty_pg_url")))
    cf = open_case_file(location, create=True, actor="t", today=lambda: TODAY)
    try:
        for i in range(5):
            cf.captives.create(names=[f"Արամ Պետրոսյան{i}"], status="held")
        ara = cf.captives.create(names=["Արա"], status="held").id
    finally:
        cf.close()
    back_to(location, "0020", {})

    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert _has_index(cf, engine)
        assert cf.search.captive_ids("Ara", names_only=True)[0] == ara
        assert cf.search.captive_ids("Ара")[0] == ara
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_the_whole_name_is_looked_up_in_the_index(tmp_path: Path) -> None:
    """SQLite uses the partial index only when the statement's condition implies the index's
    (``is_name``): the lookup must not become a scan of every entry."""
    cf = open_case_file(Location(path=tmp_path / "f.db"), create=True, actor="t",
                        today=lambda: TODAY)
    try:
        ara = cf.captives.create(names=["Արա"], status="held").id
        assert cf.search.captive_ids("ara", names_only=True) == [ara]
        with cf.db.engine.connect() as conn:
            plan = " ".join(str(row[-1]) for row in conn.execute(
                text(f"EXPLAIN QUERY PLAN {NAMED_WHOLE}"), {"whole": "ara"}))
        assert INDEX in plan, plan
    finally:
        cf.close()
