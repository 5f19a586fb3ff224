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
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

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


def entry_count(conn: Connection) -> int | None:
    """How many entries the anchor says the log holds (None: the anchor row is missing)."""
    row = conn.execute(select(anchor_table.c.entry_count)
                       .where(anchor_table.c.id == ANCHOR_ID)).first()
    return None if row is None else int(row[0])


def advance(conn: Connection, added: int, head_id: int, head_hash: str, *,
            base: int | None = None) -> None:
    """Record ``added`` new entries, the newest ``head_id``/``head_hash`` (same transaction),
    counted from the anchor's count, or from ``base`` when given (see
    :func:`caseapp.db.audit_chain.extend`).

    A missing anchor row is left missing: CaseApp does not hide that it was removed.
    """
    stored = entry_count(conn)
    if stored is None:
        return
    count = (stored if base is None else base) + added
    conn.execute(update(anchor_table).where(anchor_table.c.id == ANCHOR_ID)
                 .values(anchor_values(count, head_id, head_hash)))
    write_header(conn, count)


@event.listens_for(AuditEntry, "after_insert")
def _entry_written(_mapper: Any, connection: Connection, target: AuditEntry) -> None:
    """Every audit entry the services write moves the anchor in the same transaction."""
    advance(connection, 1, target.id, target.hash)


def actual_state(conn: Connection) -> tuple[int, int, str]:
    """How many entries the log holds, and the id and hash of the newest (0, "" if none)."""
    table = AuditEntry.__table__
    count = conn.execute(select(func.count()).select_from(table)).scalar_one()
    last = conn.execute(select(table.c.id, table.c.hash).order_by(table.c.id.desc()).limit(1)).first()
    return (count, last[0], last[1]) if last else (count, 0, "")


def problems(conn: Connection) -> list[str]:
    """Sentences saying how the audit log differs from its anchor (none if it matches)."""
    try:
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
