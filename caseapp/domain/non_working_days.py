"""Why a day is or is not counted as a working day in a rule's calendar, as the steps of a
deadline's full computation (:mod:`caseapp.domain.deadline_full`) record it: a closure, a
weekend or a public holiday named in each language; a working day next to an estimated
holiday, not counted back to; a day off only by an estimated holiday, counted forward to.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache

from caseapp.domain import deadline_steps as step
from caseapp.domain.deadline_plans import HOLIDAYS_LOCK as _HOLIDAYS_LOCK
from caseapp.domain.deadline_plans import days_off as _days_off
from caseapp.domain.deadline_plans import estimated_off, is_working_day, may_be_working_day
from caseapp.domain.holiday_countries import named_holidays
from caseapp.domain.holiday_names import day_name
from caseapp.domain.messages import Listed, Message, Translated
from caseapp.domain.rules import Calendar


def non_working_reason(calendar: Calendar, day: date, lang: str = "en") -> str | None:
    """Why ``day`` is not a working day in ``calendar`` ("weekend", "public holiday in AZ,
    “Eid al-Adha”", "closed, “…”"), in ``lang``, or None if it is one. A Saturday made a
    working day by decree (days off moved, as in Azerbaijan and Armenia) is a working day."""
    why = non_working_why(calendar, day)
    return None if why is None else why.render(lang)


def non_working_why(calendar: Calendar, day: date) -> Message | None:
    """Why ``day`` is not a working day in ``calendar``, as a message, or None if it is one."""
    why = why_not_working(calendar, day)
    return None if why is None else step.made(why)


def why_uncertain(calendar: Calendar, day: date) -> tuple | None:
    """Why a working day is not counted back to (a holiday estimated next to it), as a step's
    record, or None if it is a working day for certain (or not a working day at all)."""
    if why_not_working(calendar, day) is not None:
        return None
    holiday = estimated_off(calendar, day)
    if holiday is None or calendar.country is None:
        return None
    return (_estimated, calendar.country, calendar.subdivision, holiday)


def why_maybe_working(calendar: Calendar, day: date) -> tuple | None:
    """Why a day off is counted forward to as a working day (a day off only by a holiday the
    calendar estimates), as a step's record, or None if it is not one."""
    if calendar.country is None or not may_be_working_day(calendar, day) \
            or is_working_day(calendar, day):
        return None
    return (_only_estimated, calendar.country, calendar.subdivision, day)


def _only_estimated(country: str, subdivision: str | None, day: date) -> Message:
    names = _holiday_names(country, subdivision, day.year).get(day) or Translated(())
    return step.only_estimated_holiday(country, names)


def _estimated(country: str, subdivision: str | None, holiday: date) -> Message:
    names = _holiday_names(country, subdivision, holiday.year).get(holiday) or Translated(())
    return step.estimated_holiday(country, names, holiday)


def why_not_working(calendar: Calendar, day: date) -> tuple | None:
    """Why ``day`` is not a working day, as a step's record, or None if it is one."""
    for closure in calendar.closures:
        if closure.covers(day):
            return (step.closed_for, closure)
    if calendar.country is None:
        return (step.weekend,) if day.weekday() >= 5 else None
    days_off = _days_off(calendar.country, calendar.subdivision, day.year)
    if day not in days_off:
        return None
    if days_off[day]:
        return (_holiday, calendar.country, calendar.subdivision, day)
    return (step.weekend,)


# A holiday is named by CaseApp's own catalogue (:mod:`caseapp.domain.holiday_names`, from
# the package's English name), which has Armenian and Russian for every holiday of the shipped
# calendars; a name it does not know falls back to the package's names in the languages it
# knows (Armenia's in Armenian…), else the English. Looked up only when a step names a holiday.
_HOLIDAY_LANGUAGES = {"en": "en_US", "hy": "hy", "ru": "ru"}


def _holiday(country: str, subdivision: str | None, day: date) -> Message:
    """The step's reason "public holiday in AZ, “…”", the holiday named in each language."""
    names = _holiday_names(country, subdivision, day.year).get(day) or Translated(())
    return step.public_holiday(country, names)


@lru_cache(maxsize=256)
def _holiday_names(country: str, subdivision: str | None, year: int
                   ) -> dict[date, Translated | Message | Listed]:
    with _HOLIDAYS_LOCK:
        found = {lang: _names_in(country, subdivision, year, code)
                 for lang, code in _HOLIDAY_LANGUAGES.items()}
    days = {day for names in found.values() for day in names}
    return {day: day_name(found["en"].get(day, "")) or Translated(tuple(
        (lang, names[day]) for lang, names in found.items() if names.get(day))) for day in days}


def _names_in(country: str, subdivision: str | None, year: int, language: str
              ) -> Mapping[date, str]:
    return named_holidays(country, subdivision, year, language) or {}


def is_moved_working_day(calendar: Calendar, day: date) -> bool:
    return calendar.country is not None and day.weekday() >= 5 and is_working_day(calendar, day)
