"""Records a batch (:meth:`~caseapp.services.base.ServiceContext.batch`) creates without a
flush of their own: they get their keys up front and go to the database together, many
rows per statement, when something needs them there.

On SQLite a created record's id is the one the database would give it (one above the
highest in its table: one writer at a time), and its uid, timestamps and other defaults are
the ones its flush would give it, so :meth:`RecordService.create_in` can return its DTO
without writing it. The record then waits in the session. It is written (with every other
change waiting) as soon as a statement on the batch's connection reads or writes its table,
the search index, or SQL whose tables are not known — whether through the session or
through ``s.connection()`` — and at the batch's end. Every read thus sees what the batch
created, as if each record had been flushed by its own call. The new records that go with
a created record (a captive's names, status change, a new tag) wait with it and get their
defaults then too. A check looking up a record by id (:func:`record`) finds a waiting one
without writing it.

A created record's checks (:meth:`RecordService.validate`) run before it is added to the
session: a flush they cause writes only what earlier calls made, and does not count as a
write of this call (a refusal leaves nothing and the batch goes on). The deadline engine
works on records that wait; a deadline waiting is written before it is changed (its change
is then an update, a second version, as one by one).

Records written together go in the order of their classes, not of their references, so
references are checked at the commit (``PRAGMA defer_foreign_keys``; the services check
them first anyway). Before writing through the connection (a bulk import, which names the
row the database refuses) :func:`settle` writes what waits and checks references at once
again; records no longer wait in that batch.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from sqlalchemy import Table, event, func, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, ORMExecuteState, Session
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.util import find_tables

from caseapp.db.base import Base
from caseapp.db.models import AuditEntry, Captive, CaseSetting, Deadline
from caseapp.db.search import ENTITY_OF, FTS_TABLE
from caseapp.services.session_info import CAPTIVE_UIDS, FLUSHES

WAITING = "batch_waiting_records"
M = TypeVar("M", bound=Base)
_SEARCH = frozenset({"search_entries", FTS_TABLE})
_INDEXED_TABLES = frozenset(ENTITY_OF.values())


@dataclass
class Waiting:
    """What a batch's records waiting for their flush need: the next id of each table (as
    SQLite would give it), the tables they are in, and the flush in progress."""

    connection: Connection
    next_ids: dict[str, int] = field(default_factory=dict)
    tables: set[str] = field(default_factory=set)
    flushing: bool = False
    settled: bool = False  # written through the connection since: no record waits any more
    checking: int = 0  # inside a created record's checks (the record not in the session)
    records: dict[tuple[str, int], Any] = field(default_factory=dict)  # given keys, by id
    added: list[Any] | None = None  # while a record is added: the new records going with it


def waiting(s: Session) -> Waiting | None:
    """The waiting records of the batch ``s`` belongs to, or None (no batch, or a server:
    there the database gives the ids)."""
    return s.info.get(WAITING)


def start(session: Session) -> None:
    """Let the records of the batch ``session`` (just begun) wait, on SQLite."""
    if session.get_bind().dialect.name != "sqlite":
        return
    w = session.info[WAITING] = Waiting(session.connection())
    # Records written together go in the order of their classes, not of their references
    # (a contact may be written before its new organisation): the references are checked
    # at the commit (SQLite resets this at the end of the transaction).
    w.connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    def before_execute(_conn: Connection, clause: Any, *_args: Any) -> None:
        if w.tables and not w.flushing and _touches(clause, w.tables):
            _flush_waiting(session, w)

    def before_flush(_s: Session, _context: Any, _instances: Any) -> None:
        w.flushing = True

    def after_flush(_s: Session, _context: Any) -> None:
        w.flushing = False
        w.tables.clear()
        for obj in session.new:  # (a partial flush: what it left still waits)
            _waits(w, obj)

    def written(_s: Session, obj: Any) -> None:
        """A record flushed: the next id of its table is above it (whoever gave it)."""
        name = getattr(obj, "__tablename__", None)
        if name in w.next_ids and isinstance(getattr(obj, "id", None), int):
            w.next_ids[name] = max(w.next_ids[name], obj.id + 1)

    def deleted(_s: Session, _obj: Any) -> None:
        # SQLite gives a freed highest id again, and rows may go with it by cascade.
        w.next_ids.clear()

    def executing(state: ORMExecuteState) -> None:
        # The session's autoflush writes every change before any query: none is needed
        # when the query's tables have no change waiting.
        if not session.autoflush or session.dirty or session.deleted or not state.is_select:
            return
        pending = set(w.tables)
        for obj in session.new:
            _add_table(pending, obj)
        if not _touches(state.statement, pending):
            state.update_execution_options(autoflush=False)

    event.listen(w.connection, "before_execute", before_execute)
    event.listen(session, "before_flush", before_flush)
    event.listen(session, "after_flush_postexec", after_flush)
    event.listen(session, "pending_to_persistent", written)
    event.listen(session, "persistent_to_deleted", deleted)
    event.listen(session, "do_orm_execute", executing)

    def added(_s: Session, obj: Any) -> None:
        if w.added is not None:
            w.added.append(obj)

    event.listen(session, "transient_to_pending", added)
    session.info[_STOP] = lambda: event.remove(w.connection, "before_execute", before_execute)


_STOP = "batch_waiting_stop"


def stop(session: Session) -> None:
    """The batch ends: its connection goes back to the pool without the batch's hook."""
    remove = session.info.pop(_STOP, None)
    session.info.pop(WAITING, None)
    if remove is not None:
        remove()


def settle(s: Session) -> None:
    """Before writes through the connection (a bulk import naming the record the database
    refuses): everything waiting is written, references are checked at once again, and
    the batch's records no longer wait (their ids are read from the database again)."""
    w = waiting(s)
    if w is None:
        return
    s.flush()
    w.next_ids.clear()
    if not w.settled:
        w.settled = True
        w.connection.exec_driver_sql("PRAGMA defer_foreign_keys = OFF")


def begin_call(s: Session) -> dict[str, int] | None:
    """A call of the batch begins: what waits now was made by earlier calls. Returns the next
    ids, to give back if the call fails before anything of it is written."""
    w = waiting(s)
    if w is None:
        return None
    w.checking = 0
    return dict(w.next_ids)


def undo_call(s: Session, next_ids: dict[str, int] | None) -> None:
    """A call failed before anything of it was written: the ids it took are free again."""
    w = waiting(s)
    if w is not None and next_ids is not None:
        w.next_ids = next_ids
        w.checking = 0


@contextmanager
def checking(s: Session) -> Iterator[None]:
    """A created record's checks (the record not in the session yet): a flush they cause
    writes earlier calls' records only, so it does not count as this call's write."""
    w = waiting(s)
    if w is None:
        yield
        return
    w.checking += 1
    try:
        yield
    finally:
        w.checking -= 1


def give_keys(s: Session, obj: Base) -> None:
    """Add ``obj`` (a new record, checked) to the session with the id, uid and defaults its
    flush would give it; it waits for the next statement touching its table."""
    w = waiting(s)
    assert w is not None
    table: Table = obj.__table__  # type: ignore[assignment]
    name = table.name
    next_id = w.next_ids.get(name)
    if next_id is None:  # (through the connection: no autoflush, the hook flushes)
        next_id = (w.connection.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    w.added = []
    try:
        s.add(obj)  # (with the new records it cascades to: its names, a new tag …)
        cascaded = [o for o in w.added if o is not obj]
    finally:
        w.added = None
    obj.id = next_id  # type: ignore[attr-defined]
    w.next_ids[name] = next_id + 1
    w.records[(name, next_id)] = obj
    give_defaults(obj)
    _waits(w, obj)
    _cascaded(w, cascaded)
    if name == "captives":  # its uid is known now (captive_uid would read it)
        s.info.setdefault(CAPTIVE_UIDS, {})[obj.id] = obj.uid  # type: ignore[attr-defined]


def _cascaded(w: Waiting, new: list[Any]) -> None:
    """The new records that went into the session with a record given its keys (a
    captive's names, status change, a new tag) wait with it, and get their defaults (uids …)
    now, as its flush would give them, in the order it would insert them (their tables')."""
    order = _table_order()
    for related in sorted(new, key=lambda o: order[o.__tablename__]):
        give_defaults(related)
        _waits(w, related)


def _table_order() -> dict[str, int]:
    if not _ORDER:
        _ORDER.update((t.name, i) for i, t in enumerate(Base.metadata.sorted_tables))
    return _ORDER


_ORDER: dict[str, int] = {}


def held(s: Session, cls: type[M], ids: Iterable[Any]) -> dict[Any, M]:
    """Of the records of ``cls`` with ``ids``, those the session holds as read, by id, found
    by the mapper's identity key without a query; not those deleted in it, nor those whose
    values were expired (the caller reads them again with the others, not one by one)."""
    key, deleted = inspect(cls).identity_key_from_primary_key, s.deleted
    found: dict[Any, M] = {}
    for record_id in ids:
        obj = cast("M | None", s.identity_map.get(key((record_id,))))  # (the key names cls)
        if obj is not None and not instance_state(obj).expired_attributes \
                and obj not in deleted:
            found[record_id] = obj
    return found


def record(s: Session, cls: type[M], record_id: Any) -> M | None:
    """``s.get(cls, record_id)``, answered without a flush when the record waits in the
    batch (the session finds a record by id only once it is written)."""
    w = waiting(s)
    table: Table = cls.__table__  # type: ignore[assignment]
    found: Any = None if w is None else w.records.get((table.name, record_id))
    if found is not None and found.id == record_id and type(found) is cls \
            and inspect(found).pending:
        return found
    return s.get(cls, record_id)


def captive_row(s: Session, captive_id: int) -> Captive | None:
    """:func:`record` of a captive, its uid kept as :func:`captive_uid` keeps it: a new
    record's level read from its captive, then its check that the captive exists, read the
    row once."""
    captive = record(s, Captive, captive_id)
    if captive is not None:
        s.info.setdefault(CAPTIVE_UIDS, {})[captive_id] = captive.uid
    return captive


def captive_uid(s: Session, captive_id: int) -> str | None:
    """The uid of the captive with ID ``captive_id``, or None if there is none: the check
    that a record's captive exists, and the captive named in its audit entry. Read once per
    transaction (:func:`record`, its whole row: one value CaseApp cannot read refuses the
    record referring to it) and its uid kept (``CAPTIVE_UIDS``: a uid never changes; a
    captive deleted in the transaction is forgotten), as the row itself may be gone from the
    session by the next question."""
    known: dict[int, str] = s.info.setdefault(CAPTIVE_UIDS, {})
    if captive_id not in known:
        captive = record(s, Captive, captive_id)
        if captive is None:
            return None
        known[captive_id] = captive.uid
    return known[captive_id]


def give_defaults(obj: Base) -> None:
    """Set the values a flush would give ``obj`` (new) for the columns not given: their
    defaults (a new uid, the time now, a status …)."""
    given = obj.__dict__
    for key, column, default in _defaults(type(obj)) or ():
        # (None counts as not given, as in a flush, except where None is stored: JSON)
        if given.get(key) is None and not (key in given and column.type.should_evaluate_none):
            setattr(obj, key, default.arg if default.is_scalar else default.arg(None))


def can_wait(s: Session, obj: Base) -> bool:
    """Whether ``obj`` may wait for its flush in ``s``: in a batch on SQLite, a record with an
    integer id of its own (deadlines have theirs, see :mod:`deadline_index`)."""
    w = waiting(s)
    if w is None or w.settled or isinstance(obj, _OWN_WRITES):
        return False
    return _defaults(type(obj)) is not None


# Written on their own: deadlines (their ids: deadline_index), and records whose insert
# other code follows as it happens (a case setting read again, the audit anchor).
_OWN_WRITES = (Deadline, CaseSetting, AuditEntry)


def _waits(w: Waiting, obj: Any) -> None:
    _add_table(w.tables, obj)


def _add_table(tables: set[str], obj: Any) -> None:
    name = obj.__tablename__
    tables.add(name)
    if name in _INDEXED_TABLES:
        tables |= _SEARCH


def _touches(clause: Any, tables: set[str]) -> bool:
    """Whether a statement reads or writes one of ``tables`` (true when it cannot be told)."""
    if not tables:
        return False
    if not isinstance(clause, ClauseElement):
        return True
    found = {t.name for t in find_tables(clause, check_columns=True, include_crud=True)
             if hasattr(t, "name")}
    return not found or bool(found & tables)


def _flush_waiting(s: Session, w: Waiting) -> None:
    counted = s.info.get(FLUSHES, 0)
    if s.autoflush or w.checking or not (s.dirty or s.deleted):
        # What an autoflush would write; in a record's checks, earlier calls' records only
        # (the record checked is not in the session yet, nor is a deadline being set).
        s.flush()
    else:
        # Inside a no_autoflush block, changes being made to stored records must not be
        # written yet: only the new records, complete once in the session.
        ready = list(s.new)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            s.flush(objects=ready)
    if w.checking:
        s.info[FLUSHES] = counted


_NO: Any = ()
_DEFAULTS: dict[type, Any] = {}


def _defaults(cls: type) -> Any:
    """(attribute, column, default) of the columns of ``cls`` with a default of their own, or
    None if its records cannot get their keys up front (no single integer ``id`` key)."""
    found = _DEFAULTS.get(cls)
    if found is None:
        mapper: Mapper[Any] = inspect(cls)
        pk = mapper.primary_key
        if len(pk) != 1 or pk[0].key != "id" or not isinstance(pk[0].type.python_type, type) \
                or pk[0].type.python_type is not int:
            found = _NO
        else:
            found = tuple((prop.key, prop.columns[0], prop.columns[0].default)
                          for prop in mapper.column_attrs
                          if prop.columns[0].default is not None
                          and (prop.columns[0].default.is_scalar
                               or prop.columns[0].default.is_callable))
        _DEFAULTS[cls] = found
    return None if found is _NO else found
