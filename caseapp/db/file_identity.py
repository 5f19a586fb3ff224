"""Reading a case file's identity (:mod:`caseapp.domain.file_identity`): from an open session,
or from a file on disk (a backup, a case file about to be replaced) without migrating it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from caseapp.db import key_wrap
from caseapp.db.file_checks import file_kind
from caseapp.db.models import CaseFileIdentity
from caseapp.db.sqlite_connect import connect_file
from caseapp.domain.file_identity import FileIdentity, from_row


def identity_in(s: Session) -> FileIdentity | None:
    """The identity of the case file ``s`` reads (``None``: none recorded, or malformed)."""
    table = CaseFileIdentity.__table__
    # (read as stored, not through the column's type: a time changed by hand into something
    # that is none must not keep the file from opening)
    row = s.execute(select(type_coerce(table.c.identity, String),
                           type_coerce(table.c.created_at, String))
                    .order_by(table.c.id).limit(1)).first()
    return from_row(row)


def identity_of_file(path: Path, passphrase: str | None) -> FileIdentity | None:
    """The identity recorded in the SQLite case file at ``path`` as it is on disk, read
    without writing it; ``None`` when it records none (made by an earlier version), when what
    it records is malformed, or when it cannot be read (not a case file, another passphrase)."""
    path = Path(path)
    try:
        encrypted = file_kind(path) == "encrypted"
        if encrypted and not passphrase:
            return None
        key = key_wrap.sqlcipher_key(path, passphrase) if encrypted and passphrase else None
        conn = connect_file(path, key)
    except Exception:  # noqa: BLE001 - whatever keeps it from being read: it cannot be told
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        row: Any = conn.execute("SELECT identity, created_at FROM case_file_identity "
                                "ORDER BY id LIMIT 1").fetchone()
    except Exception:  # noqa: BLE001 - no such table (an earlier version's), or unreadable
        return None
    finally:
        conn.close()
    return from_row(row)
