"""Reading an import's values fast: a reader per column, chosen once per table.

Each reader takes a value as the export file writes it and returns it as the column's
Python type when it is plainly right (text within its length, one of an enum's values, an
ISO date, a whole number in range, true/false, null in a nullable column); anything else —
a wrong value, or a type these readers do not handle — raises :class:`Unsure`, and the
import's full check (``interchange._checked``) decides it and names what is wrong. So a
record is accepted or refused, with the same message, as by the full check alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String
from sqlalchemy import Enum as SAEnum

from caseapp.services.row_validation import INT_MAX, INT_MIN

Reader = Callable[[Any], Any]


class Unsure(Exception):
    """The value is not plainly right: the full check decides."""


def reader(column: Any) -> Reader | None:
    """The fast reader of ``column``'s values, or None when it has none (the full check)."""
    t, nullable = column.type, column.nullable
    if isinstance(t, SAEnum) and t.enum_class is not None:
        members = {m.value: m for m in t.enum_class}
        return _nullable(nullable, lambda v: members[v] if type(v) is str and v in members
                         else _unsure())
    if isinstance(t, String):
        limit = t.length
        if limit:
            return _nullable(nullable, lambda v: v if type(v) is str and len(v) <= limit
                             else _unsure())
        return _nullable(nullable, lambda v: v if type(v) is str else _unsure())
    if isinstance(t, Date) and not isinstance(t, DateTime):
        return _nullable(nullable, _iso_date)
    if isinstance(t, Boolean):
        return _nullable(nullable, lambda v: v if type(v) is bool else _unsure())
    if isinstance(t, Integer):
        return _nullable(nullable, lambda v: v if type(v) is int and INT_MIN <= v <= INT_MAX
                         else _unsure())
    return None


def _unsure() -> Any:
    raise Unsure


def _iso_date(value: Any) -> date:
    if type(value) is not str:
        raise Unsure
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Unsure from None


def _nullable(nullable: bool, read: Reader) -> Reader:
    if not nullable:
        return lambda v: _unsure() if v is None else read(v)
    return lambda v: None if v is None else read(v)
