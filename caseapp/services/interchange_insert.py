"""Many rows of one table inserted in one statement, as an import adds them.

On SQLite the rows go to the driver's ``executemany`` directly, each value turned into what
is stored by its column's own bind processor (the one SQLAlchemy applies), a column at a
time: SQLAlchemy's Core insert builds a parameter set per row, which costs more than the
insert. Any column the rows leave out with a default that is not a plain value (the time
now, a new uid: an export of an older version) and any other database take the Core insert.
Either way the stored rows are the same (tested). Dates and times, the most common values of
an import, are stored by a quicker path of the same result (:func:`stored_by`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Date, Table, insert
from sqlalchemy.engine import Connection, Dialect

from caseapp.db.base import UTCDateTime, utc_text

Process = Callable[[Any], Any]


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
    processors = [stored_by(c, dialect) for c in columns]

    def run(rows: Sequence[dict[str, Any]]) -> None:
        stored = []
        for key, process in zip([*keys, *fixed], processors, strict=True):
            given = ([fixed[key]] * len(rows) if key in fixed else [row[key] for row in rows])
            stored.append(given if process is None else list(map(process, given)))
        conn.exec_driver_sql(sql, list(zip(*stored, strict=True)))

    return run


def stored_by(column: Column[Any], dialect: Dialect) -> Process | None:
    """What turns a value of ``column`` into what SQLite stores: SQLAlchemy's bind processor
    (TypeDecorator then the dialect's type), or for an aware date and time or a date the
    same text made in one step (``isoformat``, in C), where it gives what SQLAlchemy gives
    for a few telling values (else SQLAlchemy's is kept: a storage format of its own)."""
    process = column.type._cached_bind_processor(dialect)
    if process is None:
        return None
    probes: list[Any]
    if isinstance(column.type, UTCDateTime):
        quick, probes = _utc_text(process), _TIMES
    elif isinstance(column.type, Date) and column.type.__class__ is Date:
        quick, probes = _date_text(process), _DAYS
    else:
        return process
    return quick if all(quick(v) == process(v) for v in probes) else process


def _utc_text(process: Process) -> Process:
    def stored(value: Any) -> Any:
        if value.__class__ is datetime and value.tzinfo is not None:
            return utc_text(value)
        return process(value)  # null, or a value SQLAlchemy's processor says is wrong
    return stored


def _date_text(process: Process) -> Process:
    def stored(value: Any) -> Any:
        return value.isoformat() if value.__class__ is date else process(value)
    return stored


_TIMES = [datetime.fromisoformat(t) for t in (
    "2026-12-05T10:50:54+00:00", "2026-03-29T01:30:00.250000+04:00", "0005-01-01T00:00:00-02:30",
    "9999-12-31T23:59:59.999999+00:00")]
_DAYS = [date(2026, 12, 5), date(5, 1, 1), date(9999, 12, 31)]
