"""Revision 0029 gives a case file an identity of its own (caseapp.domain.file_identity): a new
file a random one; a file an earlier version made one from the first entry of its audit log, so
that two copies of it made by hand before the upgrade are still the same case file after it,
and another case file is not; its "created" day is its first entry's. On SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import psycopg
import pytest

from caseapp.config import Location
from caseapp.db import migrate
from caseapp.services.casefile import open_case_file
from caseapp.services.identity import this_case_file
from tests.conftest import TODAY


def _made_with_a_captive(location: Location) -> str:
    """A case file with one captive; the UUID of its first audit entry."""
    cf = open_case_file(location, create=True, actor="t", today=lambda: TODAY)
    try:
        cf.captives.create(names=["Vardanyan Armen"], status="held")
    finally:
        cf.close()
    return _first_audit_uid(location)


def _first_audit_uid(location: Location) -> str:
    sql = "SELECT uid FROM audit_entries ORDER BY id LIMIT 1"
    if location.path is not None:
        with sqlite3.connect(location.path) as conn:
            return str(conn.execute(sql).fetchone()[0])
    assert location.url is not None
    with psycopg.connect(location.url.replace("+psycopg", "")) as conn:
        row = conn.execute(sql).fetchone()
        assert row is not None
        return str(row[0])


def _back_to_0028(location: Location) -> None:
    """The file as CaseApp's release before left it: no identity table, at revision 0028."""
    statements = ("DROP TABLE case_file_identity",
                  "UPDATE alembic_version SET version_num = '0028'")
    if location.path is not None:
        conn = sqlite3.connect(location.path)
        with conn:
            for sql in statements:
                conn.execute(sql)
        # The write-ahead log back in the file, which a copy by hand takes (as the app's
        # closing does; a connection the test process keeps a moment longer may hold it).
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        return
    assert location.url is not None
    with psycopg.connect(location.url.replace("+psycopg", ""), autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


def _identity(location: Location):  # type: ignore[no-untyped-def]
    cf = open_case_file(location, actor="t", today=lambda: TODAY)
    try:
        assert migrate.current_revision(cf.db) == migrate.head_revision()
        assert len(cf.captives.list()) == 1
        return this_case_file(cf.ctx)
    finally:
        cf.close()


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_an_earlier_file_gets_an_identity_made_from_its_first_audit_entry(
        engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    location = (Location(path=tmp_path / "before.db") if engine == "sqlite"
                else Location(url=request.getfixturevalue("empty_pg_url")))
    first = _made_with_a_captive(location)
    _back_to_0028(location)
    found = _identity(location)
    assert found is not None
    assert found.identity == str(uuid.uuid5(uuid.UUID("5d0c8d0e-6a4f-4c1e-9f53-2b7a3f4c1d28"),
                                            first))
    assert found.created is not None and found.created.tzinfo is not None
    assert _identity(location) == found  # given once, never again


def test_copies_made_by_hand_before_the_upgrade_stay_one_case_file(tmp_path: Path) -> None:
    original = tmp_path / "case.db"
    _made_with_a_captive(Location(path=original))
    other = tmp_path / "other.db"
    _made_with_a_captive(Location(path=other))
    for path in (original, other):
        _back_to_0028(Location(path=path))
    copy = tmp_path / "copy.db"
    shutil.copyfile(original, copy)
    ours, theirs, copied = (_identity(Location(path=p)) for p in (original, other, copy))
    assert ours is not None and theirs is not None
    assert copied == ours
    assert theirs.identity != ours.identity


@pytest.mark.real_migrations
def test_every_new_case_file_has_an_identity_of_its_own(tmp_path: Path) -> None:
    made = []
    for name in ("one.db", "two.db"):
        cf = open_case_file(Location(path=tmp_path / name), create=True, actor="t",
                            today=lambda: TODAY)
        try:
            made.append(this_case_file(cf.ctx))
        finally:
            cf.close()
    assert None not in made
    assert made[0] != made[1]
    assert all(m is not None and m.created is not None for m in made)


def test_a_new_file_made_from_the_tests_schema_image_has_its_own_identity_too(
        tmp_path: Path) -> None:
    ids = set()
    for name in ("one.db", "two.db"):
        cf = open_case_file(Location(path=tmp_path / name), create=True, actor="t",
                            today=lambda: TODAY)
        try:
            found = this_case_file(cf.ctx)
            assert found is not None
            ids.add(found.identity)
        finally:
            cf.close()
    assert len(ids) == 2


def test_an_earlier_file_with_no_audit_entry_gets_a_random_identity_on_opening(
        tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    open_case_file(Location(path=path), create=True, actor="t", today=lambda: TODAY).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM audit_entries").fetchone()[0] == 0
    _back_to_0028(Location(path=path))
    cf = open_case_file(Location(path=path), actor="t", today=lambda: TODAY)
    try:
        assert this_case_file(cf.ctx) is not None
    finally:
        cf.close()
