"""The rows of a Core select as plain tuples, each value as SQLAlchemy itself gives it, for
the lists that read tens of thousands of rows (the Deadlines view, "Needs attention", the
reminders).

On SQLite the driver's rows are taken from the cursor at once and each column that needs
converting (dates, times, enums, booleans) goes through its type's own result processor,
column by column, once per distinct value: the values are those of ``conn.execute(stmt)``,
without the per-row work of SQLAlchemy's result (a third of the Deadlines view's time at
60,000 rows), and equal dates or enum members are one object. Other databases keep
SQLAlchemy's result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import Connection, Select

# What a converted value may be to be shared between the rows that hold the same stored
# value (a mutable value, a JSON list, is converted for each row).
T = TypeVar("T")

_IMMUTABLE = (str, int, float, bytes, date, datetime, time, Enum, type(None))


def plain_rows(conn: Connection, stmt: Select[Any]) -> Sequence[Sequence[Any]]:
    """Every row of ``stmt`` (positional, in the select's column order)."""
    return [row for part in row_parts(conn, stmt, None) for row in part]


def plain_columns(conn: Connection, stmt: Select[Any]) -> list[Sequence[Any]]:
    """Every row of ``stmt`` column by column: one sequence per selected column, in the
    select's order (``map(cls, *columns)`` builds an object per row without a row tuple).
    Empty sequences when there is no row."""
    count = len(stmt.selected_columns)
    result = conn.execute(stmt)
    if conn.dialect.name != "sqlite":
        rows = result.all()
        return [[row[n] for row in rows] for n in range(count)]
    try:
        raw = result.cursor.fetchall()
    finally:
        result.close()
    return _columns(raw, _processors(conn, stmt)) if raw else [() for _n in range(count)]


def row_parts(conn: Connection, stmt: Select[Any],
              size: int | None = 1000) -> Iterator[Sequence[Sequence[Any]]]:
    """The rows of ``stmt`` ``size`` at a time (all at once with None): a long read that
    keeps only what it needs of each row does not hold every row at once."""
    result = conn.execute(stmt)
    if conn.dialect.name != "sqlite":  # the driver converts; SQLAlchemy's result as it is
        while part := (result.fetchmany(size) if size else result.all()):
            yield part
        return
    cursor = result.cursor
    processors = _processors(conn, stmt)
    try:
        while raw := (cursor.fetchmany(size) if size else cursor.fetchall()):
            yield _converted(raw, processors)
            if size is None:
                break
    finally:
        result.close()


def _processors(conn: Connection, stmt: Select[Any]) -> list[tuple[int, Any]]:
    """(position, result processor) of each column whose stored value is converted."""
    processors = []
    for n, column in enumerate(stmt.selected_columns):
        impl = column.type.dialect_impl(conn.dialect)
        process = impl.result_processor(conn.dialect, None)
        if process is not None:
            processors.append((n, process))
    return processors


def _converted(raw: Sequence[Any], processors: list[tuple[int, Any]]) -> Sequence[Sequence[Any]]:
    if not processors:
        return raw
    return list(zip(*_columns(raw, processors), strict=True))


def _columns(raw: Sequence[Any], processors: list[tuple[int, Any]]) -> list[Sequence[Any]]:
    columns: list[Sequence[Any]] = list(zip(*raw, strict=True))
    for n, process in processors:
        stored = columns[n]
        seen = {v: process(v) for v in dict.fromkeys(stored)}
        if all(isinstance(v, _IMMUTABLE) for v in seen.values()):
            columns[n] = tuple(map(seen.__getitem__, stored))
        else:
            columns[n] = tuple(map(process, stored))
    return columns


def frozen_records(cls: type[T], columns: Sequence[Iterable[Any]]) -> Iterator[T]:
    """An instance of the frozen dataclass ``cls`` per row of ``columns`` (one per field, in
    the order of the fields), equal to ``cls(*row)``: its attributes are set as one
    dictionary, not one ``object.__setattr__`` per field as a frozen dataclass's
    ``__init__`` does (two thirds of the time of 60,000 deadlines of twenty fields)."""
    names = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    if (len(names) != len(columns) or hasattr(cls, "__slots__")
            or hasattr(cls, "__post_init__")):
        raise TypeError(f"{cls.__name__}: not built from {len(columns)} columns")
    new = object.__new__
    for values in zip(*columns, strict=True):
        record = new(cls)
        record.__dict__.update(zip(names, values, strict=True))
        yield record

