"""What a field above the reader's level reads as, wherever it is kept back: in a travel
copy (:mod:`caseapp.services.travel_filter`) and in a team server's masked view of captives
(:mod:`caseapp.db.team_writes`). A field that cannot be empty and would otherwise state a
false fact — a captive's status or category, which for a new captive is "missing" or
"civilian" — reads "not shown at this level"; any other, nothing, empty text, false, or the
value a new record gets (so the record's types still hold)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, String, Text
from sqlalchemy import Enum as SAEnum

from caseapp.db.base import Base
from caseapp.domain.enums import CaptiveCategory, CaptiveStatus

WITHHELD: dict[tuple[str, str], str] = {("captives", "status"): CaptiveStatus.WITHHELD.value,
                                        ("captives", "category"): CaptiveCategory.WITHHELD.value}


def blank_value(table: str, column: str) -> Any:
    """The value of ``table``'s ``column`` kept back, as the export writes it."""
    if (table, column) in WITHHELD:
        return WITHHELD[(table, column)]
    col = Base.metadata.tables[table].c[column]
    if col.nullable:
        return None
    if isinstance(col.type, SAEnum) and col.default is not None:
        arg = col.default.arg  # type: ignore[attr-defined]
        return getattr(arg, "value", arg)
    if isinstance(col.type, Boolean):
        return False
    if isinstance(col.type, String | Text):
        return ""
    return None  # a column of another type added later: no value rather than a wrong one


def blank_sql(table: str, column: str) -> str:
    """:func:`blank_value` as an SQL literal."""
    value = blank_value(table, column)
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    return "'" + str(value).replace("'", "''") + "'"
