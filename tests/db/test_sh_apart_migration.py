"""The revision that keeps sh apart from s in the search keys
(caseapp/db/migrations/versions/*_sh_apart_from_s.py): a case file indexed before it, on SQLite
and on a PostgreSQL server, is indexed again on opening, so that "Сус" finds Сусанна and no
longer Шушанян (whose stored search key read its ш as s), and "Шуш" Шушанян only."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.db.old_search_keys import found_after_opening, indexed_before, revision_before

SHUSHANYAN, SUSANNA = "Шушанян Ашот", "Сусанна Петросян"
# The keys and sound keys the rules before the revision stored for them.
OLD_KEYS = {SHUSHANYAN: ("susanian asot susanian0asot", "wuwanian awot"),
            SUSANNA: ("susana petrosian susana0petrosian", "pitrosian")}


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_sus_finds_susanna_and_not_shushanyan_after_the_upgrade(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location, ids = indexed_before(engine, request, tmp_path,
                                   revision_before("_sh_apart_from_s.py"), OLD_KEYS)
    found_after_opening(location, {query: ids[name] for query, name in (
        ("Сус", SUSANNA), ("Susa", SUSANNA), ("Шуш", SHUSHANYAN), ("Ashot", SHUSHANYAN))})
