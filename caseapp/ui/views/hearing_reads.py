"""What the hearings view reads off the UI thread: how many hearings fall on each day of
the calendar's page, and the agenda of the chosen period, each hearing with the names of
everyone it concerns."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from caseapp.domain.hearing_days import court_day_over
from caseapp.domain.moot_hearings import CALLED_OFF
from caseapp.services.casefile import CaseFile
from caseapp.ui.captive_names import CaptiveName, captive_names
from caseapp.ui.views.hearing_agenda import AgendaRow


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    # a day's hearings may start at any UTC time: fetch a day more on each side,
    # then keep those whose date in the court's zone falls in the period
    return (datetime.combine(start - timedelta(days=1), time(), tzinfo=UTC),
            datetime.combine(end + timedelta(days=1), time(), tzinfo=UTC))


def hearing_days(cf: CaseFile, first: date) -> dict[date, int]:
    """The hearings on each day of the calendar's page showing the month of ``first``."""
    page = _bounds(first - timedelta(days=7), first + timedelta(days=45))
    # an adjourned or cancelled hearing is not counted: a day with only such
    # hearings is not marked as a day the court sits
    days = (h.starts_at.date() for h in cf.hearings.list(start=page[0], end=page[1])
            if h.state not in CALLED_OFF)
    return dict(Counter(days))


def agenda_rows(cf: CaseFile, start: date, end: date, now: datetime) -> list[AgendaRow]:
    """The agenda from ``start`` to the day before ``end``."""
    period = _bounds(start, end)
    found = [h for h in cf.hearings.list(start=period[0], end=period[1])
             if start <= h.starts_at.date() < end]
    names = captive_names(cf, (cid for h in found for cid in h.captive_ids))
    moot = cf.hearings.made_moot(found)
    return [AgendaRow(h, tuple(names.get(cid, CaptiveName(cid, f"#{cid}", ""))
                               for cid in h.captive_ids),
                      past=court_day_over(h.starts_at, now), moot=h.id in moot)
            for h in found]
