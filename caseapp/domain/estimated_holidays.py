"""Days the holiday calendar is not sure of: a holiday it only estimates (a Muslim feast in
a year whose dates are not yet announced, as the holidays package marks "Eid al-Fitr
(estimated)", and the day off moved for it) may fall a day earlier or later than the day it
is estimated on.

Never later when unsure: counting back to the previous working day, a day within a day of
an estimated holiday is not taken as a working day (it may be the feast or the day off moved
for it); counting forward (a verified rule rolled to the next working day, working days
added), a day off only by an estimate is taken as a working day (the feast may fall on
another day); the steps say so either way (:func:`caseapp.domain.deadline_full`).
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from caseapp.domain.holiday_countries import named_holidays

# How far from its estimated day a feast may really fall (the new moon seen a day early or
# late): one day either way.
SPREAD = timedelta(days=1)
_MARK = "estimated"  # the package's English label: "Eid al-Adha (observed, estimated)"


@lru_cache(maxsize=256)
def _named(country: str, subdivision: str | None, year: int) -> tuple[dict[date, str],
                                                                     frozenset[int]]:
    """The year's holidays of the country's calendar by their English names (which say
    "estimated"; the package's own where it has no English), and its weekend days; none for
    a country the package does not know."""
    names = named_holidays(country, subdivision, year, "en_US")
    if names is None:
        names = named_holidays(country, subdivision, year, None)
    if names is None:
        return {}, frozenset()
    return dict(names.items()), frozenset(getattr(names, "weekend", {5, 6}))


@lru_cache(maxsize=256)
def estimated_holidays(country: str, subdivision: str | None, year: int) -> tuple[date, ...]:
    """The days of ``year`` the country's calendar gives as holidays by estimate only."""
    return tuple(sorted(day for day, name in _named(country, subdivision, year)[0].items()
                        if _MARK in name))


def off_only_by_estimate(country: str, subdivision: str | None, day: date) -> bool:
    """Whether ``day`` is a day off only by a holiday the calendar estimates: every holiday
    on it estimated, and not a weekend day (a day counted forward to: it may be a working
    day)."""
    return day in _only_estimated(country, subdivision, day.year)


@lru_cache(maxsize=256)
def _only_estimated(country: str, subdivision: str | None, year: int) -> frozenset[date]:
    names, weekend = _named(country, subdivision, year)
    return frozenset(day for day, name in names.items() if day.weekday() not in weekend
                     and all(_MARK in part for part in name.split(";")))


def estimated_near(country: str, subdivision: str | None, day: date) -> date | None:
    """The estimated holiday within :data:`SPREAD` of ``day`` (``day`` itself, or the day
    before or after), the nearest and then the earliest; None when there is none."""
    return _near(country, subdivision, day.year).get(day)


@lru_cache(maxsize=256)
def _near(country: str, subdivision: str | None, year: int) -> dict[date, date]:
    """Each day of ``year`` within :data:`SPREAD` of an estimated holiday, with that holiday
    (the nearest, then the earliest): worked out once per year, then looked up."""
    found: dict[date, date] = {}
    for known in (year - 1, year, year + 1):
        for holiday in estimated_holidays(country, subdivision, known):
            for gap in (timedelta(), -SPREAD, SPREAD):  # nearest first, then earliest
                day = holiday + gap
                if day.year == year:
                    best = found.get(day)
                    if best is None or (abs(holiday - day), holiday) < (abs(best - day), best):
                        found[day] = holiday
    return found


__all__ = ["SPREAD", "estimated_holidays", "estimated_near", "off_only_by_estimate"]
