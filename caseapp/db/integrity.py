"""Structural checks of the database behind a case file (the dialect-specific part)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from caseapp.db.search import FTS_TABLE


def structural_problems(conn: Connection) -> list[str]:
    """Damage in pages, broken references and a damaged search index, as sentences."""
    if conn.dialect.name != "sqlite":
        return []  # a server database keeps its own integrity
    problems: list[str] = []
    result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    if result != ["ok"]:
        problems += [f"Database structure: {r}" for r in result[:20]]
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(f"Record {rowid} of {table} refers to a missing record of {parent}.")
    try:
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"))
    except Exception as exc:  # noqa: BLE001 - FTS5 reports damage as an error
        problems.append(f"The search index is damaged ({exc}); importing any export rebuilds it.")
    conn.rollback()
    return problems
