"""The PostgreSQL side of the one small engine adapter: connecting to a team server, who is
logged in, and what only PostgreSQL does (serialising audit appends, its search index).

Everything else (models, migrations, services) is the same on SQLite and PostgreSQL; the
services never ask which engine they run on, they call the functions here and in
:mod:`caseapp.db.search`, which do nothing (or the SQLite thing) on SQLite.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import unquote

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.engine.interfaces import ExceptionContext
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from caseapp.db.login_standing import (
    INSUFFICIENT_PRIVILEGE,  # a login whose clearance does not allow the write
    Standing,
    clearance_rank,
    compared,
    login_gone,
    notice,
    remember,
    standing,
)
from caseapp.db.team_refusals import refusal
from caseapp.domain.errors import CaseFileError, ConnectionLost
from caseapp.domain.location import SERVER_SCHEMES
from caseapp.domain.messages import Message, msg

# The key of the transaction-level advisory lock every audit append takes (any fixed number
# that no other application in the same database uses: "CaseApp" in ASCII).
AUDIT_LOCK_KEY = 0x43617365417070

# The driver's own warnings (e.g. "error ignored terminating <psycopg.Pipeline [BAD]>: the
# connection is lost", when the server goes away mid-save) went to stderr, as Python does
# with a library's warning when nothing is set up to log it: a second line under the one
# CaseApp says. What went wrong is said by CaseApp itself.
logging.getLogger("psycopg").addHandler(logging.NullHandler())


class ClearanceError(CaseFileError):
    """The login's clearance does not allow what was asked (a write, or a team command)."""


def normalise_url(url: str) -> str:
    """The URL with the psycopg 3 driver named (``postgresql://`` would ask for psycopg2)."""
    scheme, rest = url.split("://", 1)
    if scheme.lower() in SERVER_SCHEMES:
        scheme = "postgresql+psycopg"
    return f"{scheme}://{rest}"


def without_password(url: URL) -> URL:
    """``url`` with no password in it, for a command line or a command to show (SQLAlchemy's
    ``URL.set(password=None)`` keeps the password it has)."""
    return URL.create(url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query)


def safe_url(url: str) -> str:
    """The URL as it may be shown and logged: never its password."""
    try:
        # (the login as typed: the URL's form writes "тигран" as %D1%82%D0%B8…)
        return unquote(make_url(url).render_as_string(hide_password=True))
    except (ArgumentError, ValueError):  # not even a URL: show its scheme only
        return url.split("://", 1)[0] + "://…"


def _refuse_insufficient_privilege(ctx: ExceptionContext) -> None:
    orig = ctx.original_exception
    if getattr(ctx, "is_pre_ping", False):
        return  # the pool's own check of a connection: it reconnects by itself
    if orig is not None and login_gone(orig):
        notice(ctx.engine, Standing.GONE)
        raise _login_gone_error() from None
    if ctx.is_disconnect or str(getattr(orig, "sqlstate", "") or "").startswith(("08", "57P")) \
            or (ctx.connection is None and isinstance(ctx.sqlalchemy_exception, OperationalError)):
        # The transaction never committed: a save is refused whole, its form stays open. (No
        # connection: the pool's new one failed, the server stopped or not taking any.)
        raise ConnectionLost(
            msg("The connection to the team server was lost; nothing was saved. CaseApp is "
                "reconnecting: try again in a moment."), bad_input=True) from None
    if getattr(orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
        error = None if ctx.engine is None else _standing_error(ctx.engine,
                                                                _standing_now(ctx.engine))
        raise (error or ClearanceError(clearance_refusal(str(orig)), bad_input=True)) from None


def _standing_now(engine: Engine) -> Standing:
    """:func:`standing`; :attr:`Standing.SAME` when the pool gives no connection in time
    (the refusal is then said as it is)."""
    try:
        return standing(engine)
    except SQLAlchemyError:
        return Standing.SAME


def _login_gone_error() -> ClearanceError:
    return ClearanceError(
        msg("The team server no longer lets this login in (taken out of the team, revoked, "
            "or its password changed): nothing was read or saved. Ask the team's owner."),
        bad_input=True)


def _standing_error(engine: Engine, now: Standing) -> ClearanceError | None:
    """The error to raise for the login standing ``now`` (None: as it opened); whoever
    watches the engine is told first (:func:`~caseapp.db.login_standing.notice`)."""
    notice(engine, now)
    if now is Standing.GONE:
        return _login_gone_error()
    if now is Standing.CHANGED:
        return ClearanceError(
            msg("The team's owner changed your login's clearance on this case file while it "
                "was open: close the case file and open it again to go on at the new "
                "clearance. Nothing was read or saved."), bad_input=True)
    return None


def check_clearance_unchanged(engine: Engine) -> None:
    """Raise :class:`ClearanceError` when the login's clearance is no longer the one the case
    file was opened with (before an output is made and marked at that clearance: a read at
    a lower one is not refused, it only sees less). Nothing on SQLite."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as conn:
        rank = clearance_rank(lambda sql: conn.exec_driver_sql(sql).scalar())
    error = _standing_error(engine, compared(engine, rank))
    if error is not None:
        raise error


def clearance_refusal(reason: str) -> Message:
    """One line for a write the server refused for the login's clearance (``reason``: the
    server's message: a policy, a privilege, or one of CaseApp's own triggers), in the
    user's language (:mod:`caseapp.db.team_refusals`)."""
    return refusal(reason)


def server_engine(url: str) -> Engine:
    """An engine for a team server, checked by connecting once.

    Raises :class:`CaseFileError` naming the server (never the password) when the driver is
    missing, the server cannot be reached or the login is refused.
    """
    shown = safe_url(url)
    try:
        engine = create_engine(normalise_url(url), pool_pre_ping=True,
                               connect_args={"application_name": "CaseApp"})
    except (ArgumentError, NoSuchModuleError, ValueError):  # (SQLAlchemy's words: English)
        raise CaseFileError(msg("“{url}” is not a database URL CaseApp can use: a team "
                                "server's is postgresql+psycopg://USER@HOST:PORT/DATABASE, "
                                "its port a number.", url=shown), bad_input=True) from None
    event.listen(engine, "connect", _without_jit)
    try:
        with engine.connect() as conn:
            remember(engine, clearance_rank(lambda sql: conn.exec_driver_sql(sql).scalar()))
    except Exception as exc:  # noqa: BLE001 - every driver failure becomes one message
        engine.dispose()
        raise cannot_connect(shown, exc) from None
    # From here on (the first connection said why it failed as the server put it: a
    # mistyped password is the likeliest then), the server's refusals become one line each.
    event.listen(engine, "handle_error", _refuse_insufficient_privilege)
    return engine


def cannot_connect(shown: str, exc: BaseException) -> CaseFileError:
    """The one line saying why a connection to the team server ``shown`` (its URL without
    the password) failed with the driver's ``exc``: the usual causes in the user's language
    (:func:`connection_failure`), a rarer one with the driver's own first line."""
    lines = str(getattr(exc, "orig", exc)).strip().splitlines()
    reason = lines[0] if lines else type(exc).__name__
    cause = connection_failure(reason)
    if cause is None:  # a rarer cause: only the server's own words can name it
        said = msg("Cannot connect to the team server {url}: nothing was read or "
                   "changed. The driver said: “{reason}”", url=shown, reason=reason)
    else:  # the user's language only (the server's own log has its words, for its keeper)
        said = msg("Cannot connect to the team server {url}: {cause}.", url=shown,
                   cause=cause)
    return CaseFileError(said, bad_input=True)


def connection_failure(reason: str) -> Message | None:
    """The usual reasons a first connection fails, said in the user's language (``reason``:
    the driver's words, which the message keeps after it for whoever looks after the
    server); None for another."""
    said = reason.casefold()
    if "password authentication failed" in said or "no password supplied" in said:
        return msg("the login or its password is wrong")
    if "connection refused" in said:
        return msg("nothing answers at that address and port; check them, and that the server "
                   "is running")
    if "failed to resolve host" in said or "name or service not known" in said \
            or "could not translate host name" in said:
        return msg("no computer of that name is found; check the server's address and the "
                   "network")
    if "timeout expired" in said or "timed out" in said:
        return msg("the server did not answer in time; check the network")
    if "is not permitted to log in" in said:
        return msg("this login was revoked: ask the team's owner")
    # (for schema: a restored case file, whose team its owner has not set up again yet)
    if "permission denied for database" in said or "permission denied for schema" in said:
        return msg("this login is not in this case file's team: ask the team's owner")
    if "database" in said and "does not exist" in said:
        return msg("the server has no case file (database) of that name")
    return None


def _without_jit(dbapi_connection: Any, _record: Any) -> None:
    """No JIT compilation on CaseApp's connections. The row-level security policies make
    every query of a team member look costly to the planner (each check is a subquery), so
    PostgreSQL compiled them before running them: seconds for a statement that then ran in
    milliseconds (a search of 10,000 captives took 9 s, 0.05 s without). CaseApp's
    statements are short; JIT never pays for them."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET jit = off")
    dbapi_connection.commit()


def analyse_statement() -> str:
    """``ANALYZE`` of the case file's tables: their planner statistics made again now, after
    many rows were written at once (an import, a restore). Until autovacuum gets to them a
    minute or so later, the planner takes the tables for nearly empty, and a team member's
    first reads are planned for that (at 10,000 captives "Needs attention" took 6.5 s,
    0.7 s once analysed). A table the login does not own is left to autovacuum (the server
    says so in a warning, not an error)."""
    from caseapp.db.base import Base

    return "ANALYZE " + ", ".join(f'"{name}"' for name in sorted(Base.metadata.tables))


def refresh_statistics(engine: Engine) -> None:
    """:func:`analyse_statement` on a team server (nothing on SQLite). Only an optimisation,
    run after the writes have committed: if it fails (the connection lost), autovacuum
    makes the statistics later, and the writes are not reported as failed."""
    if engine.dialect.name != "postgresql":
        return
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(analyse_statement())
            conn.commit()
    except (SQLAlchemyError, CaseFileError):
        pass


def is_server(bind: Connection | Engine) -> bool:
    """True when ``bind`` is a PostgreSQL connection or engine (a team server)."""
    return bind.dialect.name == "postgresql"


def login(conn: Connection) -> str:
    """The database login of the connection (``session_user``: not changed by SET ROLE)."""
    if conn.dialect.name != "postgresql":
        return ""
    return str(conn.execute(text("SELECT session_user")).scalar_one())


def lock_audit_appends(conn: Connection) -> None:
    """Serialise appends to the audit chain: whoever appends next waits here until the
    transaction that appended before commits or rolls back, then reads the tail it left.
    (SQLite has a single writer anyway: nothing to do.)"""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})


def describe(engine: Engine) -> dict[str, Any]:
    """Server and database, for the status bar and ``caseapp team list``."""
    url = engine.url
    return {"host": url.host or "localhost", "port": url.port or 5432, "database": url.database}
