"""Reading an import's values: a fast reader per column, chosen once per table, and the
full check that decides what a fast reader is unsure of and names what is wrong.

Each reader takes a value as the export file writes it and returns it as the column's
Python type when it is plainly right (text within its length, one of an enum's values, an
ISO date, a date and time with its offset from UTC, a whole number in range, true/false, a
JSON object or list of the column's shape nesting no deeper than allowed, null in a
nullable column); anything else — a wrong value, or a type these readers do not handle —
raises :class:`Unsure`, and the import's full check (:func:`checked`) decides it and names
what is wrong. So a record is accepted or refused, with the same message, as by the full
check alone.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, LargeBinary, String, Text, Time
from sqlalchemy import Enum as SAEnum

from caseapp.db.base import UTCDateTime
from caseapp.domain.clean_text import is_clean, one_line, several_lines
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.services import row_validation as rv
from caseapp.services.row_validation import MAX_JSON_DEPTH, _json_shape, integer_limits

Reader = Callable[[Any], Any]


class Unsure(Exception):
    """The value is not plainly right: the full check decides."""


def reader(column: Any) -> Reader | None:
    """The fast reader of ``column``'s values, or None when it has none (the full check)."""
    t, nullable = column.type, column.nullable
    read: Reader
    if isinstance(t, SAEnum) and t.enum_class is not None:
        members = {m.value: m for m in t.enum_class}
        read = lambda v: members[v] if type(v) is str and v in members else _unsure()  # noqa: E731
    elif isinstance(t, String):  # Text too; text to be cleaned is the full check's
        read = _text_reader(t.length or None, lines=isinstance(t, Text),
                            cleaned=not _kept_as_written(column))
    elif isinstance(t, Date) and not isinstance(t, DateTime):
        read = _iso_date
    elif isinstance(t, UTCDateTime):
        read = _aware_datetime
    elif isinstance(t, Boolean):
        read = lambda v: v if type(v) is bool else _unsure()  # noqa: E731
    elif isinstance(t, Integer):
        low, high = integer_limits(column)
        read = lambda v: v if type(v) is int and low <= v <= high else _unsure()  # noqa: E731
    elif isinstance(t, JSON) and (shape := _json_shape(column)) is not None:
        read = lambda v: v if type(v) is shape and _within_depth(v) else _unsure()  # noqa: E731
    else:
        return None
    # Every reader above is unsure of None: where the column allows it, it is read as null.
    return (lambda v: None if v is None else read(v)) if nullable else read


# The audit log is imported as it was written: its entries are chained by their hashes.
AUDITED_AS_WRITTEN = frozenset({"audit_entries", "file_events"})


def _kept_as_written(column: Any) -> bool:
    """Whether ``column``'s text is imported unchanged, not cleaned as the services clean
    what is typed (:mod:`caseapp.domain.clean_text`)."""
    return getattr(column.table, "name", None) in AUDITED_AS_WRITTEN


def _text_reader(limit: int | None, *, lines: bool, cleaned: bool) -> Reader:
    def read(v: Any) -> Any:
        if (type(v) is str and (limit is None or len(v) <= limit)
                and (is_clean(v, lines=lines) if cleaned else storable(v))):
            return v
        return _unsure()
    return read


_SURROGATE = re.compile("[\ud800-\udfff]")


def _ascii_key(key: Any) -> bool:
    return not (key.__class__ is str and not key.isascii() and _SURROGATE.search(key))


def storable(text: str) -> bool:
    """Whether a text kept as written (the audit log's) can be stored: no lone surrogate
    (no database encodes one) and no NUL (PostgreSQL keeps none)."""
    return "\x00" not in text and (text.isascii() or _SURROGATE.search(text) is None)


def _unsure() -> Any:
    raise Unsure


def _iso_date(value: Any) -> date:
    if type(value) is not str:
        raise Unsure
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Unsure from None


def _aware_datetime(value: Any) -> datetime:
    if type(value) is not str:
        raise Unsure
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise Unsure
        parsed.astimezone(UTC)  # out of range once in UTC: the full check says so
    except (ValueError, OverflowError):
        raise Unsure from None
    return parsed


def _within_depth(value: Any) -> bool:
    """Whether a JSON value (a dict or list) nests no deeper than ``MAX_JSON_DEPTH`` and
    holds no lone surrogate in a text or a key (the full check says which): one level of
    containers at a time, scalars never looked at twice."""
    level: list[Any] = [value]
    for _ in range(MAX_JSON_DEPTH):
        deeper: list[Any] = []
        for item in level:
            if isinstance(item, dict) and not all(map(_ascii_key, item)):
                return False
            for child in (item.values() if isinstance(item, dict) else item):
                if isinstance(child, (dict, list)):  # (a tuple: faster than dict | list)
                    deeper.append(child)
                elif child.__class__ is str and not child.isascii() and _SURROGATE.search(child):
                    return False
        if not deeper:
            return True
        level = deeper
    return False


# ---- the full check ------------------------------------------------------------------

class _Unreadable(ValueError):
    """A value of the file that cannot be turned into its column's type, said as a message."""

    def __init__(self, message: Message):
        super().__init__(message)
        self.message = message


def _decode(col: Any, value: Any) -> Any:
    """A value as the file writes it → the column's Python type (ValueError/TypeError if not)."""
    if value is None:
        return None
    t = col.type
    if isinstance(t, SAEnum) and t.enum_class is not None:
        if not isinstance(value, str) or value not in {m.value for m in t.enum_class}:
            raise _Unreadable(msg("{value} is not one of: {choices}", value=rv.short(value),
                                 choices=rv.enum_choices(col)))
        return t.enum_class(value)
    if isinstance(t, UTCDateTime):
        parsed = _read(datetime.fromisoformat, value, msg(
            "{value} is not a date and time: write YYYY-MM-DDTHH:MM:SS+HH:MM",
            value=rv.short(value)))
        if parsed.tzinfo is None:
            raise _Unreadable(msg("{value} has no offset from UTC", value=rv.short(value)))
        return parsed
    if isinstance(t, Date):
        return _read(date.fromisoformat, value, msg(
            "{value} is not a date: write YYYY-MM-DD", value=rv.short(value)))
    if isinstance(t, Time):
        return _read(time.fromisoformat, value, msg(
            "{value} is not a time of day: write HH:MM or HH:MM:SS", value=rv.short(value)))
    if isinstance(t, LargeBinary):
        return _read(lambda text: base64.b64decode(text, validate=True), value, msg(
            "{value} is not a file's content in Base64", value=rv.short(value)))
    if isinstance(value, str) and isinstance(t, String) and _kept_as_written(col):
        if _SURROGATE.search(value):
            raise _Unreadable(msg("holds a character that is not text (a lone surrogate)"))
        if "\x00" in value:
            raise _Unreadable(msg("holds a NUL character (U+0000), which a case file cannot keep"))
        return value
    if isinstance(value, str) and isinstance(t, String):
        try:
            return several_lines(value) if isinstance(t, Text) else one_line(value, strip=False)
        except ValidationError:
            raise _Unreadable(msg("holds a character that is not text (a lone surrogate)")) from None
    return value  # numbers, true/false and JSON are checked as they are


def _read(parse: Callable[[str], Any], value: Any, unreadable: Message) -> Any:
    """``parse`` of the text ``value``; ``unreadable`` says what is wrong if it fails (Python's
    own reason is English and names no format the user can write)."""
    text = _text(value)
    try:
        return parse(text)
    except (ValueError, TypeError, OverflowError):
        raise _Unreadable(unreadable) from None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Unreadable(msg("{value} is not text", value=rv.short(value)))
    return value


def checked(name: str, record: str | Message, col: Any, value: Any) -> Any:
    """``value`` from the file, decoded and checked against its column."""
    try:
        decoded = _decode(col, value)
    except _Unreadable as exc:
        raise rv.RecordProblem(name, record, col.key, exc.message) from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise rv.RecordProblem(name, record, col.key, msg(
            "{value} cannot be read ({error})", value=rv.short(value), error=str(exc))) from None
    rv.check_value(name, record, col, decoded)
    return decoded
