"""Connecting to a SQLite case file: a DB-API connection of sqlite3, or of sqlcipher3 keyed for an
encrypted file, the settings every connection gets, and the raw key SQLCipher derives from the
passphrase, derived once per open.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from caseapp.db import in_use, key_wrap


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def cipher_database_error() -> type[Exception]:
    """sqlcipher3's DatabaseError (it does not derive from sqlite3's)."""
    import sqlcipher3

    return sqlcipher3.DatabaseError


def connector(path: Path, passphrase: str | None,
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
    conn = connector(path, passphrase, uri)()
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


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
