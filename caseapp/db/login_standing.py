"""Whether a team login still stands where it stood when its case file was opened: still let
in, and with the same clearance.

The team's owner may take a member out of the team, revoke the login, or change its
clearance (remove, then add again) while the member's window is open. The server then
refuses the open window's statements in its own words ("invalid role OID", "permission
denied for table …"), which would read as a refusal for the clearance the window was opened
with; :func:`standing` asks the server again (on a connection the pool keeps), so that the
app can say what happened instead.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy.engine import Engine

from caseapp.db.team_2fa import SCHEMA

# SQLSTATE of "insufficient privilege".
INSUFFICIENT_PRIVILEGE = "42501"

# What the server says to a login taken out of the team while its case file was open: its
# role dropped (``team remove-user``: each statement of the open session), or no longer let
# in (``team revoke``, a changed password: each new connection; a login kept on the server
# for another team: only this team's groups may connect).
_LOGIN_GONE = ("invalid role OID", "is not permitted to log in", "password authentication failed",
               "permission denied for database")


def login_gone(error: BaseException) -> bool:
    """Whether the server refused ``error``'s connection or statement because the login was
    taken out of the team, revoked or given another password."""
    return any(words in str(error) for words in _LOGIN_GONE)


class Standing(enum.Enum):
    SAME = "same"  # still let in, same clearance (or the server could not be asked)
    GONE = "gone"  # no longer let in
    CHANGED = "changed"  # let in with another clearance


# The clearance rank of each engine's login when its case file was opened (None: not a team
# database); kept as long as the engine.
_opened_at: WeakKeyDictionary[Engine, int | None] = WeakKeyDictionary()


def clearance_rank(scalar: Callable[[str], Any]) -> int | None:
    """The login's clearance rank on this team database (``caseapp_team.clearance()``: -1 in
    no group), None when the database has no team; ``scalar`` runs a statement on the
    connection asked and returns its one value."""
    if not scalar(f"SELECT to_regprocedure('{SCHEMA}.clearance()') IS NOT NULL"):
        return None
    return int(scalar(f"SELECT {SCHEMA}.clearance()"))


def remember(engine: Engine, rank: int | None) -> None:
    """The clearance rank ``engine``'s login opened the case file with."""
    _opened_at[engine] = rank


# Who is told when an engine's login is found no longer standing where it stood, and what
# each was told last (each change is told once).
_watchers: WeakKeyDictionary[Engine, list[Callable[[Standing], None]]] = WeakKeyDictionary()
_told: WeakKeyDictionary[Engine, Standing] = WeakKeyDictionary()
_telling = threading.Lock()


def watch(engine: Engine, told: Callable[[Standing], None]) -> None:
    """Call ``told(standing)`` (on the thread that found it) when ``engine``'s login is found
    taken out of the team or at another clearance than it opened with."""
    with _telling:
        _watchers.setdefault(engine, []).append(told)


def unwatch(engine: Engine, told: Callable[[Standing], None]) -> None:
    with _telling:
        if told in _watchers.get(engine, ()):
            _watchers[engine].remove(told)


def notice(engine: Engine | None, now: Standing) -> None:
    """``engine``'s login was found standing ``now``: those watching it are told, once for
    each change."""
    if engine is None or now is Standing.SAME:
        return
    with _telling:
        if _told.get(engine) is now:
            return
        _told[engine] = now
        watching = list(_watchers.get(engine, ()))
    for told in watching:
        told(now)


def standing(engine: Engine) -> Standing:
    """Asked after the server refused one of ``engine``'s statements for want of a privilege:
    whether its login is no longer let in (:attr:`Standing.GONE`), or has another clearance
    than when the case file was opened (:attr:`Standing.CHANGED`). Asked on a connection the
    engine's pool keeps open (a new one only when none is free, which the pool then keeps):
    the server answers for the login as it stands now on any of its sessions, and a login
    dropped or taken out of the team is refused there too."""
    import psycopg  # a team server's only

    raw = None
    try:
        raw = engine.raw_connection()  # the pool's: its failure to connect is the driver's
        cursor = raw.cursor()
        rank = clearance_rank(lambda sql: cursor.execute(sql).fetchone()[0])
    except psycopg.Error as exc:
        # Out of every group of the team, the login may not even use its schema.
        gone = login_gone(exc) or getattr(exc, "sqlstate", None) == INSUFFICIENT_PRIVILEGE
        return Standing.GONE if gone else Standing.SAME
    finally:
        if raw is not None:
            raw.close()  # back to the pool, rolled back
    return compared(engine, rank)


def compared(engine: Engine, rank: int | None) -> Standing:
    """How the login's clearance ``rank`` now stands against the one ``engine``'s case file
    was opened with."""
    if engine not in _opened_at or rank == _opened_at[engine]:
        return Standing.SAME
    return Standing.GONE if rank == -1 else Standing.CHANGED

