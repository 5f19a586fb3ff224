"""Many rows of one table inserted in one statement, as an import adds them.

On SQLite the rows go to the driver's ``executemany`` directly, each value turned into what
is stored by its column's own bind processor (the one SQLAlchemy applies), a column at a
time: SQLAlchemy's Core insert builds a parameter set per row, which costs more than the
insert. Any column the rows leave out with a default that is not a plain value (the time
now, a new uid: an export of an older version) and any other database take the Core insert.
Either way the stored rows are the same (tested).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys: column keys) into ``table``."""
    if not rows:
        return
    driver = driver_insert(conn, table, list(rows[0]))
    if driver is None:
        conn.execute(insert(table), list(rows))
    else:
        driver(rows)


def driver_insert(conn: Connection, table: Table, keys: list[str]
                  ) -> Callable[[Sequence[dict[str, Any]]], None] | None:
    """The driver-level insert of rows giving ``keys``, or None where the Core insert is
    needed (not SQLite; a column left out whose default is not a plain value)."""
    dialect = conn.dialect
    if dialect.name != "sqlite":
        return None
    fixed: dict[str, Any] = {}
    for column in table.c:
        if column.key in keys or column.default is None:
            continue  # given, or left to the database (its server default or null)
        if not column.default.is_scalar:
            return None
        fixed[column.key] = column.default.arg  # type: ignore[attr-defined]
    columns = [table.c[k] for k in [*keys, *fixed]]
    prepare = dialect.identifier_preparer
    sql = (f"INSERT INTO {prepare.format_table(table)} "
           f"({', '.join(prepare.format_column(c) for c in columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    # The bind processor of each column, as SQLAlchemy's compiled insert applies it.
    processors = [c.type._cached_bind_processor(dialect) for c in columns]

    def run(rows: Sequence[dict[str, Any]]) -> None:
        stored = []
        for key, process in zip([*keys, *fixed], processors, strict=True):
            given = ([fixed[key]] * len(rows) if key in fixed else [row[key] for row in rows])
            stored.append(given if process is None else list(map(process, given)))
        conn.exec_driver_sql(sql, list(zip(*stored, strict=True)))

    return run
