"""Team mode on a database whose name is near PostgreSQL's limit of 63 bytes (an Armenian
letter takes 2): the clearance groups' names are made to fit, and two databases whose long
names begin alike never share a group."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from caseapp.db.team_policies import CLEARANCES, NAMEDATALEN, group_role
from caseapp.domain.enums import Sensitivity
from tests.db.test_postgres_team import PASSWORD, run
from tests.postgres import drop_database, login_url, unique_login


def _names() -> tuple[str, str, str, str]:
    """Armenian names of 62 and 63 bytes (63: the most a name may have), and two Latin ones
    of 63 alike in their first 48 letters; each test's own (databases are the server's)."""
    tag = uuid.uuid4().hex[:6]
    return ("ա" * 28 + tag, "ա" * 28 + tag + "x", tag + "c" * 57, tag + "c" * 56 + "d")


def _admin(server: str) -> psycopg.Connection:
    return psycopg.connect(server.replace("+psycopg", ""), autocommit=True)


@pytest.fixture
def databases(pg_server: str, _pg_template: str) -> Iterator[dict[str, str]]:
    """A migrated case file under each long name: its owner's URL, by name."""
    names = _names()
    with _admin(pg_server) as conn:
        for name in names:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(_pg_template)))
    try:
        yield {name: pg_server.rsplit("/", 1)[0] + "/" + name for name in names}
    finally:
        for name in names:
            drop_database(pg_server, name)


def test_team_init_and_a_member_on_names_of_62_and_63_bytes(
        databases: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, ``team init`` on a 31-letter Armenian name said "the case file could not be
    read or written (role "աաա…_" already exists); run caseapp check": PostgreSQL had cut
    the three groups' names to the same 63 bytes."""
    monkeypatch.setenv("CASEAPP_NEW_PASSWORD", PASSWORD)
    member = {}
    for name, url in databases.items():
        assert len(name.encode("utf-8")) in (62, 63)
        code, out, err = run("team", "init", "--db", url)
        assert (code, err) == (0, ""), name
        groups = [group_role(name, c) for c in CLEARANCES]
        assert len(set(groups)) == 3
        assert all(len(g.encode("utf-8")) <= NAMEDATALEN and g in out for g in groups)
        member[name] = unique_login("long")
        code, _out, err = run("team", "add-user", member[name], "--clearance", "shareable",
                              "--db", url)
        assert code == 0, err
        code, out, err = run("team", "list", "--db", url)
        assert code == 0 and member[name] in out and "shareable" in out, err
        with psycopg.connect(login_url(url, member[name], PASSWORD).replace("+psycopg", ""),
                             autocommit=True) as conn:
            assert conn.execute("SELECT caseapp_team.clearance()").fetchone()[0] == 1
    # Two names alike in their first 48 letters: a member of one cannot open the other.
    _, _, latin, twin = databases
    twin_url = login_url(databases[twin], member[latin], PASSWORD)
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        psycopg.connect(twin_url.replace("+psycopg", ""))


def test_a_team_set_up_before_keeps_its_members(
        databases: dict[str, str], pg_server: str) -> None:
    """A team set up on a 63-letter name before the groups' names were made to fit: its
    groups (named after the first 48 letters) are renamed by ``team init``, members and all."""
    name = list(databases)[2]
    url = databases[name]
    login = unique_login("old")
    legacy = f"{name[:48]}_{Sensitivity.PUBLIC.value}"
    with _admin(pg_server) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(legacy)))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(name), sql.Identifier(legacy)))
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(login), sql.Literal(PASSWORD), sql.Identifier(legacy)))
    try:
        code, _out, err = run("team", "init", "--db", url)
        assert (code, err) == (0, "")
        code, out, err = run("team", "list", "--format", "json", "--db", url)
        assert code == 0 and f'"login": "{login}"' in out and '"clearance": "public"' in out
    finally:
        with _admin(pg_server) as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(legacy)))
