"""Helpers of the PostgreSQL tests: scratch databases and logins on the test server."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import psycopg
from psycopg import sql

from caseapp.db.team_policies import CLEARANCES, calendar_role, group_role


def _admin(server_url: str) -> psycopg.Connection:
    return psycopg.connect(server_url.replace("+psycopg", ""), autocommit=True)


def make_database(server_url: str, prefix: str, template: str | None = None) -> str:
    name = f"caseapp_{prefix}_{uuid.uuid4().hex[:10]}"
    with _admin(server_url) as conn:
        query = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            query += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        conn.execute(query)
    return name


def drop_database(server_url: str, name: str) -> None:
    """Drop the database, the logins made for its tests (``t_…``) and its group roles."""
    with _admin(server_url) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        groups = [group_role(name, c) for c in CLEARANCES]
        logins = [r[0] for r in conn.execute(
            "SELECT DISTINCT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = ANY(%s) AND m.rolname LIKE 't\\_%%'",
            (groups,))]
        for role in [*logins, *groups, calendar_role(name)]:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def login_url(db_url: str, login: str, password: str) -> str:
    """``db_url`` (the superuser's) with another login and its password."""
    scheme, rest = db_url.split("://", 1)
    host_and_db = rest.split("@", 1)[1]
    return f"{scheme}://{login}:{password}@{host_and_db}"


def unique_login(stem: str) -> str:
    """A login name of this test alone (roles are the whole server's)."""
    return f"t_{stem}_{uuid.uuid4().hex[:6]}"


def assistant_with_a_captive(pg_url: str, stem: str, password: str,
                             today: Callable[[], date]) -> tuple[int, str]:
    """A team case file on ``pg_url`` holding one shareable captive (Levon Ghazaryan, an
    internal health note "secrethealthmark"), and a new login of clearance shareable: the
    captive's ID and the login."""
    from caseapp.config import Location
    from caseapp.services.casefile import open_case_file

    owner = open_case_file(Location(url=pg_url), actor="owner", today=today)
    try:
        captive = owner.captives.create(names=["Ղազարյան Լևոն", "Ghazaryan Levon"],
                                        sensitivity="shareable", summary="Held in Baku.",
                                        health="secrethealthmark")
        owner.team.init()
        login = unique_login(stem)
        owner.team.add_user(login, clearance="shareable", password=password)
    finally:
        owner.close()
    return captive.id, login
