"""``caseapp team push FILE --db URL``: a local case file moved, whole, into an empty case
file on a team server.

Every row of every table is copied as it is: the same IDs and uids, the documents'
content, the deadlines, the record versions and the audit log with its hash chain and
anchor, so that ``caseapp check`` on the server verifies the very chain the local file
had, and ``caseapp export`` gives the same JSON from both. The search index is rebuilt on
the server (it is derived from the records). All of it is one transaction: a push that
fails leaves the server's database as it was.

The server's database must be empty (a case file with no audit entry and no captive: at
most what ``init`` and ``team init`` made), and the push is run by its owner.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.engine import Connection

from caseapp.db import audit_anchor, search  # noqa: F401 - the anchor's table joins the metadata
from caseapp.db.base import Base
from caseapp.db.engine import Database
from caseapp.db.models import AuditEntry, Captive, FileEvent
from caseapp.db.postgres import is_server, lock_audit_appends
from caseapp.domain.errors import CaseFileError
from caseapp.domain.messages import msg
from caseapp.services.labels import level_label
from caseapp.services.team import clearance_of

BATCH = 500
DERIVED = frozenset({search.FTS_TABLE, "search_entries"})  # rebuilt on the server


def tables() -> list[Table]:
    """Every table of the case file, parents before children."""
    return [t for t in Base.metadata.sorted_tables if t.name not in DERIVED]


def push(source: Database, target: Database, *, source_name: str) -> dict[str, int]:
    """Copy the local case file ``source`` into the empty server case file ``target``;
    returns the rows copied per table. Raises :class:`CaseFileError` (nothing changed) when
    the target is not a server's, not empty, or the login is not its owner."""
    if not is_server(target.engine) or source.path is None:
        raise CaseFileError(msg("Only a local case file is copied, and only into a case file on "
                                "a team server; nothing was changed."), bad_input=True)
    who = clearance_of(target)
    if who.clearance is not None:
        raise CaseFileError(msg("Only the database's owner can push a case file into it; {login} is a team member "
                                "({level}). Nothing was changed.",
                                login=who.login, level=level_label(who.clearance)), bad_input=True)
    counts: dict[str, int] = {}
    with source.engine.connect() as src, target.engine.begin() as dst:
        lock_audit_appends(dst)  # nobody appends to the audit log while it arrives
        _refuse_unless_empty(dst, target.label)
        for table in reversed(tables()):
            dst.execute(delete(table))  # what opening and `team init` made: the file's own come
        for table in tables():
            counts[table.name] = _copy(src, dst, table)
        search.rebuild(dst)
        for table in tables():
            _restart_ids(dst, table)
        dst.execute(insert(cast(Table, FileEvent.__table__)).values(
            actor=who.login, kind="pushed",
            detail=f"copied from the local case file {source_name}"))
    return counts


def _refuse_unless_empty(conn: Connection, label: str) -> None:
    entries = conn.execute(select(func.count()).select_from(AuditEntry.__table__)).scalar_one()
    captives = conn.execute(select(func.count()).select_from(Captive.__table__)).scalar_one()
    if entries or captives:
        raise CaseFileError(
            msg("{label} already holds a case file (captives: {captives}, audit entries: {entries}): team push "
                "needs an empty one, so that nothing there is lost or mixed with the pushed file. Nothing was "
                "changed.", label=label, captives=captives, entries=entries), bad_input=True)


def _copy(src: Connection, dst: Connection, table: Table) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    rows = src.execute(select(table).order_by(*order))
    count = 0
    for batch in rows.mappings().partitions(BATCH):
        dst.execute(insert(table), [dict(row) for row in batch])
        count += len(batch)
    return count


def _restart_ids(conn: Connection, table: Table) -> None:
    """The next new record gets the next ID after the copied ones."""
    if "id" not in table.c or not table.c.id.primary_key:
        return
    sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                            {"t": table.name}).scalar_one()
    if sequence is None:
        return
    top: Any = conn.execute(select(func.max(table.c.id))).scalar_one()
    conn.execute(text("SELECT setval(:s, :v, :called)"),
                 {"s": sequence, "v": top or 1, "called": top is not None})
