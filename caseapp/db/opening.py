"""Opening a SQLite case file: what the file is checked to be first, its passphrase proved on
the connection the open keeps, the quick check, and a file that cannot be written read
read-only. A wrong passphrase or a file that is not a case file never creates or changes
anything on disk; repeated wrong passphrases are slowed down (:class:`UnlockThrottle`).

The open gives a :class:`~caseapp.db.engine.Database` on the verified connection; a team
server's case file is opened by :func:`caseapp.db.engine.open_url`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from caseapp.db import in_use, key_wrap, sqlite_connect
from caseapp.db.engine import Database, place_check
from caseapp.db.file_checks import case_file_kind, quick_problems
from caseapp.db.read_only import ReadOnly, read_only_mode
from caseapp.domain.errors import CaseFileError, WrongPassphrase
from caseapp.domain.messages import msg, msg_n
from caseapp.write_errors import disk_full, no_space, read_only, read_only_error


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
        db.place = place_check(path, db.key or db.passphrase, db.passphrase)
    return db


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
        sqlite_connect.create_owner_only(path)
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
    key = (sqlite_connect.derived_key(path, passphrase, uri)
           if kind == "encrypted" and passphrase else None)

    connect = sqlite_connect.connector(path, key or passphrase, uri)
    conn = connect()
    verified = False
    try:
        try:
            # The first read proves the key: SQLCipher fails here on a wrong passphrase.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        # (each driver its own error)
        except (sqlite3.DatabaseError, sqlite_connect.cipher_database_error()) as exc:
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
        sqlite_connect.configure(conn, encrypted=bool(passphrase))
        verified = True
    finally:
        if not verified:
            conn.close()
    return Database(path=path, encrypted=bool(passphrase), passphrase=passphrase or None,
                    key=key or passphrase or None, connection=conn, read_only=ro)
