"""The audit trail as a hash chain: an edit or deletion made outside CaseApp shows.

Each audit entry stores ``prev_hash``, the hash of the entry before it (by id; "" for the
first), and ``hash`` = SHA-256 over a canonical JSON form of its own content and
``prev_hash``. Changing, removing or inserting an entry in the middle breaks the chain
at that entry. The newest entries cut off leave a valid chain: the anchor
(:mod:`caseapp.db.audit_anchor`, updated with every entry) shows that. (Someone who can
write the decrypted file could rebuild the whole chain and its anchor; the chain shows
edits made with other tools, not a determined forger with the passphrase.)
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection

from caseapp.db import audit_anchor
from caseapp.db.base import utc_text
from caseapp.db.models import AuditEntry
from caseapp.db.postgres import lock_audit_appends
from caseapp.domain.enums import AuditAction

# The content that is hashed, in this order. Never change it: old chains would break.
FIELDS = ("uid", "at", "actor", "action", "entity", "record_uid", "captive_uid", "summary",
          "field", "old_value", "new_value")
CHAIN_COLUMNS = ("prev_hash", "hash")


def _canonical(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return utc_text(value)
    return value


# ``json.dumps(content, ensure_ascii=False, separators=(",", ":"))``, its encoder made once
# (``dumps`` with arguments makes one per call; an import or a check hashes every entry).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def entry_hash(values: Mapping[Any, Any], prev_hash: str) -> str:
    """The hash of one entry (its ``FIELDS`` in ``values``) chained to ``prev_hash``."""
    content: list[Any] = [prev_hash]
    for field in FIELDS:
        value = values[field]  # most are text or null, as they are hashed
        content.append(value if value is None or value.__class__ is str else _canonical(value))
    return _digest(content)


def _digest(content: list[Any]) -> str:
    return hashlib.sha256(_ENCODE(content).encode("utf-8")).hexdigest()


def tail(conn: Connection) -> tuple[int, str]:
    """The id and hash of the last entry, or (0, "") when there is none (on a server, read
    under the lock that serialises appends: call it in the transaction that appends)."""
    lock_audit_appends(conn)  # the caller appends after this tail: no one else until commit
    table = cast(Table, AuditEntry.__table__)
    row = conn.execute(select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, "")


def tail_and_count(conn: Connection) -> tuple[int, str, int | None]:
    """:func:`tail`, and the anchor's count at that moment (for :func:`extend`)."""
    after, prev = tail(conn)
    return after, prev, audit_anchor.entry_count(conn)


def append_entries(conn: Connection, rows: list[dict[str, Any]], prev_hash: str) -> str:
    """Write new entries (their ``FIELDS``, oldest first) chained after ``prev_hash``, the
    file's last entry read in this transaction, in one statement, and move the anchor over
    them: the entries and hashes written one by one would be. Returns the new tail hash."""
    for row in rows:
        row["prev_hash"] = prev_hash
        row["hash"] = prev_hash = entry_hash(row, prev_hash)
    conn.execute(insert(cast(Table, AuditEntry.__table__)), rows)
    head_id, head_hash = tail(conn)
    audit_anchor.advance(conn, len(rows), head_id, head_hash)
    return prev_hash


def chain_rows(rows: Iterable[Mapping[Any, Any]], prev_hash: str) -> list[dict[str, Any]]:
    """``{id, prev_hash, hash}`` for ``rows`` (in id order) chained after ``prev_hash``."""
    out = []
    for row in rows:
        digest = entry_hash(row, prev_hash)
        out.append({"entry_id": row["id"], "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    return out


def extend(conn: Connection, after_id: int, prev_hash: str, anchored: int | None) -> int:
    """Chain the entries whose id is above ``after_id`` (written by an import); returns how many.

    ``anchored`` is the anchor's count read with the tail (:func:`tail_and_count`): the anchor
    then counts exactly the entries chained here, whether they were copied from a file
    (uncounted) or written by the services meanwhile (each counted once as it was written)."""
    from sqlalchemy import bindparam

    table = cast(Table, AuditEntry.__table__)
    if conn.dialect.name == "sqlite":  # the stored text hashed and written as it is
        links = _chain_stored(conn, after_id, prev_hash)
        if links:
            conn.exec_driver_sql("UPDATE audit_entries SET prev_hash = ?, hash = ? WHERE id = ?",
                                 [(x["prev_hash"], x["hash"], x["entry_id"]) for x in links])
    else:
        links = chain_rows(conn.execute(select(table.c.id, *(table.c[f] for f in FIELDS)).where(
            table.c.id > after_id).order_by(table.c.id)).mappings(), prev_hash)
        if links:
            conn.execute(update(table).where(table.c.id == bindparam("entry_id"))
                         .values(prev_hash=bindparam("prev_hash"), hash=bindparam("hash")), links)
    if links:
        audit_anchor.advance(conn, len(links), links[-1]["entry_id"], links[-1]["hash"],
                             base=anchored)
    return len(links)


# An entry's time as SQLAlchemy stores it in SQLite, which is what ``_canonical`` makes of the
# time it reads back: hashed as stored.
_STORED_AT = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
_AT, _ACTION = FIELDS.index("at"), FIELDS.index("action")
_ACTIONS = frozenset(a.value for a in AuditAction)


def _chain_stored(conn: Connection, after_id: int, prev_hash: str) -> list[dict[str, Any]]:
    """:func:`chain_rows` over the entries above ``after_id`` as SQLite stores them (an import
    chains every entry it copied): the same hashes without each value made into Python's type
    and back. Text is hashed as stored; so are a time and an action of the form SQLAlchemy
    stores them in, which is what their types read back and :func:`_canonical` gives; one of
    another form (written by other software) is read through its column's type."""
    table = cast(Table, AuditEntry.__table__)
    read_at = table.c.at.type._cached_result_processor(conn.dialect, None)
    read_action = table.c.action.type._cached_result_processor(conn.dialect, None)
    out = []
    with closing(conn.connection.cursor()) as cursor:  # the driver's rows, in the transaction
        cursor.execute(f"SELECT id, {', '.join(FIELDS)} FROM audit_entries WHERE id > ? "
                       "ORDER BY id", (after_id,))
        for entry_id, *content in cast("Iterable[Any]", cursor):  # (sqlite3: rows as read)
            at, action = content[_AT], content[_ACTION]
            if at.__class__ is not str or not _STORED_AT.fullmatch(at):
                content[_AT] = _canonical(read_at(at) if read_at else at)
            if action not in _ACTIONS:
                content[_ACTION] = _canonical(read_action(action) if read_action else action)
            digest = _digest([prev_hash, *content])
            out.append({"entry_id": entry_id, "prev_hash": prev_hash, "hash": digest})
            prev_hash = digest
    return out


@dataclass(frozen=True)
class ChainBreak:
    """The first entry where the chain breaks: it does not follow the entry before it
    (``changed`` false: one before it was changed, removed or inserted), or its own content
    was changed. The check says it in the reader's words (caseapp.services.maintenance)."""

    entry_id: int
    at: str  # UTC, "2026-11-27 12:00:00"
    actor: str
    action: str
    entity: str
    summary: str  # as stored
    changed: bool


def first_break(conn: Connection) -> ChainBreak | None:
    """The first entry where the chain breaks, or None if it holds."""
    table = cast(Table, AuditEntry.__table__)
    prev = ""
    for row in conn.execute(select(table).order_by(table.c.id)).mappings():
        if row["prev_hash"] != prev:
            return _break(row, changed=False)
        if entry_hash(row, prev) != row["hash"]:
            return _break(row, changed=True)
        prev = row["hash"]
    return None


def _break(row: Mapping[Any, Any], *, changed: bool) -> ChainBreak:
    return ChainBreak(row["id"], str(_canonical(row["at"]))[:19].replace("T", " "),
                      str(row["actor"] or ""), str(_canonical(row["action"])),
                      str(row["entity"] or ""), str(row["summary"] or ""), changed)
