"""The deadline engine: from a trigger and a rule, the due date and how it was reached.

``compute`` applies one rule to a trigger (a date, or a date and time) and returns the
deadline it gives plus every deadline it sets off in turn (a detention order gives its
expiry, the expiry gives the extension request…). Each result carries the steps taken,
in plain English, so the lawyer can check the arithmetic and the file keeps an audit
trail: "trigger 2023-10-31 (Tuesday)", "+4 months → 2024-02-29 (clamped to the month's
end)", "fell on Sunday 2024-03-03 → rolled to the next working day Monday 2024-03-04".

Never later when unsure: for a rule whose way of counting is not verified against the
text in force (``Rule.may_move_later`` is false), the engine gives no date later than the
plain computation, whatever the rule file asks: a last day off is not rolled forward
("not rolled: the code's rule on non-working days is not verified") and a filing after
the cut-off is not counted from the next day. Rolling back to an earlier working day is
always allowed: a deadline shown too early costs a day, one shown too late the case.

``recompute`` (in :mod:`caseapp.domain.recompute`) compares the
deadlines stored in a case file with freshly computed ones and says which to add, which
to update and which to leave alone because the lawyer set the date by hand. Pure
Python: nothing here touches the database or the screen.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import holidays

from caseapp.domain.dates import add_term
from caseapp.domain.errors import ValidationError
from caseapp.domain.rules import MAX_AMOUNT, Calendar, OffsetPart, Roll, Rule, RuleSet, Unit

MINUS = "−"
NOT_ROLLED_UNVERIFIED = "not rolled: the code's rule on non-working days is not verified"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


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
    steps: tuple[str, ...]
    applied_rule_id: str
    variant: str = ""
    derived_from: str | None = None
    verified: bool = False
    source: str = ""
    body: str = ""

    @property
    def due_on(self) -> date:
        return self.due.date() if isinstance(self.due, datetime) else self.due

    @property
    def due_time(self) -> time | None:
        return self.due.time() if isinstance(self.due, datetime) else None

    @property
    def timezone(self) -> str:
        """IANA name of the due time's zone ("" for a plain date)."""
        if isinstance(self.due, datetime) and isinstance(self.due.tzinfo, ZoneInfo):
            return self.due.tzinfo.key
        return ""

    @property
    def trigger_date(self) -> date:
        return self.trigger.date() if isinstance(self.trigger, datetime) else self.trigger


# Deadlines are computed for triggers in these years: a legal event outside them is a
# mistyped date, and the arithmetic near the ends of the calendar (year 1, year 9999 with
# an offset) would fail instead of answering.
TRIGGER_YEARS = range(1900, 2200)


def parse_trigger(value: date | datetime | str) -> date | datetime:
    """A trigger as given by a person: a date (YYYY-MM-DD) or a date and time with its
    offset (YYYY-MM-DDTHH:MM+HH:MM), in the years :data:`TRIGGER_YEARS`."""
    if isinstance(value, date):
        trigger: date | datetime = value
        text = value.isoformat()
    else:
        text = str(value).strip()
        try:
            trigger = (date.fromisoformat(text) if len(text) == 10
                       else datetime.fromisoformat(text))
        except ValueError:
            raise ValidationError(f"“{text[:40]}” is not a date (YYYY-MM-DD) or a date and "
                                  "time (YYYY-MM-DDTHH:MM+HH:MM).", field="trigger") from None
    if trigger.year not in TRIGGER_YEARS:
        raise ValidationError(
            f"The trigger {text[:40]} is outside the years {TRIGGER_YEARS.start} to "
            f"{TRIGGER_YEARS.stop - 1} for which deadlines are computed.", field="trigger")
    return trigger


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
    key = _memo_key("compute", rule_id, trigger, params, today)
    known = rule_set.computed.get(key) if key is not None else None
    if known is not None:
        return list(known)
    results: list[ComputedDeadline] = []
    trigger = parse_trigger(trigger)
    try:
        _chain(rule_set, rule_id, trigger, dict(params or {}), today, None, (), results)
    except OverflowError:  # e.g. a trigger in the year 9999 plus a month
        raise ValidationError(f"Rule {rule_id} from {trigger.isoformat()} gives a date outside "
                              "the years 1 to 9999.", field="trigger") from None
    _remember(rule_set, key, results)
    return results


_MEMO_SIZE = 200_000  # computations kept per rule set (a few hundred bytes each)


def _memo_key(*parts: Any) -> tuple | None:
    """The computation's key, or None if a value cannot be one (then it is not kept).
    The values are keyed with their types: 4 and 4.0 and True are told apart, as the
    checks of :func:`_parameters` tell them apart."""
    *head, params, today = parts
    values = tuple(sorted((k, type(v), v) for k, v in (params or {}).items()))
    key = (*head, type(head[-1]), values, today)
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _remember(rule_set: RuleSet, key: tuple | None, results: list[ComputedDeadline]) -> None:
    if key is None:
        return
    memo = rule_set.computed
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    memo[key] = tuple(results)


def compute_known(rule_set: RuleSet, rule_id: str, trigger: date, due: date, how: str,
                  params: Mapping[str, Any] | None = None, *,
                  today: date | None = None) -> list[ComputedDeadline]:
    """The deadline of ``rule_id`` on a date already known (``due``), followed by the
    deadlines it sets off counted from that date.

    For a detention order's expiry: the order states it, or it was computed once from the
    start and the term when the order was recorded; the deadlines read that stored date
    instead of counting the term again. ``how`` says where the date comes from (a step of
    the explanation); ``trigger`` is the event the rule counts from (the order's start).
    """
    key = _memo_key("known", rule_id, trigger, due, how, params, today)
    remembered = rule_set.computed.get(key) if key is not None else None
    if remembered is not None:
        return list(remembered)
    rule = rule_set.get(rule_id)
    steps = [f"trigger {_day(trigger)}", how]
    if today is not None and due < today:
        steps.append(f"this date has already passed (today is {today.isoformat()})")
    reminders = tuple(d for d in (due - timedelta(days=n) for n in rule.reminders)
                      if today is None or d >= today)
    results = [ComputedDeadline(
        rule_id=rule.id, rule_version=rule.version, title=rule.title, trigger=trigger, due=due,
        reminders=reminders, steps=tuple(steps), applied_rule_id=rule.id,
        verified=rule.verified, source=rule.source, body=rule.body)]
    values = dict(params or {})
    try:
        for child in rule.derives:
            if child != rule_id and child in rule_set:
                _chain(rule_set, child, due, values, today, rule_id, (rule_id,), results)
    except OverflowError:
        raise ValidationError(f"Rule {rule_id} from {due.isoformat()} gives a date outside "
                              "the years 1 to 9999.", field="trigger") from None
    _remember(rule_set, key, results)
    return results


def _chain(rule_set: RuleSet, rule_id: str, trigger: date | datetime, params: dict,
           today: date | None, parent: str | None, path: tuple[str, ...],
           out: list[ComputedDeadline]) -> None:
    deadline = _compute_one(rule_set, rule_id, trigger, params, today, parent)
    out.append(deadline)
    rule = rule_set.get(deadline.applied_rule_id)
    for child in rule.derives:
        if child in path or child == rule_id or child not in rule_set:
            continue  # a loop is cut here; a missing rule was reported when loading
        _chain(rule_set, child, deadline.due, params, today, rule_id, (*path, rule_id), out)


def _compute_one(rule_set: RuleSet, rule_id: str, trigger: date | datetime, params: dict,
                 today: date | None, parent: str | None) -> ComputedDeadline:
    requested = rule_set.get(rule_id)
    steps: list[str] = []
    if parent is not None:
        steps.append(f"set off by the deadline of rule {parent}")
    rule, variant = _pick_variant(rule_set, requested, trigger)
    if variant:
        steps.append(variant)
    values = _parameters(rule, params)
    if rule.counts_hours:
        trigger = _as_aware(rule, trigger, steps)
        moment = _add_hours(rule, trigger, values, steps)
        due: date | datetime = _roll_datetime(rule, moment, steps)
    else:
        day = _start_date(rule, trigger, steps)
        for part in rule.offset:
            day = _add(rule, part, day, values, steps)
        day = _roll(rule, day, steps)
        due = day
        if rule.cutoff is not None:
            assert rule.timezone is not None  # the rule loader refuses a cut-off without a zone
            due = datetime.combine(day, rule.cutoff, ZoneInfo(rule.timezone))
            hours = f" (office hours from {rule.opens:%H:%M})" if rule.opens else ""
            steps.append(f"due by {rule.cutoff:%H:%M} {rule.timezone} time on "
                         f"{_day(day, first=True)}{hours}")
    due_day = due.date() if isinstance(due, datetime) else due
    if today is not None and due_day < today:
        steps.append(f"this date has already passed (today is {today.isoformat()})")
    if not rule.verified:
        steps.append("caution: this rule has not been verified against its source")
    reminders = tuple(d for d in (due_day - timedelta(days=n) for n in rule.reminders)
                      if today is None or d >= today)
    return ComputedDeadline(
        rule_id=requested.id, rule_version=rule.version, title=rule.title, trigger=trigger,
        due=due, reminders=reminders, steps=tuple(steps), applied_rule_id=rule.id,
        variant=variant, derived_from=parent, verified=rule.verified, source=rule.source,
        body=rule.body)


def _pick_variant(rule_set: RuleSet, rule: Rule, trigger: date | datetime) -> tuple[Rule, str]:
    """Follow ``conditions`` until a rule applies to the trigger date."""
    day = trigger.date() if isinstance(trigger, datetime) else trigger
    seen = [rule.id]
    current = rule
    while current.condition is not None and not current.condition.applies(day):
        other = current.condition.else_rule
        if other is None or other in seen or other not in rule_set:
            raise ValidationError(
                f"Rule {current.id} applies only to triggers {current.condition.describe()}, "
                f"and no other rule covers {day.isoformat()}.", field="trigger")
        note = (f"the trigger {day.isoformat()} is not {current.condition.describe()}: "
                f"rule {other} applies instead")
        current = rule_set.get(other)
        seen.append(other)
    if current is rule:
        return rule, ""
    return current, (f"{note} ({current.title}, version {current.version})")


def _parameters(rule: Rule, params: dict) -> dict[str, int]:
    values: dict[str, int] = {}
    for p in rule.parameters:
        raw = params.get(p.name, p.default)
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if raw is None or raw == "":
            raise ValidationError(f"Rule {rule.id} needs a value for “{p.label}” ({p.name}).",
                                  field=p.name)
        try:
            values[p.name] = int(raw)
            if isinstance(raw, float | bool):
                raise ValueError
        except (TypeError, ValueError):
            raise ValidationError(f"“{p.label}” must be a whole number, not “{raw}”.",
                                  field=p.name) from None
        for part in rule.offset:
            limit = MAX_AMOUNT[part.unit]
            if part.param == p.name and abs(values[p.name]) > limit:
                raise ValidationError(f"“{p.label}” cannot be more than {limit} "
                                      f"({part.unit.value.replace('_', ' ')}).", field=p.name)
    return values


# -- working days ----------------------------------------------------------------------------

_HOLIDAYS_LOCK = threading.Lock()  # holidays objects fill in years lazily: one thread at a time


@lru_cache(maxsize=32)
def _country_holidays(country: str, subdivision: str | None) -> holidays.HolidayBase:
    return holidays.country_holidays(country, subdiv=subdivision)


def non_working_reason(calendar: Calendar, day: date) -> str | None:
    """Why ``day`` is not a working day in ``calendar`` ("weekend", "public holiday in AZ,
    “Eid al-Adha”", "closed, “…”"), or None if it is one. A Saturday made a working day
    by decree (days off moved, as in Azerbaijan and Armenia) is a working day."""
    for closure in calendar.closures:
        if closure.covers(day):
            return f"closed, “{closure.name}”"
    if calendar.country is None:
        return "weekend" if day.weekday() >= 5 else None
    days_off = _days_off(calendar.country, calendar.subdivision, day.year)
    if day not in days_off:
        return None
    name = days_off[day]
    return f"public holiday in {calendar.country}, “{name}”" if name else "weekend"


@lru_cache(maxsize=1024)
def _days_off(country: str, subdivision: str | None, year: int) -> dict[date, str]:
    """The year's days that are not working days in the country's calendar, each with its
    holiday's name ("" for a weekend day): looked up once per year, then without a lock."""
    with _HOLIDAYS_LOCK:
        cal = _country_holidays(country, subdivision)
        off: dict[date, str] = {}
        for ordinal in range(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal() + 1):
            day = date.fromordinal(ordinal)
            if not cal.is_working_day(day):
                off[day] = cal.get(day) or ""
    return off


def is_working_day(calendar: Calendar, day: date) -> bool:
    return non_working_reason(calendar, day) is None


def _is_moved_working_day(calendar: Calendar, day: date) -> bool:
    return calendar.country is not None and day.weekday() >= 5 and is_working_day(calendar, day)


# -- dates ---------------------------------------------------------------------------------

def _start_date(rule: Rule, trigger: date | datetime, steps: list[str]) -> date:
    if not isinstance(trigger, datetime):
        steps.append(f"trigger {_day(trigger)}")
        return trigger
    if rule.timezone:
        local = _as_aware(rule, trigger, steps)
    else:
        local = trigger
        steps.append(f"trigger {local:%Y-%m-%d %H:%M} ({WEEKDAYS[local.weekday()]})")
    day = local.date()
    if rule.cutoff is not None and local.time() > rule.cutoff and not rule.may_move_later:
        steps.append(f"{local:%H:%M} is after the {rule.cutoff:%H:%M} cut-off, but counted from "
                     "the same day: the rule's way of counting is not verified")
    elif rule.cutoff is not None and local.time() > rule.cutoff:
        day += timedelta(days=1)
        steps.append(f"{local:%H:%M} is after the {rule.cutoff:%H:%M} cut-off: counted from "
                     f"the next day, {_day(day)}")
    elif rule.opens is not None and local.time() < rule.opens:
        steps.append(f"{local:%H:%M} is before office hours: dealt with from "
                     f"{rule.opens:%H:%M}")
    return day


def _add(rule: Rule, part: OffsetPart, day: date, values: dict[str, int],
         steps: list[str]) -> date:
    amount = values[part.param] if part.param else part.amount
    if amount == 0:
        return day  # e.g. the 0 days of a detention order of 4 months and 0 days
    sign = "+" if amount >= 0 else MINUS
    label = f"{sign}{abs(amount)} {_unit_name(part.unit, abs(amount))}"
    parameter = rule.parameter(part.param) if part.param else None
    if parameter is not None:
        label += f" ({parameter.label})"
    note = ""
    if part.unit is Unit.CALENDAR_DAYS:
        result = day + timedelta(days=amount)
    elif part.unit is Unit.WEEKS:
        result = day + timedelta(weeks=amount)
    elif part.unit is Unit.WORKING_DAYS:
        result = _working_days(rule.calendar, day, amount)
        note = f" (counting only working days: {_calendar_name(rule.calendar)})"
    else:
        result, note = _add_months(day, amount, rule.month_end_clamp)
    steps.append(f"{label} → {result.isoformat()}{note}")
    return result


def _add_months(day: date, months: int, clamp: bool) -> tuple[date, str]:
    result = add_term(day, months=months)  # clamped to the month's end
    if result.day == day.day:
        return result, ""
    if clamp:
        return result, f" (clamped to the month's end: {result:%B %Y} has no {_nth(day.day)})"
    result += timedelta(days=1)
    return result, (f" ({(result - timedelta(days=1)):%B %Y} has no {_nth(day.day)}: "
                    "moved to the first day of the next month)")


def _nth(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _working_days(calendar: Calendar, day: date, amount: int) -> date:
    step = 1 if amount >= 0 else -1
    for _ in range(abs(amount)):
        day = _first_working_day(calendar, day + timedelta(days=step), step, [])
    return day


def _first_working_day(calendar: Calendar, day: date, step: int, skipped: list[str]) -> date:
    """``day`` or the first working day after (step 1) or before (step -1) it; the days
    passed over are added to ``skipped`` with the reason."""
    for _ in range(366):
        why = non_working_reason(calendar, day)
        if why is None:
            return day
        skipped.append(f"{day.isoformat()} {why}")  # e.g. "2023-07-01 weekend"
        day += timedelta(days=step)
    raise ValidationError(f"The calendar “{calendar.name}” has no working day within a year "
                          f"of {day.isoformat()}: check its closures.")


def _roll(rule: Rule, day: date, steps: list[str]) -> date:
    reason = non_working_reason(rule.calendar, day)
    if reason is None:
        moved = (" (a weekend day made a working day by decree)"
                 if _is_moved_working_day(rule.calendar, day) else "")
        steps.append(f"{day.isoformat()} is a {WEEKDAYS[day.weekday()]}, a working day{moved}")
        return day
    steps.append(f"{_day(day)} is not a working day: {reason}")
    if rule.roll is not Roll.PREVIOUS_WORKING_DAY and not rule.may_move_later:
        steps.append(NOT_ROLLED_UNVERIFIED)
        if rule.roll is Roll.NEXT_WORKING_DAY:
            steps.append("the rule file asks for the next working day, but a date is never "
                         "moved later while the rule's way of counting is unverified")
        return day
    if rule.roll is Roll.NONE:
        steps.append("not rolled: this rule does not move off weekends or holidays")
        return day
    step = 1 if rule.roll is Roll.NEXT_WORKING_DAY else -1
    skipped: list[str] = []
    result = _first_working_day(rule.calendar, day + timedelta(days=step), step, skipped)
    direction = "next" if step == 1 else "previous"
    also = f" (also not working days: {'; '.join(skipped)})" if skipped else ""
    steps.append(f"fell on {_day(day, first=True)} → rolled to the {direction} working day "
                 f"{_day(result, first=True)}{also}")
    return result


# -- hours -----------------------------------------------------------------------------------

def _as_aware(rule: Rule, trigger: date | datetime, steps: list[str]) -> datetime:
    if not isinstance(trigger, datetime):
        raise ValidationError(f"Rule {rule.id} counts hours: give the date and time "
                              "(with its time zone), not only the date.", field="trigger")
    zone = ZoneInfo(rule.timezone) if rule.timezone else None
    if trigger.tzinfo is None:
        if zone is None:
            raise ValidationError("Give the time zone of the trigger's time.", field="trigger")
        local = trigger.replace(tzinfo=zone)
        steps.append(f"trigger {local:%Y-%m-%d %H:%M} ({WEEKDAYS[local.weekday()]}), "
                     f"taken as {rule.timezone} time")
        return local
    local = trigger.astimezone(zone) if zone else trigger
    shown = f"{local:%Y-%m-%d %H:%M} {rule.timezone or local.tzname()}"
    if local.utcoffset() != trigger.utcoffset():
        shown += f" (given as {trigger:%Y-%m-%d %H:%M} {trigger.tzname()})"
    steps.append(f"trigger {shown}")
    return local


def _add_hours(rule: Rule, start: datetime, values: dict[str, int], steps: list[str]) -> datetime:
    part = rule.offset[0]
    hours = values[part.param] if part.param else part.amount
    due = (start.astimezone(UTC) + timedelta(hours=hours)).astimezone(start.tzinfo)
    sign = "+" if hours >= 0 else MINUS
    note = ""
    if due.utcoffset() != start.utcoffset():
        note = " (the clocks changed in between: real elapsed hours are counted)"
    steps.append(f"{sign}{abs(hours)} hours → {due:%Y-%m-%d %H:%M} "
                 f"{rule.timezone or due.tzname()}{note}")
    return due


def _roll_datetime(rule: Rule, due: datetime, steps: list[str]) -> datetime:
    if rule.roll is Roll.NONE:
        return due
    day = _roll(rule, due.date(), steps)
    return due if day == due.date() else datetime.combine(day, due.timetz())


# -- wording -------------------------------------------------------------------------------

def _day(day: date, *, first: bool = False) -> str:
    name = WEEKDAYS[day.weekday()]
    return f"{name} {day.isoformat()}" if first else f"{day.isoformat()} ({name})"


def _unit_name(unit: Unit, amount: int) -> str:
    names = {Unit.HOURS: "hour", Unit.CALENDAR_DAYS: "day", Unit.WORKING_DAYS: "working day",
             Unit.WEEKS: "week", Unit.MONTHS: "month"}
    return names[unit] + ("" if amount == 1 else "s")


def _calendar_name(calendar: Calendar) -> str:
    parts = ["weekends"]
    if calendar.country:
        parts.append(f"public holidays in {calendar.country}")
    if calendar.closures:
        parts.append("closures (" + ", ".join(c.name for c in calendar.closures) + ")")
    return " and ".join(parts) + " skipped"


__all__ = ["ComputedDeadline", "compute", "compute_known", "is_working_day", "non_working_reason",
           "parse_trigger"]
