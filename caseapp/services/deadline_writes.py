"""Storing what the deadline engine computed: the computed deadlines of a trigger brought in
step with the stored ones (:meth:`DeadlineWrites._sync`: added, updated, kept with a note,
or dismissed as obsolete, never overwriting a date set by hand), orders superseding the
open steps of earlier ones, each write checked, flushed once and audited; and the
deadlines of many triggers read up front for an import (:meth:`DeadlineWrites.prefetched`,
:mod:`caseapp.services.deadline_prefetch`); the step and note saying the rules differ are
:mod:`caseapp.services.deadline_rule_notes`'.

:class:`~caseapp.services.deadline_engine.DeadlineEngine` builds on this class.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

from sqlalchemy import Text, cast, inspect, select
from sqlalchemy.orm import Session

from caseapp.db.models import Deadline
from caseapp.domain.court_zones import followed_zone, zone_saved
from caseapp.domain.deadline_steps import stored_steps
from caseapp.domain.deadlines import ComputedDeadline
from caseapp.domain.dto import Changes, DeadlineDTO
from caseapp.domain.enums import AuditAction, DeadlineStatus, Sensitivity
from caseapp.domain.messages import Message, msg, msg_n
from caseapp.domain.recompute import ChangeKind, recompute
from caseapp.domain.rule_names import RuleTitles, rules_named, titles_of
from caseapp.domain.same_day import deadline_order
from caseapp.domain.stored_messages import stored_text
from caseapp.services.audit_trail import audit
from caseapp.services.base import ServiceContext, announce, within_clearance
from caseapp.services.deadline_index import DETENTION_ORDER, batch_keys
from caseapp.services.deadline_prefetch import (
    PREFETCHED,
    Prefetched,
    chunks,
    deadlines_by_id,
    prefetched_deadlines,
)
from caseapp.services.deadline_rule_notes import (
    GIVEN_AGAIN,
    RULES_DIFFER,
    closed_as_obsolete,
    holds_rule_step,
    rule_step_fields,
)
from caseapp.services.deadlines import DeadlineService
from caseapp.services.reading_level import travel_level
from caseapp.services.values import coerce

# The trigger kind stored on the deadlines a record of each table sets off.
TRIGGER_KINDS = {
    "detention_orders": DETENTION_ORDER,
    "hearings": "hearing",
    "international_proceedings": "international_proceeding",
    "captives": "captive",
    "court_deliveries": "court_delivery",
}

# A computed deadline already this many days past when its trigger is recorded is filed as
# history (dismissed, with the reason) rather than raised as overdue; within it, it is open
# so that a missed appeal window shows at once.
HISTORY_GRACE_DAYS = 30

# The level a computed deadline is stored at (the column's default; the lawyer may change it).
COMPUTED_LEVEL = Sensitivity(Deadline.__table__.c.sensitivity.default.arg)


class DeadlineWrites:
    """The storing side of the deadline engine (its ``ctx`` and ``deadlines`` service)."""

    ctx: ServiceContext
    deadlines: DeadlineService

    def _rule_titles(self) -> RuleTitles:
        """How the engine's rules name a rule (its title in every language)."""
        return titles_of(self.rule_set)  # type: ignore[attr-defined]  # the engine's property

    @contextmanager
    def prefetched(self, s: Session, records: Iterable[Any]) -> Iterator[None]:
        """``on_written`` (:class:`~caseapp.services.deadline_engine.DeadlineEngine`) for
        many records (an import): the deadlines of their triggers, and the orders of their
        captives with those orders' deadlines, are read in a few queries up front instead of
        in several per record. Inside the block the engine looks them up there and adds the
        deadlines it creates; nothing else may write the deadlines of these triggers
        meanwhile. The results are those of the one-by-one calls."""
        from caseapp.db.models import DetentionOrder

        uids: dict[str, set[str]] = {}
        captives: set[int] = set()
        for obj in records:
            kind = TRIGGER_KINDS.get(obj.__tablename__)
            if kind is not None:
                uids.setdefault(kind, set()).add(obj.uid)
            if kind == DETENTION_ORDER:
                captives.add(obj.captive_id)
        index = Prefetched()
        columns = (DetentionOrder.id, DetentionOrder.uid, DetentionOrder.captive_id,
                   DetentionOrder.start_date, DetentionOrder.prosecution_id,
                   DetentionOrder.expires_on, DetentionOrder.decided_on)
        for part in chunks(sorted(captives)):
            for oid, uid, cid, start, case, expires, decided in s.execute(select(*columns).where(
                    DetentionOrder.captive_id.in_(part)).order_by(DetentionOrder.id)):
                index.orders.setdefault(cid, []).append(
                    (oid, uid, start, case, expires, decided))
                uids.setdefault(DETENTION_ORDER, set()).add(uid)
        for kind, wanted in uids.items():
            for uid in wanted:
                index.deadlines[(kind, uid)] = []
            # Found by one pass over the trigger column (no index on it: a query per chunk
            # of triggers would read the whole table each time), then loaded by id.
            ids = [i for i, uid in s.execute(select(Deadline.id, Deadline.trigger_uid).where(
                Deadline.trigger_kind == kind)) if uid in wanted]
            for part in chunks(sorted(ids)):
                # (An import's checks loaded its deadlines: those are taken as they are.)
                for d in deadlines_by_id(s, part):
                    index.deadlines[(kind, d.trigger_uid)].append(d)
                # Those whose (deferred) explanation says the rules differ: read in the same
                # pass, not one by one when the rules agree again.
                index.rule_steps.update(s.scalars(select(Deadline.id).where(
                    Deadline.id.in_(part),
                    cast(Deadline.explanation, Text).contains(RULES_DIFFER))))
        outer = s.info.get(PREFETCHED)
        s.info[PREFETCHED] = index
        try:
            yield
        finally:
            s.info[PREFETCHED] = outer

    def _sync(self, s: Session, captive_id: int | None, kind: str, uid: str,
              fresh: list[ComputedDeadline], scope: set[str] | None, *,
              created: bool = False, result: bool = True) -> list[DeadlineDTO]:
        """Store ``fresh`` as the deadlines of the trigger ``uid`` for one captive; ``created``:
        the trigger is a record being created, which has none yet (nothing to read). Returns
        the trigger's deadlines as stored afterwards (none when ``result`` is false)."""
        rows: list[Deadline] = []
        known = prefetched_deadlines(s, kind, uid)  # (for one being created: the batch's, if any)
        if known is not None and not created:
            rows = [d for d in known if d.captive_id == captive_id
                    and d.rule_id and (scope is None or d.rule_id in scope)]
        elif not created:
            stmt = select(Deadline).where(
                Deadline.trigger_kind == kind, Deadline.trigger_uid == uid,
                Deadline.captive_id.is_(captive_id) if captive_id is None
                else Deadline.captive_id == captive_id)
            rows = [d for d in s.scalars(stmt.order_by(Deadline.id))
                    if d.rule_id and (scope is None or d.rule_id in scope)]
        by_id = {d.id: d for d in rows}
        # A team's server (a case file with no path): its deadlines shared by colleagues who
        # each read their own rule files, as caseapp.services.court_zone_fill.shared tells.
        shared = self.ctx.db.path is None
        # The stored rows themselves: recompute() reads their dates, rule, status and
        # override, never the explanation (decoding it was a third of a sync).
        existing = list(rows)
        touched: list[Deadline] = []
        # Every change set and checked first, then one flush for them all, then their audit
        # entries in the same order (a flush per deadline was most of a sync's time).
        writes: list[tuple[Deadline, AuditAction, dict[str, Any], dict[str, Any]]] = []

        def write(obj: Deadline, action: AuditAction, **fields: Any) -> None:
            writes.append((obj, action, fields, self._set(s, obj, action, fields)))

        # Closed by an earlier sync because the rules no longer gave them (a hearing's outcome
        # cleared by mistake), and given again: open again before they are compared, so
        # they follow the rules instead of staying closed for a reason no longer true.
        given = {d.rule_id for d in fresh}
        for row in rows:
            if row.rule_id in given and row.status is DeadlineStatus.DISMISSED \
                    and closed_as_obsolete(row.status_reason, row.rule_id):
                write(row, AuditAction.UPDATE, status=DeadlineStatus.OPEN,
                      status_reason=GIVEN_AGAIN)
        noted: set[int] = set()  # the rows this sync says the rules differ on
        for change in recompute(existing, fresh):
            old = by_id.get(change.existing.id) if change.existing is not None else None
            new = change.fresh
            if change.kind is ChangeKind.ADD and new is not None:
                if _above_travel_copy(s):
                    continue  # a travel copy holds nothing above its level
                obj = Deadline()
                history = self._history(new)
                write(obj, AuditAction.CREATE, captive_id=captive_id, trigger_kind=kind,
                      trigger_uid=uid, **_computed_fields(new), **history,
                      **self._computed_level())
                s.add(obj)  # once set and checked (a flush its check causes leaves it out)
                touched.append(obj)
                if known is not None:
                    known.append(obj)  # in id order: it is flushed below, after the others
            elif change.kind is ChangeKind.UPDATE and old is not None and new is not None:
                fields = _computed_fields(new)
                if old.due_time is None and new.due_time is None:  # (a moment's is its own)
                    fields["timezone"] = zone_saved(new.due_on, old.timezone or "",
                                                    new.timezone, earlier_only=shared)
                write(old, AuditAction.UPDATE, **fields)
            elif change.kind is ChangeKind.KEEP and old is not None:
                noted.add(old.id)
                # Said as the last step of the explanation, a message each reader (a
                # colleague, a document) reads in her own language; the step of an earlier
                # difference is replaced (it named another day), as is a note of one
                # written before as text in the notes.
                said = msg("Rules differ: {reason}", reason=change.why)
                fields = rule_step_fields(old, said)
                if fields:
                    write(old, AuditAction.UPDATE, **fields)
            elif change.kind is ChangeKind.OBSOLETE and old is not None:
                # The reason is a message: each reader reads it in her own language, the
                # rule named by its title in that language (caseapp.domain.rule_names).
                write(old, AuditAction.UPDATE, status=DeadlineStatus.DISMISSED,
                      status_reason=rules_named(change.why, self._rule_titles()))
        written = {id(obj) for obj, *_ in writes}
        for old in rows:
            # The rules agree again with a day kept (a trigger's edit undone): the note that
            # they differed goes.
            if old.id not in noted and id(old) not in written \
                    and (fields := rule_step_fields(old, step=holds_rule_step(s, old))):
                write(old, AuditAction.UPDATE, **fields)
        # A whole day's court follows its rule's, moved in a rule file (its date does not
        # move); one keeping none, an earlier version's, is given it by the opening or the
        # import, in bulk (caseapp.services.court_zone_fill). On a team's server, as there,
        # only to a court whose day ends earlier: a colleague's rule files giving a later
        # court do not move the shared deadlines' day end later by a save.
        computed = {f.rule_id: f for f in fresh if f.due_time is None}
        for old in rows:
            if old.timezone and (new := computed.get(old.rule_id)) is not None and (
                    zone := followed_zone(
                        status=old.status, due_time=old.due_time, stored=old.timezone,
                        zone=zone_saved(old.due_on, old.timezone, new.timezone,
                                        earlier_only=shared))) is not None:
                write(old, AuditAction.UPDATE, timezone=zone)
        if writes and not (len(touched) == len(writes) and batch_keys(s, touched)):
            s.flush()  # (new deadlines only, in a batch: flushed with the next write)
        for obj, action, fields, before in writes:
            self._audit(s, obj, action, fields, before)
        if not result:
            return []
        stored = [*rows, *(t for t in touched if t not in rows)]
        return sorted((self.deadlines.to_dto(s, d) for d in stored), key=deadline_order)

    def follow_court_zone(self, s: Session, rows: list[Deadline], zone: str) -> None:
        """``rows``, open whole-day deadlines of rules whose court's zone is now ``zone``,
        given it, in the caller's transaction, each audited (old → new): only the moment
        their day ends moves, never their date (caseapp.services.court_zone_fill)."""
        self._write_all(s, rows, AuditAction.UPDATE, timezone=zone)

    def _computed_level(self) -> dict[str, Any]:
        """The level of a new computed deadline when it is not the column's default: a team
        member below it stores it at their clearance, so they see what they wrote."""
        level = within_clearance(self.ctx, COMPUTED_LEVEL)
        return {} if level is COMPUTED_LEVEL else {"sensitivity": level}

    def _history(self, new: ComputedDeadline) -> dict[str, Any]:
        """A deadline long past when the lawyer records its trigger (an old order entered
        today) is kept for the record, not raised as overdue."""
        if new.due_on >= self.ctx.today() - timedelta(days=HISTORY_GRACE_DAYS):
            return {}
        return {"status": DeadlineStatus.DISMISSED,
                "status_reason": msg_n(
                    "Already more than {count} day past when its trigger was recorded; kept "
                    "for the record.",
                    "Already more than {count} days past when its trigger was recorded; kept "
                    "for the record.", HISTORY_GRACE_DAYS)}

    def _write(self, s: Session, obj: Deadline, action: AuditAction, **fields: Any) -> None:
        """Set ``fields`` (not as the lawyer's edit: ``overridden`` is left alone), check,
        flush and audit, within the caller's transaction."""
        self._write_all(s, [obj], action, **fields)

    def _write_all(self, s: Session, objs: list[Deadline], action: AuditAction,
                   **fields: Any) -> None:
        """Set ``fields`` on each of ``objs`` (not as the lawyer's edit: ``overridden`` is
        left alone) and check them, then one flush, then their audit entries in the same
        order, within the caller's transaction."""
        befores = [self._set(s, obj, action, fields) for obj in objs]
        if objs:
            s.flush()
        for obj, before in zip(objs, befores, strict=True):
            self._audit(s, obj, action, fields, before)

    def _set(self, s: Session, obj: Deadline, action: AuditAction,
             fields: dict[str, Any]) -> dict[str, Any]:
        """Set and check ``fields`` (not flushed); returns the values they replace."""
        if action is AuditAction.UPDATE and inspect(obj).pending:
            # A deadline of a batch still waiting for its flush is written first, as it
            # would have been: its change is an update (a second version), not its insert.
            s.flush()
        before = {n: getattr(obj, n) for n in fields} if action is AuditAction.UPDATE else {}
        for name, value in fields.items():
            # CaseApp's own sentence (a status reason) is stored as a message, which each
            # reader reads in her own language (and so is it audited).
            if isinstance(value, Message):
                fields[name] = stored_text(value)
        with s.no_autoflush:
            for name, value in fields.items():
                setattr(obj, name, coerce(Deadline, name, value))
            self.deadlines._check_required(obj)
            self.deadlines.validate(s, obj)
        return before

    def _audit(self, s: Session, obj: Deadline, action: AuditAction, fields: dict[str, Any],
               before: dict[str, Any]) -> None:
        """The audit entries of a write :meth:`_set` made (flushed since), and its change."""
        summary = self.deadlines.summary(obj)
        captive_uid = self.deadlines.captive_uid(s, obj)
        if action is AuditAction.CREATE:
            audit(s, self.ctx, action, obj, summary=summary, captive_uid=captive_uid,
                  new={k: v for k, v in fields.items() if v not in (None, "", [], {})})
        else:
            for name, old in before.items():
                if old != getattr(obj, name):
                    audit(s, self.ctx, action, obj, summary=summary, captive_uid=captive_uid,
                          field=name, old=old, new=getattr(obj, name))
        announce(s, Changes("deadlines", action, (obj.id,), self.deadlines.captive_ids(obj)))


def _above_travel_copy(s: Session) -> bool:
    """Whether a computed deadline would be above the file's level: a travel copy (public)
    holds nothing above its own. The mark is read once per transaction."""
    level = travel_level(s)
    return level is not None and not level.allows(COMPUTED_LEVEL)


def _computed_fields(d: ComputedDeadline) -> dict[str, Any]:
    return {
        "title": d.title[:300], "rule_id": d.rule_id, "rule_version": d.rule_version,
        "trigger_date": d.trigger_date, "due_on": d.due_on, "due_time": d.due_time,
        "timezone": d.timezone, "explanation": stored_steps(d.steps),
    }
