"""Which hearings are still ahead: by their day in the court's zone, the one rule for the next
hearing wherever it is shown (a captive's file and the captives list, the dashboard, the
status report, letters, the calendar). Apart from :mod:`caseapp.domain.clock` so that the
captives list's reader, run at the start before the rest is imported, reads it without the
clock's imports."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta


def hearing_ahead(starts_at: datetime, today: date) -> bool:
    """Whether a hearing (aware, in the court's time zone) is still ahead on ``today``: from
    its day in the court's zone on, the whole of that day (a hearing held this morning is
    today's hearing until the day ends). The one rule for the next hearing of a captive's
    file and its letters, the captives list's, the dashboard's and the status report's
    upcoming hearings and the calendar."""
    return starts_at.date() >= today


def court_day_over(starts_at: datetime, now: datetime) -> bool:
    """Whether the day of a hearing (aware, in the court's time zone) has ended where the court
    sits at ``now`` (aware): in Paris at 22:00 the day of a sitting in Baku is over, though
    the laptop's is not; in Yerevan at 00:30 that of a sitting in Strasbourg at 22:30 is not,
    though the laptop's is. What the agenda says of a sitting still recorded scheduled."""
    ends = datetime.combine(starts_at.date() + timedelta(days=1), time(), starts_at.tzinfo)
    return now >= ends


def hearing_days_span(first: date, last: date) -> tuple[datetime, datetime]:
    """The instants ``[start, end)`` within which every hearing whose day in its court's zone
    is from ``first`` to ``last`` starts, whatever the zone (UTC−12 to UTC+14): the bounds
    of a query, whose hearings are then kept by their local day."""
    return (datetime.combine(first, time(), UTC) - timedelta(hours=14),
            datetime.combine(last + timedelta(days=1), time(), UTC) + timedelta(hours=12))


# The days before a hearing's day its reminders fall on: the day before (a calendar's alarm,
# the window's reminders); on its day too until it starts, in the window.
HEARING_REMINDER_DAYS = (1,)
