"""Computed expiries an earlier version counted later, brought to this version's count when a
case file is opened.

A detention order's computed expiry is stored (one owner: :class:`~caseapp.services.
proceedings.DetentionOrderService`), and every output reads the stored day. Versions before
this one counted a term of months and days months first; this one counts the earlier of
months first and days first (:func:`caseapp.domain.dates.add_term_earlier`: no verified source
says which the court means, and a date is never moved later when unsure). An order such a
version recorded keeps the later day until it is saved again, so the file's opening counts it
again (:func:`recount_on_open`): its expiry, in the audit trail (old → new, by whoever opened
the file), and the deadlines that follow from it (as a save brings them: a date set by hand
or a deadline closed is kept, with a note). An expiry the order states is never changed.

So is a rule of such a term applied by hand from the rule calculator (the expiry of an order
the file does not record), whose term is read back from its stored steps
(:mod:`caseapp.domain.stored_terms`): its deadline and those it set off, as a save would
bring them, a date set by hand or a deadline closed kept, and never a day moved later. And so
is the deadline of a rule of the lawyer's own rule files of such a term started by a record
(a hearing, an international proceeding, a capture, a delivery), which kept the later day
until its record was saved again: read only when a rule file of hers counts months
(:func:`own_terms_of_months_and_days`), counted again as a save of the record would count it
(:meth:`~caseapp.services.deadline_recount.DeadlineRecounts.count_again_of_record`).

Why a step of the opening and not an Alembic data revision: the deadlines that follow from
the expiry are the deadline engine's (rules, case settings, holiday calendars), and the audit
entries are chained by the services; a revision would have to copy both, and one that counts
with the domain's arithmetic changes what it does when that arithmetic changes (as revision
0008 did). Here the one owner of each fact writes it, on SQLite and on a team's server, and a
file with nothing to count again costs one small read of plain SQL (no SQLAlchemy imported).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from caseapp.db.plain_reads import computed_terms_of_months_and_days, rules_applied_by_hand
from caseapp.domain.dates import earlier_expiry
from caseapp.domain.errors import CaseAppError
from caseapp.domain.messages import Message, msg, msg_n

if TYPE_CHECKING:
    from caseapp.db.engine import Database

# The open case file (caseapp.services.casefile.CaseFile, which calls this module: named
# here by what it is, not imported, so that the two modules make no cycle).
CaseFile = Any

log = logging.getLogger(__name__)


def counted_later(db: Database) -> dict[int, tuple[date, date]]:
    """The orders whose stored computed expiry is later than this version's count, by ID:
    ``(stored, counted)``. Plain SQL on a SQLite file's connection (the window's start
    imports no SQLAlchemy for it), the driver's connection on a server; the database reads
    only those its own count finds later, each counted again here by the domain's rule."""
    with db.plain_reading() as raw:
        rows = computed_terms_of_months_and_days(raw, server=db.path is None)
    found: dict[int, tuple[date, date]] = {}
    for order_id, start, months, days, stored in rows:
        counted = earlier_expiry(start, months, days, stored)
        if counted is not None:
            found[order_id] = (stored, counted)
    return found


@dataclass(frozen=True)
class ByHand:
    """A rule applied by hand whose term of months and days an earlier version counted the
    later way: its deadline (``head``), captive, trigger day, the later and the earlier day."""

    head: int
    rule_id: str
    captive_id: int | None
    trigger: date
    later: date
    earlier: date


def applied_by_hand_later(db: Database) -> dict[str, ByHand]:
    """The rules applied by hand whose term of months and days an earlier version counted
    the later way, by trigger uid, while a deadline of theirs is still open, computed and of
    the old count (the rule's own, its steps not saying the days came first; one it set off,
    counted from the later day): plain SQL on the few deadlines of rules applied by hand (no
    rule file read). One whose own date the lawyer set by hand or closed, the others counted
    again, is not looked at again."""
    with db.plain_reading() as raw:
        rows = rules_applied_by_hand(raw)
    if not rows:  # (most files: the steps' reader and the rules' module left unimported)
        return {}
    from caseapp.domain.stored_terms import counted_later_by_steps, stored_term

    groups: dict[str, list[Any]] = {}
    for row in rows:
        groups.setdefault(row[3], []).append(row)
    found: dict[str, ByHand] = {}
    for uid, group in groups.items():
        for deadline_id, rule_id, captive_id, _uid, trigger, _status, _hand, steps in group:
            term = stored_term(steps) if trigger is not None else None
            days = None if term is None else counted_later_by_steps(trigger, term)
            if days is None:
                continue
            head = ByHand(deadline_id, rule_id, captive_id, trigger, *days)
            if still_counted_later(head, ((other, day, status == "open", by_hand)
                                          for other, _r, _c, _u, day, status, by_hand, _s
                                          in group)):
                found[uid] = head
            break
    return found


def still_counted_later(head: ByHand, group: Iterable[tuple[int, date | None, bool, bool]]
                        ) -> bool:
    """Whether a deadline of ``head``'s group (``(id, trigger day, open, set by hand)`` each)
    is still open, computed and of the old count: the head itself, or one it set off, whose
    trigger day is the head's later day."""
    return any(is_open and not by_hand and (
        other == head.head or (day is not None and day > head.earlier))
        for other, day, is_open, by_hand in group)


def own_terms_of_months_and_days(case_file: CaseFile) -> frozenset[str]:
    """The rules in force of a term of months and days that a record starts (a hearing, an
    international proceeding, a capture, a delivery), but an order's expiry (counted again
    from the order, :func:`counted_later`). The shipped rules have none
    (tests/services/test_own_rule_recount.py keeps them so): the rules are read only for a
    file given rules of its own or a lawyer with a rule file of her own counting months."""
    if not case_file.own_rules_may_say("months"):
        return frozenset()
    from caseapp.domain.deadline_plans import mixes_months_and_days
    from caseapp.domain.order_deadlines import sets_expiry

    return frozenset(r.id for r in case_file.rule_set.rules.values()
                     if mixes_months_and_days(r) and not sets_expiry(r))


def records_counted_later(case_file: CaseFile, rule_ids: frozenset[str]
                          ) -> dict[tuple[str, str], ByHand]:
    """The deadlines of ``rule_ids`` started by a record whose term of months and days an
    earlier version counted the later way, by the record's kind and uid, while a deadline of
    theirs is still open, computed and of the old count (the rule's own, its steps not saying
    the days came first; one it set off, counted from the later day). Read only when such
    rules are in force (the deadlines have no index by rule: the few lawyers with such rules
    of their own pay for the read)."""
    if not rule_ids:
        return {}
    from sqlalchemy import select

    from caseapp.db.models import Deadline
    from caseapp.domain.enums import DeadlineStatus
    from caseapp.domain.redaction import RULE_APPLIED_BY_HAND
    from caseapp.domain.stored_terms import counted_later_by_steps, stored_term

    found: dict[tuple[str, str], ByHand] = {}
    with case_file.ctx.read() as s:
        heads = s.execute(select(
            Deadline.id, Deadline.rule_id, Deadline.captive_id, Deadline.trigger_kind,
            Deadline.trigger_uid, Deadline.trigger_date, Deadline.explanation).where(
            Deadline.rule_id.in_(sorted(rule_ids)),
            Deadline.trigger_kind != RULE_APPLIED_BY_HAND).order_by(Deadline.id)).all()
        for deadline_id, rule_id, captive_id, kind, uid, trigger, steps in heads:
            if (kind, uid) in found or trigger is None:
                continue
            term = stored_term(steps)
            days = None if term is None else counted_later_by_steps(trigger, term)
            if days is None:
                continue
            head = ByHand(deadline_id, rule_id, captive_id, trigger, *days)
            group = s.execute(select(Deadline.id, Deadline.trigger_date, Deadline.status,
                                     Deadline.overridden).where(
                Deadline.trigger_kind == kind, Deadline.trigger_uid == uid)).all()
            if still_counted_later(head, ((other, day, status is DeadlineStatus.OPEN, by_hand)
                                          for other, day, status, by_hand in group)):
                found[(kind, uid)] = head
    return found


def recount_on_open(case_file: CaseFile) -> tuple[str, ...]:
    """Bring the stored computed expiries that an earlier version counted later to this
    version's count, with the deadlines that follow from them; what to tell the lawyer
    (nothing when there was nothing to change). A file open read-only is not written: it
    says so. A write refused (another program writing the file, a colleague counting the same
    orders at the same moment) is left to the next opening."""
    found = counted_later(case_file.db)
    by_hand = applied_by_hand_later(case_file.db)
    own = own_terms_of_months_and_days(case_file)
    by_record = records_counted_later(case_file, own)
    if not (found or by_hand or by_record):
        return ()
    if case_file.db.read_only is not None:
        return _read_only(case_file, found, by_hand, by_record)
    try:
        changed, changed_by_hand, changed_by_record = _recount(case_file, found, by_hand,
                                                               by_record, own)
    except CaseAppError as exc:  # another program writing the file: one line in the log
        log.warning("expiries not counted again on opening: %s", type(exc).__name__)
        return ()
    except Exception as exc:  # a colleague's save of the same order at the same moment, a
        from sqlalchemy.exc import SQLAlchemyError  # login the server refuses a write to

        if not isinstance(exc, SQLAlchemyError):
            raise
        log.warning("expiries not counted again on opening: %s", type(exc).__name__)
        return ()
    notices: list[str] = []
    if changed:
        notices.append(str(msg_n(
            "The expiry of {count} detention order was counted again as this version of "
            "CaseApp counts a term of months and days: the earlier of adding the months first "
            "and adding the days first (no verified source says which the court means). An "
            "earlier version had counted it later. Its deadlines follow the new day, except "
            "those you set by hand or closed; check any letter or calendar made with the old "
            "day: {orders}.",
            "The expiries of {count} detention orders were counted again as this version of "
            "CaseApp counts a term of months and days: the earlier of adding the months first "
            "and adding the days first (no verified source says which the court means). An "
            "earlier version had counted them later. Their deadlines follow the new days, "
            "except those you set by hand or closed; check any letter or calendar made with "
            "the old days: {orders}.", len(changed), orders=_orders(case_file, changed))))
    if changed_by_hand:
        notices.append(str(msg_n(
            "The deadline of {count} rule applied by hand from the deadline calculator with a "
            "term of months and days was counted again as this version of CaseApp counts such "
            "a term: the earlier of adding the months first and adding the days first (no "
            "verified source says which the court means). An earlier version had counted it "
            "later. The deadlines it set off follow the new day, except those you set by hand "
            "or closed; check any letter or calendar made with the old day: {rules}.",
            "The deadlines of {count} rules applied by hand from the deadline calculator with "
            "a term of months and days were counted again as this version of CaseApp counts "
            "such a term: the earlier of adding the months first and adding the days first (no "
            "verified source says which the court means). An earlier version had counted them "
            "later. The deadlines they set off follow the new days, except those you set by "
            "hand or closed; check any letter or calendar made with the old days: {rules}.",
            len(changed_by_hand), rules=_rules(case_file, changed_by_hand))))
    if changed_by_record:
        notices.append(str(msg_n(
            "The deadline of {count} rule of your own rule files with a term of months and "
            "days was counted again as this version of CaseApp counts such a term: the "
            "earlier of adding the months first and adding the days first (no verified source "
            "says which the court means). An earlier version had counted it later, and it kept "
            "that day until its record was saved again. The deadlines it set off follow the "
            "new day, except those you set by hand or closed; check any letter or calendar "
            "made with the old day: {rules}.",
            "The deadlines of {count} rules of your own rule files with a term of months and "
            "days were counted again as this version of CaseApp counts such a term: the "
            "earlier of adding the months first and adding the days first (no verified source "
            "says which the court means). An earlier version had counted them later, and they "
            "kept those days until their records were saved again. The deadlines they set off "
            "follow the new days, except those you set by hand or closed; check any letter or "
            "calendar made with the old days: {rules}.",
            len(changed_by_record), rules=_rules(case_file, changed_by_record))))
    return tuple(notices)


def _read_only(case_file: CaseFile, found: dict[int, tuple[date, date]],
               by_hand: dict[str, ByHand],
               by_record: dict[tuple[str, str], ByHand]) -> tuple[str, ...]:
    """What a file open read-only says of what it would count again (nothing is written)."""
    notices: list[str] = []
    if found:
        notices.append(str(msg_n(
            "{count} detention order shows an expiry that an earlier version of CaseApp "
            "counted later than this version counts it, and the case file is open read-only: "
            "it is counted again when the file is next opened where it can be written: {orders}.",
            "{count} detention orders show an expiry that an earlier version of CaseApp "
            "counted later than this version counts it, and the case file is open read-only: "
            "they are counted again when the file is next opened where it can be written: "
            "{orders}.", len(found), orders=_orders(case_file, found))))
    if by_hand:
        notices.append(str(msg_n(
            "{count} rule applied by hand from the deadline calculator shows a deadline that "
            "an earlier version of CaseApp counted later than this version counts it, and the "
            "case file is open read-only: it is counted again when the file is next opened "
            "where it can be written: {rules}.",
            "{count} rules applied by hand from the deadline calculator show deadlines that "
            "an earlier version of CaseApp counted later than this version counts them, and "
            "the case file is open read-only: they are counted again when the file is next "
            "opened where it can be written: {rules}.", len(by_hand),
            rules=_rules(case_file, {uid: (item.captive_id, item.rule_id, item.trigger,
                                           item.later, item.earlier)
                                     for uid, item in by_hand.items()}))))
    if by_record:
        notices.append(str(msg_n(
            "{count} rule of your own rule files with a term of months and days shows a "
            "deadline that an earlier version of CaseApp counted later than this version "
            "counts it, and the case file is open read-only: it is counted again when the file "
            "is next opened where it can be written: {rules}.",
            "{count} rules of your own rule files with a term of months and days show "
            "deadlines that an earlier version of CaseApp counted later than this version "
            "counts them, and the case file is open read-only: they are counted again when the "
            "file is next opened where it can be written: {rules}.", len(by_record),
            rules=_rules(case_file, {f"{kind} {uid}": (item.captive_id, item.rule_id,
                                                      item.trigger, item.later, item.earlier)
                                     for (kind, uid), item in by_record.items()}))))
    return tuple(notices)


# A rule applied by hand counted again: its captive, its rule, trigger, old and new day.
Counted = tuple[int | None, str, date, date, date]


def _recount(case_file: CaseFile, found: dict[int, tuple[date, date]],
             by_hand: dict[str, ByHand], by_record: dict[tuple[str, str], ByHand],
             own: frozenset[str]
             ) -> tuple[dict[int, tuple[date, date]], dict[str, Counted], dict[str, Counted]]:
    """The expiries, the rules applied by hand and the deadlines of records under rules of
    one's own written, in one transaction: each read again in it (a colleague may have
    counted it meanwhile), with its audit entries and its deadlines."""
    changed: dict[int, tuple[date, date]] = {}
    changed_by_hand: dict[str, Counted] = {}
    changed_by_record: dict[str, Counted] = {}
    with case_file.ctx.transaction() as s:
        _recount_orders(case_file, s, found, changed)
        for uid in sorted(by_hand):
            counted = case_file.deadline_engine.count_again_by_hand(s, uid)
            if counted is not None:
                item = by_hand[uid]
                changed_by_hand[uid] = (item.captive_id, item.rule_id, item.trigger, *counted)
        for kind, uid in sorted(by_record):
            counted = case_file.deadline_engine.count_again_of_record(s, kind, uid, own)
            if counted is not None:
                item = by_record[(kind, uid)]
                changed_by_record[f"{kind} {uid}"] = (item.captive_id, item.rule_id,
                                                      item.trigger, *counted)
    return changed, changed_by_hand, changed_by_record


def _recount_orders(case_file: CaseFile, s: Any, found: dict[int, tuple[date, date]],
                    changed: dict[int, tuple[date, date]]) -> None:
    """The expiries of ``found`` counted again in ``s``, those written added to ``changed``."""
    from caseapp.db.models import DetentionOrder
    from caseapp.domain.dto import Changes
    from caseapp.domain.enums import AuditAction, ExpirySource
    from caseapp.services.audit_trail import audit
    from caseapp.services.base import announce

    orders = case_file.detention_orders
    for order_id in sorted(found):
        obj = s.get(DetentionOrder, order_id)
        if obj is None or obj.expiry_source is not ExpirySource.COMPUTED:
            continue
        stored = obj.expires_on
        counted = earlier_expiry(obj.start_date, obj.term_months, obj.term_days, stored)
        if counted is None:
            continue
        obj.expires_on = counted
        audit(s, case_file.ctx, AuditAction.UPDATE, obj, summary=msg(
            "detention order from {day}: its expiry counted again, the earlier of months "
            "first and days first", day=obj.start_date),
            captive_uid=orders.captive_uid(s, obj), field="expires_on", old=stored,
            new=counted)
        s.flush()
        case_file.deadline_engine.on_written(s, obj)
        announce(s, Changes(DetentionOrder.__tablename__, AuditAction.UPDATE,
                            (obj.id,), orders.captive_ids(obj)))
        changed[order_id] = (stored, counted)


def _orders(case_file: CaseFile, found: dict[int, tuple[date, date]]) -> str:
    """Each order as "Vardanyan Armen, the order from 29 Jan 2027: 1 Mar 2027 → 28 Feb 2027"."""
    from caseapp.services.captive_names import names_everywhere

    starts: dict[int, tuple[int, date]] = {}
    by_id = {o.id: o for o in case_file.detention_orders.list() if o.id in found}
    for order_id, order in by_id.items():
        starts[order_id] = (order.captive_id, order.start_date)
    names = names_everywhere(case_file.ctx, {cid for cid, _start in starts.values()})
    lines: list[Message] = []
    for order_id, (old, new) in sorted(found.items()):
        captive_id, start = starts.get(order_id, (0, None))
        name: Any = names.get(captive_id) or msg("captive {id}", id=captive_id)
        lines.append(msg("{captive}, the order from {start}: {old} → {new}", captive=name,
                         start=start, old=old, new=new))
    return "; ".join(str(line) for line in lines)


def _rules(case_file: CaseFile, counted: dict[str, Counted]) -> str:
    """Each rule as "Vardanyan Armen, “Detention order expires” applied to 29 Jan 2027: 1 Mar
    2027 → 28 Feb 2027" (the rule by its title in every language, its id if no longer in
    force)."""
    from caseapp.services.captive_names import names_everywhere

    names = names_everywhere(case_file.ctx, {c for c, *_rest in counted.values()
                                             if c is not None})
    rule_set = case_file.rule_set
    lines: list[Message] = []
    for _uid, (captive_id, rule_id, trigger, old, new) in sorted(
            counted.items(), key=lambda item: (item[1][2], item[1][1], item[0])):
        rule: Any = rule_set.quoted_title(rule_id) if rule_id in rule_set else rule_id
        # (the calculator adds a rule's deadlines to a captive it names)
        name: Any = names.get(captive_id or 0) or msg("captive {id}", id=captive_id)
        lines.append(msg("{captive}, {rule} applied to {trigger}: {old} → {new}",
                         captive=name, rule=rule, trigger=trigger, old=old, new=new))
    return "; ".join(str(line) for line in lines)
