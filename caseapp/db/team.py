"""The people of a team server: login roles, each a member of one clearance's group role
(see :mod:`caseapp.db.team_policies` for what the groups may read).

Roles belong to the whole server; the group roles' names carry the database's name, so one
server can keep several case files with different teams. Passwords are hashed (SCRAM) on
this computer before they are sent, so they appear in no server log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from caseapp.db import team_policies
from caseapp.db.team_policies import (
    CLEARANCES,
    NAMEDATALEN,
    RANK,
    SCHEMA,
    calendar_role,
    group_role,
)
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import msg

# A login name as people type them: letters, digits and . _ - @, starting with a letter.
LOGIN_NAME = re.compile(r"[^\W\d][\w.@-]{0,62}", re.UNICODE)


@dataclass(frozen=True)
class Member:
    login: str
    clearance: Sensitivity
    can_login: bool


def database_name(conn: Connection) -> str:
    return str(conn.execute(text("SELECT current_database()")).scalar_one())


def is_team_database(conn: Connection) -> bool:
    """True once ``caseapp team init`` has run on this database."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = :schema AND p.proname = 'clearance')"), {"schema": SCHEMA}).scalar())


def own_clearance(conn: Connection) -> Sensitivity | None:
    """The clearance of the logged-in role on a team database: ``None`` when it is not a
    team database, or the login is its owner (or a superuser), who sees everything."""
    if not is_team_database(conn) or may_administer(conn):
        return None
    rank = conn.execute(text(f"SELECT {SCHEMA}.clearance()")).scalar_one()
    for clearance, value in RANK.items():
        if value == rank:
            return clearance
    return Sensitivity.PUBLIC  # a login in no group sees what the public does: nothing more


# Whether the login owns the database (or is a superuser), as one SQL statement.
ADMINISTERS = ("SELECT pg_has_role(current_user, d.datdba, 'MEMBER') OR r.rolsuper "
               "FROM pg_database d, pg_roles r WHERE d.datname = current_database() "
               "AND r.rolname = current_user")


def may_administer(conn: Connection) -> bool:
    """The login owns the database (or is a superuser): it may run the team commands."""
    return bool(conn.execute(text(ADMINISTERS)).scalar())


def may_create_roles(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())


def check_login_name(name: str) -> str:
    name = name.strip()
    if not LOGIN_NAME.fullmatch(name):
        raise ValidationError(msg("“{name}” cannot be a login name: use 1 to 63 letters, "
                                  "digits and . _ - @, starting with a letter.",
                                  name=name if len(name) <= 70 else name[:69] + "…"),
                              field="name")
    if len(name.encode("utf-8")) > NAMEDATALEN:  # PostgreSQL would cut it, and say nothing
        raise ValidationError(msg("“{name}” is too long for a login name: the server keeps 63 "
                                  "bytes of a name, which is 63 Latin letters but 31 Armenian or "
                                  "Russian ones.", name=name), field="name")
    if name.lower().startswith("pg_"):
        raise ValidationError(msg("“{name}” cannot be a login name: names starting with pg_ "
                                  "belong to PostgreSQL.", name=name), field="name")
    return name


def _quote(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote_identifier(name))


def members(conn: Connection) -> list[Member]:
    groups = {group_role(database_name(conn), c): c for c in CLEARANCES}
    rows = conn.execute(text(
        "SELECT m.rolname, g.rolname, m.rolcanlogin FROM pg_auth_members a "
        "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
        "WHERE g.rolname = ANY(:groups) ORDER BY m.rolname"), {"groups": list(groups)})
    return [Member(login, groups[group], bool(can)) for login, group, can in rows]


def role_exists(conn: Connection, name: str) -> bool:
    return bool(conn.execute(text("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :n)"),
                             {"n": name}).scalar())


def _scram(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` (made by libpq, as psql's \\password does)."""
    raw = cast(Any, conn.connection.driver_connection)
    verifier = raw.pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"),
                                           b"scram-sha-256")
    return bytes(verifier).decode("ascii")


def add_member(conn: Connection, login: str, clearance: Sensitivity, password: str | None) -> bool:
    """Make ``login`` a member of ``clearance``'s group (creating the login role, with
    ``password``, if the server has none of that name). Returns True if the role was made."""
    database = database_name(conn)
    q = _quote(conn, login)
    created = not role_exists(conn, login)
    if created:
        if not password:
            raise ValidationError(msg("A new login needs a password: {login} has none.",
                                      login=login), field="password")
        conn.exec_driver_sql(f"CREATE ROLE {q} LOGIN PASSWORD '{_scram(conn, login, password)}'")
    elif password:  # and let in again, if it was revoked
        conn.exec_driver_sql(f"ALTER ROLE {q} LOGIN PASSWORD '{_scram(conn, login, password)}'")
    conn.exec_driver_sql(f"GRANT {_quote(conn, group_role(database, clearance))} TO {q}")
    set_search_path(conn, login, clearance)
    return created


def set_search_path(conn: Connection, login: str, clearance: Sensitivity) -> None:
    """Below internal, the app reads captives through the view that hides fields above the
    login's clearance (the table's other columns are not granted to it anyway). The setting
    belongs to the database: a database dropped and restored has lost it, and ``team init``
    sets it again for every member."""
    path = f"{team_policies.SCHEMA}, public" if clearance is not Sensitivity.INTERNAL else "public"
    conn.exec_driver_sql(f"ALTER ROLE {_quote(conn, login)} IN DATABASE "
                         f"{_quote(conn, database_name(conn))} SET search_path = {path}")


def remove_member(conn: Connection, login: str) -> bool:
    """Take ``login`` out of this database's team; drop the login role if it belongs to no
    other team and owns nothing. Returns True if the role was dropped."""
    database = database_name(conn)
    q = _quote(conn, login)
    for clearance in CLEARANCES:
        conn.exec_driver_sql(f"REVOKE {_quote(conn, group_role(database, clearance))} FROM {q}")
    conn.exec_driver_sql(f"ALTER ROLE {q} IN DATABASE {_quote(conn, database)} RESET search_path")
    others = conn.execute(text(
        "SELECT count(*) FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
        "WHERE m.rolname = :n"), {"n": login}).scalar_one()
    owns = conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
        "WHERE r.rolname = :n)"), {"n": login}).scalar()
    if others or owns:
        return False
    try:
        with conn.begin_nested():  # it may still own or be granted something elsewhere
            conn.exec_driver_sql(f"DROP ROLE {q}")
    except DBAPIError:
        return False  # out of the team all the same: no group, no CONNECT on this database
    return True


def drop_groups(conn: Connection, database: str) -> None:
    """Remove the group roles of ``database`` and its calendar's role (after the database
    itself was dropped)."""
    for role in [*(group_role(database, c) for c in CLEARANCES), calendar_role(database)]:
        conn.exec_driver_sql(f"DROP ROLE IF EXISTS {_quote(conn, role)}")


def may_log_in(conn: Connection, name: str) -> bool:
    """The server has a role ``name`` that may log in (not revoked, not a group)."""
    return bool(conn.execute(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"),
                             {"n": name}).scalar())


def is_group(conn: Connection, name: str) -> bool:
    """The role ``name`` is one of this database's clearance groups, or another role that
    logins belong to: not a person's login."""
    database = database_name(conn)
    if name in {group_role(database, c) for c in CLEARANCES} | {calendar_role(database)}:
        return True
    return bool(conn.execute(text(
        "SELECT EXISTS (SELECT 1 FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
        "WHERE g.rolname = :n)"), {"n": name}).scalar())


def may_administer_role(conn: Connection, name: str) -> bool:
    """The role ``name`` owns this database or is a superuser (it bypasses the policies)."""
    return bool(conn.execute(text(
        "SELECT r.rolsuper OR pg_has_role(r.oid, d.datdba, 'MEMBER') FROM pg_roles r, "
        "pg_database d WHERE r.rolname = :n AND d.datname = current_database()"),
        {"n": name}).scalar())
