"""What every service shares: the context it runs in, one transaction per public call,
coercion of input to column types, the audit trail, and generic CRUD for simple records.

A service function takes keyword arguments named like the record's columns, checks
them, writes in one transaction, writes the audit entries in that same transaction,
and returns a frozen DTO. A broken rule raises :class:`ValidationError` naming the
field; nothing is written then.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, date, datetime, time
from enum import Enum
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text, Time, event, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import ORMExecuteState, Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from caseapp.db import live, team_writes
from caseapp.db.audit_chain import append_entries, entry_hash
from caseapp.db.base import Base, UTCDateTime, utcnow
from caseapp.db.engine import Database
from caseapp.db.models import AuditEntry, CaseSetting
from caseapp.db.postgres import lock_audit_appends
from caseapp.domain.audit_summary import stored_summary
from caseapp.domain.dates import parse_date
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction, Sensitivity
from caseapp.domain.errors import ConflictError, NotFound, ValidationError
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.redaction import NOTE_FIELDS, default_level
from caseapp.services.labels import field_label, level_label

M = TypeVar("M", bound=Base)
D = TypeVar("D")

Listener = Callable[[Changes], None]


@dataclasses.dataclass
class ServiceContext:
    """The open case file, who is working on it, and what day it is (tests fix the clock)."""

    db: Database
    actor: str
    today: Callable[[], date] = date.today
    listeners: list[Listener] = dataclasses.field(default_factory=list)
    # On a team server, the login's clearance when it is below internal (None: no limit):
    # records are written at or below it (the server refuses the rest anyway).
    clearance: Sensitivity | None = None
    # Names this case file's own writes in the notices a team server passes to the others
    # (:mod:`caseapp.db.live`), so that its listener skips them.
    origin: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        batch: Session | None = getattr(self._batching, "session", None)
        if batch is not None:
            with self._joined(batch):
                yield batch
            return
        with self.db.session_factory.begin() as session:
            session.info["pending_changes"] = []
            yield session
            pending: list[Changes] = session.info["pending_changes"]
            self._notify_others(session, pending)
        self._tell(pending)

    def _notify_others(self, session: Session, pending: list[Changes]) -> None:
        if pending:  # heard by the others when, and only if, this commits
            live.notify(session.connection(), pending, self.origin)

    def _tell(self, pending: list[Changes]) -> None:
        for change in pending:  # after the commit only
            for listener in list(self.listeners):
                listener(change)

    # The session of a batch going on in this thread (see :meth:`batch`).
    _batching: threading.local = dataclasses.field(default_factory=threading.local, repr=False,
                                                    compare=False)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many service calls as one transaction: every call on this thread inside the block
        joins it, and reads see what the block wrote. Committed at the end of the block,
        rolled back if it raises; listeners hear of the changes after the commit. For the
        demo, imports and bulk edits: one commit instead of thousands. A batch inside a
        batch joins the outer one.

        A call refused before it wrote anything (a rule broken, a record not found) leaves
        nothing, and the block may go on. There is no savepoint per call: a call that fails
        after part of it reached the database breaks the batch, which is then rolled back
        whole (:class:`BatchBroken` at its end if the block went on). Each call's audit
        entries are one event, timed when it ran; they are kept and written, chained, in one
        statement at the end (:func:`write_pending_audit`; a read of the audit trail inside
        the block writes them first)."""
        if getattr(self._batching, "session", None) is not None:
            yield
            return
        with self.db.session_factory.begin() as session:
            info = session.info
            info["pending_changes"] = []
            info[AUDIT_ROWS] = []
            info[FLUSHES] = 0
            _hold_records(session)
            _watch_batch(session)
            self._batching.session = session
            try:
                yield
                if info.get(BROKEN) is not None:
                    raise BatchBroken() from info[BROKEN]
                write_pending_audit(session)
            finally:
                self._batching.session = None
            pending: list[Changes] = info["pending_changes"]
            self._notify_others(session, pending)
        self._tell(pending)

    @contextmanager
    def _joined(self, session: Session) -> Iterator[None]:
        """One service call inside a batch. It starts with no change unflushed (new records
        may wait); if it fails before anything of it is flushed, what it did in the session
        is undone (its new records dropped, changed ones read again) with what it noted
        (audit entries, changes to announce, reads kept); if it fails later, the batch is
        broken (see :meth:`batch`)."""
        info = session.info
        if info.get(BROKEN) is not None:
            raise BatchBroken() from info[BROKEN]
        if session.dirty or session.deleted:
            session.flush()
        waiting = {id(obj) for obj in session.new}  # (new deadlines flushed with the next write)
        tail, noted = info.get("audit_tail"), len(info["pending_changes"])
        entries, flushes = len(info[AUDIT_ROWS]), info[FLUSHES]
        info.pop("audit_at", None)  # each call's entries timed as one event of their own
        try:
            yield
        except BaseException as exc:
            info["audit_tail"] = tail
            del info["pending_changes"][noted:]
            del info[AUDIT_ROWS][entries:]
            forget_reads(session)  # what the failed call wrote or read is gone
            if info[FLUSHES] != flushes or not session.is_active:
                info[BROKEN] = exc
            else:
                for obj in list(session.new):
                    if id(obj) not in waiting and obj in session:  # (not gone with its owner)
                        session.expunge(obj)
                for obj in list(session.dirty):
                    session.expire(obj)
            raise

    # The session of a consistent read going on in this thread (see :meth:`snapshot`).
    _reading: threading.local = dataclasses.field(default_factory=threading.local, repr=False,
                                                   compare=False)

    def reads_shared(self) -> bool:
        """Whether :meth:`read` on this thread gives a session shared with other reads (of
        a :meth:`snapshot` or a batch) rather than a new one."""
        return (getattr(self._reading, "session", None) is not None
                or getattr(self._batching, "session", None) is not None)

    def read(self) -> AbstractContextManager[Session]:
        """A session to read in (``with ctx.read() as s:``): a new one, or inside
        :meth:`snapshot` on the same thread the snapshot's own."""
        shared = getattr(self._reading, "session", None) or getattr(
            self._batching, "session", None)
        if shared is not None:
            return nullcontext(shared)
        return self.db.session_factory()

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """One consistent read: every :meth:`read` on this thread inside the block uses one
        session and one transaction, so a write committed meanwhile by anyone else is seen
        either entirely or not at all (SQLite's WAL snapshot; PostgreSQL at REPEATABLE READ).
        Nested snapshots join the outer one. Nothing is written through it."""
        if getattr(self._reading, "session", None) is not None:
            yield self._reading.session
            return
        if getattr(self._batching, "session", None) is not None:  # a batch reads what it wrote
            yield self._batching.session
            return
        with self.db.session_factory() as session:
            if session.get_bind().dialect.name == "postgresql":
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            self._reading.session = session
            try:
                yield session
            finally:
                self._reading.session = None
                session.rollback()



class BatchBroken(ConflictError):
    """A call inside a batch failed after part of it was written: the batch is rolled back
    whole (raised by the next call, or at the end of the block if it went on)."""

    def __init__(self) -> None:
        super().__init__(msg("A change in a series of changes failed after part of it was "
                             "written, so none of the series was saved."))


class StaleRecord(ConflictError):
    """A save based on a stale read: someone saved the record since it was read. Nothing of
    the save was written. ``by`` and ``at`` say who saved last and when, if the audit trail
    can tell (it cannot for a user without access to it)."""

    def __init__(self, noun: Message, record_id: int, *, by: str, at: datetime | None,
                 yours: int | None, theirs: int | None):
        if by and at is not None:
            message = msg("The {kind} with ID {record_id} was changed by {by} at {at} after "
                          "you read it; nothing was saved. Reload it and make your change again.",
                          kind=noun, record_id=record_id, by=by, at=_utc(at))
        elif by:
            message = msg("The {kind} with ID {record_id} was changed by {by} after you read it; "
                          "nothing was saved. Reload it and make your change again.",
                          kind=noun, record_id=record_id, by=by)
        elif at is not None:
            message = msg("The {kind} with ID {record_id} was changed by someone else at {at} "
                          "after you read it; nothing was saved. Reload it and make your change "
                          "again.", kind=noun, record_id=record_id, at=_utc(at))
        else:
            message = msg("The {kind} with ID {record_id} was changed by someone else after you "
                          "read it; nothing was saved. Reload it and make your change again.",
                          kind=noun, record_id=record_id)
        super().__init__(message)
        self.noun, self.record_id, self.by, self.at = noun, record_id, by, at
        self.yours, self.theirs = yours, theirs


def _utc(at: datetime) -> datetime:
    return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)


def record_key(obj: Base) -> int:
    """The local ID of a stored record (every model has the ``Record`` columns)."""
    return int(obj.id)  # type: ignore[attr-defined]


# ---- values -----------------------------------------------------------------------------

def coerce(model: type[Base], name: str, value: Any) -> Any:
    """Turn user input (str from the CLI or JSON, or a typed value) into the column's type."""
    column = model.__table__.c.get(name)
    if column is None:
        raise ValidationError(msg("There is no field “{field}”.", field=name), field=name)
    if value is None:
        if not column.nullable:
            raise ValidationError(msg("{field} is required.", field=field_label(name, model)),
                                  field=name)
        return None
    ctype = column.type
    if isinstance(ctype, SAEnum) and ctype.enum_class is not None:
        try:
            return ctype.enum_class(value)
        except ValueError:
            choices = ", ".join(m.value for m in ctype.enum_class)
            raise ValidationError(
                msg("“{value}” is not a valid value of “{field}”: choose one of {choices}.",
                    value=value, field=field_label(name, model), choices=choices), field=name
            ) from None
    if isinstance(ctype, UTCDateTime):
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                raise ValidationError(
                    msg("“{value}” is not a date and time (YYYY-MM-DDTHH:MM+HH:MM).",
                        value=value), field=name
                ) from None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValidationError(msg("{field} needs a time zone.", field=field_label(name, model)),
                                  field=name)
        return value
    if isinstance(ctype, Date) and not isinstance(ctype, DateTime):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, str):
            return parse_date(value, field=name)
        if not isinstance(value, date):
            raise ValidationError(msg("{field} must be a date.", field=field_label(name, model)),
                                  field=name)
        return value
    if isinstance(ctype, Time):
        if isinstance(value, str):
            try:
                return time.fromisoformat(value)
            except ValueError:
                raise ValidationError(msg("“{value}” is not a time (HH:MM).", value=value),
                                      field=name) from None
        return value
    if isinstance(ctype, Boolean):
        if isinstance(value, str):
            value = _BOOLEAN_WORDS.get(value.strip().lower(), value)
        elif isinstance(value, int) and value in (0, 1):
            value = bool(value)
        if not isinstance(value, bool):
            raise ValidationError(msg("{field} must be yes or no.", field=field_label(name, model)),
                                  field=name)
        return value
    if isinstance(ctype, Integer) and not isinstance(value, bool):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValidationError(msg("{field} must be a number.", field=field_label(name, model)),
                                  field=name) from None
    if isinstance(ctype, String | Text):
        if not isinstance(value, str):
            raise ValidationError(msg("{field} must be text.", field=field_label(name, model)), field=name)
        value = value.strip()
        if isinstance(ctype, String) and ctype.length and len(value) > ctype.length:
            raise ValidationError(
                msg_n("{field} is longer than {count} character.",
                      "{field} is longer than {count} characters.", ctype.length,
                      field=field_label(name, model)), field=name)
        return value
    return value


_BOOLEAN_WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def column_equals(model: type[Base], name: str, value: Any) -> Any:
    """The condition ``column == value`` of a list filter, the value read as the column's type."""
    value = coerce(model, name, value)  # first: it names an unknown field in a ValidationError
    return getattr(model, name) == value


def coerce_ids(values: Any, *, field: str) -> list[int]:
    """Record IDs given as numbers or digit strings, without repeats, in the order given."""
    try:
        ids = [int(v) for v in values]
    except (TypeError, ValueError):
        raise ValidationError(msg("{field} must be a list of record IDs.",
                                  field=field_label(field)), field=field) from None
    return list(dict.fromkeys(ids))


def audit_text(value: Any) -> str | None:
    """How a value reads in the audit log."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def require_past(value: date | None, today: date, *, field: str, what: Message) -> None:
    if value is not None and value > today:
        raise ValidationError(msg("{what} ({day}) is in the future.", what=what, day=value),
                              field=field)


def default_level_setting(s: Session) -> Sensitivity | None:
    """The case file's level for new records of facts (case setting "default_level"), if set
    (read here, not through the settings service, which builds on this module)."""
    if DEFAULT_LEVEL_READ in s.info:  # read once per transaction (a batch writes hundreds)
        return s.info[DEFAULT_LEVEL_READ]
    with s.no_autoflush:  # called while a new record is half-filled
        value = s.scalar(select(CaseSetting.value).where(CaseSetting.key == "default_level",
                                                         CaseSetting.scope == ""))
    level = Sensitivity(value) if value in {v.value for v in Sensitivity} else None
    s.info[DEFAULT_LEVEL_READ] = level
    return level


# What a transaction has read and keeps (the settings service forgets the level it writes;
# any write of a case setting forgets them all, see _setting_written).
DEFAULT_LEVEL_READ = "default_level_setting"
CAPTIVE_UIDS = "captive_uids"
# A batch's session: the audit entries it keeps to write at its end, how many flushes it
# has made (a failing call that flushed cannot be undone), and the error that broke it.
AUDIT_ROWS = "batch_audit_rows"
FLUSHES = "batch_flushes"
BROKEN = "batch_broken_by"
BATCH_INDEX = "batch_trigger_index"  # see caseapp.services.deadline_index


NEXT_DEADLINE_ID = "batch_next_deadline_id"  # see caseapp.services.deadline_index


def settle_batch(s: Session) -> None:
    """Inside a batch, before writing or reading through ``s.connection()`` (a bulk import):
    what the batch holds goes to the database (new records waiting, audit entries kept),
    and what it knows without asking (the deadline engine's index, the next deadline id)
    is read again afterwards. Nothing to do outside a batch."""
    if not in_batch(s):
        return
    s.flush()
    write_pending_audit(s)
    forget_reads(s)
    s.info.pop(NEXT_DEADLINE_ID, None)


def in_batch(s: Session) -> bool:
    """Whether ``s`` is the session of a batch (see :meth:`ServiceContext.batch`)."""
    return AUDIT_ROWS in s.info
SETTINGS_READ = "case_settings_read"  # the deadline engine's CaseSettings of this transaction
# The record a create_in is writing, until its after_write hook has run: a record created
# now (its uid just made) has no deadlines yet, so the engine need not look for them.
CREATING = "record_being_created"


def forget_reads(s: Session) -> None:
    """Forget what this transaction read and kept (a savepoint rolled back: read again)."""
    for key in (DEFAULT_LEVEL_READ, CAPTIVE_UIDS, SETTINGS_READ, BATCH_INDEX):
        s.info.pop(key, None)


@event.listens_for(CaseSetting, "after_insert")
@event.listens_for(CaseSetting, "after_update")
@event.listens_for(CaseSetting, "after_delete")
def _setting_written(_mapper: Any, _connection: Any, target: CaseSetting) -> None:
    """A case setting written: the settings this transaction read are read again."""
    s = object_session(target)
    if s is not None:
        s.info.pop(DEFAULT_LEVEL_READ, None)
        s.info.pop(SETTINGS_READ, None)


def _watch_batch(session: Session) -> None:
    """Count the batch's flushes, and write its kept audit entries before a read of them."""
    info = session.info

    def flushing(_s: Session, _context: Any, _instances: Any) -> None:
        info[FLUSHES] += 1

    def executing(state: ORMExecuteState) -> None:
        if info.get(AUDIT_ROWS) and state.is_select and any(
                m.class_ is AuditEntry for m in state.all_mappers):
            write_pending_audit(state.session)

    event.listen(session, "before_flush", flushing)
    event.listen(session, "do_orm_execute", executing)


def _hold_records(session: Session) -> None:
    """Keep every record a batch's session loads or writes until the batch ends. The session
    holds records weakly: a captive read by one call of the batch, no longer referenced,
    would be read again by the next call that looks it up (hundreds of times in the demo)."""
    held: dict[int, Any] = {}

    def hold(_s: Session, obj: Any) -> None:
        held[id(obj)] = obj

    def release(_s: Session, obj: Any) -> None:
        held.pop(id(obj), None)

    session.info["held_records"] = held
    for name in ("loaded_as_persistent", "pending_to_persistent", "detached_to_persistent",
                 "deleted_to_persistent"):
        event.listen(session, name, hold)
    for name in ("persistent_to_detached", "persistent_to_transient", "persistent_to_deleted"):
        event.listen(session, name, release)


# ---- audit --------------------------------------------------------------------------------

def audit(
    s: Session,
    ctx: ServiceContext,
    action: AuditAction,
    obj: Any,
    *,
    summary: str | Message = "",  # a composed one as a message: shown in the reader's language
    captive_uid: str = "",
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    # One time per transaction: the entries of one write read back as one event.
    at = s.info.get("audit_at") or s.info.setdefault("audit_at", utcnow())
    values = {  # the hashed fields (caseapp.db.audit_chain.FIELDS)
        "uid": str(uuid.uuid4()), "at": at, "actor": ctx.actor, "action": action,
        "entity": obj.__tablename__, "record_uid": obj.uid, "captive_uid": captive_uid,
        "summary": stored_summary(summary), "field": field, "old_value": audit_text(old),
        "new_value": audit_text(new)}
    if team_writes.writes_below_internal(s.connection()):  # it may not read the chain
        team_writes.append_audit(s.connection(), values)
        return
    batched: list[dict[str, Any]] | None = s.info.get(AUDIT_ROWS)
    if batched is not None:  # inside a batch: chained and written at its end
        batched.append(values)
        return
    prev = _audit_tail(s)
    s.info["audit_tail"] = digest = entry_hash(values, prev)
    s.add(AuditEntry(**values, prev_hash=prev, hash=digest))


def _audit_tail(s: Session) -> str:
    """The hash the next entry chains to: the last one written in this transaction, else the
    last one in the file (read in this transaction, so a concurrent writer cannot fork it)."""
    prev: str | None = s.info.get("audit_tail")
    if prev is None:
        lock_audit_appends(s.connection())  # on a server: one appender at a time, until commit
        with s.no_autoflush:
            prev = s.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or ""
    return prev


def write_pending_audit(s: Session) -> None:
    """Write the audit entries a batch has kept (see :meth:`ServiceContext.batch`), chained
    in the order they were made, in one statement: the same entries, hashes included, as
    written one by one. Code reading the audit trail through ``s.connection()`` inside a
    batch calls this first (reads through the session do it themselves)."""
    rows: list[dict[str, Any]] | None = s.info.get(AUDIT_ROWS)
    if not rows:
        return
    s.info[AUDIT_ROWS] = []  # (reading the tail below must not write them again)
    s.info[FLUSHES] = s.info.get(FLUSHES, 0) + 1  # written: a failing call can no longer undo
    s.info["audit_tail"] = append_entries(s.connection(), rows, _audit_tail(s))


def check_clearance(ctx: ServiceContext, noun: str | Message, obj: Any) -> None:
    """Refuse, naming the field, a record put above the login's clearance (a team server's
    login below internal: it could not read the record back)."""
    level = getattr(obj, "sensitivity", None)
    if ctx.clearance is None or not isinstance(level, Sensitivity) or ctx.clearance.allows(level):
        return
    allowed = [v for v in reversed(Sensitivity) if ctx.clearance.allows(v)]
    choices = (level_label(allowed[0]) if len(allowed) == 1 else
               msg("{first} or {second}", first=level_label(allowed[0]),
                   second=level_label(allowed[1])))
    raise ValidationError(msg(
        "The level of this {noun}, {level}, is above your clearance ({clearance}): save it as "
        "{choices}. Nothing was saved.", noun=noun, level=level_label(level),
        clearance=level_label(ctx.clearance), choices=choices), field="sensitivity")


def announce(s: Session, change: Changes) -> None:
    s.info.setdefault("pending_changes", []).append(change)


def snapshot(obj: Base, names: list[str]) -> dict[str, Any]:
    return {n: getattr(obj, n) for n in names}


# ---- generic CRUD -------------------------------------------------------------------------

class RecordService(Generic[M, D]):
    """Create, read, update, delete and list one kind of record.

    Subclasses name the model and DTO and add rules in :meth:`validate`; records with
    relations or computed fields override :meth:`to_dto` and :meth:`apply`.
    """

    model: type[M]
    dto: ClassVar[type]
    noun: ClassVar[Message]  # msg("hearing"), for messages (its English text in the audit log)
    required: ClassVar[tuple[str, ...]] = ()
    order_by: ClassVar[tuple[str, ...]] = ("id",)
    immutable: ClassVar[tuple[str, ...]] = ("id", "uid", "created_at", "updated_at",
                                            "row_version")
    audited_out: ClassVar[tuple[str, ...]] = ()  # columns too big for the audit log

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        # Called with the session and the record after every create or update, and before a
        # delete, inside the same transaction (the case file points them at the deadline
        # engine): if they raise, nothing of the write is kept.
        self.after_write: Callable[[Session, Any], Any] | None = None
        self.before_delete: Callable[[Session, Any], Any] | None = None

    # -- hooks --
    def validate(self, s: Session, obj: M) -> None:
        """Raise ValidationError if ``obj`` breaks a rule; called before every flush."""

    def apply(self, s: Session, obj: M, fields: dict[str, Any]) -> None:
        for name, value in fields.items():
            if name in self.immutable:
                raise ValidationError(msg("{field} cannot be changed.",
                                          field=field_label(name, self.model)),
                                      field=name)
            setattr(obj, name, coerce(self.model, name, value))

    def to_dto(self, s: Session, obj: M) -> D:
        return self.make_dto(obj)

    def make_dto(self, obj: M, **computed: Any) -> D:
        """The DTO of ``obj``: its columns of the same names, plus ``computed`` values."""
        return self.dto(**{
            f.name: computed[f.name] if f.name in computed else getattr(obj, f.name)
            for f in dataclasses.fields(self.dto)
        })

    def summary(self, obj: M) -> str | Message:
        return msg("{noun} {id}", noun=self.noun, id=obj.id)  # type: ignore[attr-defined]

    def relations(self, obj: M) -> dict[str, Any]:
        """Values of relations to audit like fields (names, tags, linked captives)."""
        return {}

    def captive_ids(self, obj: M) -> tuple[int, ...]:
        cid = getattr(obj, "captive_id", None)
        return (cid,) if cid else ()

    def captive_uid(self, s: Session, obj: M) -> str:
        from caseapp.db.models import Captive

        ids = self.captive_ids(obj)
        if len(ids) != 1:
            return ""
        known: dict[int, str] = s.info.setdefault(CAPTIVE_UIDS, {})  # a uid never changes
        if ids[0] not in known:
            known[ids[0]] = s.get(Captive, ids[0]).uid  # type: ignore[union-attr]
        return known[ids[0]]

    # -- plumbing --
    def _columns(self) -> list[str]:
        skip = {*self.immutable, *self.audited_out}
        return [c.key for c in self.model.__table__.columns if c.key not in skip]

    def _load(self, s: Session, record_id: int) -> M:
        obj = s.get(self.model, record_id)
        if obj is None:
            raise NotFound(msg("There is no {kind} with ID {record_id}.", kind=self.noun,
                               record_id=record_id))
        return obj

    def _check_required(self, obj: M) -> None:
        for name in self.required:
            value = getattr(obj, name)
            if value is None or (isinstance(value, str) and not value.strip()):
                raise ValidationError(msg("{field} is required.",
                                          field=field_label(name, self.model)), field=name)

    def _apply_and_check(self, s: Session, obj: M, fields: dict[str, Any]) -> None:
        # Nothing reaches the database before the rules have been checked: an autoflush
        # triggered by a query inside apply() or validate() would send a dangling reference
        # (captive_id=999) to the database, which fails with an IntegrityError instead of
        # the ValidationError that names the field.
        with s.no_autoflush:
            self.apply(s, obj, fields)
            self._check_required(obj)
            self.validate(s, obj)
            check_clearance(self.ctx, self.noun, obj)
        s.flush()
        if self.after_write is not None:
            self.after_write(s, obj)

    # -- public API --
    def get(self, record_id: int) -> D:
        with self.ctx.read() as s:
            return self.to_dto(s, self._load(s, record_id))

    def list(self, **filters: Any) -> list[D]:
        """Records whose columns equal the given values, e.g. ``list(captive_id=3)``."""
        with self.ctx.read() as s:
            stmt = select(self.model)
            for name, value in filters.items():
                stmt = stmt.where(column_equals(self.model, name, value))
            stmt = stmt.order_by(*(getattr(self.model, n) for n in self.order_by))
            return [self.to_dto(s, o) for o in s.scalars(stmt)]

    def create(self, **fields: Any) -> D:
        with self.ctx.transaction() as s:
            return self.create_in(s, **fields)

    def create_in(self, s: Session, **fields: Any) -> D:
        """:meth:`create` inside a transaction the caller opened (to write several records
        all or nothing)."""
        obj = self.model()
        s.add(obj)
        table = self.model.__tablename__
        if "sensitivity" in self.model.__table__.c and fields.get("sensitivity") is None:
            # A new record without a chosen level: facts of the case shareable, notes internal.
            fields = {**fields, "sensitivity": default_level(
                table, note=str(fields.get(NOTE_FIELDS.get(table, ""), "") or ""),
                organisation_kind=str(fields.get("kind", "") or ""),
                setting=default_level_setting(s))}
        outer = s.info.get(CREATING)
        s.info[CREATING] = obj
        try:
            self._apply_and_check(s, obj, fields)
        finally:
            s.info[CREATING] = outer
        values = snapshot(obj, self._columns()) | self.relations(obj)
        values = {k: v for k, v in values.items() if v not in (None, "", [], {})}
        audit(s, self.ctx, AuditAction.CREATE, obj, summary=self.summary(obj),
              captive_uid=self.captive_uid(s, obj), new=values)
        announce(s, Changes(self.model.__tablename__, AuditAction.CREATE,
                            (record_key(obj),), self.captive_ids(obj)))
        return self.to_dto(s, obj)

    def version(self, record_id: int) -> int:
        """The record's version now (pass it back to :meth:`update` as ``expected_version``
        to have the save refused if anyone saved the record in between)."""
        with self.ctx.read() as s:
            return int(self._load(s, record_id).row_version)  # type: ignore[attr-defined]

    def update(self, record_id: int, *, expected_version: int | None = None,
               **changes: Any) -> D:
        """Change the record; with ``expected_version`` (the version it was read at), refused
        with :class:`StaleRecord` if it has been saved since. Two saves at once never both
        win: the second one's UPDATE names a version that is no longer there."""
        try:
            with self.ctx.transaction() as s:
                obj = self._load(s, record_id)
                current = int(obj.row_version)  # type: ignore[attr-defined]
                if expected_version is not None and current != expected_version:
                    raise self._stale(s, obj, record_id, expected_version, current)
                return self._update_in(s, obj, changes)
        except StaleDataError:
            with self.ctx.read() as s:
                obj = self._load(s, record_id)
                raise self._stale(s, obj, record_id, expected_version,
                                  int(obj.row_version)) from None  # type: ignore[attr-defined]

    def _stale(self, s: Session, obj: M, record_id: int, yours: int | None,
               theirs: int) -> StaleRecord:
        last = None
        try:
            last = s.execute(
                select(AuditEntry.actor, AuditEntry.at)
                .where(AuditEntry.record_uid == obj.uid)  # type: ignore[attr-defined]
                .order_by(AuditEntry.id.desc()).limit(1)).first()
        except Exception:  # noqa: BLE001 - a clearance that may not read the audit trail
            s.rollback()
        return StaleRecord(self.noun, record_id, by=last.actor if last else "",
                           at=last.at if last else None, yours=yours, theirs=theirs)

    def _update_in(self, s: Session, obj: M, changes: dict[str, Any]) -> D:
        before = snapshot(obj, self._columns()) | self.relations(obj)
        self._apply_and_check(s, obj, changes)
        after = snapshot(obj, self._columns()) | self.relations(obj)
        for name in before:
            if before[name] != after[name]:
                audit(s, self.ctx, AuditAction.UPDATE, obj, summary=self.summary(obj),
                      captive_uid=self.captive_uid(s, obj), field=name,
                      old=before[name], new=after[name])
        announce(s, Changes(self.model.__tablename__, AuditAction.UPDATE,
                            (record_key(obj),), self.captive_ids(obj)))
        return self.to_dto(s, obj)

    def delete(self, record_id: int) -> None:
        with self.ctx.transaction() as s:
            obj = self._load(s, record_id)
            audit(s, self.ctx, AuditAction.DELETE, obj, summary=self.summary(obj),
                  captive_uid=self.captive_uid(s, obj),
                  old=snapshot(obj, self._columns()) | self.relations(obj))
            change = Changes(self.model.__tablename__, AuditAction.DELETE,
                             (record_key(obj),), self.captive_ids(obj))
            if self.before_delete is not None:
                self.before_delete(s, obj)
            s.delete(obj)
            s.flush()
            announce(s, change)
