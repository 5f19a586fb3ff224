"""The full path of a deadline's computation: every step taken to reach the date, as
records (:mod:`caseapp.domain.deadline_steps` makes them messages when shown), with why
each day passed over is not a working day. The fast path (the plans of
:mod:`caseapp.domain.deadline_plans`) counts only the date; a deadline's steps are taken
here when first read, and rules the plans do not cover are counted here whole
(:mod:`caseapp.domain.deadlines`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from caseapp.domain import deadline_steps as step
from caseapp.domain.court_zones import country_zones
from caseapp.domain.dates import add_term
from caseapp.domain.deadline_plans import (
    add_working_days,
    days_first,
    first_working_day,
    mixes_months_and_days,
    no_working_day,
    term_parameters,
)
from caseapp.domain.errors import ValidationError
from caseapp.domain.messages import Message, msg
from caseapp.domain.non_working_days import (
    is_moved_working_day,
    why_maybe_working,
    why_not_working,
    why_uncertain,
)
from caseapp.domain.rules import LARGE_UNIT_NAMES, MAX_AMOUNT, Calendar, OffsetPart, Roll, Rule, RuleSet, Unit


class FullCount(NamedTuple):
    """What the full path gives: the rule asked for and the one applied (with why, if
    another), the trigger as counted from (made aware for a rule counted in hours), the due
    date or time, the steps taken as records, and the reminders."""

    requested: Rule
    rule: Rule
    variant: Message | None
    trigger: date | datetime
    due: date | datetime
    steps: tuple[Any, ...]
    reminders: tuple[date, ...]


def count_in_full(rule_set: RuleSet, rule_id: str, trigger: date | datetime,
                  params: Mapping[str, Any], today: date | None,
                  parent: str | None) -> FullCount:
    """One deadline and every step taken to reach it.

    A rule applying to decisions of some days only (the ECHR's six months before 1 February
    2022, four months from then), given a moment whose day where the court sits is not
    certain: each day that moment may have been there is counted with the rule of that day,
    and the earliest due date is taken (never later when unsure)."""
    requested = rule_set.get(rule_id)
    days = _variant_days(rule_set, requested, trigger)
    if not days:
        return _count_in_full(rule_set, requested, trigger, params, today, parent, None)
    counts = [_count_in_full(rule_set, requested, trigger, params, today, parent, day)
              for day in days]
    return min(counts, key=lambda c: c.due.date() if isinstance(c.due, datetime) else c.due)


def _variant_days(rule_set: RuleSet, rule: Rule, trigger: date | datetime) -> tuple[date, ...]:
    """The days a moment may have fallen on where the court sits (:func:`_possible_days`),
    when the rule applying to them is not the same for all (else none)."""
    if not (isinstance(trigger, datetime) and trigger.tzinfo is not None
            and rule.condition is not None and not rule.timezone and not rule.counts_hours):
        return ()
    by_rule: dict[str, date] = {}
    for day in _possible_days(rule, trigger):
        try:
            applied = pick_variant(rule_set, rule, day)[0].id
        except ValidationError:
            continue  # no rule covers that day: it cannot be the day of a decision counted
        by_rule.setdefault(applied, day)
    return tuple(by_rule.values()) if len(by_rule) > 1 else ()


def _possible_days(rule: Rule, trigger: datetime) -> list[date]:
    """The days an aware moment may have fallen on where the rule's court sits: the day
    typed, and the day in the country's zone (one), in each of its zones (several), or in
    every zone on Earth from UTC−12 to UTC+14 (no country)."""
    country = rule.calendar.country
    zones = country_zones(country) if country else ()
    found = {trigger.date()} | {trigger.astimezone(ZoneInfo(z)).date() for z in zones}
    if not zones:
        first = trigger.astimezone(EARLIEST_ZONE).date()
        last = trigger.astimezone(LATEST_ZONE).date()
        found |= {first + timedelta(days=n) for n in range((last - first).days + 1)}
    return sorted(found)


def _count_in_full(rule_set: RuleSet, requested: Rule, trigger: date | datetime,
                   params: Mapping[str, Any], today: date | None, parent: str | None,
                   variant_day: date | None) -> FullCount:
    """:func:`count_in_full`; ``variant_day``: the day the moment is taken to have been where
    the court sits, for a rule whose variants differ over those days (else None)."""
    steps: list[Any] = []  # what was done, as records: messages made only when shown
    if parent is not None:
        steps.append((step.set_off_by, parent))
    rule, variant = pick_variant(rule_set, requested,
                                 trigger if variant_day is None else variant_day)
    if variant:
        steps.append(variant)
    values = parameter_values(rule, params)
    if rule.counts_hours:
        trigger = _as_aware(rule, trigger, steps)
        moment = _add_hours(rule, trigger, values, steps)
        due: date | datetime = _roll_datetime(rule, moment, steps)
    else:
        start = day = _start_date(rule, trigger, steps, variant_day)
        for part in rule.offset:
            day = _add(rule, part, day, values, steps)
        if mixes_months_and_days(rule):  # never later when unsure
            other = days_first(rule, start, values)
            if other is not None and other < day:
                steps.append((step.days_before_months, other, day))
                day = other
        day = _roll(rule, day, steps)
        due = day
        if rule.cutoff is not None:
            assert rule.timezone is not None  # the rule loader refuses a cut-off without a zone
            due = datetime.combine(day, rule.cutoff, ZoneInfo(rule.timezone))
            steps.append((step.due_by, rule.cutoff, rule.timezone, day, rule.opens))
    due_day = due.date() if isinstance(due, datetime) else due
    if today is not None and due_day < today:
        steps.append((step.already_passed, today))
    if not rule.verified:
        steps.append((step.unverified, ))
    reminders = tuple(d for d in (due_day - timedelta(days=n) for n in rule.reminders)
                      if today is None or d >= today)
    return FullCount(requested, rule, variant, trigger, due, tuple(steps), reminders)


def pick_variant(rule_set: RuleSet, rule: Rule, trigger: date | datetime
                 ) -> tuple[Rule, Message | None]:
    """Follow ``conditions`` until a rule applies to the trigger date."""
    day = trigger.date() if isinstance(trigger, datetime) else trigger
    seen = [rule.id]
    current = rule
    while current.condition is not None and not current.condition.applies(day):
        other = current.condition.else_rule
        if other is None or other in seen or other not in rule_set:
            raise ValidationError(msg(
                "Rule {rule} applies only to triggers {dates}, and no other rule covers {day}.",
                rule=current.id, dates=current.condition.describe(), day=day), field="trigger")
        condition = current.condition
        too_early = condition.applies_from is not None and day < condition.applies_from
        bound = condition.applies_from if too_early else condition.applies_until
        assert bound is not None  # a condition has one bound or both
        current = rule_set.get(other)
        seen.append(other)
        note = step.other_rule_applies(day, too_early, bound, other, current.version)
    if current is rule:
        return rule, None
    return current, note


# A parameter's value as a person types it: digits 0 to 9 only (no "4_0", no other
# scripts' digits, which int() would read), a sign allowed so that "-3" is named as negative.
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


def parameter_values(rule: Rule, params: Mapping[str, Any]) -> dict[str, int]:
    """The rule's parameters as whole numbers from ``params`` (or their defaults): each
    from 0 to the limit of its unit, and not all 0 where they make the whole offset (a term
    of nothing would give the trigger day itself). Else one message naming the parameter."""
    values: dict[str, int] = {}
    for p in rule.parameters:
        raw = params.get(p.name, p.default)
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, str):
            raw = raw.strip()
        if raw is None or raw == "":
            raise ValidationError(msg("Rule {rule} needs a value for “{label}” ({name}).",
                                      rule=rule.id, label=p.label_text, name=p.name),
                                  field=p.name)
        if type(raw) is not int and not (isinstance(raw, str) and _WHOLE_NUMBER.fullmatch(raw)):
            raise ValidationError(msg("“{label}” ({name}) must be a whole number written with "
                                      "the digits 0 to 9, not “{value}”.", label=p.label_text,
                                      name=p.name, value=str(raw)[:40]), field=p.name)
        value = values[p.name] = int(raw)
        if value < 0:
            raise ValidationError(msg("“{label}” ({name}) cannot be negative (“{value}”).",
                                      label=p.label_text, name=p.name, value=str(raw)[:40]),
                                  field=p.name)
        for part in rule.offset:
            limit = MAX_AMOUNT[part.unit]
            if part.param == p.name and value > limit:
                raise ValidationError(msg("“{label}” cannot be more than {limit} ({unit}).",
                                          label=p.label_text, limit=limit,
                                          unit=LARGE_UNIT_NAMES[part.unit]),
                                      field=p.name)
    timed = term_parameters(rule)
    if timed and not any(values[name] for name in timed):
        first = rule.parameter(timed[0])
        assert first is not None
        if len(timed) == 1:
            raise ValidationError(msg("“{label}” ({name}) must be more than 0: a term of 0 "
                                      "gives the trigger day itself.", label=first.label_text,
                                      name=first.name), field=first.name)
        raise ValidationError(msg("Rule {rule} needs a term of more than 0: {names} are all 0.",
                                  rule=rule.id, names=", ".join(timed)), field=first.name)
    return values


# -- dates ---------------------------------------------------------------------------------

# The earliest calendar day on Earth: a moment falls on its earliest day at UTC−12 (Baker
# Island), the zone furthest west.
EARLIEST_ZONE = timezone(timedelta(hours=-12))
# The latest: UTC+14 (the Line Islands).
LATEST_ZONE = timezone(timedelta(hours=14))


def _court_day(rule: Rule, trigger: datetime) -> tuple[date, tuple[Any, ...]] | None:
    """The earliest day a moment with its zone may have fallen on where the rule's court
    sits, for a rule of no zone of its own, and the step that says so; None for a naive
    moment. Its calendar's country keeping one time zone (Azerbaijan: Asia/Baku, from the
    CLDR through Babel), the day there; several zones (Russia), the earliest of the days in
    them; no country (or one the CLDR gives no zone), the earliest day on Earth (UTC−12):
    never later when the court's zone is not known."""
    if trigger.tzinfo is None:
        return None
    country = rule.calendar.country
    zones = country_zones(country) if country else ()
    if len(zones) == 1:
        day, zone = trigger.astimezone(ZoneInfo(zones[0])).date(), zones[0]
        return day, (step.trigger_day_at_court, day, zone)
    if zones:
        day, zone = min((trigger.astimezone(ZoneInfo(z)).date(), z) for z in sorted(zones))
        return day, (step.trigger_day_in_earliest_zone, day, country, zone)
    day = trigger.astimezone(EARLIEST_ZONE).date()
    return day, (step.trigger_day_on_earth, day)


def country_day(country: str, moment: datetime) -> tuple[date, str] | None:
    """The day an aware ``moment`` falls on in ``country`` and its zone, when the country
    keeps one time zone (AZ: Asia/Baku); None otherwise."""
    zones = country_zones(country) if country else ()
    if len(zones) != 1 or moment.tzinfo is None:
        return None
    return moment.astimezone(ZoneInfo(zones[0])).date(), zones[0]


def _start_date(rule: Rule, trigger: date | datetime, steps: list[Any],
                variant_day: date | None = None) -> date:
    if not isinstance(trigger, datetime):
        steps.append((step.trigger_day, trigger))
        return trigger
    if rule.timezone:
        local = _as_aware(rule, trigger, steps)
    else:
        local = trigger
        steps.append((step.trigger_moment, local, local.tzname() or ""))
    day = local.date()
    court = None if rule.timezone or variant_day else _court_day(rule, trigger)
    if variant_day is not None:
        day = variant_day
        steps.append((step.trigger_day_of_earliest_rule, day))
    elif court is not None and court[0] < day:
        # Given in another zone (a lawyer east of the court), the moment fell a day earlier
        # where the court sits (or may sit): counted from that day, never later when unsure.
        day = court[0]
        steps.append(court[1])
    if rule.cutoff is not None and local.time() > rule.cutoff and not rule.may_move_later:
        steps.append((step.after_cutoff_same_day, local, rule.cutoff))
    elif rule.cutoff is not None and local.time() > rule.cutoff:
        day += timedelta(days=1)
        steps.append((step.after_cutoff_next_day, local, rule.cutoff, day))
    elif rule.opens is not None and local.time() < rule.opens:
        steps.append((step.before_office_hours, local, rule.opens))
    return day


def _add(rule: Rule, part: OffsetPart, day: date, values: dict[str, int],
         steps: list[Any]) -> date:
    amount = values[part.param] if part.param else part.amount
    if amount == 0:
        return day  # e.g. the 0 days of a detention order of 4 months and 0 days
    label = (step.with_parameter, (step.amount, part.unit, amount),
             rule.parameter(part.param) if part.param else None)
    note: tuple | None = None
    if part.unit is Unit.CALENDAR_DAYS:
        result = day + timedelta(days=amount)
    elif part.unit is Unit.WEEKS:
        result = day + timedelta(weeks=amount)
    elif part.unit is Unit.WORKING_DAYS and rule.counts_working_days(amount):
        result = add_working_days(rule.calendar, day, amount)
        note = (step.counted_in_working_days, rule.calendar)
    elif part.unit is Unit.WORKING_DAYS:  # never later when unsure (Rule.counts_working_days)
        result = day + timedelta(days=amount)
        note = (step.working_days_unverified, )
    else:
        result, note = _add_months(day, amount, rule)
    steps.append((step.added, label, result, note))
    return result


def _add_months(day: date, months: int, rule: Rule) -> tuple[date, tuple | None]:
    result = add_term(day, months=months)  # clamped to the month's end
    if result.day == day.day:
        return result, None
    if rule.month_end_clamp:
        return result, (step.clamped, day.day)
    if rule.clamps_month_end:  # never later when unsure (Rule.clamps_month_end)
        return result, (step.clamped_unverified, day.day)
    return result + timedelta(days=1), (step.moved_to_next_month, day.day)


def _first_working_day(calendar: Calendar, day: date, direction: int,
                       skipped: list[tuple] | None) -> date:
    """``day`` or the first working day after (direction 1) or before (-1) it; the days
    passed over are added to ``skipped`` with the reason (unless it is None)."""
    if skipped is None:
        return first_working_day(calendar, day, direction)
    for _ in range(366):
        why = why_not_working(calendar, day)
        if why is None and direction < 0:  # counted back to: a working day for certain
            why = why_uncertain(calendar, day)
        elif why is not None and direction > 0 and why_maybe_working(calendar, day):
            why = None  # counted forward to: a day off only by an estimate may be worked
        if why is None:
            return day
        skipped.append((step.skipped_day, day, why))  # e.g. "1 Jul 2023: weekend"
        day += timedelta(days=direction)
    raise no_working_day(calendar, day)


def _roll(rule: Rule, day: date, steps: list[Any]) -> date:
    reason = why_not_working(rule.calendar, day)
    doubt = why_uncertain(rule.calendar, day) \
        if reason is None and rule.roll is Roll.PREVIOUS_WORKING_DAY else None
    if reason is None and doubt is None:
        steps.append((step.working_day, day, is_moved_working_day(rule.calendar, day)))
        return day
    if doubt is not None:
        steps.append((step.maybe_not_working_day, day, doubt))
    else:
        steps.append((step.not_working_day, day, reason))
    if rule.roll is not Roll.PREVIOUS_WORKING_DAY and not rule.may_move_later:
        steps.append((step.not_rolled_unverified, ))
        if rule.roll is Roll.NEXT_WORKING_DAY:
            steps.append((step.next_day_refused, ))
        return day
    if rule.roll is Roll.NONE:
        steps.append((step.not_rolled, ))
        return day
    direction = 1 if rule.roll is Roll.NEXT_WORKING_DAY else -1
    if direction == 1 and (maybe := why_maybe_working(rule.calendar, day)) is not None:
        steps.append((step.taken_as_working_day, day, maybe))  # never later when unsure
        return day
    skipped: list[tuple] = []
    result = _first_working_day(rule.calendar, day + timedelta(days=direction), direction,
                                skipped)
    steps.append((step.rolled, day, result, direction == 1, tuple(skipped)))
    if direction == 1 and (maybe := why_maybe_working(rule.calendar, result)) is not None:
        steps.append((step.taken_as_working_day, result, maybe))
    return result


# -- hours -----------------------------------------------------------------------------------

def _as_aware(rule: Rule, trigger: date | datetime, steps: list[Any]) -> datetime:
    if not isinstance(trigger, datetime):
        raise ValidationError(msg("Rule {rule} counts hours: give the date and time (with its "
                                  "time zone), not only the date.", rule=rule.id),
                              field="trigger")
    zone = ZoneInfo(rule.timezone) if rule.timezone else None
    if trigger.tzinfo is None:
        if zone is None:
            raise ValidationError(msg("Give the time zone of the trigger's time."),
                                  field="trigger")
        local = trigger.replace(tzinfo=zone)
        steps.append((step.trigger_taken_in, local, rule.timezone or ""))
        return local
    local = trigger.astimezone(zone) if zone else trigger
    shown_zone = rule.timezone or local.tzname() or ""
    if local.utcoffset() != trigger.utcoffset():
        steps.append((step.trigger_given_as, local, shown_zone, trigger))
    else:
        steps.append((step.trigger_moment, local, shown_zone))
    return local


def _add_hours(rule: Rule, start: datetime, values: dict[str, int],
               steps: list[Any]) -> datetime:
    part = rule.offset[0]
    hours = values[part.param] if part.param else part.amount
    due = (start.astimezone(UTC) + timedelta(hours=hours)).astimezone(start.tzinfo)
    steps.append((step.hours_added, hours, due, rule.timezone or due.tzname() or "",
                                  due.utcoffset() != start.utcoffset()))
    return due


def _roll_datetime(rule: Rule, due: datetime, steps: list[Any]) -> datetime:
    if rule.roll is Roll.NONE:
        return due
    day = _roll(rule, due.date(), steps)
    return due if day == due.date() else datetime.combine(day, due.timetz())

