"""Generic CRUD for simple records (:class:`RecordService`), and the refusal of a save based
on a stale read (:class:`StaleRecord`).

A service function takes keyword arguments named like the record's columns, checks
them, writes in one transaction, writes the audit entries in that same transaction,
and returns a frozen DTO. A broken rule raises :class:`ValidationError` naming the
field; nothing is written then.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import nullcontext
from datetime import UTC, datetime
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from caseapp.db.base import Base
from caseapp.db.models import AuditEntry
from caseapp.domain.dto import Changes
from caseapp.domain.enums import AuditAction
from caseapp.domain.errors import ConflictError, NotFound, ValidationError
from caseapp.domain.field_labels import field_label
from caseapp.domain.messages import Message, msg
from caseapp.domain.redaction import default_level
from caseapp.domain.stored_messages import read_lines, read_text, stored_lines
from caseapp.services import batch_rows
from caseapp.services.audit_trail import audit
from caseapp.services.base import (
    ServiceContext,
    announce,
    check_clearance,
    default_level_setting,
    record_key,
    snapshot,
    within_clearance,
)
from caseapp.services.session_info import CREATING
from caseapp.services.values import coerce, column_equals


def require_captive(s: Session, captive_id: int | None) -> None:
    """Refuses a record whose captive (``captive_id``) is not in the file (read once a
    transaction: :func:`batch_rows.captive_uid`)."""
    if captive_id is None or batch_rows.captive_uid(s, captive_id) is None:
        raise ValidationError(msg("There is no captive with ID {record_id}.",
                                  record_id=captive_id), field="captive_id")


def _captive_levels(s: Session, fields: dict[str, Any]) -> list[Any]:
    """The level of the captive a new record's ``fields`` belong to (``captive_id``). Not
    those of a hearing's or an intervention's several captives (``captive_ids``): a joint
    hearing stays at its own level, and an output below a co-defendant's level leaves out
    that captive's name, not the sitting of the others (the shareable calendar names the
    co-defendants it may)."""
    captive_id = fields.get("captive_id")
    captive = batch_rows.captive_row(s, captive_id) if isinstance(captive_id, int) else None
    return [] if captive is None else [captive.sensitivity]


M = TypeVar("M", bound=Base)
D = TypeVar("D")


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
            if isinstance(value, str | Message):  # CaseApp's sentences stored as messages
                value = stored_lines(value, getattr(obj, name, None))
            setattr(obj, name, coerce(self.model, name, value))

    def to_dto(self, s: Session, obj: M) -> D:
        return self.make_dto(obj)

    def make_dto(self, obj: M, **computed: Any) -> D:
        """The DTO of ``obj``: its columns of the same names, plus ``computed`` values. A text
        with lines CaseApp wrote (messages) is read in the reader's language (read_lines)."""
        return self.dto(**{
            f.name: computed[f.name] if f.name in computed else _read(getattr(obj, f.name))
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
        ids = self.captive_ids(obj)
        return (batch_rows.captive_uid(s, ids[0]) or "") if len(ids) == 1 else ""

    # -- the audit trail (also for writes made past create/update/delete: a sheet's import) --
    def audited_values(self, obj: M) -> dict[str, Any]:
        """The record's values as its audit entries keep them (relations as fields)."""
        return snapshot(obj, self._columns()) | self.relations(obj)

    def audit_added(self, s: Session, obj: M) -> None:
        """The entry of ``obj`` added: its values (empty ones left out)."""
        values = {k: v for k, v in self.audited_values(obj).items() if v not in (None, "", [], {})}
        audit(s, self.ctx, AuditAction.CREATE, obj, summary=audit_label(self.summary(obj)),
              captive_uid=self.captive_uid(s, obj), new=values)

    def audit_changed(self, s: Session, obj: M, before: dict[str, Any]) -> None:
        """One entry for each field of ``obj`` that differs from ``before``
        (:meth:`audited_values` read before the change): old → new."""
        after = self.audited_values(obj)
        for name in before:
            if before[name] != after[name]:
                # (a change of a record's captives concerns those before and after: it names
                # none, and is in the history of each it lists: caseapp.services.audit)
                audit(s, self.ctx, AuditAction.UPDATE, obj, summary=audit_label(self.summary(obj)),
                      captive_uid="" if name == "captives" else self.captive_uid(s, obj),
                      field=name, old=before[name], new=after[name])

    def audit_deleted(self, s: Session, obj: M) -> None:
        """The entry of ``obj`` deleted (before it is), with its last values."""
        audit(s, self.ctx, AuditAction.DELETE, obj, summary=audit_label(self.summary(obj)),
              captive_uid=self.captive_uid(s, obj), old=self.audited_values(obj))

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

    def _apply_and_check(self, s: Session, obj: M, fields: dict[str, Any], *,
                         waits: bool = False) -> None:
        # Nothing reaches the database before the rules have been checked: an autoflush
        # triggered by a query inside apply() or validate() would send a dangling reference
        # (captive_id=999) to the database, which fails with an IntegrityError instead of
        # the ValidationError that names the field.
        # ``waits``: a new record of a batch, not in the session yet (batch_rows): it gets
        # its keys once checked and is written with the next statement that needs it.
        with s.no_autoflush, batch_rows.checking(s) if waits else nullcontext():
            self.apply(s, obj, fields)
            self._check_required(obj)
            self.validate(s, obj)
            check_clearance(self.ctx, self.noun, obj)
        if waits:
            batch_rows.give_keys(s, obj)
        else:
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
            stmt = self._filtered(select(self.model), filters)
            stmt = stmt.order_by(*(getattr(self.model, n) for n in self.order_by))
            return [self.to_dto(s, o) for o in s.scalars(stmt)]

    def count(self, **filters: Any) -> int:
        """How many records have the given column values (as :meth:`list` takes them),
        without reading them."""
        with self.ctx.read() as s:
            return int(s.scalar(self._filtered(
                select(func.count()).select_from(self.model), filters)) or 0)

    def _filtered(self, stmt: Any, filters: dict[str, Any]) -> Any:
        for name, value in filters.items():
            stmt = stmt.where(column_equals(self.model, name, value))
        return stmt

    def create(self, **fields: Any) -> D:
        with self.ctx.transaction() as s:
            return self.create_in(s, **fields)

    def create_in(self, s: Session, **fields: Any) -> D:
        """:meth:`create` inside a transaction the caller opened (to write several records
        all or nothing)."""
        table = self.model.__tablename__
        # (decided before the new record is in the session: reading its captive would
        # flush it half made)
        if "sensitivity" in self.model.__table__.c and fields.get("sensitivity") is None:
            # A new record without a chosen level: the one rule of redaction.default_level
            # (free text internal, facts at the case file's level, never below its captives';
            # on a team server, at most the login's clearance).
            # (a read flushing a series' earlier records writes nothing of this one: as its
            # checks, it leaves the call undoable)
            with s.no_autoflush, batch_rows.checking(s):
                setting, parents = default_level_setting(s), _captive_levels(s, fields)
            fields = {**fields, "sensitivity": within_clearance(self.ctx, default_level(
                table, fields, setting=setting, parents=parents))}
        obj = self.model()
        waits = batch_rows.can_wait(s, obj)
        if not waits:
            s.add(obj)
        outer = s.info.get(CREATING)
        s.info[CREATING] = obj
        try:
            self._apply_and_check(s, obj, fields, waits=waits)
            self.audit_added(s, obj)
            announce(s, Changes(self.model.__tablename__, AuditAction.CREATE,
                                (record_key(obj),), self.captive_ids(obj)))
            return self.to_dto(s, obj)  # (knowing that nothing refers to the record yet)
        finally:
            s.info[CREATING] = outer

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
        if batch_rows.waiting(s) is not None:
            s.flush()  # what earlier calls of a batch made, seen by the checks below
        before = self.audited_values(obj)
        self._apply_and_check(s, obj, changes)
        self.audit_changed(s, obj, before)
        announce(s, Changes(self.model.__tablename__, AuditAction.UPDATE,
                            (record_key(obj),), self.captive_ids(obj)))
        return self.to_dto(s, obj)

    def delete_dependents(self, s: Session, obj: M) -> None:
        """Delete, in the deletion of ``obj``, the records that cannot be without it and are
        not deleted with it by the database (none, unless a service says)."""

    def delete(self, record_id: int) -> None:
        with self.ctx.transaction() as s:
            obj = self._load(s, record_id)
            self.audit_deleted(s, obj)
            change = Changes(self.model.__tablename__, AuditAction.DELETE,
                             (record_key(obj),), self.captive_ids(obj))
            self.delete_dependents(s, obj)
            if self.before_delete is not None:
                self.before_delete(s, obj)
            s.delete(obj)
            s.flush()
            announce(s, change)


def audit_label(summary: str | Message) -> str | Message:
    """A record's label as the audit trail keeps it: someone's text as written (a line of it
    stored escaped, read back), a message CaseApp wrote as that message."""
    return read_text(summary) if isinstance(summary, str) else summary


def _read(value: Any) -> Any:
    return read_lines(value) if isinstance(value, str) else value
