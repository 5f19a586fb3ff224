"""What every service shares: the context it runs in (the case file, who works on it, the
clock), one transaction per public call, consistent reads, batches of calls as one
transaction (:mod:`caseapp.services.batch`), and the changes announced to listeners.

The rest of the service plumbing lives beside it: :mod:`caseapp.services.values` (input
turned into column types), :mod:`caseapp.services.audit_trail` (the audit entries),
:mod:`caseapp.services.records` (generic CRUD, :class:`RecordService`),
:mod:`caseapp.services.session_info` (what a transaction keeps in its session).
"""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db import live
from caseapp.db.base import Base
from caseapp.db.engine import Database
from caseapp.db.models import CaseSetting
from caseapp.db.postgres import check_clearance_unchanged
from caseapp.domain.dates import now_on
from caseapp.domain.dto import Changes
from caseapp.domain.enums import Sensitivity
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.reports import parse_level
from caseapp.services.batch import call_in_batch, end_batch, start_batch, stop_batch
from caseapp.services.collector import collector_paused
from caseapp.services.labels import level_label
from caseapp.services.session_info import AUDIT_TAIL_BEFORE, DEFAULT_LEVEL_READ
from caseapp.write_errors import refusal_for

# (the services' own imports stay here, at the top: the window calls the services on worker
# threads, and a module first imported there goes through PySide6's import hook off the UI
# thread; the test run crashed twice in session 44 after three of them were made lazy)

Listener = Callable[[Changes], None]


@dataclasses.dataclass
class ServiceContext:
    """The open case file, who is working on it, and what day it is (tests fix the clock)."""

    db: Database
    actor: str
    today: Callable[[], date] = date.today
    # The moment it is (aware): None for now on ``today``'s day (:func:`now_on`); tests set
    # it to an hour to see a deadline due at that hour pass.
    clock: Callable[[], datetime] | None = None
    listeners: list[Listener] = dataclasses.field(default_factory=list)
    # On a team server, the login's clearance when it is below internal (None: no limit):
    # records are written at or below it (the server refuses the rest anyway).
    clearance: Sensitivity | None = None
    # Names this case file's own writes in the notices a team server passes to the others
    # (:mod:`caseapp.db.live`), so that its listener skips them.
    origin: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)
    # The audit log's newest entry before and after each of this file's own writes (hashes),
    # noted before the commit: what :mod:`caseapp.services.outside_writes` does not count as
    # someone else's.
    own_audit: dict[str, str] = dataclasses.field(default_factory=dict)

    def now(self) -> datetime:
        """The moment it is for this file (aware, UTC): what a deadline due at an hour is
        compared with (:func:`caseapp.domain.dates.deadline_overdue`)."""
        if self.clock is not None:
            return self.clock()
        return now_on(self.today())

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        batch: Session | None = getattr(self._batching, "session", None)
        if batch is not None:
            with call_in_batch(batch):
                yield batch
            return
        self.db.refuse_writes()  # a file open read-only: one line saying why
        try:
            with self.db.session_factory.begin() as session:
                session.info["pending_changes"] = []
                yield session
                pending: list[Changes] = session.info["pending_changes"]
                self._notify_others(session, pending)
        except Exception as exc:
            # Another process writing the file (an import on the command line, another
            # window), a full disk: one line saying so, in the window as on the command line.
            refusal = refusal_for(exc, self.db.label, path=self.db.path)
            if refusal is None:
                raise
            raise refusal from exc
        self._tell(pending)

    def _notify_others(self, session: Session, pending: list[Changes]) -> None:
        """Just before the commit: the others told (a team server), the audit entries this
        write chained noted as this file's own."""
        if pending:  # heard by the others when, and only if, this commits
            live.notify(session.connection(), pending, self.origin)
        before, after = session.info.get(AUDIT_TAIL_BEFORE), session.info.get("audit_tail")
        if before is not None and after is not None and after != before:
            self.own_audit[before] = after

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
        whole (:class:`~caseapp.services.batch.BatchBroken` at its end if the block went
        on). Each call's audit entries are one event, timed when it ran; they are kept and
        written, chained, in one statement at the end
        (:func:`~caseapp.services.audit_trail.write_pending_audit`; a read of the audit
        trail inside the block writes them first)."""
        if getattr(self._batching, "session", None) is not None:
            yield
            return
        self.db.refuse_writes()
        with collector_paused(), self.db.session_factory.begin() as session:
            start_batch(session)
            self._batching.session = session
            try:
                yield
                end_batch(session)
            finally:
                self._batching.session = None
                stop_batch(session)
            pending: list[Changes] = session.info["pending_changes"]
            self._notify_others(session, pending)
        self._tell(pending)

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


def record_key(obj: Base) -> int:
    """The local ID of a stored record (every model has the ``Record`` columns)."""
    return int(obj.id)  # type: ignore[attr-defined]


_DEFAULT_LEVEL = select(CaseSetting.value).where(CaseSetting.key == "default_level",
                                                CaseSetting.scope == "")  # (built once)


def default_level_setting(s: Session) -> Sensitivity | None:
    """The case file's level for new records of facts (case setting "default_level"), if set
    (read here, not through the settings service, which builds on this module)."""
    if DEFAULT_LEVEL_READ in s.info:  # read once per transaction (a batch writes hundreds)
        return s.info[DEFAULT_LEVEL_READ]
    with s.no_autoflush:  # called while a new record is half-filled
        value = s.scalar(_DEFAULT_LEVEL)
    level = Sensitivity(value) if value in {v.value for v in Sensitivity} else None
    s.info[DEFAULT_LEVEL_READ] = level
    return level


def within_clearance(ctx: ServiceContext, level: Sensitivity) -> Sensitivity:
    """The level of a new record whose level nobody chose (its default, or a computed
    deadline's): never above the login's clearance, so that a team member below internal
    can read back what they wrote, as the app's level chooser starts such a record at the
    clearance. A level chosen above the clearance is refused (:func:`check_clearance`)."""
    if ctx.clearance is None or ctx.clearance.allows(level):
        return level
    return ctx.clearance


def output_level(ctx: ServiceContext, level: Sensitivity | str) -> Sensitivity:
    """The level an output (a dossier, report, calendar, letter, list, filing, travel copy)
    is made at: the one asked for, but never above the login's clearance. What a team member
    below internal prints holds only what their clearance reads, so it is marked and named
    at that level (at a level above it, it claimed to leave nothing out). Refused when the
    team's owner changed the login's clearance since the case file was opened."""
    check_clearance_unchanged(ctx.db.engine)
    return within_clearance(ctx, parse_level(level))


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

