"""Revision 0016: a case file indexed by the rules before it (SQLite) or a team server's
(PostgreSQL) is indexed again, so that a captive recorded as a Russian list writes him is
found by the spelling of an Azerbaijani court, and the other way round."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.search import sounds_of
from caseapp.domain.names import name_keys
from caseapp.services.casefile import open_case_file
from tests.conftest import TODAY
from tests.db.old_search_keys import back_to

# Each name with the keys and sound keys revision 0015's rules stored for it.
OLD_KEYS = {
    "Шукюров Эльчин": ("sukiurov elcin", "suiurov ilcin"),
    "Məmmədov Eldəniz": ("mamadov eldaniz", "mamatov iltaniz"),
    # The keys a file of the first 0016 (session 20) holds: no ə read in Мамедов, no sound
    # of a short Ваге searched, sh read as s.
    "Мамедов Рамиз": ("mamedov ramiz", "mamitov"),
    "Ваге Петросян": ("vage petrosian", "vai pitrosian"),
    "Hashimov Elşən": ("hasimov elsan", "asimov ilsan ilsin"),
    # The keys of session 21's 0016: Гор read as Hor too, Петросов as Azerbaijani.
    "Гор Петросов": ("gor petrosov", "kor or pitrosov patrosov"),
}


def _record(location: Location) -> dict[str, int]:
    cf = open_case_file(location, create=True, actor="t", today=lambda: TODAY)
    try:
        ids = {name: cf.captives.create(names=[name], status="held").id for name in OLD_KEYS}
        cf.captives.create(names=["Petrosyan Karen"], summary="Held with Şükürov in Baku.")
        return ids
    finally:
        cf.close()


def _back_to_0015_with_the_old_keys(location: Location) -> None:
    back_to(location, "0015", OLD_KEYS)


def _found_by_the_new_keys(location: Location, ids: dict[str, int]) -> None:
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        shukurov, mammadov = ids["Шукюров Эльчин"], ids["Məmmədov Eldəniz"]
        assert cf.search.captive_ids("Şükürov", names_only=True) == [shukurov]
        assert cf.search.captive_ids("Şükürov Elçin", names_only=True) == [shukurov]
        for query in ("Мамедов", "Mammadov"):
            assert set(cf.search.captive_ids(query, names_only=True)) == {
                mammadov, ids["Мамедов Рамиз"]}
        assert cf.search.captive_ids("Vahe", names_only=True) == [ids["Ваге Петросян"]]
        assert cf.search.captive_ids("Qasımov", names_only=True) == []
        assert cf.search.captive_ids("Hor", names_only=True) == []
        assert ids["Гор Петросов"] in cf.search.captive_ids("Petrosyan", names_only=True)
        # Found by the note too, after the captives found by name.
        assert cf.search.captive_ids("Шукюров")[0] == shukurov
        assert len(cf.search.captive_ids("Шукюров")) == 2
        with cf.db.engine.connect() as conn:
            stored = dict(conn.execute(text(
                "SELECT n.full_name, e.keys || '|' || e.sounds FROM search_entries e "
                "JOIN captive_names n ON e.entity = 'captive_names' AND n.id = e.record_id")).all())
        for name in OLD_KEYS:
            words = name_keys(name, stored=True)  # as the index keeps them (words joined too)
            assert stored[name] == " ".join(w.key for w in words) + "|" + sounds_of(words)
        assert cf.check().ok, cf.check().problems
    finally:
        cf.close()


def test_0016_indexes_a_sqlite_file_again(tmp_path: Path) -> None:
    location = Location(path=tmp_path / "before-0016.db")
    ids = _record(location)
    _back_to_0015_with_the_old_keys(location)
    _found_by_the_new_keys(location, ids)


def test_0016_indexes_a_server_again(empty_pg_url: str) -> None:
    location = Location(url=empty_pg_url)
    ids = _record(location)
    _back_to_0015_with_the_old_keys(location)
    _found_by_the_new_keys(location, ids)


def _at_0015(location: Location) -> None:
    _record(location)
    _back_to_0015_with_the_old_keys(location)


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_opening_an_older_file_says_what_the_upgrade_is_doing(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location = (Location(path=tmp_path / "before-0016.db") if engine == "sqlite"
                else Location(url=request.getfixturevalue("empty_pg_url")))
    _at_0015(location)
    told: list[str] = []
    cf = open_case_file(location, actor="t", today=lambda: TODAY,
                        progress=lambda message: told.append(str(message)))
    cf.close()
    assert told[0].startswith("Updating ") and "a copy of it is kept first" in told[0], told
    records = len(OLD_KEYS) + 1 + len(OLD_KEYS) + 1  # captives and their names
    assert told[-1].endswith(f"indexing its records for the search again, {records} of "
                             f"{records}."), told
    # Opened again: nothing to update, nothing said.
    again: list[str] = []
    open_case_file(location, actor="t", today=lambda: TODAY,
                   progress=lambda message: again.append(str(message))).close()
    assert again == []


def test_the_command_line_says_that_it_updates_an_older_file(tmp_path: Path) -> None:
    path = tmp_path / "before-0016.db"
    _at_0015(Location(path=path))
    result = subprocess.run([sys.executable, "-m", "caseapp", "captives", "list", "--db",
                             str(path)],
                            capture_output=True, text=True, env={**os.environ, "LANG": "C"},
                            check=False)
    assert result.returncode == 0, result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"caseapp: Updating {path}") and "a minute or two" in first, first
    assert "Shukurov" in result.stdout or "Шукюров" in result.stdout


def test_the_upgrades_counts_are_grouped_as_the_language_groups_digits() -> None:
    """At 100,000 captives the line read "… 120000 of 600000."."""
    from caseapp.db.migrate import indexing_progress

    told = indexing_progress("big.caseapp", 120_000, 600_000)
    assert str(told).endswith("again, 120,000 of 600,000.")
    assert told.render("ru").replace("\u00a0", " ").endswith("120 000 из 600 000.")
