"""Structural checks of the database behind a case file (the dialect-specific part).

Each kind of damage is one readable sentence; what SQLite itself reported goes into the
details, shown only on request (``caseapp check --details``).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from caseapp.db.search import FTS_TABLE
from caseapp.domain.messages import msg, msg_n
from caseapp.write_errors import busy, read_only

MAX_DETAILS = 50


def structural_report(conn: Connection, *, encrypted: bool = False
                      ) -> tuple[list[str], list[str], list[str]]:
    """(problems as sentences, SQLite's own words for them, what could not be checked):
    damaged pages, SQLCipher's page authentication, broken references and a damaged search
    index (whose check writes: not made in a read-only file)."""
    if conn.dialect.name != "sqlite":
        return [], [], []  # a server database keeps its own integrity
    unchecked: list[str] = []
    problems: list[str] = []
    details: list[str] = []
    result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
    if result != ["ok"]:
        problems.append(str(msg_n("The database structure is damaged: SQLite's integrity check "
                                  "found {count} problem.", "The database structure is damaged: "
                                  "SQLite's integrity check found {count} problems.",
                                  len(result))))
        details += [f"integrity_check: {r}" for r in result[:MAX_DETAILS]]
    if encrypted:
        pages = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
        if pages:
            problems.append(str(msg_n("Encrypted pages were changed outside CaseApp: SQLCipher's "
                                      "page check found {count} problem.", "Encrypted pages were "
                                      "changed outside CaseApp: SQLCipher's page check found "
                                      "{count} problems.", len(pages))))
            details += [f"cipher_integrity_check: {r}" for r in pages[:MAX_DETAILS]]
    for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
        problems.append(str(msg("Record {id} of {table} refers to a missing record of {parent}.",
                                id=rowid, table=table, parent=parent)))
    try:
        conn.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"))
    except Exception as exc:  # noqa: BLE001 - FTS5 reports damage as an error
        if read_only(exc):
            unchecked.append(str(msg("the search index: its check writes to the case file, "
                                     "which is read-only (or its folder is)")))
        elif busy(exc):  # the window saving, another command importing: not damage
            unchecked.append(str(msg("the search index: its check writes to the case file, "
                                     "which another process (the window or another command) "
                                     "is writing now; run the check again when it has "
                                     "finished")))
        else:
            problems.append(str(msg("The search index is damaged; importing any export rebuilds it.")))
            details.append(f"search index: {exc}")
    conn.rollback()
    return problems, details, unchecked


def structural_problems(conn: Connection) -> list[str]:
    """The sentences of :func:`structural_report` alone."""
    return structural_report(conn)[0]
