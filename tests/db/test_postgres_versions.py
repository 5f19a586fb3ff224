"""No lost updates: every record counts its saved changes, and a save based on a stale read
is refused with one line naming the record and who saved it last, on both engines (two
lawyers in two windows on one SQLite file, or on one team server). Revision 0011 adds the
count to the records already there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.db.engine import open_url
from caseapp.db.opening import open_sqlite
from caseapp.domain.errors import ConflictError
from caseapp.services.casefile import CaseFile, open_case_file
from caseapp.services.records import StaleRecord
from tests.conftest import TODAY
from tests.db.old_rows import captive_rows
from tests.db.test_migrations import make_first_revision_file


@pytest.fixture(params=["sqlite", "postgresql"])
def two_lawyers(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[
        tuple[CaseFile, CaseFile, str]]:
    """The same case file opened twice (Anna's window and Boris's), and the name the audit
    trail gives Boris: on SQLite the name he works under, on a server his database login
    (the tests connect as the server's ``postgres`` superuser)."""
    if request.param == "sqlite":
        first = request.getfixturevalue("case_file")
        location, boris = Location(path=request.getfixturevalue("db_path")), "Boris"
    else:
        first = request.getfixturevalue("server_case_file")
        location, boris = Location(url=request.getfixturevalue("pg_url")), "postgres"
    second = open_case_file(location, actor="Boris", today=lambda: TODAY)
    yield first, second, boris
    second.close()


def test_a_save_over_a_newer_version_is_refused_and_names_who_saved(
        two_lawyers: tuple[CaseFile, CaseFile, str]) -> None:
    anna, boris, boris_login = two_lawyers
    captive = anna.captives.create(names=["Ղուկասյան Վահե", "Ghukasyan Vahe"])
    read_at = anna.captives.version(captive.id)
    assert read_at == 1  # a new record starts at its first version
    boris.captives.update(captive.id, expected_version=read_at, summary="Moved to Goris.")
    assert boris.captives.version(captive.id) == 2  # his save counted

    with pytest.raises(StaleRecord) as refused:
        anna.captives.update(captive.id, expected_version=read_at, summary="In Baku still.")
    message = str(refused.value)
    assert f"captive with ID {captive.id}" in message
    assert f"changed by {boris_login} at " in message
    assert "\n" not in message and "nothing was saved" in message
    assert isinstance(refused.value, ConflictError)  # the CLI's exit 2 with this line
    # Boris's change stands; Anna's left no trace in the record or in the audit trail.
    assert anna.captives.get(captive.id).summary == "Moved to Goris."
    summaries = [e.new_value for e in anna.audit.for_record(captive.uid) if e.field == "summary"]
    assert summaries == ["Moved to Goris."]
    # Reloaded, her change goes through on top of his.
    again = anna.captives.update(captive.id, expected_version=anna.captives.version(captive.id),
                                 summary="In Baku still.")
    assert again.summary == "In Baku still."
    assert anna.captives.version(captive.id) == 3


@pytest.fixture
def two_on_server(server_case_file: CaseFile, pg_url: str) -> Iterator[tuple[CaseFile, CaseFile]]:
    second = open_case_file(Location(url=pg_url), actor="Boris", today=lambda: TODAY)
    yield server_case_file, second
    second.close()


def test_two_saves_at_the_same_moment_do_not_both_win(
        two_on_server: tuple[CaseFile, CaseFile]) -> None:
    """Anna's save has read the hearing when Boris's commits: her UPDATE names version 1,
    which is gone, so it changes nothing and she is told, even without an expected version.
    (On a server a transaction sees what others committed since it began; a SQLite file
    writes one transaction at a time, and a write based on an older snapshot is refused by
    SQLite itself.)"""
    anna, boris = two_on_server
    boris_login = "postgres"  # the tests' login to the server
    captive = anna.captives.create(names=["Алиев Эльчин"])
    hearing = anna.hearings.create(starts_at="2027-01-14 10:00", timezone="Asia/Baku",
                                   court="Baku Court of Appeal", captive_ids=[captive.id])
    service = anna.hearings
    original = service.validate

    def boris_saves_meanwhile(s, obj):  # type: ignore[no-untyped-def]
        if not getattr(boris_saves_meanwhile, "done", False):
            boris_saves_meanwhile.done = True  # type: ignore[attr-defined]
            boris.hearings.update(hearing.id, court="Baku Military Court")
        original(s, obj)

    service.validate = boris_saves_meanwhile  # type: ignore[method-assign]
    with pytest.raises(StaleRecord) as refused:
        service.update(hearing.id, court="Supreme Court")
    assert f"hearing with ID {hearing.id} was changed by {boris_login}" in str(refused.value)
    assert boris.hearings.get(hearing.id).court == "Baku Military Court"
    assert anna.check().ok, anna.check().problems


def _insert_captive(execute) -> None:  # type: ignore[no-untyped-def]
    for sql in captive_rows(captive_id=7, name="Պետրոսյան Անի", summary="Written before 0011"):
        execute(sql)


def _check_upgraded(location: Location) -> None:
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert cf.captives.get(7).summary == "Written before 0011"
        assert cf.captives.version(7) == 1  # a record from before starts at version 1
        cf.captives.update(7, expected_version=1, summary="Edited after 0011")
        assert cf.captives.version(7) == 2
        with pytest.raises(StaleRecord):
            cf.captives.update(7, expected_version=1, summary="Stale")
    finally:
        cf.close()


def test_0011_gives_old_records_a_first_version_on_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "before-0011.db"
    make_first_revision_file(path)
    db = open_sqlite(path)
    migrate.upgrade(db, "0010")
    with db.engine.begin() as conn:
        _insert_captive(conn.exec_driver_sql)
    db.close()
    _check_upgraded(Location(path=path))


def test_0011_gives_old_records_a_first_version_on_postgresql(empty_pg_url: str) -> None:
    db = open_url(empty_pg_url)
    migrate.upgrade(db, "0010")
    db.close()
    with psycopg.connect(empty_pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        _insert_captive(conn.execute)
        conn.execute("SELECT setval('captives_id_seq', 7)")
        conn.execute("SELECT setval('captive_names_id_seq', 7)")
    _check_upgraded(Location(url=empty_pg_url))


def test_0011_brings_a_team_servers_masked_view_up_to_date(empty_pg_url: str) -> None:
    """A server set up for a team before 0011 has a masked view of captives without the new
    column; the upgrade re-applies the policies, so a shareable login can still read."""
    db = open_url(empty_pg_url)
    migrate.upgrade(db, "0010")
    db.close()
    with psycopg.connect(empty_pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        _insert_captive(conn.execute)
        conn.execute("SELECT setval('captives_id_seq', 7)")
        conn.execute("SELECT setval('captive_names_id_seq', 7)")
        conn.execute("CREATE SCHEMA caseapp_team")  # as the older `team init` left it
        conn.execute("CREATE VIEW caseapp_team.captives AS SELECT id, uid FROM public.captives")
    _check_upgraded(Location(url=empty_pg_url))
    with psycopg.connect(empty_pg_url.replace("+psycopg", "")) as conn:
        columns = {r[0] for r in conn.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = 'caseapp_team' AND table_name = 'captives'")}
        assert {"row_version", "summary", "health"} <= columns
        policies = {r[0] for r in conn.execute(
            "SELECT policyname FROM pg_policies WHERE tablename = 'captives'")}
        assert policies == {"team_rows", "team_second_factor"}  # rows by level, and 2FA
