"""Counting again the deadlines of a term of months and days that an earlier version counted
the later way, as their stored steps show (:mod:`caseapp.domain.stored_terms`): a rule
applied by hand, or the rules a record set off. Counted as this version counts them and
brought as a save brings them: a date set by hand or a deadline closed is kept, with a
note; none is moved later, added or closed.

:class:`~caseapp.services.deadline_engine.DeadlineEngine` builds on this class (its
``events_of`` gives what a record sets off);
:mod:`caseapp.services.expiry_recount` calls it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import Deadline
from caseapp.domain.deadline_plans import mixes_months_and_days
from caseapp.domain.deadlines import ComputedDeadline, compute
from caseapp.domain.enums import DeadlineStatus
from caseapp.domain.errors import CaseAppError
from caseapp.domain.redaction import RULE_APPLIED_BY_HAND as MANUAL
from caseapp.domain.stored_terms import counted_later_by_steps, rule_values, stored_term
from caseapp.services.deadline_writes import TRIGGER_KINDS, DeadlineWrites
from caseapp.services.rules_in_force import RulesInForce


class DeadlineRecounts(RulesInForce, DeadlineWrites):
    """Part of the deadline engine: counting again a term an earlier version counted later."""

    if TYPE_CHECKING:
        def events_of(self, table: str, obj: Any) -> dict[int, list[ComputedDeadline]]: ...

    def count_again_by_hand(self, s: Session, uid: str) -> tuple[date, date] | None:
        """A rule applied by hand (the trigger ``uid``) whose term of months and days an
        earlier version counted the later way, as its stored steps show
        (:mod:`caseapp.domain.stored_terms`), counted again in ``s`` as this version counts it
        (:meth:`from_rule`), its deadlines brought as a save brings them: a date set by hand
        or a deadline closed is kept, with a note; none is moved later, added or closed. The
        day the rule gave before and gives now, when a deadline moved; else None."""
        rows = list(s.scalars(select(Deadline).where(
            Deadline.trigger_kind == MANUAL, Deadline.trigger_uid == uid).order_by(Deadline.id)))
        found = _counted_later_head(rows)
        if found is None:
            return None
        head, term, trigger, days = found
        rule = self.rule_set.rules.get(head.rule_id)
        values = None if rule is None or not mixes_months_and_days(rule) \
            else rule_values(rule, term)
        if rule is None or values is None:
            return None  # a rule no longer in force, or counted otherwise since
        try:
            fresh = compute(self.rule_set, rule.id, trigger, values,
                            today=self.ctx.today())
        except CaseAppError:
            return None
        kept = _never_later(fresh, rows)
        before = {d.id: d.due_on for d in rows}
        self._sync(s, head.captive_id, MANUAL, uid, kept, {f.rule_id for f in kept},
                   result=False)
        now = next((f.due_on for f in fresh if f.rule_id == head.rule_id), None)
        return _moved(rows, before, head, days, now)

    def count_again_of_record(self, s: Session, kind: str, uid: str,
                              rule_ids: Iterable[str]) -> tuple[date, date] | None:
        """The deadlines a record (``kind``, ``uid``: a hearing, an international proceeding…)
        set off under a rule of ``rule_ids`` (rule files' rules of a term of months and days),
        whose term an earlier version counted the later way, as their stored steps show,
        counted again in ``s`` as this version counts them (as a save of the record would),
        with the deadlines each set off: a date set by hand or a deadline closed is kept, with
        a note; none is moved later, added or closed, and the record's other deadlines are
        not touched. The day the rule gave before and gives now, when a deadline moved; else
        None."""
        from caseapp.db.models import (
            Captive,
            CourtDelivery,
            DetentionOrder,
            Hearing,
            InternationalProceeding,
        )

        rows = list(s.scalars(select(Deadline).where(
            Deadline.trigger_kind == kind, Deadline.trigger_uid == uid).order_by(Deadline.id)))
        wanted = set(rule_ids)
        found = _counted_later_head(rows, wanted)
        if found is None:
            return None
        head, _term, _trigger, days = found
        models = {m.__tablename__: m for m in (Captive, CourtDelivery, DetentionOrder, Hearing,
                                               InternationalProceeding)}
        table = next((t for t, k in TRIGGER_KINDS.items() if k == kind), None)
        model = models.get(table or "")
        obj = None if model is None else s.scalars(select(model).where(model.uid == uid)).first()
        if obj is None or table is None:
            return None  # the record is gone: its deadlines were closed with it
        try:
            with self.reading(s):
                per_captive = self.events_of(table, obj)
        except CaseAppError:
            return None
        before = {d.id: d.due_on for d in rows}
        now: date | None = None
        for cid, fresh in per_captive.items():
            mine = [d for d in rows if d.captive_id == cid]
            heads = {d.rule_id for d in mine if d.rule_id in wanted}
            chain = set(heads)
            for f in fresh:  # in the order computed: a deadline after the one setting it off
                if f.rule_id in heads or f.derived_from in chain:
                    chain.add(f.rule_id)
            kept = _never_later([f for f in fresh if f.rule_id in chain], mine)
            if kept:
                with self.reading(s):
                    self._sync(s, cid, kind, uid, kept, {f.rule_id for f in kept},
                               result=False)
            now = now or next((f.due_on for f in fresh if f.rule_id == head.rule_id), None)
        return _moved(rows, before, head, days, now)


def _counted_later_head(rows: list[Deadline], wanted: set[str] | None = None
                        ) -> tuple[Deadline, Any, date, tuple[date, date]] | None:
    """The first of ``rows`` (of a rule of ``wanted``, when given) whose stored steps show its
    term of months and days counted the later way: it, its term, its trigger day and the
    later and earlier days; None when none does."""
    for head in rows:
        if wanted is not None and head.rule_id not in wanted:
            continue
        term, trigger = stored_term(head.explanation), head.trigger_date
        if term is not None and trigger is not None \
                and (days := counted_later_by_steps(trigger, term)) is not None:
            return head, term, trigger, days
    return None


def _never_later(fresh: Iterable[ComputedDeadline], rows: Iterable[Deadline]
                 ) -> list[ComputedDeadline]:
    """The deadlines of ``fresh`` that a recount may write over ``rows``: of a rule stored
    there, and no day later than an open one computed there (nothing added, nothing moved
    later)."""
    stored: dict[str, list[Deadline]] = {}
    for d in rows:
        stored.setdefault(d.rule_id, []).append(d)
    return [f for f in fresh if f.rule_id in stored and not any(
        d.status is DeadlineStatus.OPEN and not d.overridden and f.due_on > d.due_on
        for d in stored[f.rule_id])]


def _moved(rows: list[Deadline], before: dict[int, date], head: Deadline,
           days: tuple[date, date], now: date | None) -> tuple[date, date] | None:
    """What a recount says: the day the head's rule gave before and gives now, when a
    deadline of ``rows`` moved from its day ``before``; else None."""
    if all(d.due_on == before[d.id] for d in rows):
        return None
    return (before[head.id] if head.due_on != before[head.id] else days[0]), now or days[1]
