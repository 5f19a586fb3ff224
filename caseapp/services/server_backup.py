"""Backing up a case file on a team server: ``pg_dump`` in its custom format, verified by
restoring it into a scratch database on the same server and counting the rows of every
table; and restoring such a dump into a new database.

The password never appears on a command line (other users of the machine can read those):
it goes to ``pg_dump`` and ``pg_restore`` through ``PGPASSWORD`` in their environment.
Roles and privileges are not in the dump (they belong to the server, not the database):
after a restore, ``caseapp team init`` on the new database sets them up again. So that the
owner knows whom to let in again, a backup first records the team's members and their
clearances in the database (:mod:`caseapp.db.team_roster`), and a restore reads them back.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL, make_url

from caseapp.db import team_roster
from caseapp.db.base import Base
from caseapp.db.file_checks import team_server_dump
from caseapp.db.postgres import analyse_statement, cannot_connect, safe_url, without_password
from caseapp.db.team import ADMINISTERS
from caseapp.domain.errors import CaseFileError, TargetExists
from caseapp.domain.messages import Message, msg, msg_n

if TYPE_CHECKING:
    import psycopg


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    size: int
    counts: dict[str, int]  # rows of every table, the same in the dump as in the database


@dataclass(frozen=True)
class RestoredDump:
    counts: dict[str, int]  # rows of every table
    team: team_roster.Roster | None  # the members the backup recorded (None: no team)


def _tool(name: str) -> str:
    """``pg_dump`` or ``pg_restore``: on the PATH, else the newest of Debian's server
    packages (a newer one reads an older server's dumps, never the reverse)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                        else 0)
    if not candidates:
        raise CaseFileError(msg("{name} is not installed: install PostgreSQL's client programs (Debian: "
                                "postgresql-client) to back up a team server.", name=name))
    return str(candidates[-1])


def _libpq(url: str | URL, database: str | None = None) -> tuple[str, dict[str, str]]:
    """A libpq URI without the password, and the environment that carries it."""
    u = make_url(url) if isinstance(url, str) else url
    if database is not None:
        u = u.set(database=database)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    uri = without_password(u.set(drivername="postgresql")).render_as_string(hide_password=False)
    return uri, env


def _run(args: list[str], env: dict[str, str], failed: Callable[[str], Message], *,
         bad_input: bool = False) -> None:
    """Run a PostgreSQL client program; when it fails, raise ``failed(its last words)``: a
    sentence in the user's language, which quotes the tool's (English) words at its end.
    ``bad_input``: the failure is the input's (a damaged file), the user's to fix."""
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise CaseFileError(failed(reason), bad_input=bad_input)


def _count_in(conn: psycopg.Connection) -> dict[str, int]:
    from psycopg import sql

    return {t: int(conn.execute(sql.SQL("SELECT count(*) FROM {}").format(
                sql.Identifier(t))).fetchone()[0])  # type: ignore[index]
            for t in sorted(Base.metadata.tables)}


def _counts(url: str | URL, database: str) -> dict[str, int]:
    with _connect(url, database) as conn:
        return _count_in(conn)


def _analyse(url: str | URL, database: str) -> None:
    """The restored database's planner statistics (a dump does not hold them); only an
    optimisation: if it fails, autovacuum makes them later."""
    import psycopg

    try:
        with _connect(url, database, autocommit=True) as conn:
            conn.execute(analyse_statement())
    except psycopg.Error:
        pass


def _admin(url: str | URL) -> psycopg.Connection:
    return _connect(url, "postgres", autocommit=True)


def _connect(url: str | URL, database: str, *, autocommit: bool = False) -> psycopg.Connection:
    import psycopg  # here, not at the top: every command would pay for it

    uri, env = _libpq(url, database)
    try:
        return psycopg.connect(uri, password=env.get("PGPASSWORD"), autocommit=autocommit)
    except psycopg.OperationalError as exc:  # unreachable, a wrong password: one line
        shown = url if isinstance(url, str) else url.render_as_string(hide_password=False)
        raise cannot_connect(safe_url(shown), exc) from None


def restore_dump(dump: Path, url: str) -> RestoredDump:
    """Create the database ``url`` names (it must not exist) and restore ``dump`` into it,
    ready for the team (its planner statistics made); the rows of every table, and the
    team the backup recorded, compared with this server's logins."""
    if not Path(dump).expanduser().is_file():  # (else pg_restore's English, after a database made)
        raise CaseFileError(msg("There is no file {path}.", path=dump), bad_input=True)
    if not team_server_dump(Path(dump).expanduser()):  # (before a database is made for it)
        raise CaseFileError(msg("{path} is not a team server's backup (pg_dump's custom format): "
                                "the backup of a case file on this computer is restored into a "
                                "new file. Nothing was changed.", path=dump), bad_input=True)
    counts = _restored(dump, url, given=True)
    u = make_url(url)
    database = str(u.database or "")
    _analyse(u, database)
    return RestoredDump(counts, _team(u, database))


def _team(u: URL, database: str) -> team_roster.Roster | None:
    """The team the backup recorded; members the server's groups of ``database`` hold
    above it (a restore under the old name) taken out where the login may."""
    import dataclasses

    import psycopg

    with _connect(u, database, autocommit=True) as conn:
        team = team_roster.recorded(conn, database)
        if team is None or not team.above_backup:
            return team
        try:
            taken = team_roster.take_out_unrecorded(conn, database)
        except psycopg.errors.InsufficientPrivilege:
            return team  # the owner is told the commands instead
        again = team_roster.recorded(conn, database)
        assert again is not None
        return dataclasses.replace(again, taken_out=tuple(taken))


def _restored(dump: Path, url: str, *, given: bool = False) -> dict[str, int]:
    """:func:`restore_dump` without the statistics (a backup's check, dropped after).
    ``given``: the dump is the user's (a failed restore is then the file's, hers to fix)."""
    from psycopg import sql

    u = make_url(url)
    database = str(u.database or "")
    with _admin(u) as conn:
        _refuse_without_createdb(conn)
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database,)).fetchone():
            raise CaseFileError(msg("The database “{database}” already exists: a restore creates a new database, "
                                    "never over one in use.", database=database), bad_input=True)
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    uri, env = _libpq(u)
    try:
        _run([_tool("pg_restore"), "--no-owner", "--no-acl", "--exit-on-error",
              "--dbname", uri, str(dump)], env,
             lambda reason: msg("Restoring {name} failed, so the new database was removed again: "
                                "nothing was changed. pg_restore said: “{reason}”",
                                name=dump.name, reason=reason), bad_input=given)
    except CaseFileError:
        _drop(u, database)
        raise
    return _counts(u, database)


def _refuse_without_createdb(conn: psycopg.Connection) -> None:
    """A restore creates its database, and a backup verifies itself by a restore into a
    scratch one: a login without ``CREATEDB`` is told so before anything is written (it
    was an unexpected error naming the server's "permission denied to create database")."""
    may, login = conn.execute("SELECT rolcreatedb OR rolsuper, session_user FROM pg_roles "  # type: ignore[misc]
                              "WHERE rolname = session_user").fetchone()
    if not may:
        raise CaseFileError(msg("{login} may not create databases, which a restore needs (and a "
                                "backup, to check itself by a restore into a scratch database): "
                                "give the login CREATEDB (ALTER ROLE {login} CREATEDB), or ask "
                                "whoever runs the server. Nothing was written.", login=login),
                            bad_input=True)


def _drop(url: str | URL, database: str) -> None:
    from psycopg import sql

    with _admin(url) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(database)))


def _refuse_a_member(conn: psycopg.Connection, database: str) -> None:
    """A dump copies every row, past the policies, and the team's own schema: only the
    database's owner may (a member's pg_dump failed on the first table its clearance
    guards, in pg_dump's words)."""
    owner, login = conn.execute(f"SELECT ({ADMINISTERS}), session_user").fetchone()  # type: ignore[misc]
    conn.rollback()  # (the dump's own transaction starts afresh)
    if not owner:
        raise CaseFileError(msg("Backing up {database} copies all of it, past every clearance: it "
                                "is for the database's owner, and {login} does not own it. "
                                "Nothing was written.", database=database, login=login),
                            bad_input=True)


def _make_private(partial: Path, target: Path) -> None:
    """The file pg_dump writes into (as it finds it): readable by its maker alone, since the
    dump is not encrypted and holds every level. A folder that is missing or closed is said
    of ``target``, the file asked for, not of the hidden one written first."""
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        exc.filename = str(target)
        raise


def dump(url: str, target: Path, *, overwrite: bool = False) -> ServerBackup:
    """``pg_dump`` the database ``url`` names into ``target`` (custom format), verified by a
    restore into a scratch database that is dropped afterwards. Nothing is left at
    ``target`` unless the dump verified."""
    target = Path(target).expanduser()
    if target.exists() and not overwrite:
        raise TargetExists(msg("{path} exists already; nothing was written.", path=target),
                           bad_input=True)
    u = make_url(url)
    database = str(u.database or "")
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.partial")
    import psycopg

    uri, env = _libpq(u)
    try:
        # The rows are counted in the very snapshot pg_dump copies (others may write
        # meanwhile): a transaction exports its snapshot and stays open during the dump.
        with _connect(u, database) as held:
            _refuse_a_member(held, database)
            _refuse_without_createdb(held)
            held.rollback()
            _make_private(partial, target)
            try:
                if team_roster.record(held, database):  # the logins are not in the dump
                    held.commit()
            except psycopg.errors.ReadOnlySqlTransaction:  # a standby: its copy of the
                held.rollback()  # primary's last record goes into the dump as it is
            held.rollback()  # (the dump's own transaction starts afresh)
            held.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            snapshot = str(held.execute("SELECT pg_export_snapshot()").fetchone()[0])  # type: ignore[index]
            expected = _count_in(held)
            _run([_tool("pg_dump"), "--format=custom", f"--snapshot={snapshot}",
                  "--file", str(partial), "--dbname", uri], env,
                 lambda reason: msg("Backing up {database} failed: nothing was written, and "
                                    "the case file is as it was. pg_dump said: “{reason}”",
                                    database=database, reason=reason))
        scratch = f"{database[:40]}_verify_{uuid.uuid4().hex[:8]}"
        try:
            restored = _restored(partial, u.set(database=scratch).render_as_string(
                hide_password=False))
        finally:
            _drop(u, scratch)
        if restored != expected:
            differ = next(t for t in expected if restored.get(t) != expected[t])
            raise CaseFileError(msg_n("The backup of {database} did not verify: the table {table} has {count} row in "
                                      "it, {expected} on the server. Nothing was kept.",
                                      "The backup of {database} did not verify: the table {table} has {count} rows "
                                      "in it, {expected} on the server. Nothing was kept.",
                                      restored.get(differ) or 0, database=database, table=differ,
                                      expected=expected[differ]))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return ServerBackup(target, target.stat().st_size, expected)
