"""The team as a server's backup recorded it.

A team's logins and their clearances are the server's roles (a login in a clearance's group
role), which a dump of one database does not hold. So just before ``pg_dump`` copies a team
database, its members and their clearances are written into the database itself
(:data:`ROSTER`, owner only); a restore reads them back from the copy, and compares them
with the logins of the server it was restored on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from caseapp.db.team_policies import CLEARANCES, RANK, SCHEMA, group_role
from caseapp.domain.enums import Sensitivity

if TYPE_CHECKING:
    import psycopg

ROSTER = f"{SCHEMA}.backup_members"


@dataclass(frozen=True)
class RecordedMember:
    login: str
    clearance: Sensitivity  # as the backup recorded it
    could_log_in: bool  # at the backup (False: revoked then)
    login_here: bool  # the server restored on has a login of that name that may log in
    in_group: Sensitivity | None  # the clearance the server's groups give it already

    @property
    def above_backup(self) -> bool:
        """The server's groups give it more than the backup recorded."""
        return self.in_group is not None and RANK[self.in_group] > RANK[self.clearance]


@dataclass(frozen=True)
class Roster:
    recorded_at: datetime
    members: list[RecordedMember]
    others: list[tuple[str, Sensitivity]]  # in the server's groups, not in the backup
    taken_out: tuple[tuple[str, Sensitivity], ...] = ()  # and so taken out of them

    @property
    def above_backup(self) -> bool:
        """Someone would be let in above the backup's team by ``team init``."""
        return bool(self.others) or any(m.above_backup for m in self.members)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _clearance_of_group(database: str, column: str) -> str:
    """SQL: the clearance (its value) of the group role ``column`` names, in ``database``."""
    return "CASE " + " ".join(f"WHEN {column} = {_literal(group_role(database, c))} "
                              f"THEN {_literal(c.value)}" for c in CLEARANCES) + " END"


def _memberships(database: str) -> str:
    """SQL: (login, clearance, may log in) of every member of ``database``'s groups, its
    highest clearance if it is in more than one."""
    groups = ", ".join(_literal(group_role(database, c)) for c in CLEARANCES)
    rank = "CASE " + " ".join(f"WHEN g.rolname = {_literal(group_role(database, c))} "
                              f"THEN {RANK[c]}" for c in CLEARANCES) + " END"
    return (f"SELECT DISTINCT ON (m.rolname) m.rolname::text, "
            f"{_clearance_of_group(database, 'g.rolname')}, m.rolcanlogin "
            "FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            f"JOIN pg_roles m ON m.oid = a.member WHERE g.rolname IN ({groups}) "
            f"ORDER BY m.rolname, {rank} DESC")


def record(conn: psycopg.Connection, database: str) -> bool:
    """Write the members of ``database``'s team into it (in the connection's transaction,
    which the caller commits). False when it has no team (``caseapp team init`` never ran)."""
    if not conn.execute("SELECT to_regnamespace(%s) IS NOT NULL", (SCHEMA,)).fetchone()[0]:  # type: ignore[index]
        return False
    for statement in (
            f"CREATE TABLE IF NOT EXISTS {ROSTER} (login text PRIMARY KEY, clearance text NOT "
            "NULL, may_log_in boolean NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now())",
            f"REVOKE ALL ON {ROSTER} FROM PUBLIC",
            f"DELETE FROM {ROSTER}",
            f"INSERT INTO {ROSTER} (login, clearance, may_log_in) {_memberships(database)}",
            # an empty team is recorded too: "nobody", not "not recorded"
            f"INSERT INTO {ROSTER} (login, clearance, may_log_in) SELECT '', 'public', false "
            f"WHERE NOT EXISTS (SELECT 1 FROM {ROSTER})"):
        conn.execute(statement.encode())
    return True


def recorded(conn: psycopg.Connection, database: str) -> Roster | None:
    """The team a restored copy recorded, compared with this server's logins and with the
    groups of ``database`` (the copy's name here); None when the backup recorded none."""
    if not conn.execute("SELECT to_regclass(%s) IS NOT NULL", (ROSTER,)).fetchone()[0]:  # type: ignore[index]
        return None
    rows = conn.execute(("SELECT r.login, r.clearance, r.may_log_in, r.recorded_at, "
                        "coalesce(p.rolcanlogin, false) FROM " + ROSTER + " r "
                        "LEFT JOIN pg_roles p ON p.rolname = r.login ORDER BY r.login").encode()).fetchall()
    now = {login: Sensitivity(level) for login, level, _can
           in conn.execute(_memberships(database).encode()).fetchall()}
    members = [RecordedMember(login, Sensitivity(level), bool(could), bool(here), now.get(login))
               for login, level, could, _at, here in rows if login]
    known = {m.login for m in members}
    return Roster(rows[0][3] if rows else datetime.now().astimezone(), members,
                  [(login, level) for login, level in now.items() if login not in known])


def take_out_unrecorded(conn: psycopg.Connection, database: str) -> list[tuple[str, Sensitivity]]:
    """A database restored under its old name finds its group roles (the server's) still
    there, with members added or raised after the backup: take each out of every group above
    the clearance the backup recorded for it, so that ``team init`` lets nobody in above it.
    Returns who was taken out of which group; raises ``psycopg.errors.InsufficientPrivilege``
    when the login may not (the caller then says what to run instead)."""
    from psycopg import sql

    recorded_levels = {login: Sensitivity(level) for login, level in conn.execute(
        ("SELECT login, clearance FROM " + ROSTER + " WHERE login <> ''").encode()).fetchall()}
    taken = []
    for login, _level, _can in conn.execute(_memberships(database).encode()).fetchall():
        allowed = recorded_levels.get(login)
        for clearance in CLEARANCES:  # every group above, not only the highest
            if allowed is not None and RANK[clearance] <= RANK[allowed]:
                continue
            if conn.execute("SELECT pg_has_role(%s, %s, 'USAGE')",
                            (login, group_role(database, clearance))).fetchone()[0]:  # type: ignore[index]
                conn.execute(sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(group_role(database, clearance)), sql.Identifier(login)))
                taken.append((login, clearance))
    return taken
