"""The deadline engine: from a trigger and a rule, the due date and how it was reached.

``compute`` applies one rule to a trigger (a date, or a date and time) and returns the
deadline it gives plus every deadline it sets off in turn (a detention order gives its
expiry, the expiry gives the extension request…). Each result carries the steps taken, so
the lawyer can check the arithmetic and the file keeps an audit trail: "trigger Tue, 31 Oct
2023", "+4 months → 29 Feb 2024 (clamped to the month's end…)", "fell on Sun, 3 Mar 2024 →
rolled to the next working day Mon, 4 Mar 2024". A step is a message
(:mod:`caseapp.domain.deadline_steps`): its words and dates are written only when it is
shown, in the reader's language.

Never later when unsure: for a rule whose way of counting is not verified against the
text in force (``Rule.may_move_later`` is false), the engine gives no date later than the
plain computation, whatever the rule file asks: a last day off is not rolled forward
("not rolled: the code's rule on non-working days is not verified"), a filing after
the cut-off is not counted from the next day, a month without the trigger's day number
ends on its last day even where the rule file asks for the next month's first, and working
days counted forward are counted as calendar days. Rolling back to an earlier working day
(or counting working days back) is always allowed: a deadline shown too early costs a day,
one shown too late the case.

``recompute`` (in :mod:`caseapp.domain.recompute`) compares the
deadlines stored in a case file with freshly computed ones and says which to add, which
to update and which to leave alone because the lawyer set the date by hand. Pure
Python: nothing here touches the database or the screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from caseapp.domain import deadline_steps as step
from caseapp.domain.dates import iso_day, iso_moment
from caseapp.domain.deadline_full import count_in_full, parameter_values, pick_variant
from caseapp.domain.deadline_plans import (
    Plan,
    fixed_fields,
    memo_key,
    plan_of,
    remember,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.rules import Rule, RuleSet, Translations, in_language


class StepRecords:
    """The steps of one computation as records: given as they were taken (the engine's
    full path), or taken on first read by computing the same deadline again on that path
    from the same inputs (the fast path counts only the date: :meth:`later`). Equal when
    the steps are."""

    __slots__ = ("_parent", "_records", "_rule_id", "_rule_set", "_today", "_trigger",
                 "_values")
    _rule_set: RuleSet
    _rule_id: str
    _trigger: date
    _values: dict[str, int]
    _today: date | None
    _parent: str | None

    def __init__(self, records: tuple[Any, ...]) -> None:
        self._records: tuple[Any, ...] | None = records

    @classmethod
    def later(cls, rule_set: RuleSet, rule_id: str, trigger: date, values: dict[str, int],
              today: date | None, parent: str | None) -> StepRecords:
        """The steps of ``_compute_in_full`` with these inputs, taken when first read. The
        inputs are kept in the object itself (a computation keeps thousands of these)."""
        later = _new(cls)
        later._records = None
        later._rule_set, later._rule_id, later._trigger = rule_set, rule_id, trigger
        later._values, later._today, later._parent = values, today, parent
        return later

    def get(self) -> tuple[Any, ...]:
        if self._records is None:
            self._records = count_in_full(self._rule_set, self._rule_id, self._trigger,
                                          self._values, self._today, self._parent).steps
            del self._rule_set, self._rule_id, self._trigger, self._values, self._today
            del self._parent
        return self._records

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StepRecords) and self.get() == other.get()

    def __hash__(self) -> int:
        return hash(self.get())

    def __repr__(self) -> str:
        return f"StepRecords({self.get()!r})"


@dataclass(frozen=True)
class ComputedDeadline:
    """One deadline computed from a rule.

    ``rule_id`` is the rule asked for (or listed as derived); when a condition made
    another rule apply (the ECHR's 6-month limit for decisions before 1 February 2022),
    ``applied_rule_id`` names it, ``rule_version`` is its version and ``variant`` says
    why. ``due`` is a date, or a time-zone-aware datetime for rules counted in hours or
    with a cut-off time.
    """

    rule_id: str
    rule_version: str
    title: str
    trigger: date | datetime
    due: date | datetime
    reminders: tuple[date, ...]
    records: StepRecords  # the steps as records (deadline_steps.made builds them)
    applied_rule_id: str
    variant: Message | None = None
    derived_from: str | None = None
    verified: bool = False
    source: str = ""
    body: str = ""
    sources: Translations = field(default=(), compare=False)  # ("source_ru", "…")
    # the zone of the rule's court (caseapp.domain.court_zones.court_zone): a whole day's
    # ends with that day there ("" : at the lawyer's own midnight)
    court_zone: str = ""

    def source_in(self, lang: str | None = None) -> str:
        """The rule's source in ``lang`` (the interface's language by default), as the rule
        file gives it in that language, else in English."""
        return in_language(self.sources, "source", lang, self.source)

    @property
    def recorded(self) -> tuple[Any, ...]:
        """The steps as records, ``(builder, *values)``."""
        return self.records.get()

    @cached_property
    def steps(self) -> tuple[Message, ...]:
        """How the date was reached, step by step, as messages: made the first time they
        are asked for, so that computing many deadlines builds no text at all."""
        return tuple(step.made(r) for r in self.records.get())

    @cached_property
    def due_on(self) -> date:
        return self.due.date() if isinstance(self.due, datetime) else self.due

    @property
    def due_time(self) -> time | None:
        return self.due.time() if isinstance(self.due, datetime) else None

    @property
    def timezone(self) -> str:
        """IANA name of the due time's zone; for a plain date, its court's (whose day it ends
        with: :func:`caseapp.domain.dates.deadline_overdue`), "" when not known."""
        if isinstance(self.due, datetime) and isinstance(self.due.tzinfo, ZoneInfo):
            return self.due.tzinfo.key
        return "" if isinstance(self.due, datetime) else self.court_zone

    @property
    def trigger_date(self) -> date:
        return self.trigger.date() if isinstance(self.trigger, datetime) else self.trigger


class _RecordsOnRead:
    """``ComputedDeadline.records``, kept in the deadline's ``_records``; a deadline of the
    fast path holds instead its steps as taken (``_steps``) or what they are taken from
    (its rule, trigger and parent, and ``_rule_set``, ``_values``, ``_today``), and gets
    its :class:`StepRecords` when first read. A computation keeps thousands of deadlines: one object fewer each is
    less for the garbage collector to walk."""

    def __get__(self, obj: ComputedDeadline | None, owner: type | None = None) -> StepRecords:
        if obj is None:
            raise AttributeError("records")  # a field without a default, for the dataclass
        fields = obj.__dict__
        found: StepRecords | None = fields.get("_records")
        if found is None:
            steps = fields.get("_steps")  # given as taken (compute_known)
            found = fields["_records"] = StepRecords(steps) if steps is not None else (
                StepRecords.later(fields["_rule_set"], fields["rule_id"], fields["trigger"],
                                  fields["_values"], fields["_today"],
                                  fields["derived_from"]))
        return found

    def __set__(self, obj: ComputedDeadline, value: StepRecords) -> None:
        obj.__dict__["_records"] = value


# After the dataclass is made (its __init__ sets the field through the descriptor);
# setattr, as mypy knows the attribute as the field.
setattr(ComputedDeadline, "records", _RecordsOnRead())  # noqa: B010


_new = object.__new__

# Deadlines are computed for triggers in these years: a legal event outside them is a
# mistyped date, and the arithmetic near the ends of the calendar (year 1, year 9999 with
# an offset) would fail instead of answering.
TRIGGER_YEARS = range(1900, 2200)


def parse_trigger(value: date | datetime | str) -> date | datetime:
    """A trigger as given by a person: a date (YYYY-MM-DD) or a date and time with its
    offset (YYYY-MM-DDTHH:MM+HH:MM), in the years :data:`TRIGGER_YEARS`."""
    if type(value) is date and value.year in TRIGGER_YEARS:
        return value
    if isinstance(value, date):
        trigger: date | datetime = value
        text = value.isoformat()
    else:
        text = str(value).strip()
        try:
            trigger = iso_day(text) if len(text) == 10 else iso_moment(text)
        except ValueError:
            raise ValidationError(msg("“{text}” is not a date (YYYY-MM-DD) or a date and "
                                      "time (YYYY-MM-DDTHH:MM+HH:MM).", text=text[:40]),
                                  field="trigger") from None
    if trigger.year not in TRIGGER_YEARS:
        raise ValidationError(msg(
            "The trigger {text} is outside the years {first} to {last} for which deadlines "
            "are computed.", text=text[:40], first=TRIGGER_YEARS.start,
            last=TRIGGER_YEARS.stop - 1), field="trigger")
    return trigger


def _outside_years(rule_id: str, trigger: date | datetime, due: date) -> ValidationError:
    """A due date outside :data:`TRIGGER_YEARS`: a typo in a term or a trigger, refused as
    the trigger itself would be."""
    return ValidationError(msg(
        "Rule {rule} from {trigger} gives {due}, outside the years {first} to {last} for which "
        "deadlines are computed.", rule=rule_id, trigger=trigger.isoformat(),
        due=due.isoformat(), first=TRIGGER_YEARS.start, last=TRIGGER_YEARS.stop - 1),
        field="trigger")


def compute(rule_set: RuleSet, rule_id: str, trigger: date | datetime | str,
            params: Mapping[str, Any] | None = None, *,
            today: date | None = None) -> list[ComputedDeadline]:
    """The deadline of ``rule_id`` for ``trigger``, followed by the deadlines it sets off.

    ``params`` gives the values a rule asks for (e.g. ``{"term_months": 4}`` for a
    detention order); they are passed down the chain. With ``today``, reminders that
    are already past are left out and a past deadline says so in its steps.
    Raises ``NotFound`` for an unknown rule and ``ValidationError`` for a trigger or
    parameter the rule cannot use; the messages are written for the lawyer.
    """
    memo = rule_set.computed
    key: tuple | None = memo_key(rule_set, "compute", rule_id, trigger, params, today)
    try:
        known = memo.get(key)
    except TypeError:  # a value that cannot be a key: not kept
        key = known = None
    if known is not None:
        return list(known)
    results: list[ComputedDeadline] = []
    trigger = parse_trigger(trigger)
    try:
        _chain(rule_set, rule_id, trigger, params or {}, today, None, (), results)
    except OverflowError:  # e.g. a trigger in the year 9999 plus a month
        raise ValidationError(msg("Rule {rule} from {trigger} gives a date outside the years "
                                  "1 to 9999.", rule=rule_id, trigger=trigger.isoformat()),
                              field="trigger") from None
    if key is not None:
        remember(memo, key, tuple(results))
    return results


def compute_known(rule_set: RuleSet, rule_id: str, trigger: date, due: date, how: Message,
                  params: Mapping[str, Any] | None = None, *,
                  today: date | None = None) -> list[ComputedDeadline]:
    """The deadline of ``rule_id`` on a date already known (``due``), followed by the
    deadlines it sets off counted from that date.

    For a detention order's expiry: the order states it, or it was computed once from the
    start and the term when the order was recorded; the deadlines read that stored date
    instead of counting the term again. ``how`` says where the date comes from (a step of
    the explanation); ``trigger`` is the event the rule counts from (the order's start).
    """
    memo = rule_set.computed
    # All but the trigger and the steps depend on the date, not on how it is known: the
    # deadline's other fields and the deadlines it sets off are kept by date.
    key: tuple | None = memo_key(rule_set, "derived", rule_id, due, params, today)
    try:
        known = memo.get(key)
    except TypeError:  # a value that cannot be a key: not kept
        key, known = None, None
    if known is None:
        known = _known_on(rule_set, rule_id, due, params, today)
        if key is not None:
            remember(memo, key, known)
    if today is not None and due < today:
        steps: tuple[Any, ...] = ((step.trigger_day, trigger), how, (step.already_passed, today))
    else:
        steps = ((step.trigger_day, trigger), how)
    mine = known[0].copy()
    mine["trigger"] = trigger
    mine["_steps"] = steps
    out: list[Any] = list(known)  # the fields of the first, then the deadlines set off
    out[0] = _made(mine)
    return out


def _known_on(rule_set: RuleSet, rule_id: str, due: date, params: Mapping[str, Any] | None,
              today: date | None) -> tuple[Any, ...]:
    """For :func:`compute_known`: the fields of the rule's deadline on ``due`` but its
    trigger and steps, followed by the deadlines it sets off (one tuple: thousands are
    kept)."""
    rule = rule_set.get(rule_id)
    plan = _plan(rule_set.computed, rule)
    reminders = (plan.reminders(due, today) if plan is not None else
                 tuple(d for d in (due - timedelta(days=n) for n in rule.reminders)
                       if today is None or d >= today))
    fields = dict(plan.fields if plan is not None else fixed_fields(rule), rule_id=rule.id,
                  due=due, due_on=due, reminders=reminders, variant=None, derived_from=None)
    found: list[ComputedDeadline] = []
    try:
        for child in rule.derives:
            if child != rule_id and child in rule_set:
                _chain(rule_set, child, due, params or {}, today, rule_id, (rule_id,), found)
    except OverflowError:
        raise ValidationError(msg("Rule {rule} from {trigger} gives a date outside the years "
                                  "1 to 9999.", rule=rule_id, trigger=due.isoformat()),
                              field="trigger") from None
    return (fields, *found)


def _chain(rule_set: RuleSet, rule_id: str, trigger: date | datetime,
           params: Mapping[str, Any], today: date | None, parent: str | None,
           path: tuple[str, ...],
           out: list[ComputedDeadline]) -> None:
    deadline = _compute_one(rule_set, rule_id, trigger, params, today, parent)
    out.append(deadline)
    derives = rule_set.get(deadline.applied_rule_id).derives
    for child in derives:
        if child in path or child == rule_id or child not in rule_set:
            continue  # a loop is cut here; a missing rule was reported when loading
        _chain(rule_set, child, deadline.due, params, today, rule_id, (*path, rule_id), out)


def _compute_one(rule_set: RuleSet, rule_id: str, trigger: date | datetime,
                 params: Mapping[str, Any], today: date | None,
                 parent: str | None) -> ComputedDeadline:
    """One deadline: on the fast path (a rule's plan counts the date; the steps are taken
    when first read) for a trigger that is a date, else on the full path. Not kept on its
    own: the computations that call it (``compute``, ``compute_known``) are kept whole."""
    if type(trigger) is not date:
        return _compute_in_full(rule_set, rule_id, trigger, params, today, parent)
    requested = rule_set.get(rule_id)
    if requested.condition is None:
        rule, variant = requested, None
    else:
        rule, variant = pick_variant(rule_set, requested, trigger)
    memo = rule_set.computed
    plan = _plan(memo, rule)
    if plan is None:  # a rule the plans do not cover
        return _compute_in_full(rule_set, rule_id, trigger, params, today, parent)
    values = plan.values(params)
    if values is None:
        values = parameter_values(rule, params)  # converts a value such as 4.0, or says what is wrong
    due = plan.due(trigger, values)
    due_on = due.date() if isinstance(due, datetime) else due
    if due_on.year not in TRIGGER_YEARS:
        raise _outside_years(requested.id, trigger, due_on)
    fields = plan.fields.copy()
    fields["rule_id"] = requested.id
    fields["trigger"] = trigger
    fields["due"] = due
    fields["due_on"] = due_on
    fields["reminders"] = plan.reminders(due_on, today)
    fields["variant"] = variant
    fields["derived_from"] = parent
    fields["_rule_set"] = rule_set  # what its steps are taken from when read
    fields["_values"] = values
    fields["_today"] = today
    return _made(fields)


def _made(fields: dict[str, Any]) -> ComputedDeadline:
    """A deadline whose fields are given whole (every field of :class:`ComputedDeadline`,
    ``due_on`` included, the records as :class:`_RecordsOnRead` keeps them): the dictionary
    becomes its attributes, as the dataclass's own ``__init__`` would set them, without the
    per-field calls of a frozen dataclass."""
    deadline = _new(ComputedDeadline)
    _set(deadline, "__dict__", fields)
    return deadline


_set = object.__setattr__


def _plan(memo: dict[Any, Any], rule: Rule) -> Plan | None:
    """The rule's plan, worked out on first use and kept with the rule set's computations."""
    plan = memo.get(("plan", rule.id), False)
    if plan is False:
        plan = memo[("plan", rule.id)] = plan_of(rule)
    return plan


def _compute_in_full(rule_set: RuleSet, rule_id: str, trigger: date | datetime,
                     params: Mapping[str, Any], today: date | None,
                     parent: str | None) -> ComputedDeadline:
    """One deadline and every step taken to reach it (:func:`count_in_full`)."""
    full = count_in_full(rule_set, rule_id, trigger, params, today, parent)
    rule = full.rule
    due_on = full.due.date() if isinstance(full.due, datetime) else full.due
    if due_on.year not in TRIGGER_YEARS:
        raise _outside_years(rule_id, full.trigger, due_on)
    return ComputedDeadline(
        rule_id=full.requested.id, trigger=full.trigger, due=full.due,
        reminders=full.reminders, records=StepRecords(full.steps), variant=full.variant,
        derived_from=parent, **fixed_fields(rule))


__all__ = ["ComputedDeadline", "compute", "compute_known", "parse_trigger"]
