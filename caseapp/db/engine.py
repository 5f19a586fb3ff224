"""Opening a case file: SQLite, SQLCipher (encrypted SQLite) or a database URL.

One database is one case file. Opening checks what the file is before touching it,
so a wrong passphrase or a file that is not a case file never creates or changes
anything on disk.

A SQLite case file is opened on one DB-API connection, the one its checks ran on (the
passphrase, the quick check); SQLAlchemy's engine is built when first asked for, and that
connection is the first its pool hands out. What the start needs before the window shows
its rows (the schema revision, the audit anchor, the captives' rows) is read on that
connection with plain SQL (:meth:`Database.reading`), without importing SQLAlchemy
(a second of the start's CPU with the models and the services).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp.db import in_use, key_wrap
from caseapp.db.in_place import Place
from caseapp.db.read_only import ReadOnly, read_only_mode
from caseapp.domain.errors import CaseFileError, WrongPassphrase
from caseapp.domain.location import is_server_url
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.fileio import existing_kind
from caseapp.write_errors import disk_full, no_space, read_only, read_only_error

if TYPE_CHECKING:  # SQLAlchemy is imported when the engine is first asked for
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_HEADER = b"SQLite format 3\x00"


def file_kind(path: Path) -> str:
    """``missing``, ``empty``, ``plain`` (SQLite) or ``encrypted`` (anything else: SQLCipher
    files have no readable header, and neither has a file that is not a database at all).
    Raises :class:`CaseFileError` for what is not a file at all (a folder, a device, a pipe:
    never read, a pipe would be waited on for ever), a loop of symbolic links, or a file the
    user may not read."""
    try:
        kind = existing_kind(path)
        if kind == "file":
            head = in_use.read_head(path, len(SQLITE_HEADER))
    except PermissionError:
        raise CaseFileError(msg("Cannot open {file}: you may not read it (or its folder). "
                                "Nothing was changed.", file=path), bad_input=True) from None
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            raise
        raise CaseFileError(msg("{file} is a symbolic link that leads back to itself (a loop), "
                                "not a case file. Nothing was changed.", file=path),
                            bad_input=True) from None
    if kind is None:
        return "missing"
    if kind != "file":
        raise CaseFileError(msg("{file} is a folder, not a case file. Nothing was changed.",
                                file=path) if kind == "folder" else
                            msg("{file} is not a case file: it is a device, a pipe or a socket. "
                                "Nothing was changed.", file=path), bad_input=True)
    if not head:
        return "empty"
    return "plain" if head == SQLITE_HEADER else "encrypted"


# A database file is a whole number of pages, and the smallest page is 512 bytes.
MIN_PAGE_SIZE = 512
TEXT_FILE = msg("it is a text file, not a CaseApp case file")


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:  # a character cut at the end of the sample is fine
        return exc.start >= len(head) - 3
    return True


# The first bytes of documents that are often beside a case file. An encrypted case file
# begins with its random salt, which begins so once in 2**24 at the least likely.
_DOCUMENTS = ((b"%PDF-", "PDF"), (b"PK\x03\x04", "ZIP (.docx, .xlsx, .odt)"),
              (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office (.doc, .xls)"),
              (b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"))


def not_a_case_file(path: Path) -> Message | None:
    """Why the file at ``path`` (which has no SQLite header) cannot be an encrypted case
    file ("it is a text file, …", "it is a PDF file, …"); None when it may be one (only its
    passphrase can tell). Either is a mistake of the path (:func:`foreign_file`)."""
    size = path.stat().st_size
    head = in_use.read_head(path, 4096)
    if _looks_like_text(head):
        return TEXT_FILE
    for start, kind in _DOCUMENTS:
        if head.startswith(start):
            return msg("it is a {kind} file, not a CaseApp case file", kind=kind)
    if size % MIN_PAGE_SIZE:
        return msg("it is not a case file, or is a damaged one that was cut off (its size, "
                   "{size} bytes, is not a whole number of database pages)", size=size)
    return None


def foreign_file(reason: Message) -> bool:
    """Whether ``reason`` (of :func:`not_a_case_file`) says the file is another kind of file,
    not a damaged case file."""
    return reason == TEXT_FILE or reason.text == _FOREIGN.text


_FOREIGN = msg("it is a {kind} file, not a CaseApp case file", kind="")


def plain_truncation(path: Path) -> Message | None:
    """Why the SQLite file at ``path`` is damaged, if it is shorter than its header says."""
    header = in_use.read_head(path, 100)
    if len(header) < 100:
        return msg("the file is damaged: it was cut off inside its header")
    if Path(f"{path}-wal").exists() or header[24:28] != header[92:96]:
        return None  # the size in the header is not to be trusted then (SQLite's rule)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    if pages and page_size and size < pages * page_size:
        return msg("the file is damaged: it was cut off ({size} bytes of the {declared} its "
                   "header declares)", size=size, declared=pages * page_size)
    return None


class UnlockThrottle:
    """Slows down guessing: the first ``free`` wrong passphrases for a file are reported at
    once, each further one only after 1, 2, 4 … (at most ``cap``) seconds. Counted per file
    in this process, in memory only; a right passphrase starts the count again."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep, *, free: int = 2,
                 cap: float = 30.0):
        self._sleep = sleep
        self._free = free
        self._cap = cap
        self._failures: dict[str, int] = {}

    def failures(self, path: Path) -> int:
        return self._failures.get(str(Path(path).resolve()), 0)

    def delay_after(self, failures: int) -> float:
        """Seconds waited after the ``failures``-th wrong passphrase in a row."""
        extra = failures - self._free
        return 0.0 if extra <= 0 else float(min(self._cap, 2 ** (extra - 1)))

    def failed(self, path: Path) -> float:
        key = str(Path(path).resolve())
        self._failures[key] = self._failures.get(key, 0) + 1
        delay = self.delay_after(self._failures[key])
        if delay:
            self._sleep(delay)
        return delay

    def succeeded(self, path: Path) -> None:
        self._failures.pop(str(Path(path).resolve()), None)


UNLOCK_THROTTLE = UnlockThrottle()


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _cipher_database_error() -> type[Exception]:
    """sqlcipher3's DatabaseError (it does not derive from sqlite3's)."""
    import sqlcipher3

    return sqlcipher3.DatabaseError


def _sqlite_connector(path: Path, passphrase: str | None,
                      uri: str | None = None) -> Callable[[], Any]:
    """What connects to the SQLite file at ``path``, keyed with ``passphrase`` when given;
    through ``uri`` when given (a file read read-only: :mod:`caseapp.db.read_only`)."""
    target = str(path) if uri is None else uri
    if passphrase is None:
        return lambda: sqlite3.connect(target, check_same_thread=False, uri=uri is not None)

    import sqlcipher3  # imported only for encrypted files

    def connect() -> Any:
        conn = sqlcipher3.connect(target, check_same_thread=False, uri=uri is not None)
        conn.execute("PRAGMA cipher_log_level = NONE")  # nothing about the file on stderr
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        return conn

    return connect


def create_owner_only(path: Path) -> None:
    """Create the empty file ``path`` readable and writable by its owner only (0600), so
    that the case file SQLite then writes into it, and the ``-wal`` and ``-shm`` files it
    gives the same permissions, are never readable by other accounts on the computer."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def connect_file(path: Path, passphrase: str | None, uri: str | None = None) -> Any:
    """A DB-API connection to a SQLite file (keyed with ``passphrase`` when given; through
    ``uri`` when given), with temporary tables and sorts kept in memory. The caller closes it."""
    conn = _sqlite_connector(path, passphrase, uri)()
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


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
            return connect_file(target, self.passphrase)
        if self.place is not None:
            self.place.check()
        return connect_file(target, self.key or self.passphrase, self.uri)

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
        self.key = derived_key(self.path, passphrase) if passphrase else None
        # The file the re-key put at the path is the one checked from now on.
        self.place = _place(self.path, self.key or passphrase, passphrase)
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


def _place(path: Path, key: str | None, passphrase: str | None) -> Place:
    """The check that ``path`` still names the file opened (:mod:`caseapp.db.in_place`): a
    connection to it keyed with ``key``, a copy of it keyed with ``passphrase``."""
    return Place(path, lambda: connect_file(path, key),
                 lambda target: connect_file(target, passphrase))


def _in_read_transaction(conn: Any) -> Iterator[Any]:
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("ROLLBACK")


def configure(conn: Any, *, encrypted: bool) -> None:
    """What every connection of a SQLite case file is set to: SQLAlchemy (or the caller)
    issues BEGIN itself, references are enforced, sorts and temporary tables never hit the
    disk, a writer elsewhere is waited for."""
    conn.isolation_level = None
    cur = conn.cursor()
    if encrypted:
        cur.execute("PRAGMA cipher_log_level = NONE")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


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

    connect = _sqlite_connector(path, passphrase, None if read_only is None else read_only.uri)

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
        configure(dbapi_conn, encrypted=passphrase is not None)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if read_only is not None:
            read_only.check_unchanged()
        if place is not None:
            place.check()
        conn.exec_driver_sql("BEGIN")

    return engine


# SQLCipher 4's key derivation (its defaults, which CaseApp never changes): PBKDF2-HMAC-SHA512
# of the passphrase with the file's salt (its first 16 bytes), 256,000 iterations.
SALT_BYTES = 16


def _kdf_iterations() -> int | None:
    """The iterations SQLCipher's default key derivation takes in this process (what a
    connection keyed with a passphrase would use); None when it is not PBKDF2-HMAC-SHA512."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        algorithm = conn.execute("PRAGMA cipher_default_kdf_algorithm").fetchone()
        if algorithm is None or "PBKDF2_HMAC_SHA512" not in str(algorithm[0]):
            return None
        return int(conn.execute("PRAGMA cipher_default_kdf_iter").fetchone()[0])
    finally:
        conn.close()


def derived_key(path: Path, passphrase: str, uri: str | None = None) -> str | None:
    """The raw key SQLCipher derives from ``passphrase`` for the file at ``path``, derived
    here once so that the connections of this open need not each derive it again (about
    a tenth of a second apiece); None when it does not open the file (a wrong passphrase,
    a file made with other settings: the passphrase itself is given then). A raw key
    (recovery's data key) is already what SQLCipher uses."""
    if key_wrap.is_raw_key(passphrase):
        return passphrase
    import hashlib

    iterations = _kdf_iterations()
    salt = in_use.read_head(path, SALT_BYTES)
    if iterations is None or len(salt) < SALT_BYTES:
        return None
    key = key_wrap.raw_key(hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt,
                                               iterations, 32))
    return key if key_wrap.opens_with(path, key, uri) else None


def quick_problems(conn: Any) -> list[str]:
    """SQLite's quick check: every page of the file read (for an encrypted file, SQLCipher
    checks each page's authentication code as it is read) and its structure checked. The
    full checks (indexes against their tables, SQLCipher's own page check) run after the
    open, in the background (:func:`full_problems`), and in ``caseapp check``."""
    return [r[0] for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]


def full_problems(path: Path, key: str | None,
                  connected: Callable[[Any], None] | None = None,
                  uri: str | None = None) -> list[str]:
    """SQLite's full integrity check of the case file at ``path`` (which also compares every
    index with its table, and so notices a page put back from an older copy) and, when
    ``key`` is given (an encrypted file's: :attr:`Database.key`), SQLCipher's check of every
    page: what each reported, on a connection of its own. Run after the open, while the
    case file is in use; reads only. ``connected`` gets that connection as soon as it is
    open, so that closing the file can interrupt the check (``connection.interrupt()``);
    ``uri``: what a file open read-only is read through (:attr:`Database.uri`)."""
    try:
        conn = connect_file(path, key, uri)
    except Exception as exc:  # noqa: BLE001 - the file went away meanwhile, or will not open
        return [str(exc)]
    if connected is not None:
        connected(conn)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()
                    if r[0] != "ok"]
        if key is not None:
            problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except Exception as exc:  # noqa: BLE001 - a damaged page fails the read itself
        problems = [str(exc)]
    finally:
        conn.close()
    return problems


def open_sqlite(path: Path, *, passphrase: str | None = None, create: bool = False,
                throttle: UnlockThrottle | None = None) -> Database:
    """Open (or with ``create`` make) the case file at ``path``.

    Raises :class:`CaseFileError` with a message for the user when the file is
    missing, is not a case file, is encrypted and no passphrase was given, the
    passphrase is wrong, or the file fails its quick integrity check. Nothing is
    written to the file in those cases. Repeated wrong passphrases are slowed down by
    ``throttle`` (the process-wide :data:`UNLOCK_THROTTLE` by default).

    The open holds the file's shared lock (:mod:`caseapp.db.in_use`) until it is closed; a
    re-key of the file by another command is waited for before anything is read.
    """
    path = Path(path).expanduser()
    mark = in_use.hold_shared(path)
    try:
        db = _open_sqlite(path, passphrase=passphrase, create=create, throttle=throttle)
    except BaseException:
        in_use.let_go(mark)
        raise
    db.hold(mark if mark is not None else in_use.hold_shared(path))  # a new file: once made
    if db.read_only is None:
        db.place = _place(path, db.key or db.passphrase, db.passphrase)
    return db


def case_file_kind(path: Path, *, create: bool = False) -> str:
    """The :func:`file_kind` of ``path`` once it can be a case file: the
    :class:`CaseFileError` an open gives, without the passphrase, for a file missing (unless
    ``create``), empty, not a database or cut off."""
    kind = file_kind(path)
    if kind == "missing" and not create:
        raise CaseFileError(msg("There is no case file at {file}. Create one with “caseapp "
                                "init”.", file=path), bad_input=True)
    if kind == "empty":
        raise CaseFileError(msg("Cannot open {file}: it is an empty file, not a CaseApp case "
                                "file. Nothing was changed.", file=path), bad_input=True)
    if kind == "encrypted":
        reason = not_a_case_file(path)
        if reason:
            raise CaseFileError(msg("Cannot open {file}: {reason}. Nothing was changed.",
                                    file=path, reason=reason),
                                damaged=not foreign_file(reason), bad_input=foreign_file(reason))
    if kind == "plain":
        truncated = plain_truncation(path)
        if truncated:
            raise CaseFileError(msg("Cannot open {file}: {reason}. Nothing was changed.",
                                    file=path, reason=truncated), damaged=True)
    return kind


def _open_sqlite(path: Path, *, passphrase: str | None, create: bool,
                 throttle: UnlockThrottle | None) -> Database:
    throttle = UNLOCK_THROTTLE if throttle is None else throttle
    kind = case_file_kind(path, create=create)
    if kind == "plain" and passphrase:
        raise CaseFileError(msg("{file} is not encrypted; open it without a passphrase.",
                                file=path), bad_input=True)
    if kind == "encrypted" and not passphrase:
        raise CaseFileError(
            msg("{file} is encrypted (or is not a case file): give its passphrase "
                "(CASEAPP_PASSPHRASE, or at the prompt).", file=path),
            bad_input=True,
        )
    if kind == "missing":
        path.parent.mkdir(parents=True, exist_ok=True)
        create_owner_only(path)
    if kind != "encrypted" or not passphrase:
        return _open_keyed(path, kind, passphrase, throttle)
    forms = key_wrap.typed_forms(passphrase)
    try:
        return _open_keyed(path, kind, forms[0], throttle)
    except WrongPassphrase:
        # The same letters in another Unicode form (key_wrap.typed_forms): one wrong
        # passphrase typed, one failure counted (the other forms' by a throttle of their own).
        uncounted = UnlockThrottle(lambda _seconds: None)
        for form in forms[1:]:
            try:
                database = _open_keyed(path, kind, form, uncounted)
            except WrongPassphrase:
                continue
            throttle.succeeded(path)
            return database
        raise


def _open_keyed(path: Path, kind: str, passphrase: str | None,
                throttle: UnlockThrottle) -> Database:
    """The case file at ``path`` (of ``kind``) opened with ``passphrase`` as given."""
    if kind == "encrypted":  # a file with recovery set up: the passphrase unwraps its key
        passphrase = key_wrap.sqlcipher_key(path, passphrase)
    ro = None if kind == "missing" else read_only_mode(path)
    try:
        return _verified(path, kind, passphrase, ro, throttle)
    except _CannotWrite as exc:
        if ro is not None or kind == "missing":
            raise exc.refusal(path) from None
        first = exc
    # SQLite could not write beside it although the system said it could (a network share's
    # own rules), or the disk is full: read it as a file that cannot be written.
    try:
        return _verified(path, kind, passphrase,
                         read_only_mode(path, disk_full=first.disk_full, refused=True), throttle)
    except _CannotWrite:
        raise first.refusal(path) from None


class _CannotWrite(Exception):
    """SQLite could not make or write its side files when the case file was first read:
    the disk is full (``disk_full``), or the file or its folder may not be written."""

    def __init__(self, *, disk_full: bool):
        super().__init__()
        self.disk_full = disk_full

    def refusal(self, path: Path) -> CaseFileError:
        return no_space(path) if self.disk_full else read_only_error(path)


def _side_files_refused(exc: BaseException, path: Path) -> bool:
    """Whether SQLite's error at the first read is its side files refused (the file or its
    folder may not be written, whatever the system's permissions said), not damage."""
    text = str(exc)
    return read_only(exc, path) or "unable to open database file" in text


def _verified(path: Path, kind: str, passphrase: str | None, ro: ReadOnly | None,
              throttle: UnlockThrottle) -> Database:
    """The case file at ``path`` (of ``kind``) open on a connection whose first read proved
    the passphrase and that passed the quick check; read read-only as ``ro`` says when
    given. Raises :class:`_CannotWrite` when SQLite could not make its side files."""
    uri = None if ro is None else ro.uri
    key = derived_key(path, passphrase, uri) if kind == "encrypted" and passphrase else None

    connect = _sqlite_connector(path, key or passphrase, uri)
    conn = connect()
    verified = False
    try:
        try:
            # The first read proves the key: SQLCipher fails here on a wrong passphrase.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except (sqlite3.DatabaseError, _cipher_database_error()) as exc:  # each driver its own
            if disk_full(exc, folder=path.parent):  # no room for SQLite's side files
                raise _CannotWrite(disk_full=True) from None
            if _side_files_refused(exc, path):  # the side files cannot be made beside it
                raise _CannotWrite(disk_full=False) from None
            if kind == "encrypted":
                throttle.failed(path)
                raise WrongPassphrase(
                    msg("Cannot open {file}: the passphrase is wrong, or the file is damaged "
                        "or not a case file. Nothing was changed.", file=path),
                    bad_input=True, damaged=True,
                ) from None
            raise CaseFileError(msg("Cannot open {file}: the file is damaged. Nothing was "
                                    "changed.", file=path),
                                damaged=True,
                                details=(str(exc),)) from None
        if kind == "encrypted":
            throttle.succeeded(path)
        if kind != "missing":
            try:
                problems = quick_problems(conn)
            except Exception as exc:  # noqa: BLE001 - a damaged page fails the read itself
                problems = [str(exc)]
            if problems:
                raise CaseFileError(
                    msg_n("Cannot open {file}: the file is damaged or was changed outside "
                          "CaseApp (SQLite's check found a problem). It was not opened and "
                          "nothing was written to it.",
                          "Cannot open {file}: the file is damaged or was changed outside "
                          "CaseApp (SQLite's check found {count} problems). It was not opened "
                          "and nothing was written to it.", len(problems), file=path),
                    damaged=True, details=tuple(problems[:50]),
                )
        configure(conn, encrypted=bool(passphrase))
        verified = True
    finally:
        if not verified:
            conn.close()
    return Database(path=path, encrypted=bool(passphrase), passphrase=passphrase or None,
                    key=key or passphrase or None, connection=conn, read_only=ro)


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
