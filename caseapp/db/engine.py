"""An open case file (:class:`Database`): SQLite, SQLCipher (encrypted SQLite) or a team
server's database given by its URL (:func:`open_url`). One database is one case file.

A SQLite case file is opened (:mod:`caseapp.db.opening`) on one DB-API connection, the one
its checks ran on (the passphrase, the quick check); SQLAlchemy's engine is built when first
asked for, and that connection is the first its pool hands out. What the start needs before the window shows
its rows (the schema revision, the audit anchor, the captives' rows) is read on that
connection with plain SQL (:meth:`Database.reading`), without importing SQLAlchemy
(a second of the start's CPU with the models and the services).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp.db import in_use, sqlite_connect
from caseapp.db.in_place import Place
from caseapp.db.read_only import ReadOnly
from caseapp.domain.errors import CaseFileError
from caseapp.domain.location import is_server_url
from caseapp.domain.messages import msg

if TYPE_CHECKING:  # SQLAlchemy is imported when the engine is first asked for
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker


class Database:
    """An open case file: its engine and the session factory the services use.

    For a SQLite case file both are built when first asked for, on the connection the
    open verified (see the module's docstring); a team server's are given."""

    def __init__(self, engine: Engine | None = None,
                 session_factory: sessionmaker[Session] | None = None, *,
                 path: Path | None = None, encrypted: bool = False, url: str = "",
                 passphrase: str | None = None, key: str | None = None,
                 connection: Any = None, read_only: ReadOnly | None = None):
        self._engine = engine
        self._session_factory = session_factory
        self.path = path
        self.encrypted = encrypted
        self.url = url
        self.info: dict[str, Any] = {}
        self.passphrase = passphrase  # memory only
        # What SQLCipher is given for this file: the key derived once from the passphrase
        # at open (a raw key, so no connection derives it again), else the passphrase itself.
        self.key = key
        # The connection the open verified, until the engine's pool takes it over.
        self._verified = connection
        self._closed = False
        self._lock = threading.RLock()
        # The shared lock that tells other processes the file is open (caseapp.db.in_use).
        self._mark: int | None = None
        # How the file is read when it cannot be written (None: it can).
        self.read_only = read_only
        # The file opened at ``path``, checked before each use (None: not checked).
        self.place: Place | None = None

    def __repr__(self) -> str:
        return f"Database({self.label!r}, encrypted={self.encrypted})"

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine (built, and SQLAlchemy imported, on first use)."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    assert self.path is not None, "a team server's engine is given"
                    self._engine = _sqlite_engine(self.path, self.key or self.passphrase,
                                                  first=self._hand_over,
                                                  read_only=self.read_only, place=self.place)
        return self._engine

    @engine.setter
    def engine(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def session_factory(self) -> sessionmaker[Session]:
        if self._session_factory is None:
            engine = self.engine
            with self._lock:
                if self._session_factory is None:
                    self._session_factory = _make_sessionmaker(engine)
        return self._session_factory

    @session_factory.setter
    def session_factory(self, factory: sessionmaker[Session]) -> None:
        self._session_factory = factory

    def _hand_over(self) -> Any:
        """The verified connection, given to the engine's pool once (None after that)."""
        with self._lock:
            conn, self._verified = self._verified, None
        return conn

    @property
    def engine_built(self) -> bool:
        return self._engine is not None

    @contextmanager
    def reading(self) -> Iterator[Any]:
        """A DB-API connection of this SQLite case file for plain-SQL reads in one
        snapshot (a read transaction; nothing is written): the connection the open verified
        while the engine has not taken it over (lent for the read: no other thread waits
        for it meanwhile, one that wants the engine gets a connection of its own), else
        one of the engine's pool."""
        assert self.path is not None, "only a SQLite case file is read without SQLAlchemy"
        if self.read_only is not None:
            self.read_only.check_unchanged()
        with self._lock:
            lent, self._verified = self._verified, None
        if lent is not None:
            try:
                if self.place is not None:
                    self.place.check()
                yield from _in_read_transaction(lent)
            finally:
                with self._lock:
                    if self._engine is None and not self._closed and self._verified is None:
                        self._verified = lent  # back, for the engine's pool or the next read
                    else:
                        lent.close()  # the file was closed, or the engine built, meanwhile
            return
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None  # a live pooled connection
            if self.place is not None:
                self.place.check()
            yield from _in_read_transaction(driver)
        finally:
            raw.close()

    @contextmanager
    def plain_reading(self) -> Iterator[Any]:
        """A DB-API connection for plain-SQL reads on either kind of case file: a SQLite
        file's through :meth:`reading` (no SQLAlchemy session), a team server's driver
        connection from the engine's pool."""
        if self.path is not None:
            with self.reading() as raw:
                yield raw
        else:
            with self.engine.connect() as conn:
                yield conn.connection.driver_connection

    def connect_raw(self, path: Path | None = None) -> Any:
        """A new DB-API connection to this file (or to ``path`` with this file's passphrase),
        outside the pool: for backups and checks. Another file gets the passphrase, never
        this file's derived key (which belongs to this file's salt)."""
        target = path or self.path
        assert target is not None, "only a SQLite case file has a file"
        same = self.path is not None and Path(target) == self.path
        if not same:
            return sqlite_connect.connect_file(target, self.passphrase)
        if self.place is not None:
            self.place.check()
        return sqlite_connect.connect_file(target, self.key or self.passphrase, self.uri)

    @property
    def uri(self) -> str | None:
        """The URI this file's connections open when it is read read-only (else None)."""
        return None if self.read_only is None else self.read_only.uri

    def refuse_writes(self) -> None:
        """Raise the refusal to write (one line saying why) if the file is open read-only."""
        if self.read_only is not None:
            raise self.read_only.refusal()

    def hold(self, mark: int | None) -> None:
        """Keep ``mark`` (:func:`caseapp.db.in_use.hold_shared`) until the file is closed."""
        self._mark = mark

    @contextmanager
    def replacing(self) -> Iterator[None]:
        """Every connection closed and the file held alone while the block replaces it
        (a re-key): refused, before anything is done, while it is open anywhere else
        (:func:`caseapp.db.in_use.open_elsewhere`). Reopen it with :meth:`rebind` after."""
        assert self.path is not None
        self.close_connections()
        with self._lock:
            mark, self._mark = self._mark, None
        in_use.let_go(mark)
        with in_use.held_alone(self.path):
            yield

    def rebind(self, passphrase: str | None) -> None:
        """Drop every connection and reopen the same file with ``passphrase`` (after a re-key)."""
        assert self.path is not None
        self.close_connections()
        with self._lock:
            mark, self._mark = self._mark, None
        in_use.let_go(mark)
        self._mark = in_use.hold_shared(self.path)
        self.key = sqlite_connect.derived_key(self.path, passphrase) if passphrase else None
        # The file the re-key put at the path is the one checked from now on.
        self.place = place_check(self.path, self.key or passphrase, passphrase)
        self._engine = _sqlite_engine(self.path, self.key or passphrase, place=self.place)
        self._session_factory = _make_sessionmaker(self._engine)
        self.passphrase = passphrase
        self.encrypted = passphrase is not None

    @property
    def label(self) -> str:
        if self.path is not None:
            return str(self.path)
        from caseapp.db.postgres import safe_url
        return safe_url(self.engine.url.render_as_string(hide_password=False))

    def use_wal(self) -> None:
        """Switch a SQLite case file to write-ahead logging (kept in the file from then on).

        Done only once the file is known to be a case file: the switch rewrites the header.
        Not done in a file open read-only.
        """
        if self.path is None or self.read_only is not None:
            return
        with self._lock:
            if self._verified is not None:
                self._verified.execute("PRAGMA journal_mode = WAL")
                return
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None  # a live pooled connection
            driver.execute("PRAGMA journal_mode = WAL")
        finally:
            raw.close()

    def close_connections(self) -> None:
        """Close every connection to the file (the pool's and the one the open verified, if
        the pool has not taken it over); the file stays usable: the next use connects again."""
        with self._lock:
            conn, self._verified = self._verified, None
            if conn is not None:
                conn.close()
            if self._engine is not None:
                self._engine.dispose()
        if self.place is not None:
            self.place.close()

    def close(self) -> None:
        self._closed = True
        self.close_connections()
        with self._lock:
            mark, self._mark = self._mark, None
        in_use.let_go(mark)
        self.key = None  # the derived key goes with the closed file (the passphrase is the caller's)


def place_check(path: Path, key: str | None, passphrase: str | None) -> Place:
    """The check that ``path`` still names the file opened (:mod:`caseapp.db.in_place`): a
    connection to it keyed with ``key``, a copy of it keyed with ``passphrase``."""
    return Place(path, lambda: sqlite_connect.connect_file(path, key),
                 lambda target: sqlite_connect.connect_file(target, passphrase))


def _in_read_transaction(conn: Any) -> Iterator[Any]:
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")


def _make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    from caseapp.db import search

    factory = sessionmaker(bind=engine, expire_on_commit=False)
    search.install(factory.class_)
    return factory


def _sqlite_engine(path: Path, passphrase: str | None,
                   first: Callable[[], Any] | None = None,
                   read_only: ReadOnly | None = None, place: Place | None = None) -> Engine:
    """The engine of the SQLite case file at ``path`` (keyed with ``passphrase``); its pool's
    first connection is ``first()`` when that gives one (the connection the open verified).
    A file open read-only (``read_only``) is checked for changes made elsewhere at each
    transaction's start; one open to be written, that its path still names the file opened
    (``place``) at each new connection and each transaction's start."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    connect = sqlite_connect.connector(path, passphrase,
                                       None if read_only is None else read_only.uri)

    def creator() -> Any:
        conn = first() if first is not None else None
        if conn is not None:
            return conn
        if place is not None:
            place.check()  # never a connection to another file put at the path
        return connect()

    # QueuePool: for a "sqlite://" URL SQLAlchemy would pick SingletonThreadPool, which
    # shares one connection per thread and is unsafe with background reads. For an
    # encrypted file the DB-API module is sqlcipher3, so that its errors become
    # SQLAlchemy's as plain SQLite's do (the connector keys each connection).
    if passphrase is None:
        engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool)
    else:
        import sqlcipher3

        engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool,
                               module=sqlcipher3)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        sqlite_connect.configure(dbapi_conn, encrypted=passphrase is not None)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if read_only is not None:
            read_only.check_unchanged()
        if place is not None:
            place.check()
        conn.exec_driver_sql("BEGIN")

    return engine


def open_url(url: str) -> Database:
    """Open a case file kept on a team server, given as a URL (``postgresql+psycopg://…``).

    The password is never shown: not in messages, not in :attr:`Database.label`."""
    from caseapp.db import postgres

    if not is_server_url(url):
        raise CaseFileError(msg("“{url}” is not a team server's URL: give a PostgreSQL URL "
                                "(postgresql+psycopg://USER@HOST:PORT/DATABASE) or the path of "
                                "a case file.", url=postgres.safe_url(url)), bad_input=True)
    engine = postgres.server_engine(url)
    return Database(engine, _make_sessionmaker(engine), url=postgres.normalise_url(url))
