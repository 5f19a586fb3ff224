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

import hashlib
import json
from typing import Any

from sqlalchemy import Column, Integer, String, Table, event, func, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from caseapp.db.base import Base
from caseapp.db.models import AuditEntry
from caseapp.domain.messages import msg, msg_n

ANCHOR_ID = 1
HEADER_MODULUS = 2**31  # user_version is a signed 32-bit integer

anchor_table = Table(
    "audit_anchor",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("entry_count", Integer, nullable=False),
    Column("head_id", Integer, nullable=False),
    Column("head_hash", String(64), nullable=False),
    Column("seal", String(64), nullable=False),
)


def seal(entry_count: int, head_id: int, head_hash: str) -> str:
    """SHA-256 over the anchor's values (a version tag first, so the form can change)."""
    text = json.dumps(["caseapp-audit-anchor", 1, entry_count, head_id, head_hash],
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def header_value(entry_count: int) -> int:
    return entry_count % HEADER_MODULUS


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


def _stored_count(conn: Connection) -> int | None:
    row = conn.execute(select(anchor_table.c.entry_count)
                       .where(anchor_table.c.id == ANCHOR_ID)).first()
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
    count = (stored if base is None else base) + added
    conn.execute(update(anchor_table).where(anchor_table.c.id == ANCHOR_ID)
                 .values(anchor_values(count, head_id, head_hash)))
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
    table = AuditEntry.__table__
    added = conn.execute(select(func.count()).select_from(table)
                         .where(table.c.id >= first)).scalar_one()
    head = conn.execute(select(table.c.id, table.c.hash).where(table.c.id >= first)
                        .order_by(table.c.id.desc()).limit(1)).first()
    if added and head is not None:
        _advance(conn, int(added), head[0], head[1])


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
    """A transaction's end forgets what it had not counted (rolled back: nothing to count)."""
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
        return [str(msg("The audit log's anchor table is missing: it was removed outside "
                        "CaseApp, so removed audit entries cannot be detected."))]
    if row is None:
        return [str(msg("The audit log's anchor was removed outside CaseApp, so removed audit "
                        "entries cannot be detected."))]
    if row["seal"] != seal(row["entry_count"], row["head_id"], row["head_hash"]):
        return [str(msg("The audit log's anchor was changed outside CaseApp (its seal no longer "
                        "matches its values)."))]
    found: list[str] = []
    header = read_header(conn)
    if header is not None and header != header_value(row["entry_count"]):
        found.append(str(msg(
            "The audit log's anchor ({count} entries) disagrees with the count kept in the file "
            "header ({header}): the anchor was replaced outside CaseApp, for example by one "
            "copied from an older copy of the file.", count=row["entry_count"], header=header)))
    count, head_id, head_hash = actual_state(conn)
    expected = row["entry_count"]
    if count < expected:
        n = expected - count
        found.append(str(msg_n(
            "{count} audit entry was removed outside CaseApp: the log holds {held}, CaseApp "
            "wrote {written}.", "{count} audit entries were removed outside CaseApp: the log "
            "holds {held}, CaseApp wrote {written}.", n, held=count, written=expected)))
    elif count > expected:
        n = count - expected
        found.append(str(msg_n(
            "{count} audit entry was added outside CaseApp: the log holds {held}, CaseApp wrote "
            "{written}.", "{count} audit entries were added outside CaseApp: the log holds "
            "{held}, CaseApp wrote {written}.", n, held=count, written=expected)))
    elif (head_id, head_hash) != (row["head_id"], row["head_hash"]):
        found.append(str(msg(
            "The newest audit entry is not the one CaseApp wrote last: audit entries were "
            "replaced or renumbered outside CaseApp.")))
    return found
