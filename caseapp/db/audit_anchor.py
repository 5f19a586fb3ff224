"""The anchor of the audit chain: removing the newest audit entries (or all) shows.

The hash chain (:mod:`caseapp.db.audit_chain`) shows an entry changed, inserted or
removed in the middle, but not the newest entries cut off: what is left is still a
valid chain. So every audit entry CaseApp writes also updates, in the same transaction,

- one row of the table ``audit_anchor``: how many entries the log holds, the id and
  hash of the newest one, and a seal (SHA-256 over those three values), and
- for a SQLite case file, the file header's ``user_version``: the same count (modulo
  2**31), a place that no ``DELETE`` or ``UPDATE`` of a table touches.

An SQL ``DELETE`` on the audit entries leaves both behind, and the count or newest
hash no longer matches. Editing or deleting the anchor row without recomputing its
seal shows, and so does putting back an older anchor row (copied from a backup), as
the header then disagrees. What it cannot show: someone who knows this design and
rewrites entries, anchor, seal and header consistently (the seal has no secret key:
whoever can write the decrypted file can compute it), or the whole file replaced by
an older copy.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, Integer, String, Table, bindparam, event, func, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from caseapp.db.anchor_check import (  # the values and their judgment: no SQLAlchemy there
    ANCHOR_ID,
    HEADER_MODULUS,
    MISSING_TABLE,
    anchor_gone,
    header_value,
    judged,
    seal,
)
from caseapp.db.base import Base
from caseapp.db.models import AuditEntry

anchor_table = Table(
    "audit_anchor",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("entry_count", Integer, nullable=False),
    Column("head_id", Integer, nullable=False),
    Column("head_hash", String(64), nullable=False),
    Column("seal", String(64), nullable=False),
)


def anchor_values(entry_count: int, head_id: int, head_hash: str) -> dict[str, Any]:
    return {"entry_count": entry_count, "head_id": head_id, "head_hash": head_hash,
            "seal": seal(entry_count, head_id, head_hash)}


def write_header(conn: Connection, entry_count: int) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA user_version = {header_value(int(entry_count))}")


def read_header(conn: Connection) -> int | None:
    if conn.dialect.name != "sqlite":
        return None
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


# The statements of every write, built once (building one costs more than running it).
_STORED_COUNT = select(anchor_table.c.entry_count).where(anchor_table.c.id == ANCHOR_ID)
_MOVE = update(anchor_table).where(anchor_table.c.id == ANCHOR_ID)  # SET: the values given
_entries = AuditEntry.__table__
_since: Any = bindparam("first", type_=Integer)
_newest = (select(_entries.c.id, _entries.c.hash).where(_entries.c.id >= _since)
           .order_by(_entries.c.id.desc()).limit(1).subquery())
# The entries since ``first``: the newest of them, how many, and the anchor's count.
_SINCE = select(_newest.c.id, _newest.c.hash,
                select(func.count()).select_from(_entries).where(_entries.c.id >= _since)
                .scalar_subquery(),
                _STORED_COUNT.scalar_subquery())


def _stored_count(conn: Connection) -> int | None:
    row = conn.execute(_STORED_COUNT).first()
    return None if row is None else int(row[0])


def entry_count(conn: Connection) -> int | None:
    """How many entries the anchor says the log holds (None: the anchor row is missing),
    the entries of this transaction not yet counted included (see :func:`settle`)."""
    settle(conn)
    return _stored_count(conn)


def advance(conn: Connection, added: int, head_id: int, head_hash: str, *,
            base: int | None = None) -> None:
    """Record ``added`` new entries, the newest ``head_id``/``head_hash`` (same transaction),
    counted from the anchor's count, or from ``base`` when given (see
    :func:`caseapp.db.audit_chain.extend`).

    A missing anchor row is left missing: CaseApp does not hide that it was removed.
    """
    settle(conn)
    _advance(conn, added, head_id, head_hash, base=base)


def _advance(conn: Connection, added: int, head_id: int, head_hash: str, *,
             base: int | None = None) -> None:
    stored = _stored_count(conn)
    if stored is None:
        return
    _move(conn, (stored if base is None else base) + added, head_id, head_hash)


def _move(conn: Connection, count: int, head_id: int, head_hash: str) -> None:
    """The anchor (a row that is there) and the header set to ``count`` entries, the newest
    ``head_id``/``head_hash``."""
    conn.execute(_MOVE, anchor_values(count, head_id, head_hash))
    write_header(conn, count)


# In a SQLite case file the anchor moves once per transaction, at its commit, rather than
# with every entry (each move rewrites the file header): the connection's info holds the id
# of the first entry written since the anchor last moved. One writer at a time, so every
# entry from that id on is this transaction's (savepoints rolled back took theirs along).
_PENDING = "caseapp_audit_anchor_from"


@event.listens_for(AuditEntry, "after_insert")
def _entry_written(_mapper: Any, connection: Connection, target: AuditEntry) -> None:
    """Every audit entry the services write moves the anchor in the same transaction: at
    once on a server, at the commit (:func:`settle`) in a SQLite case file."""
    if connection.dialect.name == "sqlite":
        connection.info.setdefault(_PENDING, target.id)
    else:
        _advance(connection, 1, target.id, target.hash)


def settle(conn: Connection) -> None:
    """Move the anchor over the entries this transaction wrote since it last moved (SQLite:
    see ``_PENDING``): called before every commit, and before the anchor is read or moved."""
    first = conn.info.pop(_PENDING, None)
    if first is None:
        return
    row = conn.execute(_SINCE, {"first": first}).first()
    if row is not None and row[2] and row[3] is not None:
        _move(conn, int(row[3]) + int(row[2]), row[0], row[1])


@event.listens_for(Session, "before_commit")
def _settle_before_commit(session: Session) -> None:
    """The anchor moves with the commit of the entries: the last flush first, then
    :func:`settle` (a savepoint's release is not the commit: its entries wait)."""
    if session.in_nested_transaction():
        return
    session.flush()
    for conn in _connections(session):
        settle(conn)


def _connections(session: Session) -> list[Connection]:
    """The connections the session's transaction holds (none when it never connected:
    asking ``session.connection()`` would open one only to commit nothing)."""
    transaction = session.get_transaction()
    held = getattr(transaction, "_connections", None) or {}
    return [entry[0] for entry in held.values()]


@event.listens_for(Engine, "commit")
@event.listens_for(Engine, "rollback")
def _forget(conn: Connection) -> None:
    """A transaction's end forgets what it had not counted (rolled back: nothing to count).
    A connection the server dropped is thrown away with what it held: nothing to forget."""
    if conn.invalidated or conn.closed:
        return
    conn.info.pop(_PENDING, None)


def actual_state(conn: Connection) -> tuple[int, int, str]:
    """How many entries the log holds, and the id and hash of the newest (0, "" if none)."""
    table = AuditEntry.__table__
    count = conn.execute(select(func.count()).select_from(table)).scalar_one()
    last = conn.execute(select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)).first()
    return (count, last[0], last[1]) if last else (count, 0, "")


def problems(conn: Connection) -> list[str]:
    """Sentences saying how the audit log differs from its anchor (none if it matches)."""
    try:
        settle(conn)  # entries this transaction wrote count (nothing to do in a check's own)
        row = conn.execute(select(anchor_table).where(anchor_table.c.id == ANCHOR_ID)).mappings().first()
    except DBAPIError:
        conn.rollback()
        return anchor_gone(read_header(conn), actual_state(conn)[0], MISSING_TABLE)
    return judged(None if row is None else dict(row), read_header(conn), actual_state(conn))


__all__ = ["ANCHOR_ID", "HEADER_MODULUS", "advance", "anchor_table", "entry_count",
           "header_value", "problems", "seal", "settle"]
