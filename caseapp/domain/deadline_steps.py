"""The steps of a deadline's computation, as messages (:mod:`caseapp.domain.messages`): the
engine (:mod:`caseapp.domain.deadlines`) records what it did as an English text with its
values (dates as dates, a rule's label as its texts in every language) and nothing is
formatted while computing; a step becomes text when shown, in the interface's language
(``str(step)``) or a document's (``step.render("ru")``).

A deadline stores its steps as ``Message.as_dict()`` (a JSON explanation in the case file and
in JSON exports) and :func:`load_steps` makes them messages again; an explanation stored
before steps were messages (plain English strings) is shown as it was written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from caseapp.domain.dates import add_term
from caseapp.domain.dto import DeadlineDTO
from caseapp.domain.messages import Listed, Message, Translated, WeekdayDate, msg, msg_n, text_of
from caseapp.domain.rule_names import rules_named, titles_of
from caseapp.domain.rules import Calendar, Closure, Parameter, RuleSet, Unit

MINUS = "−"


def made(record: Any) -> Any:
    """The message of a step recorded as ``(builder, *args)`` (an argument may be a record
    itself); a message is returned as it is."""
    if isinstance(record, Message):
        return record
    builder, *args = record
    return builder(*(made(a) if _is_record(a) else a for a in args))


def _is_record(value: Any) -> bool:
    return isinstance(value, tuple) and bool(value) and callable(value[0])


def _sign(amount: int) -> str:
    return "+" if amount >= 0 else MINUS


def day_of(day: date) -> WeekdayDate:
    return WeekdayDate(day)


def clock(moment: datetime | time) -> str:
    """A time of day, on the 24-hour clock all three languages' courts write."""
    return f"{moment:%H:%M}"


def amount(unit: Unit, count: int) -> Message:
    """"+4 months", "−5 working days": an offset's amount with its sign."""
    sign, n = _sign(count), abs(count)
    if unit is Unit.HOURS:
        return msg_n("{sign}{count} hour", "{sign}{count} hours", n, sign=sign)
    if unit is Unit.CALENDAR_DAYS:
        return msg_n("{sign}{count} day", "{sign}{count} days", n, sign=sign)
    if unit is Unit.WORKING_DAYS:
        return msg_n("{sign}{count} working day", "{sign}{count} working days", n, sign=sign)
    if unit is Unit.WEEKS:
        return msg_n("{sign}{count} week", "{sign}{count} weeks", n, sign=sign)
    return msg_n("{sign}{count} month", "{sign}{count} months", n, sign=sign)


def label_of(parameter: Parameter) -> Translated:
    return Translated((("en", parameter.label), *((k[-2:], v) for k, v in parameter.labels)))


def with_parameter(how_much: Message, parameter: Parameter | None) -> Message:
    if parameter is None:
        return how_much
    return msg("{amount} ({parameter})", amount=how_much, parameter=label_of(parameter))


def added(how_much: Message, result: date, note: Message | None = None) -> Message:
    """"+4 months → 29 Feb 2024 (clamped to the month's end…)"."""
    if note is None:
        return msg("{amount} → {day}", amount=how_much, day=result)
    return msg("{amount} → {day} ({note})", amount=how_much, day=result, note=note)


def counted_in_working_days(calendar: Calendar) -> Message:
    return msg("counting only working days: {calendar}", calendar=calendar_skips(calendar))


def working_days_unverified() -> Message:
    return msg("counted in calendar days: the rule file asks for working days, but a date is "
               "never moved later while the rule's way of counting is unverified")


def calendar_skips(calendar: Calendar) -> Message:
    """What a calendar leaves out: "weekends and public holidays in AZ skipped"."""
    if calendar.closures:
        names = Translated(tuple(
            (lang, ", ".join(c.name_in(lang) for c in calendar.closures))
            for lang in ("en", "hy", "ru")))
        if calendar.country:
            return msg("weekends, public holidays in {country} and closures ({closures}) "
                       "skipped", country=calendar.country, closures=names)
        return msg("weekends and closures ({closures}) skipped", closures=names)
    if calendar.country:
        return msg("weekends and public holidays in {country} skipped",
                   country=calendar.country)
    return msg("weekends skipped")


def clamped(day_number: int) -> Message:
    return msg("clamped to the month's end: the month has no day {number}",
               number=day_number)


def clamped_unverified(day_number: int) -> Message:
    return msg("clamped to the month's end: the month has no day {number}; the rule file asks "
               "for the first day of the next month, but a date is never moved later while "
               "the rule's way of counting is unverified", number=day_number)


def moved_to_next_month(day_number: int) -> Message:
    return msg("the month has no day {number}: moved to the first day of the next month",
               number=day_number)


# -- why a day is not a working day ------------------------------------------------------

def weekend() -> Message:
    return msg("weekend")


def public_holiday(country: str, name: Translated | Message | Listed) -> Message:
    return msg("public holiday in {country}, “{name}”", country=country, name=name)


def estimated_holiday(country: str, name: Translated | Message | Listed,
                      holiday: date) -> Message:
    """Why a working day is not counted back to: an estimated holiday next to it."""
    return msg("may be a day off: “{name}” in {country} is only estimated (for {holiday}) and "
               "may fall a day earlier or later", name=name, country=country,
               holiday=holiday)


def only_estimated_holiday(country: str, name: Translated | Message | Listed) -> Message:
    """Why a day off is counted forward to as a working day: its holiday only estimated."""
    return msg("the date of “{name}” in {country} is only estimated and may be another day",
               name=name, country=country)


def closed(name: Translated) -> Message:
    return msg("closed, “{name}”", name=name)


def closed_for(closure: Closure) -> Message:
    return closed(Translated((("en", closure.name), *((k[-2:], v) for k, v in closure.names))))


def skipped_day(day: date, reason: Message) -> Message:
    return msg("{day}: {reason}", day=day, reason=reason)


def joined(items: Sequence[Message]) -> Message | Listed:
    """Several steps' parts in one: "a; b; c" (stored flat, however many days were skipped)."""
    return items[0] if len(items) == 1 else Listed(tuple(items))


# -- the steps -------------------------------------------------------------------------------

def set_off_by(parent: str) -> Message:
    return msg("set off by the deadline of rule {rule}", rule=parent)


def other_rule_applies(day: date, too_early: bool, bound: date, rule_id: str,
                       version: str) -> Message:
    if too_early:
        return msg("the trigger {day} is before {bound}: rule {rule} (version {version}) "
                   "applies instead", day=day, bound=bound, rule=rule_id, version=version)
    return msg("the trigger {day} is after {bound}: rule {rule} (version {version}) applies "
               "instead", day=day, bound=bound, rule=rule_id, version=version)


def trigger_day(day: date) -> Message:
    return msg("trigger {day}", day=day_of(day))


def trigger_moment(local: datetime, zone: str = "") -> Message:
    if not zone:
        return msg("trigger {day} {time}", day=day_of(local.date()), time=clock(local))
    return msg("trigger {day} {time} {zone}", day=day_of(local.date()), time=clock(local),
               zone=zone)


def trigger_day_at_court(day: date, zone: str) -> Message:
    return msg("where the court sits ({zone}) that moment was on {day}: counted from that day, "
               "the earlier", zone=zone, day=day_of(day))


def trigger_day_at_court_rule(day: date, zone: str) -> Message:
    return msg("where the court sits ({zone}) that moment was on {day}: the rule for a "
               "decision of that day ends earlier, so it is counted from that day", zone=zone,
               day=day_of(day))


def trigger_day_in_earliest_zone(day: date, country: str, zone: str) -> Message:
    return msg("the court's time zone is not known ({country} keeps several): in {zone}, the "
               "country's earliest day, that moment was on {day}: counted from that day, the "
               "earlier", country=country, zone=zone, day=day_of(day))


def trigger_day_on_earth(day: date) -> Message:
    return msg("the rule names no country, so where the event took place is not known: at "
               "UTC−12, the earliest day on Earth, that moment was on {day}: counted from that "
               "day, the earlier", day=day_of(day))


# The steps saying the day of capture was not known, only its month or year: the deadline
# counted from the period's first day is an estimate. Their texts are ASCII, so that a stored
# explanation (JSON) can be searched for what they share as written (ESTIMATE_MARK).
ESTIMATE_MARK = "(never later); the date is an estimate"


def capture_month_only(day: date) -> Message:
    return msg("the day of capture is not known, only its month: counted from the month's "
               "first day, {day} (never later); the date is an estimate", day=day_of(day))


def capture_year_only(day: date) -> Message:
    return msg("the day of capture is not known, only its year: counted from its first day, "
               "{day} (never later); the date is an estimate", day=day_of(day))


ESTIMATED = frozenset(f(date(2000, 1, 1)).text for f in (capture_month_only, capture_year_only))


def estimated_title(title: str) -> Message:
    """A deadline's title marked as an estimate (:func:`is_estimated`), as documents print it."""
    return msg("{title} (estimate)", title=title)


def is_estimated(steps: Iterable[Any]) -> bool:
    """Whether a deadline's steps say it was counted from the first day of a month or a year
    because the trigger's day was not known (an estimate)."""
    return any(isinstance(s, Message) and s.text in ESTIMATED for s in steps)


def trigger_day_of_earliest_rule(day: date) -> Message:
    return msg("where the court sits is not known, and that moment fell on {day} in some time "
               "zones: the rule for a decision of that day ends earliest, so it is counted from "
               "that day", day=day_of(day))


def trigger_taken_in(local: datetime, zone: str) -> Message:
    return msg("trigger {day} {time}, taken as {zone} time", day=day_of(local.date()),
               time=clock(local), zone=zone)


def trigger_given_as(local: datetime, zone: str, given: datetime) -> Message:
    return msg("trigger {day} {time} {zone} (given as {given_day} {given_time} {given_zone})",
               day=day_of(local.date()), time=clock(local), zone=zone,
               given_day=given.date(), given_time=clock(given), given_zone=given.tzname() or "")


def after_cutoff_same_day(at: datetime, cutoff: time) -> Message:
    return msg("{time} is after the {cutoff} cut-off, but counted from the same day: the "
               "rule's way of counting is not verified", time=clock(at), cutoff=clock(cutoff))


def after_cutoff_next_day(at: datetime, cutoff: time, day: date) -> Message:
    return msg("{time} is after the {cutoff} cut-off: counted from the next day, {day}",
               time=clock(at), cutoff=clock(cutoff), day=day_of(day))


def before_office_hours(at: datetime, opens: time) -> Message:
    return msg("{time} is before office hours: dealt with from {opens}", time=clock(at),
               opens=clock(opens))


def working_day(day: date, moved_by_decree: bool) -> Message:
    if moved_by_decree:
        return msg("{day} is a working day (a weekend day made a working day by decree)",
                   day=day_of(day))
    return msg("{day} is a working day", day=day_of(day))


def not_working_day(day: date, reason: Message) -> Message:
    return msg("{day} is not a working day: {reason}", day=day_of(day), reason=reason)


def maybe_not_working_day(day: date, reason: Message) -> Message:
    """A working day the calendar is not sure of, not taken as one when counting back."""
    return msg("{day} is not taken as a working day: {reason}", day=day_of(day),
               reason=reason)


def taken_as_working_day(day: date, reason: Message) -> Message:
    """A day off only by an estimate, taken as a working day counting forward."""
    return msg("{day} is taken as a working day (never later when unsure): {reason}",
               day=day_of(day), reason=reason)


def not_rolled_unverified() -> Message:
    return msg("not rolled: the code's rule on non-working days is not verified")


def next_day_refused() -> Message:
    return msg("the rule file asks for the next working day, but a date is never moved later "
               "while the rule's way of counting is unverified")


def not_rolled() -> Message:
    return msg("not rolled: this rule does not move off weekends or holidays")


def rolled(day: date, result: date, forward: bool, skipped: Sequence[Any]) -> Message:
    fell, to = day_of(day), day_of(result)
    if skipped:
        also = joined([made(s) for s in skipped])
        if forward:
            return msg("fell on {day} → rolled to the next working day {result} (also not "
                       "working days: {skipped})", day=fell, result=to, skipped=also)
        return msg("fell on {day} → rolled to the previous working day {result} (also not "
                   "working days: {skipped})", day=fell, result=to, skipped=also)
    if forward:
        return msg("fell on {day} → rolled to the next working day {result}", day=fell,
                   result=to)
    return msg("fell on {day} → rolled to the previous working day {result}", day=fell,
               result=to)


def due_by(cutoff: time, zone: str, day: date, opens: time | None) -> Message:
    if opens is None:
        return msg("due by {time} {zone} time on {day}", time=clock(cutoff), zone=zone,
                   day=day_of(day))
    return msg("due by {time} {zone} time on {day} (office hours from {opens})",
               time=clock(cutoff), zone=zone, day=day_of(day), opens=clock(opens))


def hours_added(hours: int, due: datetime, zone: str, clocks_changed: bool) -> Message:
    how_much = amount(Unit.HOURS, hours)
    if clocks_changed:
        return msg("{amount} → {day} {time} {zone} (the clocks changed in between: real "
                   "elapsed hours are counted)", amount=how_much, day=due.date(),
                   time=clock(due), zone=zone)
    return msg("{amount} → {day} {time} {zone}", amount=how_much, day=due.date(),
               time=clock(due), zone=zone)


def order_expiry_stated(expires: date) -> Message:
    return msg("the order's expiry {expires}, as the order states it", expires=expires)


def order_expiry_computed(expires: date, start: date, months: int, days: int) -> Message:
    """The expiry computed from the order's start and term when the order was recorded."""
    months_first = _months_first(start, months, days)
    if months and days and months_first is not None and expires < months_first:
        return msg("the order's expiry {expires}: its start {start} plus {term}, the days first "
                   "(the months first would give {later}: no verified source says which comes "
                   "first, and a date is never moved later), computed when the order was "
                   "recorded", expires=expires, start=start, term=_term(months, days),
                   later=months_first)
    return msg("the order's expiry {expires}: its start {start} plus {term} (a day past a "
               "month's end is clamped to it), computed when the order was recorded",
               expires=expires, start=start, term=_term(months, days))


def _months_first(start: date, months: int, days: int) -> date | None:
    try:
        return add_term(start, months=months, days=days)
    except (ValueError, OverflowError):  # outside the calendar: nothing to compare
        return None


def days_before_months(result: date, months_first: date) -> Message:
    return msg("the days added before the months → {day}: the months first would give {later}; "
               "no verified source says which comes first, and a date is never moved later",
               day=result, later=months_first)


@lru_cache(maxsize=1024)
def _term(months: int, days: int) -> Message:
    """"4 months and 10 days": made once for each term (a message does not change)."""
    parts = [msg_n("{count} month", "{count} months", months)] if months else []
    parts += [msg_n("{count} day", "{count} days", days)] if days or not months else []
    return parts[0] if len(parts) == 1 else msg("{months} and {days}", months=parts[0],
                                                  days=parts[1])


def already_passed(today: date) -> Message:
    return msg("this date has already passed (today is {today})", today=today)


def unverified() -> Message:
    return msg("caution: this rule has not been verified against its source")


# -- in a document's language ----------------------------------------------------------------

def deadline_in(d: DeadlineDTO, rule_set: RuleSet, lang: str) -> DeadlineDTO:
    """The deadline as a document in ``lang`` prints it: its rule's title in that language
    (a title the lawyer wrote stays as written; marked when its date is an estimate),
    CaseApp's own status reason and its steps written in that language, a rule they name by
    its title (an old step stored as English text stays as it is)."""
    title = rule_set.title_in(d.title, lang, d.rule_id)
    if is_estimated(d.explanation):  # counted from a month's or a year's first day
        title = estimated_title(title).render(lang)
    return replace(d, title=title,
                   status_reason=text_of(d.status_reason, lang),
                   explanation=tuple(text_of(s, lang) if isinstance(s, Message) else s
                                     for s in naming_rules(d.explanation, rule_set)))


def naming_rules(steps: Iterable[Any], rule_set: RuleSet) -> tuple[Any, ...]:
    """Steps that name a rule by its id ("set off by the deadline of rule
    az.detention.expiry", as stored) naming it by its title in every language, in quotation
    marks; a rule the rule set no longer has keeps its id."""
    titles = titles_of(rule_set)
    return tuple(rules_named(step, titles) for step in steps)


# -- stored ---------------------------------------------------------------------------------

def stored_steps(steps: Iterable[object]) -> list[Any]:
    """Steps as a deadline's JSON explanation keeps them: a message as its dict (so it is
    shown in any language later), anything else (an old plain string) as it is."""
    return [s.as_dict() if isinstance(s, Message) else s for s in steps]


def load_steps(stored: Iterable[Any] | None) -> tuple[Any, ...]:
    """A stored explanation's steps: messages again where they were stored as messages; a
    plain string (stored before steps were messages) or anything else stays as it is."""
    return tuple(_step(s) for s in (stored or ()))


def _step(stored: Any) -> Any:
    if isinstance(stored, Mapping) and isinstance(stored.get("text"), str):
        try:
            return Message.from_dict(stored)
        except (AssertionError, KeyError, TypeError, ValueError):
            return stored  # not a message after all: shown as stored
    return stored
