"""One set of checks for the records of a case file, whoever wrote them.

A lawyer's input is checked by the services (:meth:`RecordService.validate` and the
column coercion in :mod:`caseapp.services.values`). Records that did not come through a
service, from a JSON import or written into the file with other tools, are checked here by
the same rules, in two layers:

- **values**, driven by the tables' declarations (SQLAlchemy metadata): type, enumeration,
  whether a value is required, the length of a ``String(n)``, the range of a 64-bit integer,
  an aware date and time that can be turned into UTC, and the shape (object or list, from
  the column's default) and depth of a JSON value. A column added to a model later is
  checked without a change here;
- **records**, by the services themselves: each record is loaded and handed to its
  service's ``validate`` (dates in the past, date order, references, ``field_levels``…),
  plus the rule the document service applies when it stores bytes (SHA-256 and size).

Messages are one line naming the table, the record and the field.
"""

from __future__ import annotations

import hashlib
import re
import reprlib
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Integer,
    LargeBinary,
    String,
    Table,
    Time,
    select,
    type_coerce,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, defer, selectinload
from sqlalchemy.types import NullType

from caseapp.db.base import UTCDateTime
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, Number, msg, msg_n
from caseapp.services.documents import MAX_DOCUMENT_BYTES
from caseapp.services.records import RecordService

# An INTEGER column holds 32 bits on PostgreSQL (a BIGINT 64, as SQLite holds any integer), and a
# case file may be moved to a team server: a number beyond them cannot be kept.
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
BIGINT_MIN, BIGINT_MAX = -(2**63), 2**63 - 1


def integer_limits(column: Column[Any]) -> tuple[int, int]:
    """The smallest and largest whole number ``column`` keeps on every engine."""
    if isinstance(column.type, BigInteger):
        return BIGINT_MIN, BIGINT_MAX
    return INT_MIN, INT_MAX
# A deadline's explanation nests deepest: its steps are messages whose values are messages
# (a roll names each skipped day and why), about a dozen levels; this leaves room and stops
# abuse.
MAX_JSON_DEPTH = 32
# Errors that turning a stored value into its Python type can raise (bad enum, bad JSON…).
DECODE_ERRORS = (LookupError, ValueError, TypeError, OverflowError, RecursionError)

_short_repr = reprlib.Repr()
_short_repr.maxstring = 40
_short_repr.maxother = 40
_short_repr.maxlevel = 2


def short(value: Any) -> str:
    """A value as it may appear in a one-line message: short, never across lines."""
    return _short_repr.repr(value)


def quoted(name: Any) -> str:
    """A name from the input (a field, a table) in quotes, short and on one line."""
    if not isinstance(name, str):
        return short(name)
    text = one_line(name)
    if not text.isascii() and _SURROGATE.search(text):  # (no terminal or file can take one)
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


def one_line(text: str) -> str:
    return " ".join(text.split())


class RecordProblem(ValidationError):
    """A record that breaks a rule: ``table``, ``record`` (how to find it) and ``field``."""

    def __init__(self, table: str, record: str | Message, field: str | None,
                 reason: str | Message):
        shown = one_line(reason) if isinstance(reason, str) else reason
        if field:
            message = msg("{table}, {record}, field “{field}”: {reason}",
                          table=table, record=record, field=field, reason=shown)
        else:
            message = msg("{table}, {record}: {reason}", table=table, record=record, reason=shown)
        super().__init__(message, field=field)
        self.table = table
        self.record = record
        self.reason = shown


class UnreadableReference(RecordProblem):
    """A record that refers to a record of the case file holding a value CaseApp cannot
    read. The message names no command: the command line adds how to find that record
    (``caseapp check``)."""

    def __init__(self, table: str, record: str | Message):
        super().__init__(table, record, None, msg(
            "refers to a record of the case file that holds a value CaseApp cannot read"))


# ---- values -------------------------------------------------------------------------------

def enum_choices(column: Column[Any]) -> str:
    enum_class = column.type.enum_class  # type: ignore[attr-defined]
    return ", ".join(m.value for m in enum_class)


def json_depth(value: Any) -> int:
    """How deep a JSON value nests (a scalar is 0, ``[1]`` is 1), without recursion."""
    deepest = 0
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                break
            stack.extend((v, depth) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


_SURROGATE = re.compile("[\ud800-\udfff]")


def json_surrogate(value: Any) -> bool:
    """Whether a JSON value holds a lone surrogate in a text or a key, which no file can
    be written with (an export of the case file would fail on it); without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if not item.isascii() and _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _json_shape(column: Column[Any]) -> type | None:
    """``dict`` or ``list`` when the column's default says which; None when it does not."""
    default = column.default
    if default is None or not getattr(default, "is_callable", False):
        return None
    made = default.arg(None)  # type: ignore[attr-defined]
    return type(made) if isinstance(made, dict | list) else None


def value_problem(column: Column[Any], value: Any) -> Message | None:
    """Why ``value`` (already of its Python type) cannot be kept in ``column``, or None."""
    if value is None:
        return None if column.nullable else msg("is required")
    check = _CHECKS.get(column)
    if check is None:
        check = _CHECKS[column] = _check_of(column)
    return check(value)


# The check of each column's values, made once per column (``caseapp check`` reads millions).
_CHECKS: dict[Column[Any], Callable[[Any], Message | None]] = {}


def _check_of(column: Column[Any]) -> Callable[[Any], Message | None]:
    """The check of a value (not None) of ``column``, by the column's type."""
    t = column.type
    if isinstance(t, SAEnum) and t.enum_class is not None:  # before String: an Enum is one
        enum_class = t.enum_class

        def enum_value(value: Any) -> Message | None:
            if isinstance(value, enum_class):
                return None
            return msg("{value} is not one of: {choices}", value=short(value),
                       choices=enum_choices(column))
        return enum_value
    if isinstance(t, UTCDateTime):
        return _utc_datetime
    if isinstance(t, Date):
        return lambda value: None if isinstance(value, date) and not isinstance(
            value, datetime) else msg("must be a date")
    if isinstance(t, Time):
        return lambda value: None if isinstance(value, time) else msg("must be a time")
    if isinstance(t, Boolean):
        return lambda value: None if isinstance(value, bool) else msg("must be true or false")
    if isinstance(t, Integer):
        low, high = integer_limits(column)

        def integer(value: Any) -> Message | None:
            if isinstance(value, bool) or not isinstance(value, int):
                return msg("must be a whole number")
            if not low <= value <= high:
                return msg("{value} is too large to be kept (the limit is {limit})",
                           value=short(value), limit=Number(high))
            return None
        return integer
    if isinstance(t, String):
        length = t.length

        def text(value: Any) -> Message | None:
            if not isinstance(value, str):
                return msg("must be text")
            if length and len(value) > length:
                return msg("is {length} characters long; at most {limit} can be kept",
                           length=len(value), limit=length)
            return None
        return text
    if isinstance(t, LargeBinary):
        return lambda value: None if isinstance(value, bytes) else msg("must be bytes")
    if isinstance(t, JSON):
        shape = _json_shape(column)

        def json_value(value: Any) -> Message | None:
            if shape is not None and not isinstance(value, shape):
                return msg("must be a JSON object") if shape is dict else msg("must be a JSON list")
            if json_depth(value) > MAX_JSON_DEPTH:
                return msg("nests deeper than {depth} levels", depth=MAX_JSON_DEPTH)
            if json_surrogate(value):
                return msg("holds a character that is not text (a lone surrogate)")
            return None
        return json_value
    return lambda value: None


def _utc_datetime(value: Any) -> Message | None:
    if not isinstance(value, datetime) or value.tzinfo is None:
        return msg("must be a date and time with its offset from UTC")
    try:
        value.astimezone(UTC)
    except OverflowError:
        return msg("{value} is out of range once turned into UTC", value=value.isoformat())
    return None




def check_value(table: str, record: str | Message, column: Column[Any], value: Any) -> None:
    reason = value_problem(column, value)
    if reason is not None:
        raise RecordProblem(table, record, column.key, reason)


# ---- records, by their services ---------------------------------------------------------------

def record_services(holder: object) -> dict[str, RecordService[Any, Any]]:
    """The record services of a case file (its attributes), by the table each one writes."""
    built = getattr(type(holder), "SERVICES", ())  # those a case file builds on first use
    values = [*(getattr(holder, name) for name in built), *vars(holder).values()]
    found = (v for v in values if isinstance(v, RecordService))
    return {svc.model.__tablename__: svc for svc in found}


def document_problem(sha256: str | None, size: int | None,
                     content: bytes | None) -> tuple[str, Message] | None:
    """The document service computes size and SHA-256 from the bytes it stores: the field
    that does not agree with the content, and why: a content its SHA-256 no longer matches
    was changed (whatever its size says); a size the content does not have (the one stored,
    or none at all) is said as such."""
    content = content or b""
    if len(content) > MAX_DOCUMENT_BYTES:
        return "content", msg("the file is larger than 200 MB")
    changed = hashlib.sha256(content).hexdigest() != sha256
    if len(content) != size and not (changed and content):
        return "size", msg_n("says {size}, but the document's content is {count} byte long",
                             "says {size}, but the document's content is {count} bytes long",
                             len(content), size=Number(size) if isinstance(size, int)
                             else short(size))
    if changed:
        return "sha256", msg("no longer matches its SHA-256: the content was changed after "
                             "it was stored")
    return None


def _field_of(table: Table, field: str | None) -> str | None:
    """The column a service's field name stands for ("capture" → "capture_date")."""
    if field and field not in table.c and f"{field}_date" in table.c:
        return f"{field}_date"
    return field


def check_record(svc: RecordService[Any, Any], s: Session, obj: Any,
                 record: str | Message) -> None:
    """The rules ``svc`` applies to a record it writes, applied to ``obj``."""
    table: Any = svc.model.__table__
    try:
        with s.no_autoflush:
            svc._check_required(obj)
            svc.validate(s, obj)
    except RecordProblem:
        raise
    except ValidationError as exc:
        raise RecordProblem(table.name, record, _field_of(table, exc.field), exc.message) from None
    except (AttributeError, TypeError, ValueError, OverflowError) as exc:
        if unreadable_stored_value(exc):
            raise  # a related record holds a value that cannot be read: the caller says so
        # A rule that cannot even be applied to the values given: still one line, not a crash.
        raise RecordProblem(table.name, record, None,
                            msg("cannot be checked ({error})", error=str(exc))) from None
    if table.name == "documents":
        problem = document_problem(obj.sha256, obj.size, obj.content)
        if problem is not None:
            raise RecordProblem(table.name, record, *problem)


def unreadable_stored_value(exc: BaseException) -> bool:
    """Whether ``exc`` was raised while SQLAlchemy turned a stored value into its Python type
    (an enum value or JSON written into the file with other tools), so that a command can
    say so in one line and point to ``caseapp check`` instead of failing with a traceback."""
    if not isinstance(exc, DECODE_ERRORS):
        return False
    frames = [(frame.f_code.co_filename.replace("\\", "/"), frame.f_code.co_name)
              for frame, _ in traceback.walk_tb(exc.__traceback__)]
    if frames and frames[-1][1] in ("to_dto", "make_dto") and "/caseapp/services/" in frames[-1][0]:
        return True  # a stored value of the wrong shape, met while turned into what is shown
    files = [f for f, _ in frames]
    first = next((i for i, f in enumerate(files) if "/sqlalchemy/" in f), None)
    if first is None:
        return False
    deeper = files[first:]
    reading = any(f.endswith(("/orm/loading.py", "/engine/result.py", "/engine/cursor.py",
                              "/engine/row.py", "/engine/_result_cy.py", "/engine/_row_cy.py"))
                  for f in deeper)  # the _cy files: a Core result's rows, compiled
    ours = [f for f in deeper if "/caseapp/" in f]  # our own code under SQLAlchemy: a bug
    return reading and not ours


# ---- rows already stored (for ``caseapp check``) ------------------------------------------

@dataclass(frozen=True)
class StoredRow:
    id: int | None
    label: Message | str  # "ID 3 (uid …)"


def stored_record_label(row_id: Any, uid: Any) -> Message:
    if isinstance(uid, str) and uid:
        return msg("ID {id} (uid {uid})", id=row_id, uid=short(uid)[1:-1])
    return msg("ID {id}", id=row_id)


def stored_rows(conn: Connection, table: Table, problems: list[str]) -> Iterator[StoredRow]:
    """The rows of ``table`` read as the app reads them; a value it could not read, or one that
    breaks its column's rules, is added to ``problems`` and its row is not yielded."""
    dialect = conn.dialect
    processors = {c.key: c.type.dialect_impl(dialect).result_processor(dialect, None)
                  for c in table.c}
    raw_columns = [type_coerce(c, NullType()).label(c.key) for c in table.c]
    for raw in conn.execute(select(*raw_columns)).mappings():
        label = stored_record_label(raw.get("id"), raw.get("uid")) if "id" in raw else \
            ", ".join(f"{k} {v}" for k, v in raw.items())
        bad = False
        for column in table.c:
            process = processors[column.key]
            try:
                value = process(raw[column.key]) if process else raw[column.key]
            except DECODE_ERRORS:
                if isinstance(column.type, SAEnum) and column.type.enum_class is not None:
                    unread = msg("{value} is not one of: {choices}", value=short(raw[column.key]),
                                 choices=enum_choices(column))
                else:
                    unread = msg("holds {value}, which CaseApp cannot read",  # (Python's
                                 value=short(raw[column.key]))  # words for it are English)
                problems.append(one_line(str(RecordProblem(table.name, label, column.key, unread))))
                bad = True
                continue
            reason = value_problem(column, value)
            if reason is not None:
                problems.append(one_line(str(RecordProblem(table.name, label, column.key, reason))))
                bad = True
        if not bad:
            yield StoredRow(raw.get("id"), label)


def stored_problems(conn: Connection, session: Session, tables: list[str],
                    services: Mapping[str, RecordService[Any, Any]]) -> list[str]:
    """Every problem of every stored row of ``tables``: values first, then the services' rules
    on the records whose values are sound. ``session`` is only read (never committed)."""
    from caseapp.db.base import Base

    problems: list[str] = []
    sound: dict[str, list[StoredRow]] = {}
    for name in tables:
        sound[name] = list(stored_rows(conn, Base.metadata.tables[name], problems))
    kept: list[Any] = []  # the session holds records weakly: keep them for the rules' lookups
    for name in tables:
        svc = services.get(name)
        if svc is None:
            continue
        labels = {row.id: row.label for row in sound[name] if row.id is not None}
        loaded = records_for_rules(session, name, svc, list(labels))
        if name == "documents":  # their bytes are not kept for the whole check
            _check_stored(svc, session, loaded, labels, problems, drop=True)
            continue
        records = [(row_id, obj) for row_id, obj in loaded if obj is not None]
        kept += (obj for _, obj in records)
        with checking_many(svc, session, [obj for _, obj in records]):
            _check_stored(svc, session, records, labels, problems)
    return problems


def _check_stored(svc: RecordService[Any, Any], session: Session,
                  records: Iterable[tuple[int, Any]], labels: Mapping[int, Message | str],
                  problems: list[str], *, drop: bool = False) -> None:
    for row_id, obj in records:
        if obj is None:
            continue  # a related record could not be read: reported with the values
        try:
            check_record(svc, session, obj, labels[row_id])
        except RecordProblem as exc:
            problems.append(one_line(str(exc)))
        except DECODE_ERRORS:
            pass  # likewise
        if drop:
            session.expunge(obj)


# Relations a table's rules read for every record (a captive needs a name), and columns
# they never read (not loaded for a check: a deadline's explanation is a long JSON list).
_READ_BY_RULES = {"captives": ("names",)}
_NOT_READ_BY_RULES = {"deadlines": ("explanation",)}


def records_for_rules(session: Session, name: str, svc: RecordService[Any, Any],
                      ids: list[int]) -> Iterator[tuple[int, Any]]:
    """``(id, record)`` of table ``name`` for its service's rules (:func:`load_records`
    with what they read and without what they never read)."""
    return load_records(session, svc.model, ids, with_related=_READ_BY_RULES.get(name, ()),
                        deferred=_NOT_READ_BY_RULES.get(name, ()))


def checking_many(svc: RecordService[Any, Any], session: Session,
                  records: list[Any]) -> AbstractContextManager[Any]:
    """Around checking many ``records`` of ``svc``: a service whose rules read other records
    (the stays of a captive) reads them for all of them up front (its ``validating``)."""
    validating = getattr(svc, "validating", None)
    return validating(session, records) if callable(validating) else nullcontext()


def load_records(session: Session, model: type[Any], ids: list[int],
                 chunk: int = 500, *, with_related: tuple[str, ...] = (),
                 deferred: tuple[str, ...] = ()) -> Iterator[tuple[int, Any]]:
    """``(id, record)`` for each id, loaded a chunk at a time, with the relations named in
    ``with_related`` (those its rules read) loaded for the whole chunk at once and the
    columns named in ``deferred`` (those its rules do not read) only when read; the record
    is None when it cannot be loaded (a value in it that CaseApp cannot read)."""
    options = [*(selectinload(getattr(model, name)) for name in with_related),
               *(defer(getattr(model, name)) for name in deferred)]
    for start in range(0, len(ids), chunk):
        part = ids[start:start + chunk]
        try:
            found = {o.id: o for o in session.scalars(
                select(model).where(model.id.in_(part)).options(*options))}
        except DECODE_ERRORS:
            found = {}
            for one in part:
                try:
                    found[one] = session.get(model, one)
                except DECODE_ERRORS:
                    found[one] = None
        for one in part:
            yield one, found.get(one)
