"""Live changes on a team server: every committed write tells the others (PostgreSQL
``NOTIFY``), and a listener turns what it hears back into the :class:`Changes` values the
views already handle.

The notice is sent inside the writing transaction (``pg_notify``), so PostgreSQL delivers
it only if, and when, that transaction commits. It carries a table name, an action and
record IDs, never a value: a login who may not read a record learns at most that a record
with that ID changed, and reading it again goes through the policies as always.

The listener holds one connection of its own (not the pool's) in a thread. When that
connection is lost it says so, tries again with a growing pause, and says when it is back:
whoever shows the connection's state (the window's banner) hangs on those two callbacks.
SQLite files have nobody else to hear from: nothing here runs for them.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Connection, Engine

from caseapp.db.postgres import login_gone
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction

if TYPE_CHECKING:
    import psycopg

CHANNEL = "caseapp_changes"
MAX_PAYLOAD = 7000  # PostgreSQL refuses a payload of 8000 bytes or more
RETRY_FIRST_S, RETRY_MAX_S = 1.0, 15.0
POLL_S = 0.25  # how often the listener looks whether it is asked to stop
PING_S = 2.0  # how often it checks that its connection is still there

log = logging.getLogger(__name__)


def encode(change: Changes, origin: str) -> str:
    """The notice of one change. A change of very many records names only its table (the
    views reload by table anyway)."""
    body = {"o": origin, "e": change.entity, "a": change.action.value,
            "i": list(change.ids), "c": list(change.captive_ids)}
    text = json.dumps(body, separators=(",", ":"))
    if len(text.encode()) > MAX_PAYLOAD:
        body["i"], body["c"] = [], []
        text = json.dumps(body, separators=(",", ":"))
    return text


def decode(payload: str) -> tuple[str, Changes] | None:
    """The sender and the change of a notice; None for one that is not CaseApp's."""
    try:
        body = json.loads(payload)
        change = Changes(str(body["e"]), AuditAction(body["a"]),
                         tuple(int(i) for i in body["i"]), tuple(int(c) for c in body["c"]))
        return str(body["o"]), change
    except (ValueError, KeyError, TypeError):
        return None


def notify(conn: Connection, changes: Iterable[Changes], origin: str) -> None:
    """Tell the other CaseApps connected to this server about ``changes`` when the
    transaction of ``conn`` commits (nothing on SQLite)."""
    if conn.dialect.name != "postgresql":
        return
    for change in changes:
        conn.exec_driver_sql("SELECT pg_notify(%(channel)s, %(payload)s)",
                             {"channel": CHANNEL, "payload": encode(change, origin)})


def connect_args(engine: Engine) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """What ``engine`` passes to ``psycopg.connect`` (server, login, password, TLS options)."""
    args, kwargs = engine.dialect.create_connect_args(engine.url)
    return tuple(args), dict(kwargs)


class Listener:
    """Hears the changes others commit and calls ``on_change(change)`` for each (on the
    listener's thread); ``on_state(connected, reason, refused)`` when its connection is lost
    or back (``refused``: the server no longer lets this login in, :func:`login_gone`; the
    listener tries again all the same, in case the team's owner lets it in again).
    Changes sent with ``origin`` (this case file's own writes) are skipped."""

    def __init__(self, engine: Engine, origin: str, on_change: Callable[[Changes], None],
                 on_state: Callable[[bool, str, bool], None] | None = None):
        self.args, self.kwargs = connect_args(engine)
        self.origin = origin
        self.on_change, self.on_state = on_change, on_state
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="caseapp-live", daemon=True)

    def start(self, wait_s: float = 5.0) -> None:
        """Start listening; returns once the first LISTEN is in place (or ``wait_s`` passed),
        so that nothing committed after this returns is missed."""
        self._thread.start()
        self._ready.wait(wait_s)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(5.0)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        import psycopg  # a team server's only: a SQLite case file never loads it

        pause = RETRY_FIRST_S
        lost: bool | None = None  # while the connection is lost: whether the login is refused
        while not self._stop.is_set():
            try:
                with psycopg.connect(*self.args, **{**self.kwargs, "autocommit": True,
                                     "application_name": "CaseApp live",
                                     "connect_timeout": 5}) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._ready.set()
                    if lost is not None:
                        lost, pause = None, RETRY_FIRST_S
                        self._state(True, "", False)
                    self._listen(conn)
            except psycopg.Error as exc:
                self._ready.set()
                if self._stop.is_set():
                    break
                refused = login_gone(exc)
                if lost != refused:  # said once, and again when that changes
                    lost = refused
                    reason = str(exc).strip().splitlines()
                    self._state(False, reason[0] if reason else type(exc).__name__, lost)
                self._stop.wait(pause)
                pause = min(pause * 2, RETRY_MAX_S)

    def _listen(self, conn: psycopg.Connection) -> None:
        quiet = 0.0
        while not self._stop.is_set():
            for notice in conn.notifies(timeout=POLL_S):
                quiet = 0.0
                decoded = decode(notice.payload)
                if decoded is None or decoded[0] == self.origin:
                    continue
                try:
                    self.on_change(decoded[1])
                except Exception:
                    log.exception("a live change could not be handled")
            if conn.closed or conn.broken:
                import psycopg

                raise psycopg.OperationalError("the connection to the server was lost")
            quiet += POLL_S
            if quiet >= PING_S:  # a dead connection shows here, not only at the next notice
                quiet = 0.0
                conn.execute("SELECT 1")

    def _state(self, connected: bool, reason: str, refused: bool) -> None:
        if self.on_state is not None:
            try:
                self.on_state(connected, reason, refused)
            except Exception:
                log.exception("the connection state could not be shown")
