"""The time zone of the court a rule counts for: the zone whose day a whole-day deadline of
that rule ends with (an Azerbaijani appeal due on 10 December is due by the end of 10
December in Baku, 21:00 that day in Paris)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING

from caseapp.domain.dates import due_moment

if TYPE_CHECKING:
    from caseapp.domain.rules import Rule


@lru_cache(maxsize=32)
def country_zones(country: str) -> tuple[str, ...]:
    """The IANA zones of a country (ISO code), as the CLDR gives them through Babel:
    ``("Asia/Baku",)`` for Azerbaijan, several for Russia, none for a code it does not know."""
    from babel.core import get_global

    return tuple(get_global("territory_zones").get(country.upper(), ()))


def court_zone(rule: Rule) -> str:
    """The zone of the court ``rule`` counts for: the rule's own ``timezone``, else the one
    zone of its calendar's country (Azerbaijan: Asia/Baku); "" for a rule of no country or of
    a country with several zones (whose day then ends at the lawyer's own midnight)."""
    if rule.timezone:
        return rule.timezone
    country = rule.calendar.country
    zones = country_zones(country) if country else ()
    return zones[0] if len(zones) == 1 else ""


def followed_zone(*, status: object, due_time: object, stored: str | None, zone: str,
                  ) -> str | None:
    """The zone a stored deadline takes from its rule, whose court's zone is now ``zone``:
    that zone, when the deadline is open, due on a whole day, and keeps another (the lawyer
    moved the rule's court in her rule file, or an earlier version kept none); None when it
    keeps its own (closed: not due; a moment, whose zone is part of its date). Only the end
    of its day moves, never its date."""
    is_open = str(getattr(status, "value", status)) == "open"
    if not is_open or due_time is not None or (stored or "") == zone:
        return None
    return zone


def court_ends_earlier(due_on: date, zone: str, than: str) -> bool:
    """Whether the day ``due_on`` ends at a court in ``zone`` before it ends in ``than``, the
    courts' own midnights compared, whoever looks (Baku's before Paris's): what a team's
    server moves a shared deadline by (caseapp.services.court_zone_fill). A zone of no court
    ("", the lawyer's own midnight) or not known never ends earlier; any known court ends no
    later than a zone not known, whose deadline falls due with its day here."""
    ends = due_moment(due_on, None, zone)
    if ends is None:
        return False
    other = due_moment(due_on, None, than)
    return other is None or ends < other


def zone_saved(due_on: date, stored: str, zone: str, *, earlier_only: bool) -> str:
    """The zone a stored whole-day deadline due on ``due_on`` (its date kept or recomputed)
    keeps when a save recomputes it and its rule's court is now in ``zone``: that zone; on a
    team's server (``earlier_only``), where each colleague's rule files are her own and none
    is surer than another's, only when its court's day ends earlier than the ``stored`` one's
    (:func:`court_ends_earlier`), else the stored one (the earlier end is kept when unsure).
    A deadline keeping none (an earlier version's) takes ``zone``."""
    if not earlier_only or not stored or court_ends_earlier(due_on, zone, stored):
        return zone
    return stored


def day_end_here(due_on: date, zone: str, here: tzinfo) -> datetime:
    """When a whole day due on ``due_on`` in ``zone`` ends for the lawyer whose clock is in
    ``here``: at the court's midnight or hers, whichever comes first
    (:func:`caseapp.domain.dates.deadline_overdue`)."""
    own = datetime.combine(due_on + timedelta(days=1), time(), here)
    court = due_moment(due_on, None, zone)
    return own if court is None else min(own, court)
