"""Deadlines computed from the rules and kept in step with the records that trigger them.

The engine applies a rule (``caseapp.domain.deadlines.compute``) to a trigger such as a
detention order and stores the results as deadlines, with the computation steps as their
explanation, in one transaction. Run again after the trigger changed, it updates the
computed deadlines (``recompute``) but never overwrites a date the lawyer set by hand, nor
a deadline already done or dismissed: those are kept, and a note says what the rules now
give. It also answers the detention clock of a captive.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.db.models import Deadline
from caseapp.domain.clock import ClockSettings, DetentionClock, clock_of_file, has_begun_by
from caseapp.domain.dates import PartialDate
from caseapp.domain.deadline_full import country_day
from caseapp.domain.deadline_steps import (
    is_estimated,
    load_steps,
    order_expiry_computed,
    order_expiry_stated,
    stored_steps,
    trigger_day_at_court,
    trigger_day_at_court_rule,
)
from caseapp.domain.deadlines import ComputedDeadline, compute
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.enums import (
    AuditAction,
    CaptiveCategory,
    DeadlineStatus,
    ExpirySource,
    InternationalBody,
    InternationalProceedingKind,
)
from caseapp.domain.messages import Message, msg
from caseapp.domain.moot_hearings import CALLED_OFF, HEARING_EVENTS, has_decided
from caseapp.domain.order_deadlines import add_new, order_deadlines
from caseapp.domain.partial_triggers import capture_estimated, earliest_of, first_day, with_step
from caseapp.domain.redaction import RULE_APPLIED_BY_HAND
from caseapp.domain.rules import RuleSet
from caseapp.services.base import ServiceContext
from caseapp.services.called_off import CALLED_OFF_REASONS, OPEN_AGAIN, closed_by_state
from caseapp.services.custody_steps import CustodySteps
from caseapp.services.deadline_actions import DeadlineActions
from caseapp.services.deadline_index import batch_index
from caseapp.services.deadline_prefetch import prefetched_deadlines
from caseapp.services.deadline_recount import DeadlineRecounts
from caseapp.services.deadline_writes import DETENTION_ORDER, TRIGGER_KINDS
from caseapp.services.deadlines import DeadlineService
from caseapp.services.deliveries import events_of as delivery_events
from caseapp.services.deliveries import follow_download
from caseapp.services.ended_proceedings import (
    JUDGMENT_EVENT,
    communication_over,
    follow_status,
    judgment_day,
)
from caseapp.services.rules_in_force import CASE_SETTINGS
from caseapp.services.session_info import CREATING

ORDER_EXPIRY = "detention_order_expiry"
MANUAL = RULE_APPLIED_BY_HAND
# Why the open deadlines of a deleted record are dismissed, by the kind of record.
_DELETED_REASONS = {
    DETENTION_ORDER: msg("The detention order they were computed from was deleted."),
    "hearing": msg("The hearing they were computed from was deleted."),
    "international_proceeding": msg(
        "The international proceeding they were computed from was deleted."),
    "court_delivery": msg("The court delivery they were computed from was deleted."),
}

# International bodies: the event of ``communicated_on``.
BODY_EVENTS = {
    InternationalBody.ECHR: "echr_communication",
    InternationalBody.WGAD: "wgad_transmission",
    InternationalBody.UN_HRC: "hrc_transmission",  # OP-ICCPR Art. 4(2): from the transmission
}

# The kinds of proceeding whose communication sets off those events.
COMMUNICATED_KINDS = frozenset({InternationalProceedingKind.APPLICATION,
                                InternationalProceedingKind.COMMUNICATION})


class DeadlineEngine(CustodySteps, DeadlineActions, DeadlineRecounts):
    """Computes the deadlines of the records that trigger them by the rules in force (see
    :class:`~caseapp.services.rules_in_force.RulesInForce`), stores them (see
    :class:`~caseapp.services.deadline_writes.DeadlineWrites`), counts again a term an
    earlier version counted later (:mod:`caseapp.services.deadline_recount`), and answers
    the lawyer's actions on them and the detention clock."""

    def __init__(self, ctx: ServiceContext, deadlines: DeadlineService,
                 rule_set: RuleSet | Callable[[], RuleSet], *, services: Any = None):
        self.ctx = ctx
        self.deadlines = deadlines
        # The rules, or how to load them: loaded on first use, so that a command that
        # computes no deadline does not pay for reading the rules and their holiday calendars.
        self._rule_set = rule_set if isinstance(rule_set, RuleSet) else None
        self._load_rules = None if isinstance(rule_set, RuleSet) else rule_set
        self.services = services  # the CaseFile, for the clock's reads (captives, hearings…)

    def recompute_all(self, s: Session) -> None:
        """Bring the computed deadlines of every record in step with the case settings (after
        the procedure changed), in the caller's transaction. Dates set by hand and deadlines
        done or dismissed are kept, as on any recomputation."""
        from caseapp.db.models import (
            Captive,
            CourtDelivery,
            DetentionOrder,
            Hearing,
            InternationalProceeding,
        )

        with self.reading(s):
            for model, order in ((Captive, Captive.id), (CourtDelivery, CourtDelivery.id),
                                 (DetentionOrder, DetentionOrder.start_date),
                                 (Hearing, Hearing.id),
                                 (InternationalProceeding, InternationalProceeding.id)):
                for obj in s.scalars(select(model).order_by(order, model.id)).all():
                    self.on_written(s, obj)

    # -- computing and storing ----------------------------------------------------------------

    def for_trigger(self, *, captive_id: int | None, trigger_kind: str, trigger_uid: str,
                    rule_id: str, trigger: date | datetime,
                    params: Mapping[str, Any] | None = None) -> list[DeadlineDTO]:
        """Compute ``rule_id`` (and the rules it sets off) for a trigger and store the result.

        Returns the deadlines of this trigger under those rules, as stored afterwards.
        """
        fresh = compute(self.rule_set, rule_id, trigger, params, today=self.ctx.today())
        scope = {rule_id} | {d.rule_id for d in fresh}
        with self.ctx.transaction() as s:
            return self._sync(s, captive_id, trigger_kind, trigger_uid, fresh, scope)

    def from_rule(self, *, captive_id: int | None, rule_id: str, trigger: date | datetime,
                  params: Mapping[str, Any] | None = None) -> list[DeadlineDTO]:
        """The lawyer applies any rule by hand to an event the case file does not record."""
        return self.for_trigger(captive_id=captive_id, trigger_kind=MANUAL,
                                trigger_uid=str(uuid.uuid4()), rule_id=rule_id,
                                trigger=trigger, params=params)

    def _order_deadlines(self, order: Any) -> list[ComputedDeadline]:
        """The deadlines of a detention order, all from its stored expiry.

        A rule that counts the expiry from the start and the term (its offset uses the
        term) is not counted again: its deadline is put on the stored expiry (stated in the
        order, or computed once by the order service) and the rules it sets off count from
        that date; so do the rules of the expiry itself (those the expiry's chain already
        gave exactly are not computed again). Other rules of the order (an appeal term)
        count from its start. See ``caseapp.domain.order_deadlines``.
        """
        procedure = self.jurisdiction  # the case settings, read once per order
        params = {"term_months": order.term_months or 0, "term_days": order.term_days or 0}
        return self._in_force(order_deadlines(
            self.rule_set, self._rules_for(DETENTION_ORDER, procedure),
            self._rules_for(ORDER_EXPIRY, procedure), order.start_date, order.expires_on,
            _expiry_step(order), params, self.ctx.today()), procedure)

    def events_of(self, table: str, obj: Any) -> dict[int, list[ComputedDeadline]]:
        """The deadlines a record sets off, per captive, as the record now stands."""
        today = self.ctx.today()
        if table == "detention_orders":
            return {obj.captive_id: self._order_deadlines(obj)}
        if table == "hearings":
            event = HEARING_EVENTS.get(obj.kind)
            held_on = obj.starts_at.astimezone(_zone(obj.timezone)).date()
            decided = (has_decided(obj.outcome, obj.state)
                       and has_begun_by(obj.starts_at, today))
            fresh = self._decided(event, held_on, obj.starts_at) \
                if event is not None and decided else []
            return {c.id: fresh for c in obj.captives}
        if table == "international_proceedings":
            # An application's or a communication's: a Rule 39 request or an urgent appeal
            # put to the Government has no friendly settlement nor a communication's reply
            # time limit (its letter sets one, entered from it).
            event = BODY_EVENTS.get(obj.body) if obj.kind in COMMUNICATED_KINDS else None
            when = obj.communicated_on
            judged = judgment_day(obj)  # its deadlines run once it is decided
            return {obj.captive_id: [
                *(self._fresh(event, when, {}) if event and when and not communication_over(obj)
                  else []),
                *(self._fresh(JUDGMENT_EVENT, judged, {}) if judged else [])]}
        if table == "court_deliveries":  # from the day it appeared in the account
            found: list[ComputedDeadline] = []
            seen: set[str] = set()
            for name, params in delivery_events(obj):
                for rule in self.rules_for(name):
                    add_new(found, seen, self._computed(rule, obj.appeared_on, params))
            return {obj.captive_id: found}
        if table == "captives":
            # Known to its month or year only ("2020-11"): counted from the period's first day
            # (never later), as an estimate; an approximate day may have been earlier: none.
            captured = (PartialDate(obj.capture_date, obj.capture_date_precision)
                        if obj.category is CaptiveCategory.SERVICEMAN and obj.capture_date
                        else None)
            day = first_day(captured) if captured is not None else None
            if captured is None or day is None:
                return {obj.id: []}
            return {obj.id: capture_estimated(self._fresh("capture", day, {}), captured)}
        return {}

    def _decided(self, event: str, held_on: date, moment: datetime) -> list[ComputedDeadline]:
        """The deadlines of a decision at ``moment``, recorded on ``held_on`` in its zone. In
        a zone other than the court's (a lawyer's own), the day recorded may not be the day
        where the courts of the case's procedure sit (Baku, Yerevan): each rule counts from
        each of the two days, and the earlier deadline is kept, saying so (a day east of the
        court later; the ECHR's six months for a decision of 31 January 2022, its four
        months for one of 1 February)."""
        fresh = self._fresh(event, held_on, {})
        court = country_day(self.jurisdiction.upper(), moment)
        if court is None or court[0] == held_on:
            return fresh
        day, zone = court
        note = ((trigger_day_at_court, day, zone) if day < held_on
                else (trigger_day_at_court_rule, day, zone))
        return earliest_of(fresh, with_step(self._fresh(event, day, {}), note))

    def on_written(self, s: Session, obj: Any) -> None:
        """Bring the deadlines a record sets off in step with it (in its transaction)."""
        if CASE_SETTINGS.get() is None:
            with self.reading(s):
                self.on_written(s, obj)
            return
        table = obj.__tablename__
        kind = TRIGGER_KINDS[table]
        per_captive: dict[int | None, list[ComputedDeadline]] = {
            cid: fresh for cid, fresh in self.events_of(table, obj).items()}
        # A record being created has a uid made just now: no deadline counts from it yet.
        created = s.info.get(CREATING) is obj
        batch = batch_index(s)
        if created and batch is not None:
            batch.created(kind, obj)
        known: list[Deadline] | None = None if created else prefetched_deadlines(s, kind, obj.uid)
        if not created and table == "hearings":
            if known is None:  # read once: what its state closes or opens, whose they are
                known = list(s.scalars(select(Deadline).where(
                    Deadline.trigger_kind == kind, Deadline.trigger_uid == obj.uid)
                    .order_by(Deadline.id)))
            self._follow_state(s, kind, obj, known)
        if not created and table == "international_proceedings":
            if known is None:
                known = list(s.scalars(select(Deadline).where(
                    Deadline.trigger_kind == kind, Deadline.trigger_uid == obj.uid)))
            follow_status(obj, known, lambda rows, action, **fields: self._write_all(
                s, rows, action, **fields),
                kept=frozenset(r.id for r in self.rules_for(JUDGMENT_EVENT)))
        if not created:
            # Captives no longer concerned (taken off a hearing) lose its deadlines.
            earlier = (s.scalars(select(Deadline.captive_id).distinct().where(
                Deadline.trigger_kind == kind, Deadline.trigger_uid == obj.uid))
                if known is None else dict.fromkeys(d.captive_id for d in known))
            for cid in earlier:
                per_captive.setdefault(cid, [])
        # An order new to the file (created, or imported: read up front with no step yet)
        # has no step of its own to open again, and only closes what it continues over.
        new_order = created or known == []
        if table == "detention_orders" and not new_order:
            self._reopen_superseded_of(s, obj, known)
        for cid, fresh in per_captive.items():
            if fresh or not created:
                self._sync(s, cid, kind, obj.uid, fresh, None, created=created, result=False)
        if table == "detention_orders":
            self._after_order(s, obj, new=new_order)
        elif table == "captives" and not created:
            self._estimate_follows(s, kind, obj.uid, per_captive.get(obj.id, []))
            self._after_captive(s, obj)
        if table == "court_deliveries":
            follow_download(s, obj, self)

    def _estimate_follows(self, s: Session, kind: str, uid: str,
                          fresh: list[ComputedDeadline]) -> None:
        """The open deadlines of ``uid`` that the rules give on the same day, whose steps say
        they are an estimate while the fresh ones do not, or the other way round (the day of
        capture now known to be the first of the month it was known by): their steps are the
        fresh ones (a sync compares days only, and the day did not move)."""
        now = {f.rule_id: f for f in fresh}
        rows = s.scalars(select(Deadline).where(
            Deadline.trigger_kind == kind, Deadline.trigger_uid == uid,
            Deadline.status == DeadlineStatus.OPEN, Deadline.overridden.is_(False)))
        for row in rows:
            f = now.get(row.rule_id)
            if f is not None and f.due_on == row.due_on and is_estimated(
                    load_steps(row.explanation)) != is_estimated(f.steps):
                self._write_all(s, [row], AuditAction.UPDATE,
                                explanation=stored_steps(f.steps))

    def on_deleted(self, s: Session, obj: Any) -> None:
        """The open deadlines of a deleted record are dismissed, saying why."""
        kind = TRIGGER_KINDS[obj.__tablename__]
        if kind == "captive":
            return  # its deadlines go with it
        reason = _DELETED_REASONS.get(kind) or msg(  # a message, read in each reader's language
            "The record they were computed from was deleted.")
        self._close_open(s, kind, obj.uid, reason)
        if kind == DETENTION_ORDER:
            self._after_order_deleted(s, obj)

    def _follow_state(self, s: Session, kind: str, hearing: Any,
                      known: list[Deadline]) -> None:
        """A hearing recorded adjourned or cancelled closes its open deadlines (``known``),
        saying why; put back to scheduled or held, exactly those it closed are open again,
        saying why, and are then computed anew (``on_written``)."""
        if hearing.state in CALLED_OFF:
            self._write_all(s, [d for d in known if d.status is DeadlineStatus.OPEN],
                            AuditAction.UPDATE, status=DeadlineStatus.DISMISSED,
                            status_reason=CALLED_OFF_REASONS[hearing.state])
            return
        self._write_all(s, closed_by_state(known), AuditAction.UPDATE,
                        status=DeadlineStatus.OPEN, status_reason=OPEN_AGAIN)

    def _close_open(self, s: Session, kind: str, uid: str, reason: Message) -> None:
        """Dismiss the open deadlines the trigger ``uid`` set off, saying why (a message, stored
        so that each reader reads it in her language: caseapp.domain.stored_messages); no
        date is moved."""
        self._write_all(s, list(s.scalars(select(Deadline).where(
            Deadline.trigger_kind == kind, Deadline.trigger_uid == uid,
            Deadline.status == DeadlineStatus.OPEN))), AuditAction.UPDATE,
            status=DeadlineStatus.DISMISSED, status_reason=reason)

    # -- the detention clock --------------------------------------------------------------------

    def clock(self, captive_id: int, *, warn_within_days: int | None = None,
              statutory_max_days: int | None = None,
              welfare_threshold_days: int | None = None) -> DetentionClock:
        if self.services is None:
            raise RuntimeError("The detention clock needs the case file's services.")
        base = self.clock_settings_for([captive_id])[captive_id]
        settings = ClockSettings(
            statutory_max_days=base.statutory_max_days if statutory_max_days is None
            else statutory_max_days,
            expiry_warning_days=base.expiry_warning_days if warn_within_days is None
            else warn_within_days,
            welfare_threshold_days=base.welfare_threshold_days if welfare_threshold_days is None
            else welfare_threshold_days)
        return clock_of_file(self.services.captive_file(captive_id), self.ctx.today(), settings)


def _expiry_step(order: Any) -> Message:
    """Where the order's expiry comes from, as a step of its deadlines' explanation."""
    if order.expiry_source is ExpirySource.STATED:
        return order_expiry_stated(order.expires_on)
    return order_expiry_computed(order.expires_on, order.start_date, order.term_months or 0,
                                 order.term_days or 0)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ValueError, KeyError):
        return ZoneInfo("UTC")


def deadlines_of(dtos: Iterable[DeadlineDTO], rule_id: str) -> list[DeadlineDTO]:
    return [d for d in dtos if d.rule_id == rule_id]
