"""What the deadline engine needs to compute a due date fast: the working days of a
calendar, looked up once per year, and each rule's plan, worked out once per rule set.

:func:`caseapp.domain.deadlines.compute` gives a due date and the steps that explain it.
The steps are made only when they are read (most computations are never shown); the due
date is counted here, by a rule's :class:`Plan`: its offsets with their limits, the way it
rolls a day off (already narrowed by "never later when unsure"), its reminders. A plan
covers a rule counted in days, weeks, working days or months from a date; a rule counted
in hours, or a trigger with a time of day, takes the engine's full path. Both give the same
dates: ``tests/domain/test_deadline_fast_path.py`` checks them against each other.

What the engine computed is kept with the rule set (``RuleSet.computed``), keyed by
:func:`memo_key`: a computation by the values its rules read, nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from caseapp.domain.court_zones import court_zone
from caseapp.domain.dates import add_term
from caseapp.domain.errors import ValidationError
from caseapp.domain.estimated_holidays import estimated_near, off_only_by_estimate
from caseapp.domain.holiday_countries import holidays
from caseapp.domain.messages import msg
from caseapp.domain.rules import MAX_AMOUNT, Calendar, OffsetPart, Roll, Rule, RuleSet, Unit

HOLIDAYS_LOCK = threading.Lock()  # holidays objects fill in years lazily: one thread at a time
ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=32)
def country_holidays(country: str, subdivision: str | None) -> holidays.HolidayBase:
    return holidays.country_holidays(country, subdiv=subdivision)


@lru_cache(maxsize=1024)
def days_off(country: str, subdivision: str | None, year: int) -> dict[date, bool]:
    """The year's days that are not working days in the country's calendar, each saying
    whether it is a holiday with a name (False for a weekend day): looked up once per year,
    then without a lock."""
    with HOLIDAYS_LOCK:
        cal = country_holidays(country, subdivision)
        off: dict[date, bool] = {}
        for ordinal in range(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal() + 1):
            day = date.fromordinal(ordinal)
            if not cal.is_working_day(day):
                off[day] = bool(cal.get(day))
    return off


def is_working_day(calendar: Calendar, day: date) -> bool:
    if calendar.closures and any(closure.covers(day) for closure in calendar.closures):
        return False
    if calendar.country is None:
        return day.weekday() < 5
    return day not in days_off(calendar.country, calendar.subdivision, day.year)


def estimated_off(calendar: Calendar, day: date) -> date | None:
    """The holiday the calendar only estimates within a day of ``day``, a working day that
    may then be a day off (:mod:`caseapp.domain.estimated_holidays`); None if there is none."""
    if calendar.country is None:
        return None
    return estimated_near(calendar.country, calendar.subdivision, day)


def is_certain_working_day(calendar: Calendar, day: date) -> bool:
    """A working day that no estimated holiday may make a day off: a day counted back to is
    one of these (never later when unsure)."""
    return is_working_day(calendar, day) and estimated_off(calendar, day) is None


def may_be_working_day(calendar: Calendar, day: date) -> bool:
    """A working day, or a day off only by a holiday the calendar estimates (the feast may
    fall on another day): a day counted forward to (never later when unsure)."""
    return is_working_day(calendar, day) or (
        calendar.country is not None
        and not any(closure.covers(day) for closure in calendar.closures)
        and off_only_by_estimate(calendar.country, calendar.subdivision, day))


def first_working_day(calendar: Calendar, day: date, direction: int) -> date:
    """``day`` or the first working day after (direction 1) or before (-1) it; before it,
    a day next to an estimated holiday is passed over (:func:`is_certain_working_day`),
    after it, a day off only by an estimate is not (:func:`may_be_working_day`)."""
    step = timedelta(days=direction)
    works = may_be_working_day if direction > 0 else is_certain_working_day
    for _ in range(366):
        if works(calendar, day):
            return day
        day += step
    raise no_working_day(calendar, day)


def no_working_day(calendar: Calendar, day: date) -> ValidationError:
    return ValidationError(msg("The calendar “{calendar}” has no working day within a year "
                               "of {day}: check its closures.", calendar=calendar.name, day=day))


def add_working_days(calendar: Calendar, day: date, amount: int) -> date:
    direction = 1 if amount >= 0 else -1
    step = timedelta(days=direction)
    for _ in range(abs(amount)):
        day = first_working_day(calendar, day + step, direction)
    return day


def add_months(day: date, months: int, clamp: bool) -> date:
    """``day`` plus ``months``: a day past the month's end is that end (``clamp``) or the
    first day of the next month."""
    result = add_term(day, months=months)
    if result.day == day.day or clamp:
        return result
    return result + ONE_DAY


# -- plans -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Plan:
    """How one rule counts a due date from a date, worked out once.

    ``checks`` are the rule's parameters as (name, default, limit): a value that is a plain
    whole number within the limit is taken as it is; any other goes through the engine's
    full check, which converts it (4.0, "4") or says what is wrong. ``roll`` is the
    direction a day off is rolled in (0: not rolled, as for an unverified rule asked to roll
    forward). ``zone`` is the cut-off's time zone for a rule due at a time of day.
    ``fields`` are the fields of every deadline the rule gives that the date does not
    change (its version, title, source…), as :class:`ComputedDeadline` names them.
    """

    rule: Rule
    checks: tuple[tuple[str, Any, int], ...]
    parts: tuple[tuple[Unit, str | None, int], ...]
    roll: int
    zone: ZoneInfo | None
    before: tuple[timedelta, ...]  # the reminders, as the time before the due date
    fields: dict[str, Any] = field(compare=False)  # never written to
    shift: timedelta | None = None  # a rule of one part in days or weeks it gives itself
    terms: tuple[str, ...] = ()  # parameters not all 0 (term_parameters)
    mixed: bool = False  # months and days whose order is unverified (mixes_months_and_days)

    def reminders(self, due: date, today: date | None) -> tuple[date, ...]:
        """The reminders' days; with ``today``, only those not yet past."""
        if today is None:
            return tuple([due - gap for gap in self.before])
        return tuple([day for gap in self.before if (day := due - gap) >= today])

    def values(self, params: Mapping[str, Any]) -> dict[str, int] | None:
        """The parameters' values if each is a whole number from 0 to its limit and the terms
        are not all 0, else None (the full check says what is wrong)."""
        if not self.checks:
            return _NO_VALUES
        values: dict[str, int] = {}
        for name, default, limit in self.checks:
            raw = params.get(name, default)
            if type(raw) is not int or not 0 <= raw <= limit:
                return None
            values[name] = raw
        if self.terms and not any(values[name] for name in self.terms):
            return None
        return values

    def due(self, trigger: date, values: Mapping[str, int]) -> date | datetime:
        rule = self.rule
        if self.shift is not None:
            day = trigger + self.shift
            if not self.roll:
                return day if self.zone is None else self._at_cutoff(day)
            parts: tuple[tuple[Unit, str | None, int], ...] = ()
        else:
            day, parts = trigger, self.parts
        for unit, param, amount in parts:
            n = values[param] if param is not None else amount
            if n == 0:
                continue
            if unit is Unit.CALENDAR_DAYS:
                day += timedelta(days=n)
            elif unit is Unit.WEEKS:
                day += timedelta(weeks=n)
            elif unit is Unit.WORKING_DAYS and rule.counts_working_days(n):
                day = add_working_days(rule.calendar, day, n)
            elif unit is Unit.WORKING_DAYS:  # never later when unsure
                day += timedelta(days=n)
            else:
                day = add_months(day, n, rule.clamps_month_end)
        if self.mixed and (other := days_first(rule, trigger, values)) is not None:
            day = min(day, other)  # never later when unsure
        if self.roll and not (may_be_working_day if self.roll > 0
                              else is_certain_working_day)(rule.calendar, day):
            day = first_working_day(rule.calendar, day + timedelta(days=self.roll), self.roll)
        if self.zone is None:
            return day
        return self._at_cutoff(day)

    def _at_cutoff(self, day: date) -> datetime:
        assert self.rule.cutoff is not None and self.zone is not None
        return datetime.combine(day, self.rule.cutoff, self.zone)


def term_parameters(rule: Rule) -> tuple[str, ...]:
    """The parameters that make the whole of a rule's offset (its other parts, if any, add
    nothing): all 0, the rule would count no time at all."""
    if any(part.param is None and part.amount for part in rule.offset):
        return ()
    return tuple(dict.fromkeys(part.param for part in rule.offset if part.param is not None))


def plan_of(rule: Rule) -> Plan | None:
    """The rule's plan, or None for a rule the plans do not cover (counted in hours)."""
    if rule.counts_hours or (rule.cutoff is not None and not rule.timezone):
        return None
    limits = {p.name: min((MAX_AMOUNT[part.unit] for part in rule.offset
                           if part.param == p.name), default=_NO_LIMIT)
              for p in rule.parameters}
    if rule.roll is Roll.PREVIOUS_WORKING_DAY:
        roll = -1
    elif rule.roll is Roll.NEXT_WORKING_DAY and rule.may_move_later:
        roll = 1
    else:
        roll = 0  # never later when unsure: an unverified rule is not rolled forward
    return Plan(
        rule=rule,
        checks=tuple((p.name, p.default, limits[p.name]) for p in rule.parameters),
        parts=tuple((part.unit, part.param, part.amount) for part in rule.offset),
        roll=roll,
        zone=ZoneInfo(rule.timezone) if rule.cutoff is not None and rule.timezone else None,
        before=tuple(timedelta(days=n) for n in rule.reminders),
        fields=fixed_fields(rule),
        shift=_shift(rule.offset),
        terms=term_parameters(rule),
        mixed=mixes_months_and_days(rule))


_DAY_UNITS = frozenset({Unit.CALENDAR_DAYS, Unit.WEEKS})


def mixes_months_and_days(rule: Rule) -> bool:
    """Whether the rule adds months and (calendar) days whose order is not verified: the
    months first or the days first can end on different days at a month's end (29 January
    + 1 month 1 day: 1 March, or 28 February), and the engine takes the earlier."""
    units = {part.unit for part in rule.offset}
    return (not rule.may_move_later and Unit.MONTHS in units and bool(units & _DAY_UNITS)
            and units <= _DAY_UNITS | {Unit.MONTHS})


def days_first(rule: Rule, day: date, values: Mapping[str, int]) -> date | None:
    """``day`` plus the offset of a rule that :func:`mixes_months_and_days`, its days (and
    weeks) added before its months; None when either comes to nothing."""
    span = timedelta()
    months: list[int] = []
    for part in rule.offset:
        n = values[part.param] if part.param is not None else part.amount
        if part.unit is Unit.MONTHS:
            months += [n] if n else []
        elif part.unit is Unit.WEEKS:
            span += timedelta(weeks=n)
        else:
            span += timedelta(days=n)
    if not span or not months:
        return None
    day += span
    for n in months:
        day = add_months(day, n, rule.clamps_month_end)
    return day


def _shift(offset: tuple[OffsetPart, ...]) -> timedelta | None:
    """The offset as one span, for a rule of one part in calendar days or weeks that gives
    its own amount (not a parameter): most rules."""
    if len(offset) != 1 or offset[0].param is not None:
        return None
    part = offset[0]
    if part.unit is Unit.CALENDAR_DAYS:
        return timedelta(days=part.amount)
    if part.unit is Unit.WEEKS:
        return timedelta(weeks=part.amount)
    return None


def fixed_fields(rule: Rule) -> dict[str, Any]:
    """The fields of a deadline that ``rule`` gives (applied) that its date does not change."""
    return {"rule_version": rule.version, "title": rule.title, "applied_rule_id": rule.id,
            "verified": rule.verified, "source": rule.source, "body": rule.body,
            "sources": tuple((k, v) for k, v in rule.texts if k.startswith("source_")),
            "court_zone": court_zone(rule)}


# The values of a rule without parameters: one mapping, never written to.
_NO_VALUES: dict[str, int] = {}

# A parameter no offset uses has no limit of its own; a whole number of any size is taken.
_NO_LIMIT = 10**18


# -- what was computed -------------------------------------------------------------------------

# Computations kept per rule set (a few hundred bytes each): whole computations by their
# call (``compute``), and what a rule sets off from a known date (``compute_known``).
MEMO_SIZE = 300_000


def memo_key(rule_set: RuleSet, kind: str, rule_id: str, trigger: Any,
             params: Mapping[str, Any] | None, today: date | None) -> tuple:
    """The key of a computation (``kind`` "compute") or of the deadlines a rule sets off
    ("derived"): of the values given, only those its rules read. The values are keyed with
    their types: 4 and 4.0 and True are told apart, as the engine's checks of the values
    tell them apart; so are a date and a text of it."""
    if trigger.__class__ is datetime:  # one instant in two zones may fall on two days
        trigger = (trigger.replace(tzinfo=None), trigger.tzinfo)
    if not params:
        return (kind, rule_id, trigger, trigger.__class__, today)
    names = rule_set.computed.get((kind, rule_id))
    if names is None:
        names = names_used(rule_set, kind, rule_id)
    if not names:
        return (kind, rule_id, trigger, trigger.__class__, today)
    values = [(k, v.__class__, v) for k in names if (v := params.get(k, _ABSENT)) is not _ABSENT]
    return (kind, rule_id, trigger, trigger.__class__, today, *values)


_ABSENT = object()


def names_used(rule_set: RuleSet, kind: str, rule_id: str) -> tuple[str, ...]:
    """The names of the values a rule reads (for "derived", the rules it sets off), with
    the rules they set off and the rules their conditions hand over to: nothing else of
    the values changes what they give."""
    todo = [rule_id]
    if kind == "derived":
        todo = [c for c in rule_set.get(rule_id).derives if c != rule_id]
    names: set[str] = set()
    seen: set[str] = set()
    while todo:
        current = todo.pop()
        if current in seen or current not in rule_set:
            continue
        seen.add(current)
        rule = rule_set.get(current)
        names.update(p.name for p in rule.parameters)
        todo.extend(rule.derives)
        if rule.condition is not None and rule.condition.else_rule:
            todo.append(rule.condition.else_rule)
    found = rule_set.computed[(kind, rule_id)] = tuple(sorted(names))
    return found


def remember(memo: dict[Any, Any], key: tuple, value: Any) -> None:
    if len(memo) >= MEMO_SIZE:
        memo.clear()
    memo[key] = value


__all__ = ["HOLIDAYS_LOCK", "MEMO_SIZE", "Plan", "add_months", "add_working_days",
           "country_holidays", "days_first", "days_off", "estimated_off", "first_working_day",
           "fixed_fields", "is_certain_working_day", "is_working_day", "may_be_working_day",
           "memo_key", "mixes_months_and_days", "names_used", "no_working_day", "plan_of",
           "remember", "term_parameters"]
